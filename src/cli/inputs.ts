// Turns the command line's inputs into pages: folders expanded recursively, files and URLs read with
// a size limit, bytes decoded by the page's declared charset, and anything that is not HTML refused.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import htmlEncodingSniffer from 'html-encoding-sniffer';
import { internalReason } from './addresses';
import { ReadError, readRegularFile } from './safe-read';

export interface PageRef {
  /** The name records and messages use: the path as given or found, or the URL. */
  name: string;
  /** A web archive (`warc`) stands for all the HTML pages it holds (see warc.ts). */
  kind: 'file' | 'url' | 'warc';
}

export interface LoadedPage {
  ref: PageRef;
  html: string;
  /** The page's URL (file: URL for files), for base URLs and Web Annotation targets. */
  url: string;
}

/** A page that could not be read; `reason` is shown after the page's name. */
export class PageError extends Error {}

const HTML_FILE = /\.html?$/i;
/** Web archives, plain or gzipped (`*.warc`, `*.warc.gz`). */
export const WARC_FILE = /\.warc(?:\.gz)?$/i;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

async function walkDir(dir: string, out: PageRef[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    // Symlinked folders are not followed: they can loop. Every other *.html entry is listed, and
    // what is not a regular file (a device, a FIFO, a link to one) is refused by name when read.
    if (e.isDirectory()) await walkDir(path, out);
    else if (HTML_FILE.test(e.name)) out.push({ name: path, kind: 'file' });
    else if (WARC_FILE.test(e.name)) out.push({ name: path, kind: 'warc' });
  }
}

/**
 * Expands inputs into page references in the order given (folders sorted by name). A path that does
 * not exist stays a file reference, so that it fails later as a page, by name, without stopping the run.
 */
export async function expandInputs(inputs: readonly string[]): Promise<PageRef[]> {
  const pages: PageRef[] = [];
  for (const input of inputs) {
    if (isUrl(input)) {
      pages.push({ name: input, kind: 'url' });
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) await walkDir(input, pages);
    else pages.push({ name: input, kind: WARC_FILE.test(input) ? 'warc' : 'file' });
  }
  return pages;
}

/**
 * The page's encoding as a browser picks it: the HTML Standard's encoding sniffing algorithm (BOM,
 * then the HTTP header's charset, then the prescan of the first 1024 bytes for <meta charset> and
 * http-equiv, where a declared UTF-16 means UTF-8 and x-user-defined means windows-1252), from jsdom's
 * html-encoding-sniffer. Pages that declare nothing are read as UTF-8 (a browser would guess from its
 * locale, windows-1252 for English; saved pages today are almost all UTF-8). Lower-case name.
 */
export function sniffCharset(bytes: Uint8Array, headerType?: string | null): string {
  const transport = headerType ? /charset=["']?\s*([\w-]+)/i.exec(headerType)?.[1] : undefined;
  return htmlEncodingSniffer(bytes, { transportLayerEncodingLabel: transport, defaultEncoding: 'UTF-8' }).toLowerCase();
}

function decode(bytes: Uint8Array, headerType?: string | null): string {
  const label = sniffCharset(bytes, headerType);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A page's bytes as text, by its declared charset, refused when it is not HTML. */
export function decodePage(bytes: Uint8Array, headerType?: string | null): string {
  const html = decode(bytes, headerType);
  assertHtml(html);
  return html;
}

const HTML_START =
  /<(!doctype\s+html|html|head|body|meta|title|p|div|article|section|main|span|a|h[1-6]|table|ul|br)[\s>/]/i;

/** Refuses binary files and text without any HTML markup near its start. */
function assertHtml(text: string): void {
  const head = text.slice(0, 65536);
  if (head.includes('\u0000')) throw new PageError('not HTML (binary content)');
  if (!HTML_START.test(head)) throw new PageError('not HTML (no HTML markup found)');
}

function megabytes(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

async function loadFile(ref: PageRef, maxBytes: number): Promise<LoadedPage> {
  // Regular files only (a symlink's target is checked: /dev/zero or a FIFO is refused), read with the
  // size limit counted while reading.
  const bytes = await readRegularFile(ref.name, maxBytes).catch((e: unknown) => {
    if (e instanceof ReadError) throw new PageError(e.message);
    throw new PageError(`unreadable (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  });
  const html = decode(bytes);
  assertHtml(html);
  return { ref, html, url: pathToFileURL(ref.name).href };
}

const MAX_REDIRECTS = 10;

/**
 * Fetches with redirects followed by hand: each target must be http(s), and (unless allowPrivate)
 * on a public address, so that a public page cannot send the CLI to 127.0.0.1, the LAN or a cloud
 * metadata service.
 */
async function fetchChecked(
  url: string,
  signal: AbortSignal,
  allowPrivate: boolean,
  timeoutMs: number,
): Promise<Response> {
  let current = url;
  for (let hop = 0; ; hop++) {
    let response: Response;
    try {
      response = await fetch(current, {
        signal,
        redirect: 'manual',
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
    } catch (e) {
      const err = e as Error;
      if (err.name === 'TimeoutError' || err.name === 'AbortError')
        throw new PageError(`timed out after ${timeoutMs / 1000} s`);
      throw new PageError(`fetch failed (${(err.cause as Error | undefined)?.message ?? err.message})`);
    }
    if (response.status < 300 || response.status > 399 || response.status === 304) return response;
    const location = response.headers.get('location');
    await response.body?.cancel();
    if (!location) throw new PageError(`HTTP ${response.status} redirect without a Location`);
    if (hop >= MAX_REDIRECTS) throw new PageError(`more than ${MAX_REDIRECTS} redirects`);
    let next: URL;
    try {
      next = new URL(location, current);
    } catch {
      throw new PageError(`redirect to an invalid URL (${location.slice(0, 200)})`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      throw new PageError(`redirect to ${next.protocol} refused (only http and https are followed)`);
    if (!allowPrivate) {
      const why = await internalReason(next);
      if (why) throw new PageError(`redirect to ${why} refused: ${next.href} (--allow-private follows it)`);
    }
    current = next.href;
  }
}

async function loadUrl(ref: PageRef, maxBytes: number, timeoutMs: number, allowPrivate: boolean): Promise<LoadedPage> {
  const signal = AbortSignal.timeout(timeoutMs);
  const response = await fetchChecked(ref.name, signal, allowPrivate, timeoutMs);
  if (!response.ok) throw new PageError(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type');
  if (type && !/text\/html|application\/xhtml\+xml/i.test(type)) {
    await response.body?.cancel();
    throw new PageError(`not HTML (content-type ${type})`);
  }
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new PageError(`too large (${megabytes(declared)} > ${megabytes(maxBytes)})`);
  }
  // Read the body in chunks so that an endless or lying response stops at the limit.
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const reader = response.body?.getReader();
    for (;;) {
      if (!reader) break;
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel();
        throw new PageError(`too large (over ${megabytes(maxBytes)})`);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof PageError) throw e;
    const err = e as Error;
    throw new PageError(
      err.name === 'TimeoutError' ? `timed out after ${timeoutMs / 1000} s` : `read failed (${err.message})`,
    );
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const html = decode(bytes, type);
  assertHtml(html);
  return { ref, html, url: response.url || ref.name };
}

export function loadPage(
  ref: PageRef,
  opts: { maxBytes: number; timeoutMs: number; allowPrivate?: boolean },
): Promise<LoadedPage> {
  return ref.kind === 'url'
    ? loadUrl(ref, opts.maxBytes, opts.timeoutMs, opts.allowPrivate ?? false)
    : loadFile(ref, opts.maxBytes);
}
