// Web archives, all cores and shards: the annotate CLI reads WARC files written here with webrecorder's
// warcio (the library the CLI reads them with is the same, but the records are built independently of
// the CLI's code), runs pages on several worker threads with the same output as one, and splits a
// corpus into disjoint shards that together cover it.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { WARCRecord, WARCSerializer } from 'warcio';
import { DATASET, ROOT, runCli } from './run-cli';

vi.setConfig({ testTimeout: 120_000 });

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-cli-warc-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LAVROV = readFileSync(join(ROOT, 'test/fixtures/cli/pages/lavrov.html'));
const YAMAZAKI = readFileSync(join(ROOT, 'test/fixtures/cli/pages/sub/yamazaki.htm'));
const DS = join(ROOT, DATASET);

interface Rec {
  type: 'response' | 'request' | 'warcinfo';
  url: string;
  date?: string;
  status?: string;
  contentType?: string;
  body: Uint8Array | string;
}

async function serialize(records: Rec[], gzip: boolean): Promise<Buffer> {
  const out: Uint8Array[] = [];
  for (const r of records) {
    const body = typeof r.body === 'string' ? new TextEncoder().encode(r.body) : r.body;
    const record = WARCRecord.create(
      {
        url: r.url,
        date: r.date ?? '2024-05-01T10:00:00Z',
        type: r.type,
        warcVersion: 'WARC/1.1',
        ...(r.type === 'warcinfo'
          ? {}
          : {
              statusline: r.type === 'request' ? 'GET / HTTP/1.1' : `HTTP/1.1 ${r.status ?? '200 OK'}`,
              // (A request with no header at all, in a gzipped record, throws warcio 2.4 off the next
              // record's first line; the CLI then reports the archive as damaged. Crawlers always
              // send headers.)
              httpHeaders:
                r.type === 'request'
                  ? { Host: new URL(r.url).host }
                  : r.contentType
                    ? { 'Content-Type': r.contentType }
                    : {},
            }),
      },
      [body],
    );
    out.push(await WARCSerializer.serialize(record, { gzip }));
  }
  return Buffer.concat(out);
}

const lines = (jsonl: string) =>
  jsonl
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { page: string; pageDate: string | null; kind: string; id: string });

const CRAWL: Rec[] = [
  { type: 'request', url: 'https://news.example/lavrov', body: '' },
  {
    type: 'response',
    url: 'https://news.example/lavrov',
    date: '2024-05-01T10:00:00Z',
    contentType: 'text/html; charset=utf-8',
    body: LAVROV,
  },
  { type: 'response', url: 'https://news.example/logo.png', contentType: 'image/png', body: 'PNG...Sergey Lavrov' },
  {
    type: 'response',
    url: 'https://news.example/gone',
    status: '404 Not Found',
    contentType: 'text/html',
    body: '<p>Sergey Lavrov</p>',
  },
  {
    type: 'response',
    url: 'https://news.example/yamazaki',
    date: '2024-05-02T08:30:00Z',
    contentType: 'text/html',
    body: YAMAZAKI,
  },
];

