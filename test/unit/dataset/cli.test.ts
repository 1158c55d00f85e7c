// The `dataset` command as maintainers and the build run it: exit codes, messages on stderr, and no
// output file at all when validation fails.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-dataset-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]): { code: number | null; stderr: string; stdout: string } {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/dataset.ts'), ...args],
    {
      cwd: tmp,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** A data directory: the valid fixture with a malformed case's files on top. */
function dataDir(name: string, malformed?: string): string {
  const dir = join(tmp, name);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (malformed) cpSync(join(FIXTURES, 'malformed', malformed), dir, { recursive: true });
  return dir;
}

describe('npm run dataset', { timeout: 60_000 }, () => {
  it.each(['broken-syntax', 'bom', 'dangling-reference', 'html-in-text', 'status-mismatch'])(
    'compile writes nothing for %s',
    (name) => {
      const dir = dataDir(name, name);
      const out = join(tmp, `${name}.out.json`);
      const r = run(['compile', '--dir', dir, '--out', out]);
      expect(r.code).toBe(1);
      const expected = readFileSync(join(FIXTURES, 'malformed', name, 'expected.txt'), 'utf8').trim();
      // The CLI names files relative to where it runs; the fixture's message says data/.
      expect(r.stderr).toContain(expected.replace(/^data\//, `${name}/`));
      expect(r.stderr).toContain('not compiled');
      expect(existsSync(out)).toBe(false);
    },
  );

  it('compile leaves an existing index untouched when validation fails', () => {
    const dir = dataDir('keep', 'bad-date');
    const out = join(tmp, 'keep.json');
    writeFileSync(out, 'previous build');
    expect(run(['compile', '--dir', dir, '--out', out]).code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous build');
  });

  it('compile refuses an oversized file and writes nothing', () => {
    const dir = dataDir('big');
    const claims = join(dir, 'claims.json');
    writeFileSync(claims, readFileSync(claims, 'utf8').replace('{', '{' + ' '.repeat(5 * 1024 * 1024 + 10)));
    const out = join(tmp, 'big.json');
    const r = run(['compile', '--dir', dir, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('big/claims.json file is 5.0 MB; the limit is 5.0 MB');
    expect(existsSync(out)).toBe(false);
  });

  it('compile is deterministic and writes compact JSON; validate exits 0', () => {
    const dir = dataDir('ok');
    expect(run(['validate', '--dir', dir]).code).toBe(0);
    const a = run(['compile', '--dir', dir, '--out', join(tmp, 'a.json')]);
    const b = run(['compile', '--dir', dir, '--out', join(tmp, 'b.json')]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const bytes = readFileSync(join(tmp, 'a.json'));
    expect(bytes.equals(readFileSync(join(tmp, 'b.json')))).toBe(true);
    expect(JSON.parse(bytes.toString()).version).toBe('2026.11.25');
    expect(bytes.toString().split('\n')).toHaveLength(2);
  });

  it('format --check lists unformatted files and format fixes them', () => {
    const dir = dataDir('fmt', 'unsorted-records');
    const check = run(['format', '--check', '--dir', dir]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('fmt/officials.json: not canonically formatted');
    expect(run(['format', '--dir', dir]).code).toBe(0);
    expect(run(['format', '--check', '--dir', dir]).code).toBe(0);
    expect(run(['validate', '--dir', dir]).code).toBe(0);
  });

  it('exits 2 with a message on bad arguments', () => {
    const r = run(['compile', '--dir', join(tmp, 'nope')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no such directory');
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('stats counts by status, language and outlet', () => {
    const r = run(['stats', '--json', '--dir', dataDir('stats')]);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.byStatus).toEqual({ denied: 1, confirmed: 1, disputed: 0, unverified: 0 });
    expect(s.hintLangs).toEqual({ en: 2, fr: 2, ru: 2, uk: 2, ja: 2, de: 2, es: 2 });
    expect(s.aliasLangs).toEqual({ en: 5, ja: 1, ru: 1 });
    expect(s.byOutlet).toEqual({ '(no outlet)': 2, 'RIA Novosti': 1 });
  });

  it('review lists what is due, and --check fails while anything is', () => {
    const r = run(['review', '--json', '--today', '2026-12-01', '--dir', dataDir('review')]);
    expect(r.code).toBe(0);
    const items = JSON.parse(r.stdout) as { kind: string; id: string }[];
    // The fixture's open roles carry no review date.
    expect(items.some((i) => i.kind === 'role')).toBe(true);
    expect(run(['review', '--check', '--dir', dataDir('review-check')]).code).toBe(1);
    expect(run(['review', '--today', '1 May', '--dir', dataDir('review-bad')]).code).toBe(2);
  });
});

describe('npm run dataset -- import-*', { timeout: 60_000 }, () => {
  it('imports a CSV with a --columns mapping into a data directory that compiles', () => {
    const csv = join(tmp, 'feed.csv');
    writeFileSync(
      csv,
      'text,rating,when,site,link\r\n' +
        '"The ministry said ""no troops"" were sent to the border.",Faux,2024-03-01,Example Vérif,https://factcheck.example.org/1\r\n' +
        'Parliament approved the defence budget on Tuesday.,Satire,2024-03-02,Example Vérif,https://factcheck.example.org/2\r\n',
    );
    const out = join(tmp, 'imported');
    const r = run([
      'import-claimreview',
      csv,
      '--out',
      out,
      '--columns',
      'claim=text,verdict=rating,date=when,outlet=site,url=link',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 rows, 2 imported');
    expect(r.stderr).toMatch(/UNMAPPED verdicts[^\n]*\n\s+1\s+Satire/);
    expect(run(['compile', '--dir', out, '--out', join(tmp, 'imported.json')]).code).toBe(0);
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')).claims;
    expect(claims.map((c: { status: string }) => c.status).sort()).toEqual(['denied', 'unverified']);
    // A second import into the same directory needs --force.
    expect(run(['import-claimreview', csv, '--out', out, '--columns', 'claim=text']).code).toBe(2);
  });

  it('rejects a mapping without a claim column', () => {
    const r = run([
      'import-claimreview',
      join(FIXTURES, 'claimreview/single.json'),
      '--out',
      join(tmp, 'x'),
      '--columns',
      'verdict=rating',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('column mapping needs claim=<column>');
  });
});
