// Hint term syntax: a star ends a word (at the end: a prefix; inside a phrase: an inflected word) or,
// before a one-word term, lets it end a compound; a tilde opens a negated term. Anything else is an error naming file, record and field.
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import type { SourceFile } from '../../../src/core/dataset/index.ts';
import { loadCase } from './helpers.ts';

/** The valid fixture with the first claim's first hint group's English terms set to `terms`. */
function withTerms(terms: string[]): SourceFile[] {
  const files = loadCase();
  const f = files.find((x) => x.path.endsWith('claims.json'))!;
  const doc = JSON.parse(f.text);
  doc.claims[0].hints.groups[0].terms.en = terms;
  f.text = JSON.stringify(doc, null, 2) + '\n';
  return files;
}
const errors = (files: SourceFile[]) => validateDataset(files).errors.map(formatIssue);

describe('hint terms', () => {
  it('accepts a prefix, a star inside a phrase and a negated term', () => {
    expect(errors(withTerms(['deploy*', 'Japanese* troops', 'Japan* Self-Defense Forces*', '~accept*']))).toEqual([]);
  });

  it('names the term whose star does not end a word', () => {
    expect(errors(withTerms(['troops', 'de*ploy']))).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/hints\/groups\/0\/terms\/en\/1 \[japan-sdf-to-ukraine\] en: "de\*ploy": "\*" is allowed only at the end of a word/,
      ),
    ]);
    expect(errors(withTerms(['* troops']))).toHaveLength(1);
  });

  it('accepts a star before one word (a compound may end with it), not before a phrase', () => {
    expect(errors(withTerms(['*soldier*', '*troops']))).toEqual([]);
    expect(errors(withTerms(['*ground troops']))).toEqual([
      expect.stringMatching(/\/terms\/en\/0 .*"\*" is allowed only at the end of a word/),
    ]);
    expect(errors(withTerms(['**troops']))).toHaveLength(1);
    expect(errors(withTerms(['*~troops']))).toHaveLength(2);
  });

  it('names a tilde anywhere but at the start', () => {
    expect(errors(withTerms(['not ~accept*']))).toEqual([
      expect.stringMatching(/\/claims\/0\/hints\/groups\/0\/terms\/en\/0 .*"~" is allowed only at the start of a term/),
    ]);
    expect(errors(withTerms(['~*']))).toContainEqual(expect.stringContaining('term is empty after normalisation'));
  });
});
