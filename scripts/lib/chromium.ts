// Starts real Chromium with the built extension loaded, and serves pages on 127.0.0.1: shared by
// `npm start`, the end-to-end tests and the screenshot script.
import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium we start (start, tests, bench): no sandbox as root, and none of the
 * browser's own background traffic, which this machine's closed network refuses many times a second.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Folders served under a URL prefix: { '/fixtures/': 'test/fixtures' }. */
  mounts: Record<string, string>;
  /** Extra response headers per path prefix (e.g. a strict Content-Security-Policy). */
  headers?: (path: string) => Record<string, string>;
  /** Answers generated per request (dynamic fixtures); return false to fall through to files. */
  handler?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

/** A static server on 127.0.0.1 and a free port; it never serves outside its mounts. */
export async function serve(options: ServeOptions): Promise<Served> {
  const server = createServer((req, res) => {
    if (options.handler?.(req, res)) return;
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const mount = Object.keys(options.mounts).find((prefix) => path.startsWith(prefix));
    if (!mount) {
      res.writeHead(404).end('not found');
      return;
    }
    const base = resolve(ROOT, options.mounts[mount]);
    const file = resolve(base, path.slice(mount.length) || 'index.html');
    if (!(file === base || file.startsWith(base + sep)) || !existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...options.headers?.(path),
    });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => origin + path,
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Requests that left 127.0.0.1 and the extension's own origin: must stay empty. */
  outsideRequests: string[];
  close(): Promise<void>;
}

/**
 * Launches Chromium with the unpacked extension from `dist`. Every request is checked: anything
 * but 127.0.0.1, the extension itself and inline data is recorded and refused, so a test can
 * prove that no page text or URL leaves the browser.
 */
export async function launchWithExtension(
  options: { dist?: string; headless?: boolean } = {},
): Promise<ExtensionBrowser> {
  const dist = options.dist ?? DIST;
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`No built extension in ${dist}: run npm run build`);
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run scripts/ensure-chromium.sh or set CHROMIUM_PATH`);
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      ...CHROMIUM_FLAGS,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
    ],
  });
  const outsideRequests: string[] = [];
  let extensionId = '';
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1';
    const own = url.protocol === 'chrome-extension:' && (extensionId === '' || url.host === extensionId);
    if (local || own || url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    outsideRequests.push(url.href);
    return route.abort('blockedbyclient');
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    outsideRequests,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