describe('annotate CLI: web archives', () => {
  let gz: string;
  let plain: string;
  beforeAll(async () => {
    gz = join(tmp, 'crawl.warc.gz');
    plain = join(tmp, 'crawl.warc');
    writeFileSync(gz, await serialize(CRAWL, true));
    writeFileSync(plain, await serialize(CRAWL, false));
  });

  it('annotates the HTML responses of a WARC.gz, each under its target URI and WARC-Date', async () => {
    const r = await runCli([gz, '--dataset', DS, '--only', '--jobs', '1']);
    expect(r.stderr).toContain('2 pages (2 annotated, 0 failed)');
    expect(r.code).toBe(0);
    const recs = lines(r.stdout);
    expect(new Set(recs.map((x) => x.page))).toEqual(
      new Set(['https://news.example/lavrov', 'https://news.example/yamazaki']),
    );
    // The request, the image and the 404 are not pages.
    expect(recs.some((x) => /logo|gone/.test(x.page))).toBe(false);
    const lavrov = recs.find((x) => x.page === 'https://news.example/lavrov' && x.kind === 'official');
    expect(lavrov?.pageDate).toBe('2024-05-01T10:00:00Z');
    expect(recs.find((x) => x.page === 'https://news.example/yamazaki')?.pageDate).toBe('2024-05-02T08:30:00Z');
  });

  it('reads an uncompressed WARC the same way, and finds archives inside folders', async () => {
    const fromGz = await runCli([gz, '--dataset', DS, '--only']);
    const fromPlain = await runCli([plain, '--dataset', DS, '--only']);
    expect(fromPlain.code).toBe(0);
    expect(fromPlain.stdout).toBe(fromGz.stdout);
    const dir = join(tmp, 'folder');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.warc.gz'), readFileSync(gz));
    const fromDir = await runCli([dir, '--dataset', DS, '--only']);
    expect(fromDir.stdout).toBe(fromGz.stdout);
  });

  it('reports a record over --max-size by its URL and goes on with the rest of the archive', async () => {
    const big = join(tmp, 'big.warc.gz');
    const padding = `<!-- ${'x'.repeat(300 * 1024)} -->`;
    writeFileSync(
      big,
      await serialize(
        [
          { type: 'response', url: 'https://news.example/huge', contentType: 'text/html', body: `<p>x</p>${padding}` },
          CRAWL[1],
        ],
        true,
      ),
    );
    const r = await runCli([big, '--dataset', DS, '--only', '--max-size', '0.1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/https:\/\/news\.example\/huge: too large/);
    expect(new Set(lines(r.stdout).map((x) => x.page))).toEqual(new Set(['https://news.example/lavrov']));
  });

  it('keeps the pages before the damage of a truncated archive, names it, and goes on with the next input', async () => {
    const whole = await serialize(CRAWL, true);
    const first = await serialize(CRAWL.slice(0, 2), true);
    const broken = join(tmp, 'broken.warc.gz');
    // The first two records whole, then half of the third.
    writeFileSync(broken, whole.subarray(0, first.length + Math.floor((whole.length - first.length) / 3)));
    const next = join(tmp, 'next.html');
    writeFileSync(next, YAMAZAKI);
    const r = await runCli([broken, next, '--dataset', DS, '--only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${broken}: `);
    const pages = new Set(lines(r.stdout).map((x) => x.page));
    expect(pages.has('https://news.example/lavrov')).toBe(true);
    expect(pages.has(next)).toBe(true);
  });

  it('refuses a file that is not a web archive by name', async () => {
    const fake = join(tmp, 'fake.warc');
    writeFileSync(fake, 'this is not an archive\r\n\r\n');
    const r = await runCli([fake, '--dataset', DS, '--only']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${fake}: `);
  });
});

describe('annotate CLI: --jobs and --shard', () => {
  let corpus: string;
  beforeAll(() => {
    // Twelve pages with different content, in a folder (read in name order).
    corpus = join(tmp, 'many');
    mkdirSync(corpus, { recursive: true });
    for (let i = 0; i < 12; i++)
      writeFileSync(join(corpus, `p${String(i).padStart(2, '0')}.html`), i % 2 ? LAVROV : YAMAZAKI);
  });

  it('writes the same records in the same order with one worker or three', async () => {
    const one = await runCli([corpus, '--dataset', DS, '--only', '--jobs', '1']);
    const three = await runCli([corpus, '--dataset', DS, '--only', '--jobs', '3']);
    expect(one.code).toBe(0);
    expect(three.code).toBe(0);
    expect(lines(one.stdout).length).toBeGreaterThan(12);
    expect(three.stdout).toBe(one.stdout);
  });

  it('splits the pages into disjoint shards that together are the whole run', async () => {
    const all = await runCli([corpus, '--dataset', DS, '--only']);
    const parts = await Promise.all(
      [1, 2, 3].map((i) => runCli([corpus, '--dataset', DS, '--only', '--shard', `${i}/3`])),
    );
    const pagesOf = (out: string) => new Set(lines(out).map((x) => x.page));
    const shardPages = parts.map((p) => pagesOf(p.stdout));
    expect(shardPages.map((s) => s.size)).toEqual([4, 4, 4]);
    const union = new Set(shardPages.flatMap((s) => [...s]));
    expect(union).toEqual(pagesOf(all.stdout));
    expect(shardPages[0].has(join(corpus, 'p00.html'))).toBe(true);
    expect(shardPages[1].has(join(corpus, 'p01.html'))).toBe(true);
    // Concatenated in page order, the shards' records are the whole run's.
    const byPage = (out: string) => lines(out).sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : 0));
    expect(parts.flatMap((p) => lines(p.stdout)).sort((a, b) => (a.page < b.page ? -1 : 1))).toEqual(
      byPage(all.stdout),
    );
  });

  it('refuses a bad --jobs or --shard with exit 2 and a message', async () => {
    for (const [args, message] of [
      [['--jobs', '0'], /--jobs needs a whole number from 1/],
      [['--jobs', 'two'], /--jobs needs a whole number/],
      [['--shard', '4/3'], /--shard 4\/3: i must be from 1 to n/],
      [['--shard', '1-3'], /--shard needs i\/n/],
    ] as const) {
      const r = await runCli([corpus, '--dataset', DS, '--only', ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });
});
