// Importers on real corpus samples (ClaimsKG CSVs, LIAR, EveryPolitician Popolo) and on JSON-LD
// shapes; every import must come out as source data that validates and compiles.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compileDataset,
  formatIssue,
  importClaimReview,
  importLiar,
  importPopolo,
  mergeSourceData,
  toSourceFiles,
  validateDataset,
  type ImportReport,
  type SourceData,
} from '../../../src/core/dataset/index.ts';
import { CORPUS, FIXTURES } from './helpers.ts';

const CKG = join(CORPUS, 'claims/claimskg-samples');
const read = (p: string) => readFileSync(p, 'utf8');
let liarText: string | undefined;
/** All three LIAR files, read once for the tests that need them. */
const liarAll = () =>
  (liarText ??= ['train', 'valid', 'test'].map((f) => read(join(CORPUS, 'claims/liar', `${f}.tsv`))).join(''));

function mustValidate(data: SourceData) {
  const r = validateDataset(toSourceFiles(data), { maxFileBytes: Infinity });
  expect(r.errors.map(formatIssue).slice(0, 5)).toEqual([]);
  return r;
}

/** Nothing silently dropped: every row is imported or counted under a reason. */
function accountsForEveryRow(r: ImportReport) {
  const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
  expect(r.imported + skipped).toBe(r.rows);
  const mapped = Object.values(r.mapped).reduce((a, m) => a + m.count, 0);
  const unmapped = Object.values(r.unmapped).reduce((a, b) => a + b, 0);
  expect(mapped + unmapped).toBe(r.imported);
}

describe('import-claimreview: ClaimsKG flattened CSV', { timeout: 60_000 }, () => {
  it('maps English verdicts and lists the unmapped ones (Snopes)', () => {
    const { report, data } = importClaimReview(read(join(CKG, 'claimskg-extractor/output_sample_snopes.csv')), {
      preset: 'claimskg',
    });
    accountsForEveryRow(report);
    expect(report.rows).toBe(33);
    expect(report.unmapped).toEqual({ Legend: 1, 'Originated as Satire': 1 });
    expect(report.mapped.Miscaptioned).toEqual({ status: 'denied', count: 4 });
    expect(report.skipped).toEqual({ 'duplicate (same claim and review URL)': 8 });
    expect(report.mapped.Mixture).toEqual({ status: 'disputed', count: 3 });
    expect(report.mapped.Unproven).toEqual({ status: 'unverified', count: 1 });
    // Unmapped verdicts stay in as unverified, with the original wording kept as the rating.
    const legend = data.claims.find((c) => c.history[0].rating === 'Legend');
    expect(legend?.status).toBe('unverified');
    mustValidate(data);
  });

  it('maps Russian verdicts (Factograph) and keeps claimants as officials with Cyrillic aliases', () => {
    const { report, data } = importClaimReview(
      read(join(CKG, 'susmita3107-Claims_Extractor/output_sample_factograph.csv')),
      { preset: 'claimskg' },
    );
    accountsForEveryRow(report);
    expect(report.rows).toBe(108);
    expect(report.mapped['НЕ ФАКТ']).toEqual({ status: 'denied', count: 27 });
    expect(report.mapped['ДА, НО']).toEqual({ status: 'disputed', count: 35 });
    expect(report.mapped['ПРАВДА']).toEqual({ status: 'confirmed', count: 5 });
    expect(report.unmapped).toEqual({ 'ПОКА, СКОРЕЕ, ТАК': 1 });
    const putin = data.officials.find((o) => o.name === 'Владимир Путин');
    expect(putin?.aliases).toEqual([{ text: 'Владимир Путин', lang: 'ru' }]);
    expect(data.claims.filter((c) => c.about.includes(putin!.id)).length).toBe(17);
    // Claims keep their language and carry no derived hints: the engine reads their own text.
    expect(data.claims.every((c) => c.lang === 'ru' && c.hints === undefined)).toBe(true);
    mustValidate(data);
  });

  it('uses the outlet-specific letters of EUfactcheck', () => {
    const { report } = importClaimReview(
      read(join(CKG, 'susmita3107-Claims_Extractor/output_sample_eufactcheck.csv')),
      { preset: 'claimskg' },
    );
    accountsForEveryRow(report);
    expect(report.byStatus).toEqual({ denied: 25, confirmed: 21, disputed: 80, unverified: 24 });
    expect(report.unmapped).toEqual({});
  });

  it('reports rows it cannot use instead of dropping them (Hindi and Arabic claims, empty claim text)', () => {
    const vishvas = importClaimReview(read(join(CKG, 'susmita3107-Claims_Extractor/output_sample_vishvasnews.csv')), {
      preset: 'claimskg',
    }).report;
    accountsForEveryRow(vishvas);
    expect(vishvas.skipped['claim language without a language pack (not en, fr, ru, uk, ja, de, es)']).toBeGreaterThan(
      100,
    );
    expect(vishvas.imported).toBeGreaterThan(10);
    const aap = importClaimReview(read(join(CKG, 'claimskg-extractor/output_sample_aap.csv')), {
      preset: 'claimskg',
    }).report;
    // AAP leaves claimReviewed empty: the claim is taken from its article's "The Statement" section.
    expect(aap.skipped).toEqual({});
    expect(aap.imported).toBe(100);
    expect(aap.adjusted['claim taken from the article\'s "The Statement" section (no claimReviewed)']).toBe(100);
  });

  it('detects the preset and takes a column mapping instead', () => {
    const text = read(join(CKG, 'claimskg-extractor/output_sample_politifact.csv'));
    const auto = importClaimReview(text).report;
    expect(auto.imported).toBe(30);
    const mapped = importClaimReview(text, {
      mapping: {
        claim: ['claimReview_claimReviewed'],
        verdict: ['rating_alternateName'],
        date: ['claimReview_datePublished'],
        outlet: ['claimReview_author_name'],
      },
    }).report;
    expect(mapped.mapped).toEqual({
      False: { status: 'denied', count: 22 },
      'Pants on Fire': { status: 'denied', count: 5 },
      'Mostly False': { status: 'disputed', count: 3 },
    });
  });

  it('imports all 20 sample files as one dataset that validates and compiles', () => {
    const files = ['claimskg-extractor', 'susmita3107-Claims_Extractor'].flatMap((d) =>
      [
        'afpfactcheck',
        'checkyourfact',
        'fullfact',
        'politifact',
        'snopes',
        'truthorfiction',
        'eufactcheck',
        'factograph',
      ]
        .map((o) => join(CKG, d, `output_sample_${o}.csv`))
        .filter((p) => {
          try {
            read(p);
            return true;
          } catch {
            return false;
          }
        }),
    );
    const parts = files.map((f) => importClaimReview(read(f), { preset: 'claimskg', input: f }).data);
    const data = mergeSourceData(parts);
    const r = mustValidate(data);
    expect(compileDataset(r.data!).claims.length).toBeGreaterThan(400);
  });
});

