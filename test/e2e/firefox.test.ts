// The Firefox build as a Firefox user meets it, in real headless Firefox ESR driven over WebDriver
// BiDi: the sample article gets the same badges as in Chromium, cards open from the keyboard, a
// layer switched off in the popup disappears at once, and the extension pages render without errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { launchWithExtension, serve, type Served } from '../../scripts/lib/chromium';
import { waitForBadges } from '../../scripts/lib/badges';
import { collectPageErrors, launchFirefoxWithExtension, type FirefoxExtensionBrowser } from '../../scripts/lib/firefox';

const ARTICLE = '/fixtures/seed-article.html';

interface Badge {
  kind: string;
  id: string;
  status: string;
  label: string;
  shown: boolean;
}

let server: Served;
let ff: FirefoxExtensionBrowser;
let article: Page;
let articleErrors: string[];
/** Requests the article tab made outside 127.0.0.1 (and the extension): must stay empty. */
const outsideRequests: string[] = [];
let seenRequests = 0;
/** Where Firefox's console record stood before the article loaded (content script errors follow). */
let articleMark: number;
/** kind:id:status of the badges Chromium has on the article (all, and those shown), read in this same run. */
let chromiumBadges: string[];
let chromiumShown: string[];
/** The article's tab id, as the extension sees it (popup and panel take it as ?tab=). */
let articleTab: number;

const key = (b: Pick<Badge, 'kind' | 'id' | 'status'>): string => `${b.kind}:${b.id}:${b.status}`;

/** What a reader sees of every badge; runs in the page (Chromium or Firefox), so self-contained. */
function describeBadges(els: Element[]): Badge[] {
  return els.map((el) => ({
    kind: el.getAttribute('data-kind') ?? '',
    id: el.getAttribute('data-id') ?? '',
    status: el.getAttribute('data-status') ?? '',
    label: el.getAttribute('aria-label') ?? '',
    // Hidden layers keep their badges in the DOM with display: none.
    shown: el.isConnected && el.getClientRects().length > 0,
  }));
}

async function badgesIn(page: Page): Promise<Badge[]> {
  return page.$$eval('claimlens-badge', describeBadges);
}

const shownKeys = (badges: Badge[]): string[] => [...new Set(badges.filter((b) => b.shown).map(key))].sort();

/** Polls `check` until it returns a truthy value or the time is up (then returns the last value). */
async function until<T>(check: () => Promise<T>, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value || Date.now() > deadline) return value;
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** Waits until the badge count is at least `min` and has not changed for 400 ms. */
async function settledBadges(page: Page, min: number): Promise<Badge[]> {
  let last = -1;
  let since = Date.now();
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const n = await page.$$eval('claimlens-badge', (els) => els.length);
    if (n !== last) [last, since] = [n, Date.now()];
    else if (n >= min && Date.now() - since > 400) break;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return badgesIn(page);
}

const settle = (ms: number) => new Promise((ok) => setTimeout(ok, ms));

beforeAll(async () => {
  server = await serve({ mounts: { '/fixtures/': 'test/fixtures' } });
  // Chromium first, closed before Firefox starts: the machine has two cores.
  const chromium = await launchWithExtension();
  try {
    const page = await chromium.context.newPage();
    await page.goto(server.url(ARTICLE));
    await waitForBadges(page, { min: 8 });
    const badges = await page.locator('claimlens-badge').evaluateAll(describeBadges);
    chromiumBadges = [...new Set(badges.map(key))].sort();
    chromiumShown = shownKeys(badges);
  } finally {
    await chromium.close();
  }
  ff = await launchFirefoxWithExtension();
  article = await ff.browser.newPage();
  articleErrors = collectPageErrors(article);
  article.on('request', (r) => {
    seenRequests++;
    const url = new URL(r.url());
    if (url.hostname !== '127.0.0.1' && !['data:', 'blob:', 'moz-extension:'].includes(url.protocol))
      outsideRequests.push(url.href);
  });
  articleMark = ff.consoleMark();
  await article.goto(server.url(ARTICLE));
});

