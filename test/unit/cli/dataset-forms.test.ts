// --dataset in every form the options page takes, plus a data directory; merged with the bundled
// dataset as the extension merges a loaded file, or alone with --only. Problems are named, exit 2.
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT, runCli } from './run-cli';

vi.setConfig({ testTimeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-dataset-forms-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// A page with an official of the bundled dataset and a claim only the user's feed knows.
const CLAIM = 'The city council will sell the harbour lighthouse to a private museum.';
const PAGE = `<html><body><p>Kazuyuki Yamazaki spoke in New York.</p><p>${CLAIM}</p></body></html>`;
const page = join(tmp, 'page.html');
writeFileSync(page, PAGE);

const records = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { kind: string; id: string; claim: string | null });

function feeds() {
  const jsonld = join(tmp, 'feed.jsonld');
  writeFileSync(
    jsonld,
    JSON.stringify({
      '@type': 'ClaimReview',
      claimReviewed: CLAIM,
      datePublished: '2024-05-01',
      url: 'https://factcheck.example.org/lighthouse',
      author: { '@type': 'Organization', name: 'Example Check' },
      reviewRating: { alternateName: 'False' },
    }),
  );
  const csv = join(tmp, 'feed.csv');
  writeFileSync(
    csv,
    'claimReview_claimReviewed,rating_alternateName,claimReview_url,claimReview_datePublished,claimReview_author_name\n' +
      `"${CLAIM}",False,https://factcheck.example.org/lighthouse,2024-05-01,Example Check\n`,
  );
  const tsv = join(tmp, 'verified_claims.docs.tsv');
  writeFileSync(tsv, `\tvclaim\ttitle\n42\t${CLAIM}\tWill the Lighthouse Be Sold?\n`);
  return { jsonld, csv, tsv };
}

describe('annotate --dataset: every form', () => {
  const f = feeds();
  it.each([
    ['ClaimReview JSON-LD', f.jsonld],
    ['ClaimReview CSV/TSV', f.csv],
    ['ClaimReview CSV/TSV', f.tsv],
  ])('a %s file is merged with the bundled dataset by default', async (kind, file) => {
    const r = await runCli([page, '--dataset', file, '--layers', 'officials,claims']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(
      new RegExp(
        `annotate: dataset: bundled .* \\+ ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(${kind.replace('/', '\\/')}, 0 officials, 1 claims\\)`,
      ),
    );
    const recs = records(r.stdout);
    // The bundled official and the feed's claim, both.
    expect(recs.some((x) => x.kind === 'official' && x.id === 'kazuyuki-yamazaki')).toBe(true);
    expect(recs.some((x) => x.kind === 'claim' && x.claim === CLAIM)).toBe(true);
  });

  it('--only uses the file alone', async () => {
    const r = await runCli([page, '--dataset', f.jsonld, '--only', '--layers', 'officials,claims']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('(ClaimReview JSON-LD, 0 officials, 1 claims) only');
    const recs = records(r.stdout);
    expect(recs.map((x) => x.kind)).toEqual(['claim']);
  });

  it('a data directory is validated, compiled and merged (it failed with EISDIR before)', async () => {
    const dir = join(tmp, 'data');
    cpSync(join(ROOT, 'test/fixtures/dataset/valid'), dir, { recursive: true });
    const r = await runCli([join(ROOT, 'test/fixtures/seed-article.html'), '--dataset', dir, '--only']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`${dir} (data directory,`);
    expect(records(r.stdout).some((x) => x.id === 'kazuyuki-yamazaki')).toBe(true);
  });

  it('a data directory that does not validate: file, record and field named, nothing written', async () => {
    const dir = join(tmp, 'bad-data');
    cpSync(join(ROOT, 'test/fixtures/dataset/valid'), dir, { recursive: true });
    cpSync(join(ROOT, 'test/fixtures/dataset/malformed/bad-date/claims.json'), join(dir, 'claims.json'));
    const out = join(tmp, 'never.jsonl');
    const r = await runCli([page, '--dataset', dir, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/claims\.json:\d+ \/claims\/\d+\/history\/\d+\/date \[[a-z0-9-]+\] date: /);
    expect(existsSync(out)).toBe(false);
  });

  it('a CSV in a layout nobody can recognise, and --only without --dataset, exit 2 with a message', async () => {
    const odd = join(tmp, 'odd.csv');
    writeFileSync(odd, 'foo,bar\n1,2\n');
    const r = await runCli([page, '--dataset', odd]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${odd}: a CSV/TSV layout the importer does not recognise`);
    const o = await runCli([page, '--only']);
    expect(o.code).toBe(2);
    expect(o.stderr).toContain('--only needs --dataset');
  });
});
