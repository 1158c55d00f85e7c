// Hostile or broken inputs to the annotate CLI: each is refused by name with a message, the batch
// goes on, and nothing is lost or overwritten. Fixtures are written to a temp dir by each test.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isPrivateAddress } from '../../../src/cli/addresses';
import { parseArgs } from '../../../src/cli/args';
import { sniffCharset } from '../../../src/cli/inputs';
import { runAnnotate } from '../../../src/cli/run';
import { DATASET, ROOT, runCli } from './run-cli';

vi.setConfig({ testTimeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-robust-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LAVROV = readFileSync(join(ROOT, 'test/fixtures/cli/pages/lavrov.html'), 'utf8');
const DS = join(ROOT, DATASET);

function folder(name: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'good.html'), LAVROV);
  return dir;
}

const pagesOf = (jsonl: string) =>
  new Set(
    jsonl
      .trim()
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).page),
  );

describe('annotate CLI: files that are not regular files', () => {
  it('refuses a *.html symlink to /dev/zero and a FIFO by name, and annotates the rest', async () => {
    const dir = folder('devices');
    symlinkSync('/dev/zero', join(dir, 'a-zero.html'));
    execFileSync('mkfifo', [join(dir, 'b-fifo.html')]);
    const r = await runCli([dir, '--dataset', DS, '--only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${join(dir, 'a-zero.html')}: not a regular file (a device)`);
    expect(r.stderr).toContain(`${join(dir, 'b-fifo.html')}: not a regular file (a FIFO)`);
    expect(pagesOf(r.stdout)).toEqual(new Set([join(dir, 'good.html')]));
  });
});

describe('annotate CLI: one failing page never loses the others', () => {
  it('a page that exhausts the parser heap fails alone; --out keeps every other record', async () => {
    const dir = folder('heavy');
    writeFileSync(
      join(dir, 'a-heavy.html'),
      '<html><body>' + '<p>Sergey Lavrov said x</p>'.repeat(60_000) + '</body></html>',
    );
    writeFileSync(join(dir, 'z-after.html'), LAVROV);
    const out = join(tmp, 'heavy.jsonl');
    // A small heap for the page parser makes the failure quick; the default is 2 GB.
    const r = await runCli([dir, '--dataset', DS, '--only', '--out', out], { CLAIMLENS_PARSER_HEAP_MB: '32' });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a-heavy\.html: failed \(parser ran out of memory/);
    expect(r.stderr).toContain('3 pages (2 annotated, 1 failed)');
    expect(pagesOf(readFileSync(out, 'utf8'))).toEqual(new Set([join(dir, 'good.html'), join(dir, 'z-after.html')]));
  });

  it('a deeply nested page is annotated or fails by name, and the batch goes on', async () => {
    const dir = folder('nested');
    writeFileSync(
      join(dir, 'a-nested.html'),
      '<html><body>' + '<div><span>'.repeat(50_000) + 'Sergey Lavrov</body></html>',
    );
    const r = await runCli([dir, '--dataset', DS, '--only']);
    expect(r.stderr).toMatch(/2 pages \((2 annotated, 0|1 annotated, 1) failed\)/);
    expect(pagesOf(r.stdout).has(join(dir, 'good.html'))).toBe(true);
  });
});

describe('annotate CLI: outputs', () => {
  it('refuses --out naming an input, before writing anything', async () => {
    const page = join(tmp, 'input.html');
    writeFileSync(page, LAVROV);
    const r = await runCli([page, '--dataset', DS, '--only', '--out', page]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is one of the inputs');
    expect(readFileSync(page, 'utf8')).toBe(LAVROV);
  });

  it('writes straight to a device (--out /dev/null, as the bench does), never renaming over it', async () => {
    const page = join(tmp, 'to-null.html');
    writeFileSync(page, LAVROV);
    const r = await runCli([page, '--dataset', DS, '--only', '--out', '/dev/null']);
    expect(r.code).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    expect(readdirSync('/dev').filter((f) => f.startsWith('null.partial'))).toEqual([]);
  });

  it('reports an unwritable --out as a message, not a stack trace', async () => {
    const r = await runCli([join(ROOT, DATASET), '--dataset', DS, '--only', '--out', join(tmp, 'no/such/dir/out.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot write --out');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a value given to a switch', async () => {
    const r = await runCli([join(tmp, 'x.html'), '--quiet=yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--quiet takes no value');
  });
});

describe('annotate CLI: terminal escapes', () => {
  it('escapes control sequences in file names on stderr', async () => {
    const dir = folder('escapes');
    writeFileSync(join(dir, 'evil\u001b]0;title\u0007.html'), 'not html at all');
    const r = await runCli([dir, '--dataset', DS, '--only']);
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
    expect(r.stderr).toContain('evil\\u001b]0;title\\u0007.html: not HTML');
  });

  it('escapes control characters from page text in records printed to a terminal', async () => {
    const page = join(tmp, 'esc.html');
    writeFileSync(page, '<html><body><p>Sergey Lavrov said \u009b31m red \u202e and more.</p></body></html>');
    const chunks: string[] = [];
    const sink = (into: string[]) =>
      new Writable({
        write(c, _e, cb) {
          into.push(String(c));
          cb();
        },
      });
    const opts = parseArgs([page, '--dataset', DS, '--only', '--format', 'csv', '--layers', 'officials']);
    const tty = await runAnnotate(opts, {
      stdout: sink(chunks),
      stderr: sink([]),
      stderrIsTty: false,
      stdoutIsTty: true,
    });
    expect(tty.exitCode).toBe(0);
    const shown = chunks.join('');
    expect(shown).toContain('Sergey Lavrov');
    expect(shown).not.toMatch(/[\u009b\u202e]/);
    // Not a terminal: the records are byte-exact.
    const raw: string[] = [];
    await runAnnotate(parseArgs([page, '--dataset', DS, '--only', '--format', 'json', '--layers', 'officials']), {
      stdout: sink(raw),
      stderr: sink([]),
      stderrIsTty: false,
    });
    expect(raw.join('')).toContain('Sergey Lavrov');
  });
});

describe('annotate CLI: charsets', () => {
  it('sniffs the encoding as the HTML Standard does: BOM, then the HTTP header, then the meta prescan', () => {
    const meta1251 = new TextEncoder().encode('<meta charset="windows-1251"><p>');
    expect(sniffCharset(meta1251)).toBe('windows-1251');
    // The transport layer's charset wins over the page's own meta.
    expect(sniffCharset(meta1251, 'text/html; charset=ISO-8859-2')).toBe('iso-8859-2');
    // A label is resolved to its encoding's name ("latin1" is windows-1252 on the web).
    expect(sniffCharset(new TextEncoder().encode('<meta charset="latin1">'))).toBe('windows-1252');
    // Past the first 1024 bytes a meta is not looked for; nothing declared reads as UTF-8.
    expect(sniffCharset(new TextEncoder().encode(`<p>${'x'.repeat(1100)}</p><meta charset="windows-1251">`))).toBe(
      'utf-8',
    );
  });

  it('decodes a windows-1251 page with a Russian name', async () => {
    // "Сергей Лавров" in windows-1251.
    const name = [0xd1, 0xe5, 0xf0, 0xe3, 0xe5, 0xe9, 0x20, 0xcb, 0xe0, 0xe2, 0xf0, 0xee, 0xe2];
    const head = new TextEncoder().encode('<html><head><meta charset="windows-1251"></head><body><p>');
    const tail = new TextEncoder().encode(' said so.</p></body></html>');
    const page = join(tmp, 'cp1251.html');
    writeFileSync(page, Buffer.concat([head, Uint8Array.from(name), tail]));
    const r = await runCli([page, '--dataset', DS, '--only', '--layers', 'officials']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"text":"Сергей Лавров"');
  });

  it('reads a meta charset of utf-16 as UTF-8, as browsers do', async () => {
    const bytes = new TextEncoder().encode(
      '<html><head><meta charset="utf-16"></head><body><p>Сергей Лавров, Sergey Lavrov.</p></body></html>',
    );
    expect(sniffCharset(bytes)).toBe('utf-8');
    expect(
      sniffCharset(new TextEncoder().encode('<meta http-equiv="content-type" content="text/html; charset=UTF-16LE">')),
    ).toBe('utf-8');
    expect(sniffCharset(new TextEncoder().encode('<meta charset="x-user-defined">'))).toBe('windows-1252');
    expect(sniffCharset(new Uint8Array([0xff, 0xfe, 0x3c, 0x00]))).toBe('utf-16le'); // a BOM still decides
    const page = join(tmp, 'utf16.html');
    writeFileSync(page, bytes);
    const r = await runCli([page, '--dataset', DS, '--only', '--layers', 'officials']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('"text":"Sergey Lavrov"');
  });
});

describe('annotate CLI: redirects', () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/page') res.writeHead(200, { 'content-type': 'text/html' }).end(LAVROV);
      else if (req.url === '/to-loopback') res.writeHead(302, { location: `${origin}/page` }).end();
      else if (req.url === '/to-metadata')
        res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
      else if (req.url === '/to-file') res.writeHead(302, { location: 'file:///etc/passwd' }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('refuses redirects to internal addresses and non-http schemes, with a message', async () => {
    const r = await runCli([
      `${origin}/to-loopback`,
      `${origin}/to-metadata`,
      `${origin}/to-file`,
      '--dataset',
      DS,
      '--only',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${origin}/to-loopback: redirect to a non-public address (127.0.0.1) refused`);
    expect(r.stderr).toContain('to-metadata: redirect to a non-public address (169.254.169.254) refused');
    expect(r.stderr).toContain('to-file: redirect to file: refused');
    expect(r.stdout).toBe('');
  });

  it('follows them with --allow-private', async () => {
    const r = await runCli([`${origin}/to-loopback`, '--dataset', DS, '--only', '--allow-private']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('sergey-lavrov');
  });

  it('classifies addresses', () => {
    for (const ip of [
      '127.0.0.1',
      '10.1.2.3',
      '172.20.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ['93.184.216.34', '8.8.8.8', '2606:4700::1111', '172.32.0.1'])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
