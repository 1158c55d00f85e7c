// Builds src/dom + src/core into one IIFE exposing globalThis.ClaimLensPage, so e2e tests and the
// benchmark can inject the real page code into any page (page.addScriptTag). Cached by source hash.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CACHE = join(ROOT, 'node_modules/.cache/claimlens');
const ENTRY = join(ROOT, 'src/dom/page-api.ts');

function sourceHash(): string {
  const h = createHash('sha256');
  const visit = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) visit(p);
      else if (/\.(ts|json|css)$/.test(name)) h.update(p).update(readFileSync(p));
    }
  };
  visit(join(ROOT, 'src/core'));
  visit(join(ROOT, 'src/dom'));
  return h.digest('hex').slice(0, 16);
}

/**
 * Builds `entry` into one IIFE script, `outDir/fileName`, exposing its exports as `globalThis[name]`
 * (unminified, like the page code the tests inject). Also the benchmark's officials peers.
 */
export async function buildIife(entry: string, name: string, outDir: string, fileName: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      minify: false,
      sourcemap: false,
      target: 'es2022',
      lib: { entry, formats: ['iife'], name, fileName: () => fileName },
    },
  });
  return join(outDir, fileName);
}

/** Returns the path of the built bundle, building it when the sources changed. */
export async function pageBundlePath(): Promise<string> {
  const outDir = join(CACHE, `page-${sourceHash()}`);
  const file = join(outDir, 'claimlens-page.js');
  if (existsSync(file)) return file;
  return buildIife(ENTRY, 'ClaimLensPage', outDir, 'claimlens-page.js');
}

export async function pageBundleSource(): Promise<string> {
  return readFileSync(await pageBundlePath(), 'utf8');
}

/** The page-side API, as seen from page.evaluate (typed for tests). */
export type ClaimLensPageApi = typeof import('../../src/dom/page-api');

// ---- a bare browser and a tiny local server for page-level e2e tests (no extension) ----
import type { Browser, BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, serve, type Served } from '../../scripts/lib/chromium';

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] });
}

/** A context whose pages can reach only `origin`: everything else fails fast instead of timing out. */
export async function isolatedContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route
      .request()
      .url()
      .startsWith(origin + '/')
      ? route.continue()
      : route.abort(),
  );
  return context;
}

export interface Route {
  body: string | Buffer;
  type: string;
  headers?: Record<string, string>;
}

export type LocalServer = Served;

/** Serves the page bundle under /__claimlens/, and whatever `resolve` returns. */
export async function serveLocal(resolve: (path: string) => Route | undefined): Promise<LocalServer> {
  const bundle = await pageBundleSource();
  return serve({
    mounts: {},
    handler: (req, res) => {
      const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
      const r: Route | undefined =
        path === '/__claimlens/page.js' ? { body: bundle, type: 'text/javascript' } : resolve(path);
      if (!r) res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      else res.writeHead(200, { 'content-type': r.type, 'cache-control': 'no-store', ...r.headers }).end(r.body);
      return true;
    },
  });
}

/**
 * Adds the page bundle (which adopts its own highlight rules) as a same-origin <script src> element (allowed by
 * a CSP of 'self'), created from page.evaluate, which the page's CSP does not govern; Playwright's
 * addScriptTag/addStyleTag helpers run an inline script of their own, which strict pages block.
 */
export async function injectPageCode(page: import('playwright-core').Page, origin: string): Promise<void> {
  // A source string, not a function: runners that compile with keepNames (tsx) would otherwise leave
  // helper calls (__name) in the function text that do not exist in the page.
  await page.evaluate(`(async (base) => {
    const load = (el) => new Promise((ok, fail) => {
      el.onload = () => ok();
      el.onerror = () => fail(new Error('could not load ' + (el.href || el.src)));
      (document.head || document.documentElement).appendChild(el);
    });
    const script = document.createElement('script');
    script.src = base + '/__claimlens/page.js';
    await load(script);
  })(${JSON.stringify(origin)})`);
}
