// Real Chromium for the benchmark and the parity test: corpus pages served on 127.0.0.1 with their
// own scripts blocked (CSP), nothing fetched from elsewhere, the page bundle and mark.js injectable.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { sniffCharset } from '../src/cli/inputs';
import { serveLocal, type LocalServer } from '../test/browser/page-bundle';
import { IN_PAGE } from './in-page';
import { CHROMIUM, CHROMIUM_FLAGS } from '../scripts/lib/chromium';

export const ROOT = resolve(import.meta.dirname, '..');
export const CORPUS_PAGES = resolve(ROOT, '../shared/corpus/pages');
const MARK_JS = join(ROOT, 'node_modules/mark.js/dist/mark.min.js');

export interface BenchBrowser {
  browser: Browser;
  context: BrowserContext;
  server: LocalServer;
  /** URL of a corpus page (`corpus:<name>`), a fixture (`fixture:<path>`) or a file in bench/out. */
  url(kind: 'corpus' | 'fixture' | 'out', name: string): string;
  /** A fresh tab on `url` with the page bundle and the bench helpers installed. */
  open(url: string, opts?: { markjs?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

function html(path: string) {
  const bytes = readFileSync(path);
  // The charset the CLI would pick, so both read the same characters.
  return { body: bytes, type: `text/html; charset=${sniffCharset(bytes)}` };
}

export async function launchBench(): Promise<BenchBrowser> {
  const server = await serveLocal((path) => {
    // Page scripts would change the DOM between runs; ours are injected over CDP and same-origin URLs.
    const csp = { 'content-security-policy': "script-src 'self'" };
    let m = /^\/corpus\/([\w.-]+)\/source\.html$/.exec(path);
    if (m) return { ...html(join(CORPUS_PAGES, m[1], 'source.html')), headers: csp };
    m = /^\/fixture\/([\w./-]+\.html?)$/.exec(path);
    if (m && !m[1].includes('..')) return { ...html(join(ROOT, 'test/fixtures', m[1])), headers: csp };
    m = /^\/out\/([\w.-]+\.json)$/.exec(path);
    if (m) return { body: readFileSync(join(ROOT, 'bench/out', m[1])), type: 'application/json' };
    m = /^\/out\/([\w.-]+\.js)$/.exec(path);
    if (m) return { body: readFileSync(join(ROOT, 'bench/out', m[1])), type: 'text/javascript' };
    // A packed index as the extension keeps it: gzipped, in base64 (see writePack in run.ts).
    m = /^\/out\/([\w.-]+\.pack\.b64)$/.exec(path);
    if (m) return { body: readFileSync(join(ROOT, 'bench/out', m[1])), type: 'text/plain' };
    if (path === '/mark.min.js') return { body: readFileSync(MARK_JS), type: 'text/javascript' };
    return undefined;
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // gc() in the page, so the heap added by loading an index is measured after a collection.
    args: [...CHROMIUM_FLAGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route('**/*', (route) =>
    route
      .request()
      .url()
      .startsWith(server.origin + '/')
      ? route.continue()
      : route.abort('blockedbyclient'),
  );
  return {
    browser,
    context,
    server,
    url: (kind, name) =>
      kind === 'corpus' ? server.url(`/corpus/${name}/source.html`) : server.url(`/${kind}/${name}`),
    async open(url, opts = {}) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      await page.addScriptTag({ url: `${server.origin}/__claimlens/page.js` });
      if (opts.markjs) await page.addScriptTag({ url: `${server.origin}/mark.min.js` });
      await page.evaluate(IN_PAGE);
      return page;
    },
    async close() {
      await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}