describe('import-claimreview: JSON-LD', () => {
  const load = (n: string) => importClaimReview(read(join(FIXTURES, 'claimreview', n)));
  it('reads one object, an array, a DataFeed and an @graph', () => {
    expect(load('single.json').report.imported).toBe(1);
    const arr = load('array.json');
    expect(arr.report.rows).toBe(3);
    expect(arr.report.mapped).toEqual({
      Faux: { status: 'denied', count: 1 },
      'En partie faux': { status: 'disputed', count: 1 },
      Ложь: { status: 'denied', count: 1 },
    });
    // The Russian claimant with a job title becomes an official; "Blogueur anonyme" is not a name.
    expect(arr.data.officials.map((o) => o.name)).toEqual(['Иван Петров']);
    expect(arr.data.claims.find((c) => c.text.startsWith('Les forces'))?.lang).toBe('fr');
    mustValidate(arr.data);

    const feed = load('datafeed.json');
    expect(feed.report.rows).toBe(3);
    // Numeric rating 5 of 1..5 without wording; "Satire" unmapped; the German claim is imported in German
    // (a language pack since 2026-12: it used to be skipped).
    expect(feed.report.mapped).toEqual({
      'rating 5/5': { status: 'confirmed', count: 1 },
      Richtig: { status: 'confirmed', count: 1 },
    });
    expect(feed.report.unmapped).toEqual({ Satire: 1 });
    expect(feed.report.skipped).toEqual({});
    expect(feed.data.claims.filter((c) => c.lang === 'de')).toHaveLength(1);

    const graph = load('graph.json');
    expect(graph.report.rows).toBe(2);
    expect(graph.report.skipped).toEqual({ 'HTML or script in claim text': 1 });
    expect(graph.data.claims[0].history[0].date).toBe('2024-03-06');
  });

  it('fails clearly on a file it cannot read', () => {
    expect(() => importClaimReview('id,text\n1,hello\n')).toThrow(/cannot tell the format/);
  });
});

describe('import-claimreview: LIAR', { timeout: 60_000 }, () => {
  it('maps all six labels and builds a 10,000+ claim dataset that validates and compiles', () => {
    const { report, data } = importLiar(liarAll());
    accountsForEveryRow(report);
    expect(report.rows).toBe(12836);
    expect(report.unmapped).toEqual({});
    expect(Object.fromEntries(Object.entries(report.mapped).map(([k, v]) => [k, v.status]))).toEqual({
      false: 'denied',
      'pants-fire': 'denied',
      'barely-true': 'disputed',
      'half-true': 'disputed',
      'mostly-true': 'confirmed',
      true: 'confirmed',
    });
    // Flip-O-Meter rulings ("On abortion") rate a change of position, not a claim: skipped and counted.
    const topics = report.skipped['a Flip-O-Meter topic ("On abortion"), not a claim'];
    expect(topics).toBeGreaterThan(150);
    expect(report.imported).toBeGreaterThanOrEqual(12800 - topics);
    expect(data.claims.some((c) => c.text === 'On abortion')).toBe(false);
    expect(data.claims.some((c) => c.text.startsWith('On the VA: Over 300,000 veterans'))).toBe(true);
    const obama = data.officials.find((o) => o.id === 'barack-obama');
    expect(obama?.roles[0]).toEqual({ title: 'President', country: 'United States' });
    expect(data.officials.find((o) => o.id === 'chain-email')).toBeUndefined();
    // The generic entry point recognises LIAR by its first cell and gives the same result.
    expect(importClaimReview(read(join(CORPUS, 'claims/liar/valid.tsv'))).data).toEqual(
      importLiar(read(join(CORPUS, 'claims/liar/valid.tsv'))).data,
    );
    const r = mustValidate(data);
    const compiled = compileDataset(r.data!);
    expect(compiled.claims.length).toBe(report.imported);
    expect(compiled.claims.find((c) => c.id === 'liar-2635')?.status).toBe('denied');
  });
});

