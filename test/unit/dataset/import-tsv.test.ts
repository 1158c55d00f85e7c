// Tab-separated feeds with an unnamed id column (pandas' index), as CheckThat! 2020 ships its Snopes
// claims: read as TSV, ids kept so that results join back to the source rows, nothing lost.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importClaimReview, parseColumnMapping, type ImportReport } from '../../../src/core/dataset/index.ts';
import { CORPUS, ROOT } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-tsv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/dataset.ts'), ...args],
    { cwd: tmp, encoding: 'utf8', timeout: 120_000 },
  );
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

function accountsForEveryRow(r: ImportReport) {
  const skipped = Object.values(r.skipped).reduce((a, b) => a + b, 0);
  expect(r.imported + skipped).toBe(r.rows);
}

// Written here, not committed: the shape of verified_claims.docs.tsv with invented claims. The header
// starts with a tab, one cell is quoted with doubled quotes and a line break, one claim ends in a quote.
const TSV = (claimColumn = 'claim') =>
  `\t${claimColumn}\ttitle\n` +
  '0\tThe mayor of Springfield banned bicycles from every bridge.\tDid Springfield Ban Bicycles?\n' +
  '1\t"A ""secret tunnel"" connects the parliament\nto the central railway station."\tIs There a Secret Tunnel?\n' +
  '2\tA regional broadcaster described the flood barrier as "purely decorative."\tFlood Barrier Decorative\n' +
  '17\tThe national lottery paid its jackpot twice to the same villager.\tLottery Jackpot Twice\n';

