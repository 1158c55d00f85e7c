// The options page and the CLI's --dataset read a file the same way: a compiled index, ClaimReview
// JSON-LD, or a ClaimReview CSV/TSV feed (the options page refused CSV with "JSON syntax error").
import { describe, expect, it } from 'vitest';
import { formatProblem, loadDatasetFile } from '../../../src/core/dataset/load-file.ts';

const CLAIM = 'The city council will sell the harbour lighthouse to a private museum.';

describe('loadDatasetFile', () => {
  it('reads a ClaimsKG-style CSV feed, even one with only some of the preset columns', () => {
    const csv =
      'claimReview_claimReviewed,rating_alternateName,claimReview_datePublished,claimReview_author_name\n' +
      `"${CLAIM}",False,2024-05-01,Example Check\n`;
    const r = loadDatasetFile(csv, 'feed.csv', '2026-12-01');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.kind).toBe('table');
    expect(r.dataset.claims.map((c) => [c.text, c.status])).toEqual([[CLAIM, 'denied']]);
  });

  it('reads a TSV by its extension (CheckThat! layout), ids kept', () => {
    const r = loadDatasetFile(`\tvclaim\ttitle\n42\t${CLAIM}\tWill the Lighthouse Be Sold?\n`, 'claims.tsv');
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.dataset.claims.map((c) => c.id)).toEqual(['checkthat-42']);
  });

  it('names the file when a CSV layout is unknown', () => {
    const odd = loadDatasetFile('foo,bar\n1,2\n', 'odd.csv');
    expect(odd.ok).toBe(false);
    if (!odd.ok)
      expect(formatProblem(odd.problems[0])).toMatch(/^odd\.csv: a CSV\/TSV layout the importer does not recognise/);
  });

  it('still reports JSON syntax errors by line for .json files', () => {
    const r = loadDatasetFile('{\n  "a": 1,\n  oops\n}', 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0])).toMatch(/^bad\.json › line 3, column \d+: JSON syntax error/);
  });
});