describe('import-popolo', { timeout: 60_000 }, () => {
  const EP = join(CORPUS, 'officials/everypolitician-2015/data');
  it('keeps multi-script aliases (South Korea: Latin, Hangul, Han)', () => {
    const { data, report } = importPopolo(read(join(EP, 'South_Korea/National_Assembly/ep-popolo-v1.0.json')), {
      country: 'South Korea',
    });
    expect(report.persons).toBe(296);
    const an = data.officials.find((o) => o.name === 'AN Min Suk');
    expect(an?.aliases).toEqual([
      { text: 'AN Min Suk', lang: 'und-Latn' },
      { text: '安敏錫', lang: 'zh' },
      { text: '안민석', lang: 'ko' },
    ]);
    expect(an?.roles[0]).toMatchObject({
      title: 'Member of National Assembly',
      country: 'South Korea',
      from: '2012-05-30',
    });
    const v = mustValidate(data);
    // South Korea writes names in Hangul and every official has it: no native-script warning.
    expect(v.warnings.filter((w) => w.message.includes('non-Latin'))).toEqual([]);
  });

  it('imports 5,000+ persons from several legislatures into one valid dataset', () => {
    const files = [
      'Bulgaria/National_Assembly',
      'Norway/Storting',
      'Czech_Republic/Deputies',
      'UK/Commons',
      'France/National_Assembly',
      'Russia/Duma',
    ];
    const usedIds = new Set<string>();
    const aliasOwners = new Map<string, string>();
    const t0 = performance.now();
    const parts = files.map((f) =>
      importPopolo(read(join(EP, f, 'ep-popolo-v1.0.json')), { country: f.split('/')[0], usedIds, aliasOwners }),
    );
    const data = mergeSourceData(parts.map((p) => p.data));
    const ms = performance.now() - t0;
    expect(data.officials.length).toBeGreaterThan(5000);
    expect(ms).toBeLessThan(10_000);
    const langs = new Set(data.officials.flatMap((o) => o.aliases.map((a) => a.lang)));
    for (const l of ['bg', 'ru', 'uk', 'ja', 'zh']) expect(langs).toContain(l);
    const dropped = parts.reduce((n, p) => n + p.report.droppedSharedAliases, 0);
    expect(dropped).toBeGreaterThan(0);
    mustValidate(data);
  });
});

describe('scale dataset for the benchmark', { timeout: 120_000 }, () => {
  it('merges 5,000+ Popolo officials and 10,000+ LIAR claims into one dataset that validates and compiles', () => {
    const EP = join(CORPUS, 'officials/everypolitician-2015/data');
    const usedIds = new Set<string>();
    const aliasOwners = new Map<string, string>();
    const popolo = [
      'United_States_of_America/Senate',
      'UK/Commons',
      'Norway/Storting',
      'Bulgaria/National_Assembly',
      'Russia/Duma',
      'Ukraine/Verkhovna_Rada',
    ].map(
      (f) =>
        importPopolo(read(join(EP, f, 'ep-popolo-v1.0.json')), {
          country: f.split('/')[0].replace(/_/g, ' '),
          usedIds,
          aliasOwners,
        }).data,
    );
    const liar = importLiar(liarAll()).data;
    const report = { mergedOfficials: 0, droppedAliases: 0, droppedRecords: 0 };
    const merged = mergeSourceData([...popolo, liar], undefined, report);
    // US senators appear in both LIAR and Popolo: folded into one official, claims re-pointed.
    expect(report.mergedOfficials).toBeGreaterThan(0);
    expect(merged.officials.length).toBeGreaterThan(5000);
    expect(merged.claims.length).toBeGreaterThan(10_000);
    const t0 = performance.now();
    const r = mustValidate(merged);
    const compiled = compileDataset(r.data!);
    const ms = performance.now() - t0;
    expect(compiled.claims.length).toBe(merged.claims.length);
    const ids = new Set(compiled.officials.map((o) => o.id));
    expect(compiled.claims.every((c) => c.about.every((id) => ids.has(id)))).toBe(true);
    expect(ms).toBeLessThan(30_000);
  });
});
