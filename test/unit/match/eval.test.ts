import { describe, expect, it } from 'vitest';
import { evaluate, formatErrors, formatTable, loadEvalSet, precision, recall } from './eval-lib';
import { loadSourceDataset } from './load-dataset';

// Precision and recall over the labelled sentences in test/fixtures/eval (real dataset from data/).
// Rerun with figures and misses: `npm run eval`.
describe('evaluation set', () => {
  const items = loadEvalSet();
  const res = evaluate(loadSourceDataset(), items);
  console.log(`${formatTable(res)}\n${formatErrors(res)}`);

  it('has enough labelled sentences in each language', () => {
    expect(items.length).toBeGreaterThanOrEqual(170);
    for (const lang of ['fr', 'ru', 'uk', 'ja'])
      expect(items.filter((i) => i.lang === lang).length).toBeGreaterThanOrEqual(18);
  });

  it('finds officials with precision >= 0.97 and recall >= 0.95', () => {
    expect(precision(res.officials)).toBeGreaterThanOrEqual(0.97);
    expect(recall(res.officials)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds claims with precision >= 0.95 and recall >= 0.85', () => {
    expect(precision(res.claims)).toBeGreaterThanOrEqual(0.95);
    expect(recall(res.claims)).toBeGreaterThanOrEqual(0.85);
  });
});