afterAll(async () => {
  await ff?.close();
  await server?.close();
});

describe('the Firefox build in Firefox ESR', () => {
  it('annotates the sample article with the same badges as Chromium', async () => {
    const badges = await settledBadges(article, 8);
    expect(badges.length).toBeGreaterThanOrEqual(8);
    expect(chromiumBadges.length).toBeGreaterThanOrEqual(8);
    expect([...new Set(badges.map(key))].sort()).toEqual(chromiumBadges);
    // The same ones shown (default layers), each with a box on the page.
    expect(chromiumShown.length).toBeGreaterThanOrEqual(8);
    expect(shownKeys(badges)).toEqual(chromiumShown);
    expect(badges.find((b) => b.id === 'japan-sdf-to-ukraine')?.label).toMatch(/^Claim denied: /);
    expect(articleErrors).toEqual([]);
    expect(ff.consoleSince(articleMark)).toEqual([]);
  });

  it('opens a card from the keyboard and closes it with Escape', async () => {
    await article.bringToFront();
    await article.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    // Real Tab presses, as a keyboard user would: the first badge must be in the tab order.
    let focused = '';
    for (let i = 0; i < 60 && !focused; i++) {
      await article.keyboard.press('Tab');
      focused = await article.evaluate(() =>
        document.activeElement?.localName === 'claimlens-badge'
          ? (document.activeElement.getAttribute('aria-label') ?? '')
          : '',
      );
    }
    expect(focused, 'a badge took the focus from Tab').not.toBe('');
    await article.keyboard.press('Enter');
    const card = await until(() =>
      article.evaluate(() => {
        const host = document.querySelector('claimlens-card');
        const box = host?.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
        const r = box?.getBoundingClientRect();
        return box && r && r.width > 0 && r.height > 0 ? box.innerText : '';
      }),
    );
    // "Claim denied: <claim text>" or "Official: <name>, <role>": the card names the same subject.
    const subject = focused
      .replace(/^[^:]*:\s*/, '')
      .split(',')[0]
      .trim();
    expect(card).toContain(subject);
    await article.keyboard.press('Escape');
    const open = await until(
      () =>
        article.evaluate(() => {
          const box = document.querySelector('claimlens-card')?.shadowRoot?.querySelector('[role="dialog"]');
          return !box || box.getClientRects().length === 0 || (box as HTMLElement).hidden ? 'closed' : '';
        }),
      5_000,
    );
    expect(open).toBe('closed');
  });

  it('hides denied claims when Denied is switched off in the popup, without reload', async () => {
    const popup = await ff.openExtensionPage('src/popup/index.html');
    articleTab = await popup.evaluate(async (url) => {
      const tabs = await (globalThis as unknown as { browser: WebExtensionApi }).browser.tabs.query({});
      return tabs.find((t) => t.url === url)?.id ?? -1;
    }, server.url(ARTICLE));
    expect(articleTab).toBeGreaterThan(0);
    await popup.close();

    const before = await badgesIn(article);
    const denied = before.filter((b) => b.status === 'denied');
    expect(denied.length).toBeGreaterThan(0);
    expect(denied.every((b) => b.shown)).toBe(true);
    const navigations: string[] = [];
    article.on('framenavigated', (f) => navigations.push(f.url()));
    await article.evaluate(() => ((window as unknown as { claimlensTestMarker: number }).claimlensTestMarker = 1));

    const popupForTab = await ff.openExtensionPage(`src/popup/index.html?tab=${articleTab}`);
    const toggle = (on: boolean) =>
      popupForTab.evaluate(async (on) => {
        const input = [...document.querySelectorAll<HTMLInputElement>('input[role="switch"]')].find(
          (i) => i.labels?.[0]?.textContent?.trim() === 'Denied',
        );
        if (!input) throw new Error('no switch named Denied');
        if (input.checked !== on) input.click();
        return input.checked;
      }, on);
    expect(
      await until(() => popupForTab.evaluate(() => document.querySelectorAll('input[role="switch"]').length)),
    ).toBeGreaterThan(0);
    expect(await toggle(false)).toBe(false);

    const hidden = await until(async () => {
      const now = await badgesIn(article);
      return now.filter((b) => b.status === 'denied' && b.shown).length === 0 ? now : undefined;
    });
    expect(hidden, 'denied badges hidden').toBeDefined();
    // Only the denied layer went away.
    expect(shownKeys(hidden!)).toEqual(shownKeys(before.filter((b) => b.status !== 'denied')));
    // Written the way the popup writes it, where every other part reads it.
    const stored = await popupForTab.evaluate(async () => {
      const b = (globalThis as unknown as { browser: WebExtensionApi }).browser;
      return (await b.storage.sync.get('claimlens.settings'))['claimlens.settings'] as { layers: { denied: boolean } };
    });
    expect(stored.layers.denied).toBe(false);

    expect(await toggle(true)).toBe(true);
    const back = await until(async () => {
      const now = await badgesIn(article);
      return now.filter((b) => b.status === 'denied' && b.shown).length === denied.length;
    });
    expect(back, 'denied badges back').toBe(true);
    // Same document throughout: no reload, no navigation.
    expect(
      await article.evaluate(() => (window as unknown as { claimlensTestMarker?: number }).claimlensTestMarker),
    ).toBe(1);
    expect(navigations).toEqual([]);
    await popupForTab.close();
  });

  const pages: { name: string; path: () => string; ready: string }[] = [
    { name: 'popup', path: () => `src/popup/index.html?tab=${articleTab}`, ready: '#claimlens-site' },
    { name: 'sidebar', path: () => `src/panel/index.html?tab=${articleTab}`, ready: 'main, section, ul' },
    { name: 'options', path: () => 'src/options/index.html', ready: 'input, button' },
  ];
  for (const p of pages) {
    it(`renders the ${p.name} page without console errors`, async () => {
      expect(articleTab, 'the popup test found the article tab').toBeGreaterThan(0);
      const mark = ff.consoleMark();
      const page = await ff.openExtensionPage(p.path());
      const rendered = await until(() =>
        page.evaluate(
          (sel) => (document.querySelector(sel) ? (document.getElementById('app')?.innerText ?? '').trim() : ''),
          p.ready,
        ),
      );
      expect(rendered, `${p.name} rendered its app`).not.toBe('');
      if (p.name === 'popup') {
        const names = await page.$$eval('input[role="switch"]', (els) =>
          els.map((i) => (i as HTMLInputElement).labels?.[0]?.textContent?.trim()),
        );
        expect(names).toEqual(
          expect.arrayContaining([
            'Annotate this site',
            'Officials',
            'Claims',
            'Attributions',
            'Denied',
            'Confirmed',
            'Disputed',
            'Unverified',
          ]),
        );
      }
      if (p.name === 'sidebar') {
        // The sidebar lists the article's annotations: messaging to the tab works in Firefox.
        const denied = (await badgesIn(article)).find((b) => b.status === 'denied')!;
        const subject = denied.label.replace(/^[^:]*:\s*/, '');
        expect(await until(() => page.evaluate((s) => document.body.innerText.includes(s), subject))).toBe(true);
      }
      await settle(500);
      expect(ff.consoleSince(mark)).toEqual([]);
      // The error channel itself works on this page, so the empty list above means something.
      await page.evaluate(() => console.error('claimlens-probe'));
      const probe = await until(
        async () => ff.consoleSince(mark).some((l) => l.text.includes('claimlens-probe')),
        5_000,
      );
      expect(probe, 'an error on the page is seen').toBe(true);
      await page.close();
    });
  }

  it('sent nothing from the article tab outside 127.0.0.1', () => {
    expect(seenRequests, 'the request watch saw the article load').toBeGreaterThan(0);
    expect(outsideRequests).toEqual([]);
  });
});
