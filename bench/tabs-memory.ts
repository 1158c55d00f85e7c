// Memory of the whole browser with N tabs of one article open, with the built extension annotating
// every tab and without the extension: what a reader's machine pays for ClaimLens, each tab holding
// its own copy of the dataset and matcher. Read from Linux /proc: the proportional set size (PSS) of
// every process of the browser, so pages shared between processes are counted once.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, DIST, launchWithExtension, serve } from '../scripts/lib/chromium';

export interface TabsMemory {
  tabs: number;
  page: string;
  mode: 'badges' | 'nothing' | 'off';
  /** Whole browser, all processes, PSS in bytes. */
  withExtension: number;
  without: number;
  /** Badges shown over all tabs with the extension (0 would mean nothing was annotated). */
  badges: number;
  /** Processes counted in each run. */
  processes: { withExtension: number; without: number };
}

/** pid -> parent pid for every process we may read. */
function parents(): Map<number, number> {
  const out = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      out.set(Number(name), ppid);
    } catch {
      // The process ended while we read.
    }
  }
  return out;
}

/** Every process below `root` (not `root` itself). */
function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [...(children.get(root) ?? [])];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** PSS of one process in bytes (0 if it is gone or unreadable). */
function pss(pid: number): number {
  try {
    const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The browser's processes: Chromium is started by this Node process, so it is our only such child. */
function browserMemory(): { bytes: number; processes: number } {
  const pids = descendants(process.pid).filter((pid) => {
    try {
      return /chrom/i.test(readFileSync(`/proc/${pid}/comm`, 'utf8'));
    } catch {
      return false;
    }
  });
  return { bytes: pids.reduce((a, pid) => a + pss(pid), 0), processes: pids.length };
}

const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

async function openTabs(context: BrowserContext, url: string, tabs: number, annotated: boolean): Promise<number> {
  const pages = [];
  for (let i = 0; i < tabs; i++) {
    const page = await context.newPage();
    pages.push(page);
    await page.goto(url, { waitUntil: 'load' });
    if (annotated) {
      // The annotator works in slices after load: wait for its badges (at most 15 s a tab).
      const until = Date.now() + 15_000;
      while (Date.now() < until && (await page.locator('[data-claimlens-badge]').count()) === 0) await settle(100);
    } else await settle(500);
  }
  // Timers and the slices of the last tabs run out; then the measure. Badges are counted in every tab
  // at the end, so a row that should have none (site switched off, nothing to annotate) shows it.
  await settle(3000);
  let badges = 0;
  for (const page of pages) badges += await page.locator('[data-claimlens-badge]').count();
  return badges;
}

/**
 * Opens `tabs` tabs of `page` (a file of test/fixtures) in Chromium with the built extension (dist/), then in Chromium
 * without it, and measures the whole browser each time. Undefined where /proc or dist/ is missing.
 */
export async function tabsMemory(
  tabs: number,
  page: string,
  /**
   * 'badges': wait for badges in each tab; 'nothing': a page with nothing to annotate; 'off': the
   * site switched off in the extension's settings first (the content script loads, reads nothing).
   */
  mode: 'badges' | 'nothing' | 'off' = 'badges',
): Promise<TabsMemory | undefined> {
  if (!existsSync('/proc/self/smaps_rollup') || !existsSync(join(DIST, 'manifest.json'))) return undefined;
  // The saved page's own scripts and remote resources stay out, in both runs alike (as in the reading
  // e2e test): only the page and the extension differ.
  const server = await serve({
    mounts: { '/fixtures/': 'test/fixtures' },
    headers: () => ({
      'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
    }),
  });
  const url = server.url(`/fixtures/${page}`);
  try {
    const ext = await launchWithExtension();
    let badges: number;
    let withExtension: { bytes: number; processes: number };
    try {
      if (mode === 'off')
        await ext.worker.evaluate(async () => {
          // Runs in the extension's service worker, where `chrome` is the extension API. The background
          // writes the reader's personal mark into the settings when it first starts: wait for that
          // write, or it would overwrite ours with the settings it read before.
          type Area = { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> };
          const sync = (globalThis as unknown as { chrome: { storage: { sync: Area } } }).chrome.storage.sync;
          const KEY = 'claimlens.settings';
          let got: Record<string, unknown> | undefined;
          for (let i = 0; i < 50 && !got?.mark; i++) {
            got = (await sync.get(KEY))[KEY] as Record<string, unknown> | undefined;
            if (!got?.mark) await new Promise((ok) => setTimeout(ok, 100));
          }
          await sync.set({ [KEY]: { ...got, never: ['127.0.0.1'] } });
        });
      badges = await openTabs(ext.context, url, tabs, mode === 'badges');
      withExtension = browserMemory();
    } finally {
      await ext.close();
    }
    const profile = mkdtempSync(join(tmpdir(), 'claimlens-bench-profile-'));
    let without: { bytes: number; processes: number };
    try {
      const context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1280, height: 900 },
        args: [...CHROMIUM_FLAGS],
      });
      await context.route('**/*', (route) =>
        new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort('blockedbyclient'),
      );
      try {
        await openTabs(context, url, tabs, false);
        without = browserMemory();
      } finally {
        await context.close();
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    return {
      tabs,
      page,
      mode,
      withExtension: withExtension.bytes,
      without: without.bytes,
      badges,
      processes: { withExtension: withExtension.processes, without: without.processes },
    };
  } finally {
    await server.close();
  }
}
