import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusPages } from '../../../scripts/eval/checkthat';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher } from '../../../src/core/match';
import { loadSourceDataset } from './load-dataset';

// Attributions on real pages, against hand labels (test/fixtures/attributions/corpus-labels.json):
// every attribution found must carry a label (a new one fails until someone reads and labels it),
// and the labelled-right share of them is the precision. The clause rules were written while
// reading these labels, so this is a tuning figure; the layer stays off by default (README).
interface Label {
  page: string;
  id: string;
  text: string;
  right: boolean;
}
const LABELS: Label[] = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/attributions/corpus-labels.json'), 'utf8'),
).labels;

describe('attributions on the corpus pages (bundled dataset)', () => {
  const parser = createPageParser();
  afterAll(() => parser.close());

  it('are all labelled, and at least 9 in 10 are right', { timeout: 300_000 }, () => {
    const matcher = createMatcher(loadSourceDataset());
    const found: { page: string; id: string; text: string; label?: Label }[] = [];
    for (const p of corpusPages()) {
      // As the CLI and the extension read a page: its text and its article's date.
      const { text, date } = parser.page(p.html);
      for (const m of matcher.match(text, { officials: false, claims: false, date })) {
        const label = LABELS.find((l) => l.page === p.name && l.id === m.id && m.text.startsWith(l.text));
        found.push({ page: p.name, id: m.id, text: m.text.slice(0, 80), label });
      }
    }
    expect(found.filter((f) => !f.label).map((f) => `${f.page}: ${f.id} :: ${f.text}`)).toEqual([]);
    const right = found.filter((f) => f.label?.right).length;
    console.log(`attributions on corpus pages: ${right} right of ${found.length}`);
    expect(found.length).toBeGreaterThan(0);
    expect(right / found.length).toBeGreaterThanOrEqual(0.9);
    // Of the labelled-right attributions, the share still found (recall on this set).
    expect(right / LABELS.filter((l) => l.right).length).toBeGreaterThanOrEqual(0.6);
  });
});
