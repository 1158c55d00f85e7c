// The options page and the CLI's --dataset read a file the same way: a compiled index, ClaimReview
// JSON-LD, or a ClaimReview CSV/TSV feed (the options page refused CSV with "JSON syntax error").
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatProblem, loadDatasetFile } from '../../../src/core/dataset/load-file.ts';
import { createMatcher } from '../../../src/core/match';

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

// A compiled index as the compiler writes it for imported claims: no hints.
const compiled = (claims: unknown[]) =>
  JSON.stringify({
    format: 1,
    version: 'mine',
    updated: '2026-12-01',
    license: 'test',
    officials: [],
    organisations: [],
    sources: [],
    claims,
  });
const claim = (extra: Record<string, unknown> = {}) => ({
  id: 'lighthouse',
  text: CLAIM,
  about: [],
  status: 'denied',
  history: [{ status: 'denied', date: '2024-05-01' }],
  ...extra,
});
const SENTENCE = `Officials said the city council will sell the harbour lighthouse to a private museum.`;

describe('loadDatasetFile: compiled indexes', () => {
  it('accepts a compiled index whose claims have no hints (every imported feed), and it matches', () => {
    const r = loadDatasetFile(compiled([claim()]), 'feed-index.json');
    expect(r.ok && r.kind).toBe('compiled');
    if (r.ok)
      expect(
        createMatcher(r.dataset)
          .match(SENTENCE)
          .some((m) => m.id === 'lighthouse'),
      ).toBe(true);
  });

  it.each([
    [{ groups: {} }, 'hints', /must be \{groups/],
    [{ groups: [{ name: 'a', terms: { en: 'lighthouse' } }] }, 'hints.groups[0].terms.en', /list of non-empty strings/],
    [{ groups: [{ name: 'a', terms: null }] }, 'hints.groups[0].terms', /must map languages/],
    [{ groups: [{ name: 'a', terms: { en: [5] } }] }, 'hints.groups[0].terms.en', /list of non-empty strings/],
    [{ groups: [{ name: 'a', terms: { xx: ['a'] } }] }, 'hints.groups[0].terms.xx', /unknown language/],
    [{ groups: [{ name: 'a', terms: { en: ['a'] } }], exclude: { en: 'b' } }, 'hints.exclude.en', /list of/],
    [{ groups: [{ name: 'a', terms: { en: ['a'] }, anaphora: [] }] }, 'hints.groups[0].anaphora', /terms, antecedents/],
    [{ groups: [{ name: 'a', terms: { en: ['a'] } }], elsewhere: ['b'] }, 'hints.elsewhere', /group, terms/],
    [
      { groups: [{ name: 'a', terms: { en: ['a'] } }], elsewhere: { group: 'destination', terms: { en: ['b'] } } },
      'hints.elsewhere.group',
      /none of this claim's groups/,
    ],
    [
      { groups: [{ name: 'a', terms: { en: ['a'] } }], elsewhere: { group: 'a', terms: { en: 'b' } } },
      'hints.elsewhere.terms.en',
      /list of non-empty strings/,
    ],
    [
      { groups: [{ name: 'a', terms: { en: ['a'] }, anaphora: { terms: { en: ['b'] }, antecedents: { en: 'c' } } }] },
      'hints.groups[0].anaphora.antecedents.en',
      /list of non-empty strings/,
    ],
  ])('refuses malformed hints %j, naming the file, record and field', (hints, field, message) => {
    const r = loadDatasetFile(compiled([claim({ hints })]), 'mine.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems[0]).toMatchObject({ file: 'mine.json', record: 'claims[0] (lighthouse)', field });
      expect(r.problems[0].message).toMatch(message);
    }
  });

  it('refuses translations that are not texts', () => {
    const r = loadDatasetFile(compiled([claim({ translations: { fr: 42 } })]), 'mine.json');
    expect(!r.ok && r.problems[0].field).toBe('translations');
  });

  it('refuses other wordings that are not a list of texts, and loads one that is', () => {
    for (const wordings of [
      'Will the Lighthouse Be Sold?',
      ['Will the Lighthouse Be Sold?', 7],
      Array(5).fill('Sold?'),
    ]) {
      const r = loadDatasetFile(compiled([claim({ wordings })]), 'mine.json');
      expect(!r.ok && r.problems[0]).toMatchObject({ record: 'claims[0] (lighthouse)', field: 'wordings' });
    }
    const ok = loadDatasetFile(compiled([claim({ wordings: ['Will the Lighthouse Be Sold?'] })]), 'mine.json');
    expect(ok.ok).toBe(true);
  });

  // Whatever a file holds, what the loader accepts never stops annotation: the matcher runs on it.
  it('accepts only indexes the matcher can run on (random damage to a valid index)', () => {
    const valid = JSON.parse(
      compiled([claim({ hints: { groups: [{ name: 'place', terms: { en: ['lighthouse', 'harbour*'] } }] } })]),
    );
    const junk = fc.oneof(
      fc.constant(null),
      fc.integer(),
      fc.string(),
      fc.constant([]),
      fc.constant({}),
      fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { maxLength: 3 }),
      fc.dictionary(
        fc.constantFrom('en', 'fr', 'xx', 'groups', 'terms', 'name'),
        fc.oneof(fc.string(), fc.constant([5])),
      ),
    );
    // A path into the index and a value to put there.
    const paths = [
      ['claims', 0, 'hints'],
      ['claims', 0, 'hints', 'groups'],
      ['claims', 0, 'hints', 'groups', 0],
      ['claims', 0, 'hints', 'groups', 0, 'terms'],
      ['claims', 0, 'hints', 'groups', 0, 'terms', 'en'],
      ['claims', 0, 'hints', 'groups', 0, 'terms', 'en', 0],
      ['claims', 0, 'hints', 'exclude'],
      ['claims', 0, 'translations'],
      ['claims', 0, 'lang'],
      ['claims', 0, 'text'],
      ['claims', 0, 'about'],
      ['claims', 0, 'history', 0],
      ['claims', 0],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), junk, (path, value) => {
        const d = structuredClone(valid);
        let at = d;
        for (const k of path.slice(0, -1)) at = at[k];
        at[path[path.length - 1]] = value;
        const r = loadDatasetFile(JSON.stringify(d), 'fuzz.json');
        if (r.ok) expect(() => createMatcher(r.dataset).match(SENTENCE)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
