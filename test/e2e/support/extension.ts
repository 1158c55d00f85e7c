// The end-to-end harness: real Chromium with the built extension, fixture pages on 127.0.0.1, and
// a guard that fails a test whose run sent any request outside 127.0.0.1 and the extension.
import { afterAll, beforeAll, expect } from 'vitest';
import type { PageSnapshot } from '../../../src/shared/messages';
import {
  launchWithExtension,
  serve,
  type ExtensionBrowser,
  type Served,
  type ServeOptions,
} from '../../../scripts/lib/chromium';

export {
  BADGE_SELECTOR,
  CARD_SELECTOR,
  accessibleBadges,
  badgeIndex,
  clickBadge,
  focusedBadge,
  inClosedRoots,
  readBadges,
  readCard,
  syntheticActivation,
  waitForBadges,
  waitForCard,
} from '../../../scripts/lib/badges';
export type { ExtensionBrowser, Served };

// Evaluated inside extension pages, where Chrome's promise-based `chrome` has this shape.
declare const chrome: import('webextension-polyfill').Browser;

export interface Harness {
  browser: ExtensionBrowser;
  server: Served;
}

/**
 * Call at the top of a test file: starts one browser and one server for the file, and checks at
 * the end that nothing left the machine. Fixture pages are served under /fixtures/.
 */
export function useExtension(options: Partial<ServeOptions> = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.server = await serve({ ...options, mounts: { '/fixtures/': 'test/fixtures', ...options.mounts } });
    h.browser = await launchWithExtension();
  });
  afterAll(async () => {
    const outside = h.browser?.outsideRequests ?? [];
    await h.browser?.close();
    await h.server?.close();
    expect(outside, 'requests outside 127.0.0.1 and the extension').toEqual([]);
  });
  return h;
}

/** Opens an extension page (popup, panel, options) as a tab. */
/** Reads until `ok` holds or the time is up (generous: the machine may be busy; the result is checked). */
export async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeout = 30_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let v = await read();
  while (!ok(v) && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 100));
    v = await read();
  }
  return v;
}

/**
 * The extension's id for the tab showing `url`, asked from an open extension page. Without the tabs
 * permission the extension cannot read tab URLs, so each tab's content script is asked for its page.
 */
export async function tabIdFrom(extPage: import('playwright-core').Page, url: string): Promise<number> {
  const find = () =>
    extPage.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        const page = await chrome.tabs.sendMessage(tab.id!, { claimlens: 1, type: 'page/get' }).catch(() => undefined);
        if ((page as { url?: string } | undefined)?.url === u) return tab.id!;
      }
      return -1;
    }, url);
  const id = await poll(find, (v) => v >= 0);
  if (id < 0) throw new Error(`no annotated tab shows ${url}`);
  return id;
}

export function extensionUrl(h: Harness, path: string): string {
  return `chrome-extension://${h.browser.extensionId}/${path}`;
}

/**
 * What the content script of the tab showing `url` reports to the extension's own pages (the side
 * panel's view: ids, statuses, labels), asked from an extension page as the panel does. Polls until
 * that tab answers with at least `min` items.
 */
export async function snapshotFor(h: Harness, url: string, min = 1, timeout = 20_000): Promise<PageSnapshot> {
  const ext = await h.browser.context.newPage();
  try {
    await ext.goto(extensionUrl(h, 'src/panel/index.html'));
    const deadline = Date.now() + timeout;
    for (;;) {
      const found = await ext.evaluate(async (u) => {
        for (const tab of await chrome.tabs.query({})) {
          const page = (await chrome.tabs
            .sendMessage(tab.id!, { claimlens: 1, type: 'page/get' })
            .catch(() => undefined)) as { url?: string } | undefined;
          if (page?.url === u) return page;
        }
        return undefined;
      }, url);
      const snap = found as PageSnapshot | undefined;
      if (snap && snap.items.length >= min) return snap;
      if (Date.now() > deadline) throw new Error(`no annotated tab shows ${url}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await ext.close();
  }
}
