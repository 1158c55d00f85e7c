// The annotate CLI as researchers run it (a child process): formats, layers, inputs, failures, exit codes.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RECORD_FIELDS, type AnnotationRecord } from '../../../src/core/export';
import { DATASET, FIXTURES, SEED, pageTextOf, runCli } from './run-cli';

// Each test spawns Node; on a shared 2-core machine that can take seconds.
vi.setConfig({ testTimeout: 60_000 });

const jsonl = (out: string): AnnotationRecord[] =>
  out
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
const key = (r: Pick<AnnotationRecord, 'kind' | 'id' | 'start' | 'end'>) => `${r.kind}|${r.id}|${r.start}|${r.end}`;

describe('annotate CLI: formats', () => {
  let records: AnnotationRecord[];
  let seedText: string;

  beforeAll(async () => {
    const r = await runCli([SEED, '--dataset', DATASET, '--only', '--layers', 'officials,claims,attributions']);
    expect(r.stderr).toMatch(/1 pages \(1 annotated, 0 failed\)/);
    expect(r.code).toBe(0);
    records = jsonl(r.stdout);
    seedText = await pageTextOf(SEED);
  }, 60_000);

  it('jsonl: one record per mention, contract fields, offsets into the extracted page text', () => {
    expect(records.length).toBeGreaterThan(5);
    for (const r of records) {
      expect(Object.keys(r)).toEqual([...RECORD_FIELDS]);
      expect(r.page).toBe(SEED);
      expect(r.text).toBe(seedText.slice(r.start, r.end));
      expect(r.datasetVersion).toBe('cli-fixture-1');
    }
    const kinds = new Set(records.map((r) => r.kind));
    expect(kinds).toEqual(new Set(['official', 'claim', 'attribution']));
    const lavrov = records.find((r) => r.kind === 'official' && r.id === 'sergey-lavrov');
    expect(lavrov).toMatchObject({ text: 'Sergey Lavrov', name: 'Sergey Lavrov', claim: null, status: null });
    const denied = records.find((r) => r.id === 'japan-troops-to-ukraine' && r.name === 'Kazuyuki Yamazaki');
    expect(denied?.status).toBe('denied');
    // Beside the dataset's verdict, what the sentence itself does with the claim.
    expect(['asserted', 'denied', 'confirmed', 'mentioned']).toContain(denied?.reported);
    expect(denied?.sources[0]).toMatchObject({ outlet: 'RIA Novosti', by: 'Kazuyuki Yamazaki', date: '2024-03-07' });
  });

  it('csv: a header row, CRLF rows, same records as jsonl', async () => {
    const r = await runCli([
      SEED,
      '--dataset',
      DATASET,
      '--only',
      '--layers',
      'officials,claims,attributions',
      '--format',
      'csv',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(RECORD_FIELDS.join(',') + '\r\n')).toBe(true);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    // No field of the seed article contains a line break, so rows are lines.
    const rows = r.stdout.split('\r\n').slice(1, -1);
    expect(rows).toHaveLength(records.length);
    expect(rows[0].startsWith(`${SEED},${records[0].kind},${records[0].id},`)).toBe(true);
  });

  it('json: one array equal to the jsonl records', async () => {
    const r = await runCli([
      SEED,
      '--dataset',
      DATASET,
      '--only',
      '--layers',
      'officials,claims,attributions',
      '--format',
      'json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(records);
  });

  it('webanno: one AnnotationCollection whose quotes are the page text at the positions', async () => {
    const r = await runCli([
      SEED,
      '--dataset',
      DATASET,
      '--only',
      '--layers',
      'officials,claims,attributions',
      '--format',
      'webanno',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(records.length);
    for (const a of doc.first.items) {
      const [quote, pos] = a.target.selector;
      expect(a.target.source).toMatch(/^file:\/\/.*seed-article\.html$/);
      expect(quote.exact).toBe(seedText.slice(pos.start, pos.end));
    }
    const claims = doc.first.items.filter((a: { motivation: string }) => a.motivation === 'assessing');
    expect(claims.length).toBe(records.filter((x) => x.kind === 'claim').length);
    expect(claims[0].body.claimId).toBeTruthy();
    expect(claims[0].body.datasetVersion).toBe('cli-fixture-1');
  });

  it("--layers filters kinds and statuses; the default is the extension's (officials, claims)", async () => {
    const denied = await runCli([SEED, '--dataset', DATASET, '--only', '--layers', 'denied']);
    expect(denied.code).toBe(0);
    const onlyDenied = jsonl(denied.stdout);
    const expected = records.filter((r) => r.kind === 'claim' && r.status === 'denied');
    expect(expected.length).toBeGreaterThan(0);
    expect(onlyDenied.map(key)).toEqual(expected.map(key));

    const def = await runCli([SEED, '--dataset', DATASET, '--only']);
    expect(jsonl(def.stdout).map(key)).toEqual(records.filter((r) => r.kind !== 'attribution').map(key));
  });

  it('--out writes the records to a file and nothing to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
    try {
      const out = join(dir, 'out.jsonl');
      const r = await runCli([
        SEED,
        '--dataset',
        DATASET,
        '--only',
        '--layers',
        'officials,claims,attributions',
        '--out',
        out,
      ]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe('');
      expect(jsonl(readFileSync(out, 'utf8'))).toEqual(records);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("annotate CLI: the article's date", () => {
  it('links a title standing alone to the official who held it on the date the page gives', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
    try {
      // Lloyd Austin was Secretary of Defense 2021-01-22 to 2025-01-20, Pete Hegseth from 2025-01-25.
      const page = (date: string | null) =>
        '<!doctype html><html><head>' +
        (date ? `<meta property="article:published_time" content="${date}T08:00:00Z">` : '') +
        '</head><body><article><p>The Pentagon chief told reporters the aid would arrive within days.</p></article></body></html>';
      for (const [name, date] of [
        ['2016', '2016-05-10'],
        ['2023', '2023-05-10'],
        ['2025', '2025-05-10'],
        ['undated', null],
      ] as const)
        writeFileSync(join(dir, `${name}.html`), page(date));
      const r = await runCli([dir, '--dataset', 'src/generated/dataset.json', '--only', '--layers', 'officials']);
      expect(r.code, r.stderr).toBe(0);
      const byPage = new Map<string, string[]>();
      for (const rec of jsonl(r.stdout)) byPage.set(rec.page, [...(byPage.get(rec.page) ?? []), rec.id]);
      const ids = (name: string) => byPage.get(join(dir, `${name}.html`)) ?? [];
      expect(ids('2016')).toEqual([]);
      expect(ids('2023')).toEqual(['lloyd-austin']);
      expect(ids('2025')).toEqual(['pete-hegseth']);
      // An undated page's title names no one.
      expect(ids('undated')).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('annotate CLI: inputs and failures', () => {
  it('reads folders recursively (*.html, *.htm only), skipping script and pre text', async () => {
    const r = await runCli([`${FIXTURES}/pages`, '--dataset', DATASET, '--only', '--format', 'json', '--progress']);
    expect(r.code).toBe(0);
    const recs: AnnotationRecord[] = JSON.parse(r.stdout);
    expect([...new Set(recs.map((x) => x.page))]).toEqual([
      `${FIXTURES}/pages/lavrov.html`,
      `${FIXTURES}/pages/sub/yamazaki.htm`,
    ]);
    expect(recs.some((x) => x.id === 'volodymyr-zelensky')).toBe(false);
    expect(recs.filter((x) => x.page.endsWith('lavrov.html')).map((x) => x.text)).toEqual(['Sergey Lavrov', 'Lavrov']);
    expect(r.stderr).toMatch(/2 pages \(2 annotated, 0 failed\)/);
    expect(r.stderr).toMatch(/officials 3, claims 2, attributions 0/);
    // --progress forces the progress line even though stderr is a pipe here.
    expect(r.stderr).toMatch(/annotate: 2\/2 pages, [\d.]+ pages\/s, 0 failed/);
  });

  it('reports a non-HTML file and a missing file by name, annotates the rest, exits non-zero', async () => {
    const r = await runCli([`${FIXTURES}/not-html.html`, 'no/such/page.html', SEED, '--dataset', DATASET, '--only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${FIXTURES}/not-html.html: not HTML`);
    expect(r.stderr).toContain('no/such/page.html: no such file');
    expect(r.stderr).toMatch(/3 pages \(1 annotated, 2 failed\)/);
    const recs = jsonl(r.stdout);
    expect(recs.length).toBeGreaterThan(0);
    expect(new Set(recs.map((x) => x.page))).toEqual(new Set([SEED]));
  });

  it('never sends a request for a saved page, and survives resource hints with relative URLs', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const dir = mkdtempSync(join(tmpdir(), 'claimlens-cli-'));
    try {
      const page = join(dir, 'hints.html');
      writeFileSync(
        page,
        `<html><head><link rel="preload" as="fetch" href="/page-data/x.json">` +
          `<link rel="preload" as="fetch" href="${origin}/a.json"><link rel="stylesheet" href="${origin}/s.css">` +
          `<script src="${origin}/s.js"></script></head><body><img src="${origin}/i.png"><p>Sergey Lavrov spoke.</p></body></html>`,
      );
      const r = await runCli([page, '--dataset', DATASET, '--only']);
      expect(r.code, r.stderr).toBe(0);
      expect(jsonl(r.stdout).map((x) => x.text)).toEqual(['Sergey Lavrov']);
      expect(r.stderr).not.toMatch(/warning|error/i);
      expect(requests).toBe(0);
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a page over --max-size', async () => {
    const r = await runCli([SEED, '--dataset', DATASET, '--only', '--max-size', '0.001']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/seed-article\.html: too large/);
    expect(r.stdout).toBe('');
  });

  describe('URLs (a local server on 127.0.0.1)', () => {
    let server: Server;
    let origin = '';
    beforeAll(async () => {
      const seed = readFileSync(SEED);
      server = createServer((req, res) => {
        if (req.url === '/seed') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(seed);
        else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end('Sergey Lavrov');
        else if (req.url === '/big') {
          // No content-length: the limit must hold while streaming.
          res.writeHead(200, { 'content-type': 'text/html' });
          const chunk = '<p>' + 'x'.repeat(64 * 1024) + '</p>';
          for (let i = 0; i < 40; i++) res.write(chunk);
          res.end();
        } else if (req.url === '/slow')
          setTimeout(() => res.writeHead(200, { 'content-type': 'text/html' }).end('<p>late</p>'), 5000);
        else res.writeHead(404).end('not found');
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches pages, and reports non-HTML, too large, timed out and HTTP errors by URL', async () => {
      const urls = ['/seed', '/plain', '/big', '/slow', '/gone'].map((p) => origin + p);
      const r = await runCli([...urls, '--dataset', DATASET, '--only', '--max-size', '1', '--timeout', '1']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`${origin}/plain: not HTML (content-type text/plain)`);
      expect(r.stderr).toContain(`${origin}/big: too large`);
      expect(r.stderr).toContain(`${origin}/slow: timed out after 1 s`);
      expect(r.stderr).toContain(`${origin}/gone: HTTP 404`);
      expect(r.stderr).toMatch(/5 pages \(1 annotated, 4 failed\)/);
      const recs = jsonl(r.stdout);
      expect(new Set(recs.map((x) => x.page))).toEqual(new Set([`${origin}/seed`]));
      expect(recs.some((x) => x.id === 'sergey-lavrov')).toBe(true);
    });
  });
});

describe('annotate CLI: arguments', () => {
  it('--help prints usage and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run annotate -- <file\.html\|archive\.warc\[\.gz\]\|dir\|url>\.\.\./);
  });

  it.each([
    [['--format', 'xml', SEED], /unknown --format "xml"/],
    [['--layers', 'officials,rumours', SEED], /unknown layer "rumours"/],
    [['--bogus', SEED], /unknown option "--bogus"/],
    [['--dataset'], /--dataset needs a value/],
    [['--timeout', '-3', SEED], /--timeout needs a positive number/],
    [[], /no input/],
  ])('exits 2 naming the problem: %j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 when the dataset is missing, saying so before reading pages', async () => {
    const r = await runCli([SEED, '--dataset', 'no/dataset.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('dataset not found: no/dataset.json');
  });
});
