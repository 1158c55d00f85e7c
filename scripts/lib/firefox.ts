// Starts real headless Firefox (Debian's firefox-esr) over WebDriver BiDi with the Firefox build
// installed as a temporary add-on, and reads what extension pages print: used by the Firefox e2e test.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT } from './chromium';

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** One line Firefox printed about a script: a console.error call or an uncaught error. */
export interface ConsoleLine {
  kind: 'console.error' | 'uncaught';
  text: string;
}

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** The add-on id from the manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** The moz-extension:// host, fixed before launch so tests can open extension pages. */
  uuid: string;
  /** moz-extension://UUID/<path> */
  extensionUrl(path: string): string;
  /**
   * Opens an extension page in a new tab and waits until it has loaded. WebDriver BiDi in Firefox
   * does not report load events for extension documents (Bug 1755014), so readiness is polled.
   */
  openExtensionPage(path: string): Promise<Page>;
  /** Position in the console record: pass it to `consoleSince` to read only what came after. */
  consoleMark(): number;
  /**
   * Errors printed by every page of the browser since `mark`, extension pages included. BiDi's
   * log.entryAdded stays silent for extension documents (see `openExtensionPage`), so Firefox
   * is asked to print console calls and uncaught errors to its stdout/stderr, which we read.
   */
  consoleSince(mark: number): ConsoleLine[];
  close(): Promise<void>;
}

/**
 * Launches headless Firefox ESR with the unpacked Firefox build from `dist` installed as a
 * temporary add-on. The add-on's moz-extension UUID is chosen here and written into the profile
 * (pref `extensions.webextensions.uuids`), as Firefox would otherwise pick a random one.
 */
export async function launchFirefoxWithExtension(
  options: { dist?: string; headless?: boolean } = {},
): Promise<FirefoxExtensionBrowser> {
  const dist = options.dist ?? DIST_FIREFOX;
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No Firefox build in ${dist}: run npm run build:firefox`);
  if (!existsSync(FIREFOX))
    throw new Error(`Firefox not found at ${FIREFOX}: run scripts/ensure-firefox.sh or set FIREFOX_PATH`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id`);
  const uuid = randomUUID();
  const origin = `moz-extension://${uuid}`;

  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: options.headless ?? true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    // Lets BiDi navigate a tab to a moz-extension:// page (refused otherwise as not web-safe).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Print console calls of web and extension pages; uncaught errors go to stderr anyway.
      'devtools.console.stdout.content': true,
      'browser.dom.window.dump.enabled': true,
    },
  });

  const lines: ConsoleLine[] = [];
  const proc = browser.process();
  if (!proc?.stdout || !proc.stderr) throw new Error('Firefox started without readable stdout/stderr');
  // Reading both streams also keeps Firefox from blocking on a full pipe.
  readLines(proc.stdout, (line) => {
    if (line.startsWith('console.error: ')) lines.push({ kind: 'console.error', text: line.slice(15) });
  });
  readLines(proc.stderr, (line) => {
    if (!line.startsWith('JavaScript error: ')) return;
    const text = line.slice(18);
    // Firefox's own modules (resource://, chrome://) report their errors here too; not ours.
    if (!/^(resource|chrome):\/\//.test(text)) lines.push({ kind: 'uncaught', text });
  });

  try {
    const installed = await browser.installExtension(dist);
    if (installed !== addonId) throw new Error(`installed ${installed}, expected ${addonId}`);
  } catch (e) {
    await browser.close();
    throw e;
  }

  return {
    browser,
    addonId,
    uuid,
    extensionUrl: (path) => `${origin}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const url = `${origin}/${path.replace(/^\//, '')}`;
      const page = await browser.newPage();
      // The navigation itself happens; only its completion is never reported, so don't wait on it.
      void page.goto(url, { timeout: 60_000 }).catch(() => undefined);
      const deadline = Date.now() + 15_000;
      for (;;) {
        const state = await page.evaluate(() => `${document.readyState} ${location.href}`).catch(() => 'loading');
        if (state === `complete ${url}`) return page;
        if (Date.now() > deadline) throw new Error(`${url} did not load (last state: ${state})`);
        await new Promise((ok) => setTimeout(ok, 100));
      }
    },
    consoleMark: () => lines.length,
    consoleSince: (mark) => lines.slice(mark),
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

function readLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (rest + chunk).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) onLine(line);
  });
}

/** Errors a web page reports over BiDi log.entryAdded (console.error and uncaught exceptions). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e instanceof Error ? e.message : String(e)}`));
  return errors;
}
