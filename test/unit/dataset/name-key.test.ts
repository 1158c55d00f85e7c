// One name key for the validator and the matcher: names the matcher cannot tell apart are rejected
// as a collision, not accepted and then confused on a page.
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import { keyOf } from '../../../src/core/match/officials.ts';
import { nameKey } from '../../../src/core/text/index.ts';
import { loadCase } from './helpers.ts';

describe('name key', () => {
  it('is the matcher’s key', () => {
    for (const s of ['Jean-Yves Dupont', 'Radosław Sikorski', '山﨑和之', 'Сергей  Лавров'])
      expect(keyOf(s)).toBe(nameKey(s));
    expect(nameKey('Jean-Yves Dupont')).toBe(nameKey('Jean Yves  Dupont'));
    expect(nameKey('Radosław Sikorski')).toBe(nameKey('Radoslaw Sikorski'));
    expect(nameKey('山﨑和之')).not.toBe(nameKey('山崎和之')); // U+FA11: NFKC keeps it; both need aliases
  });

  it('makes "Jean-Yves Dupont" and "Jean Yves Dupont" one full name for the validator', () => {
    const files = loadCase();
    const f = files.find((x) => x.path.endsWith('officials.json'))!;
    const doc = JSON.parse(f.text);
    doc.officials[0].aliases.push({ text: 'Jean-Yves Dupont', lang: 'fr' });
    doc.officials[1].aliases.push({ text: 'Jean Yves Dupont', lang: 'fr' });
    f.text = JSON.stringify(doc, null, 2) + '\n';
    const errors = validateDataset(files).errors.map(formatIssue);
    expect(errors).toEqual([
      expect.stringMatching(
        /\/officials\/1\/aliases\/\d+\/text \[[a-z-]+\] text: alias "Jean Yves Dupont" is also an alias of/,
      ),
    ]);
  });
});
