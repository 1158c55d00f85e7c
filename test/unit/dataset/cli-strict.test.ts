// The dataset CLI refuses what it cannot do safely, before touching any file: unknown flags and
// stray arguments (exit 2, naming them), devices, FIFOs and oversized inputs, outputs that would
// replace an input, and control characters from names on the terminal.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, ROOT } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-strict-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/dataset.ts'), ...args],
    { cwd: tmp, encoding: 'utf8', timeout: 60_000 },
  );
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

const FEED = 'text,when\nThe harbour bridge will close for a decade.,2024-01-02\n';

describe('npm run dataset: strict arguments', { timeout: 60_000 }, () => {
  it('format --chek exits 2 naming the flag and rewrites nothing', () => {
    const dir = join(tmp, 'fmt');
    cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
    const claims = join(dir, 'claims.json');
    // Unformatted on purpose: a run in write mode would rewrite it.
    const ugly = JSON.stringify(JSON.parse(readFileSync(claims, 'utf8')));
    writeFileSync(claims, ugly);
    const r = run(['format', '--chek', '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('format: unknown option --chek');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(claims, 'utf8')).toBe(ugly);
  });

  it.each([
    ['validate', '--bogus'],
    ['compile', '--verbose'],
    ['stats', '--csv'],
    ['schema', '--dir'],
    ['import-claimreview', '--colums'],
    ['import-popolo', '--contry'],
  ])('%s %s exits 2 before doing anything', (command, bad) => {
    const out = join(tmp, `never-${command}`);
    const r = run([command, bad, 'x', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${command}: unknown option ${bad}`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses stray arguments, and a flag that needs a value', () => {
    expect(run(['validate', 'data']).stderr).toContain('validate: unexpected argument "data"');
    const r = run(['import-claimreview', 'feed.csv', '--out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--out needs a value');
    expect(run([]).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
  });
});

describe('npm run dataset: inputs and outputs', { timeout: 60_000 }, () => {
  it('refuses a symlink to a device and a FIFO, quickly and with a message', () => {
    const link = join(tmp, 'zero.csv');
    symlinkSync('/dev/zero', link);
    const t0 = Date.now();
    const r = run(['import-claimreview', link, '--columns', 'claim=text', '--out', join(tmp, 'z')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot read ${link}: not a regular file (a device)`);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const fifo = join(tmp, 'pipe.csv');
    execFileSync('mkfifo', [fifo]);
    const f = run(['import-claimreview', fifo, '--columns', 'claim=text', '--out', join(tmp, 'f')]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain('not a regular file (a FIFO)');
    expect(existsSync(join(tmp, 'z')) || existsSync(join(tmp, 'f'))).toBe(false);
  });

  it('stops reading at --max-size', () => {
    const big = join(tmp, 'big.csv');
    writeFileSync(big, FEED + 'x,2024-01-01\n'.repeat(20_000));
    const r = run(['import-claimreview', big, '--columns', 'claim=text', '--max-size', '0.1', '--out', join(tmp, 'b')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read .*big\.csv: too large \(0\.2 MB > 0\.1 MB\)/);
  });

  it('never writes over an input (--out, --report, compile --out)', () => {
    const dir = join(tmp, 'inplace');
    mkdirSync(dir);
    const input = join(dir, 'claims.json');
    const feed = JSON.stringify({
      '@type': 'ClaimReview',
      claimReviewed: 'The harbour bridge will close for a decade.',
      datePublished: '2024-01-02',
      url: 'https://factcheck.example.org/1',
      author: { name: 'Example Check' },
      reviewRating: { alternateName: 'False' },
    });
    writeFileSync(input, feed);
    const r = run(['import-claimreview', input, '--out', dir, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--out would overwrite the input ${input}`);
    expect(readFileSync(input, 'utf8')).toBe(feed);
    const rep = run(['import-claimreview', input, '--out', join(tmp, 'elsewhere'), '--report', input]);
    expect(rep.code).toBe(2);
    expect(rep.stderr).toContain('--report would overwrite the input');
    expect(readFileSync(input, 'utf8')).toBe(feed);
    expect(existsSync(join(tmp, 'elsewhere'))).toBe(false);
    const data = join(tmp, 'data-in');
    cpSync(join(FIXTURES, 'valid'), data, { recursive: true });
    const before = statSync(join(data, 'claims.json')).size;
    const c = run(['compile', '--dir', data, '--out', join(data, 'claims.json')]);
    expect(c.code).toBe(2);
    expect(statSync(join(data, 'claims.json')).size).toBe(before);
  });

  it('escapes terminal control sequences in file names it prints', () => {
    const name = join(tmp, 'evil\u001b]0;owned\u0007\u001b[2J.csv');
    const r = run(['import-claimreview', name, '--columns', 'claim=text', '--out', join(tmp, 'e')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).not.toContain('\u0007');
    expect(r.stderr).toContain('evil\\u001b]0;owned');
  });
});
