// Web archives (WARC 1.0/1.1, plain or gzipped record by record, as crawlers write them) read as a
// stream of pages: every `response` record whose HTTP status is 2xx and whose payload is HTML. The
// archive is never loaded whole; each page's payload is read up to the same byte cap as a file's
// (counted after decompression, so a record that inflates without end stops at the cap). Parsing is
// webrecorder's warcio (Apache-2.0): records, gzip members, chunked and content-encoded payloads.
import { WARCParser, type WARCRecord } from 'warcio';
import { decodePage, PageError } from './inputs';
import { openRegularFile, ReadError } from './safe-read';

export interface WarcPage {
  /** The record's WARC-Target-URI: the page's name in records and messages. */
  url: string;
  /** WARC-Date (ISO 8601): when the crawler fetched it. */
  date: string | null;
  /** The page, or why this record could not be read (the archive goes on). */
  html?: string;
  error?: string;
}

function isHtmlResponse(record: WARCRecord): boolean {
  if (record.warcType !== 'response') return false;
  const http = record.httpHeaders;
  if (!http) return false;
  const status = Number(http.statusCode);
  if (!(status >= 200 && status < 300)) return false;
  const type = http.headers.get('content-type');
  // No declared type: the payload is looked at (assertHtml refuses what is not HTML).
  return !type || /text\/html|application\/xhtml\+xml/i.test(type);
}

async function payload(record: WARCRecord, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record.contentReader) {
    size += chunk.byteLength;
    if (size > maxBytes) throw new PageError(`too large (over ${(maxBytes / 1024 / 1024).toFixed(1)} MB)`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return bytes;
}

/**
 * The HTML pages of one archive, in record order. A broken record (bad HTTP headers, a payload over
 * the cap, a body that does not decode) yields an error for that URL and the archive goes on; a
 * broken archive (truncated gzip, not a WARC) throws ReadError after the pages before the damage.
 */
export async function* warcPages(
  path: string,
  maxBytes: number,
  /** Called once per HTML page in order; a page it refuses (another shard's) is skipped unread. */
  keep: () => boolean = () => true,
): AsyncGenerator<WarcPage> {
  const handle = await openRegularFile(path);
  try {
    const { size } = await handle.stat();
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    const gzipped = head[0] === 0x1f && head[1] === 0x8b;
    const parser = new WARCParser(handle.createReadStream({ autoClose: false, start: 0 }));
    let n = 0;
    let last: { headersEnd: number; record: WARCRecord } | undefined;
    for (;;) {
      let record: WARCRecord | null;
      try {
        record = await parser.parse();
      } catch (e) {
        throw new ReadError(`not a readable web archive (${(e as Error).message})`);
      }
      if (!record) break;
      n++;
      // warcio reads any "word word" line as a record's first line: a web archive's says WARC/1.x.
      if (!/^WARC\/\d/.test(record.warcHeaders.protocol ?? ''))
        throw new ReadError(
          n === 1 ? 'not a web archive (it does not start with a WARC record)' : `damaged web archive (record ${n})`,
        );
      // Where the record's headers end (warcio counts from the start of the file).
      last = { headersEnd: parser._warcHeadersLength, record };
      // Requests, metadata, images, redirects and revisits are not pages.
      if (!isHtmlResponse(record) || !keep()) continue;
      const url = record.warcTargetURI ?? `${path}#record-${n}`;
      const date = record.warcDate ?? null;
      try {
        const bytes = await payload(record, maxBytes);
        yield { url, date, html: decodePage(bytes, record.httpHeaders?.headers.get('content-type')) };
      } catch (e) {
        yield { url, date, error: e instanceof PageError ? e.message : `unreadable record (${(e as Error).message})` };
      }
    }
    // warcio stops quietly at what it cannot read: say so, after the pages before the damage.
    if (n === 0 && size > 0) throw new ReadError('not a web archive (no WARC record at the start)');
    if (parser.offset < size)
      throw new ReadError(`damaged or truncated web archive: ${size - parser.offset} bytes after record ${n} unread`);
    // An uncompressed archive cut inside its last record: fewer bytes than its Content-Length.
    if (!gzipped && last && last.headersEnd + last.record.warcContentLength > size)
      throw new ReadError(`truncated web archive: record ${n} ends before its Content-Length`);
  } finally {
    await handle.close();
  }
}
