// Packs saved HTML pages into one gzipped web archive (WARC 1.1, one `response` record per page, as a
// crawler writes them), for trying the CLI's archive input and for the benchmark:
//   npm run pack-warc -- <dir> --out corpus.warc.gz
// A page is `<dir>/<name>/source.html` (the corpus layout) or `<dir>/<name>.html`; its record's
// target URI is https://corpus.invalid/<name>. Real crawls come from a crawler (wget --warc-file,
// Browsertrix, Heritrix, Common Crawl); this only builds a test archive from files you have.
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

/** The pages of `dir`, sorted by name: [name, path]. */
export function savedPages(dir: string): [string, string][] {
  return readdirSync(dir)
    .sort()
    .flatMap((n): [string, string][] => {
      const p = join(dir, n);
      if (statSync(p).isDirectory()) return existsSync(join(p, 'source.html')) ? [[n, join(p, 'source.html')]] : [];
      return /\.html?$/i.test(n) ? [[n.replace(/\.html?$/i, ''), p]] : [];
    });
}

export async function packWarc(
  pages: [string, string][],
  out: string,
  date = new Date().toISOString(),
): Promise<number> {
  const records: Uint8Array[] = [];
  for (const [name, path] of pages) {
    const record = WARCRecord.create(
      {
        url: `https://corpus.invalid/${encodeURIComponent(name)}`,
        date,
        type: 'response',
        warcVersion: 'WARC/1.1',
        statusline: 'HTTP/1.1 200 OK',
        httpHeaders: { 'Content-Type': 'text/html' },
      },
      [readFileSync(path)],
    );
    records.push(await WARCSerializer.serialize(record, { gzip: true }));
  }
  writeFileSync(out, Buffer.concat(records));
  return records.length;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  const out = at >= 0 ? args[at + 1] : undefined;
  const dir = args.find((a, i) => !a.startsWith('--') && i !== at + 1);
  if (!dir || !out) {
    process.stderr.write('usage: npm run pack-warc -- <dir> --out <file.warc.gz>\n');
    process.exit(2);
  }
  const n = await packWarc(savedPages(dir), out);
  process.stderr.write(`pack-warc: ${n} pages from ${dir} -> ${basename(out)}\n`);
}