describe('import-claimreview: TSV with an unnamed id column', { timeout: 120_000 }, () => {
  it('reads tab-separated text with a tab-leading header and keeps ids given as #0', () => {
    const { data, report } = importClaimReview(TSV(), {
      mapping: parseColumnMapping('id=#0,claim=claim'),
      lang: 'en',
      defaultDate: '2020',
    });
    accountsForEveryRow(report);
    expect(report.rows).toBe(4);
    expect(report.imported).toBe(4);
    expect(data.claims.map((c) => c.id).sort()).toEqual(['0', '1', '17', '2']);
    const byId = Object.fromEntries(data.claims.map((c) => [c.id, c.text]));
    expect(byId['1']).toBe('A "secret tunnel" connects the parliament to the central railway station.');
    // The closing quote of a quotation at the end of a claim stays.
    expect(byId['2']).toBe('A regional broadcaster described the flood barrier as "purely decorative."');
  });

  it('keeps a mapped headline as another wording, unless it only repeats the claim', () => {
    const tsv = TSV() + '18\tThe harbour bridge will close for a year.\tThe Harbour Bridge Will Close for a Year\n';
    const { data } = importClaimReview(tsv, {
      mapping: parseColumnMapping('id=#0,claim=claim,headline=title'),
      lang: 'en',
      defaultDate: '2020',
    });
    const byId = Object.fromEntries(data.claims.map((c) => [c.id, c]));
    expect(byId['0'].wordings).toEqual(['Did Springfield Ban Bicycles?']);
    expect(byId['0'].text).toBe('The mayor of Springfield banned bicycles from every bridge.');
    expect(byId['18'].wordings).toBeUndefined();
    // Without the column mapped, no wording.
    const plain = importClaimReview(TSV(), {
      mapping: parseColumnMapping('id=#0,claim=claim'),
      lang: 'en',
      defaultDate: '2020',
    });
    expect(plain.data.claims.every((c) => c.wordings === undefined)).toBe(true);
  });

  it('answers id=id with the unnamed first column, and says so in the report', () => {
    const { data, report } = importClaimReview(TSV(), {
      mapping: parseColumnMapping('id=id,claim=claim'),
      lang: 'en',
      defaultDate: '2020',
      idPrefix: 'snopes',
    });
    expect(data.claims.map((c) => c.id).sort()).toEqual(['snopes-0', 'snopes-1', 'snopes-17', 'snopes-2']);
    expect(report.notes.join('\n')).toContain('unnamed first column (#0)');
  });

  it('names the file, the field and the header when a column is missing', () => {
    expect(() => importClaimReview(TSV(), { mapping: parseColumnMapping('id=rowid,claim=vclaim') })).toThrow(
      /--columns id=rowid: no column "rowid" in the header \(#0 \(no name\), claim, title\).*#0 for the first/,
    );
    expect(() => importClaimReview(TSV(), { mapping: parseColumnMapping('id=#7,claim=vclaim') })).toThrow(
      /--columns id=#7: the file has 3 columns/,
    );
  });

  it('keeps duplicate and odd source ids joinable and counts every change', () => {
    const tsv =
      'key\tclaim\nA/7\tThe harbour bridge will close for a decade.\nx\tFerries will replace the trains.\nx\tFerry tickets will be free for residents.\n';
    const { data, report } = importClaimReview(tsv, {
      mapping: parseColumnMapping('id=key,claim=claim'),
      lang: 'en',
      defaultDate: '2021',
    });
    expect(report.imported).toBe(3);
    const ids = data.claims.map((c) => c.id).sort();
    expect(ids).toContain('x');
    expect(ids).toContain('x-2');
    expect(ids.find((i) => i.startsWith('a-7-'))).toBeDefined();
    expect(report.adjusted).toMatchObject({
      'source id changed to fit the id pattern (a-z, 0-9, single dashes)': 1,
      'source id already used (duplicate row id or an outlet id): suffixed -2, -3...': 1,
    });
  });

  it('the CLI reads a .tsv with --columns id=#0 and writes ids that join back to the rows', () => {
    const file = join(tmp, 'claims.tsv');
    writeFileSync(file, TSV('vclaim'));
    const out = join(tmp, 'out-hash');
    const r = run(['import-claimreview', file, '--columns', 'id=#0,claim=vclaim', '--lang', 'en', '--out', out]);
    expect(r.stderr).toContain('4 rows, 4 imported');
    expect(r.code).toBe(0);
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims as { id: string }[];
    // The header gives the file away as CheckThat!'s: its preset names the outlet and the id prefix.
    expect(claims.map((c) => c.id).sort()).toEqual(['checkthat-0', 'checkthat-1', 'checkthat-17', 'checkthat-2']);
    expect(r.stderr).toContain('preset checkthat (detected from the header)');
  });

  it('the CLI reads *.tsv as tab-separated even when the header has more commas than tabs', () => {
    const file = join(tmp, 'commas.tsv');
    writeFileSync(
      file,
      'id\tclaim, as published, verbatim\n9\tThe museum, closed since May, will reopen with free entry.\n',
    );
    const out = join(tmp, 'out-commas');
    const r = run([
      'import-claimreview',
      file,
      '--columns',
      'id=id,claim=#1',
      '--lang',
      'en',
      '--default-date',
      '2023',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims as {
      id: string;
      text: string;
      wordings?: string[];
    }[];
    expect(claims).toMatchObject([{ id: '9', text: 'The museum, closed since May, will reopen with free entry.' }]);
  });

  it('the CLI honours --delimiter and --id-prefix, and refuses a bad delimiter before writing', () => {
    const file = join(tmp, 'semi.txt');
    writeFileSync(file, 'n;text\n5;The old observatory will become a hotel.\n');
    const out = join(tmp, 'out-semi');
    const r = run([
      'import-claimreview',
      file,
      '--columns',
      'id=n,claim=text',
      '--delimiter',
      'semicolon',
      '--id-prefix',
      'obs',
      '--default-date',
      '2022-01-02',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims as { id: string }[];
    expect(claims.map((c) => c.id)).toEqual(['obs-5']);
    const bad = run([
      'import-claimreview',
      file,
      '--columns',
      'claim=text',
      '--delimiter',
      'ab',
      '--out',
      join(tmp, 'bad'),
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--delimiter');
    expect(existsSync(join(tmp, 'bad'))).toBe(false);
  });

  const CHECKTHAT = join(CORPUS, 'claims/checkthat-2020-task2/verified_claims.docs.tsv');
  it('imports all 10,375 CheckThat! 2020 rows, ids joinable to the source', () => {
    const out = join(tmp, 'checkthat');
    const r = run([
      'import-claimreview',
      CHECKTHAT,
      '--columns',
      'id=id,claim=vclaim,headline=title',
      '--lang',
      'en',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('10375 rows, 10375 imported');
    // The report says how many the page matcher finds in their own text.
    expect(r.stderr).toMatch(/self-match: \d{4,5} of 10375 imported claims match their own text/);
    // No row is left out: claims need no match hints any more ("Got You." was, for want of them).
    expect(r.stderr).not.toContain('no distinctive words');
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims as {
      id: string;
      text: string;
      wordings?: string[];
    }[];
    expect(new Set(claims.map((c) => c.id)).size).toBe(10375);
    const zero = claims.find((c) => c.id === 'checkthat-0');
    expect(zero?.text).toBe(
      '122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.',
    );
    expect(claims.every((c) => /^checkthat-\d+$/.test(c.id))).toBe(true);
    // Snopes' title is kept as another wording of the claim, never as its text.
    expect(zero?.wordings).toEqual([
      'Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?',
    ]);
  });
});
