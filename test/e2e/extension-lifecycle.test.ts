// The extension's life around a page: the toolbar number, the keyboard command's toggle, and an
// extension reload that must leave no orphaned or duplicated badges.
import { describe, expect, it } from 'vitest';
import { readBadges, useExtension, waitForBadges } from './support/extension';

// The service worker's own API, as far as these tests use it (the project carries no @types/chrome).
declare const chrome: {
  tabs: {
    query(q: { active?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  runtime: { reload(): void };
};

const h = useExtension();

/** Runs in the service worker: the toolbar text of every tab that has any. */
async function badgeTexts(): Promise<string[]> {
  return h.browser.worker.evaluate(async () => {
    const tabs = await chrome.tabs.query({});
    const texts = await Promise.all(tabs.map((t) => chrome.action.getBadgeText({ tabId: t.id! })));
    return texts.filter((t) => t !== '');
  });
}

async function visibleBadges(page: import('playwright-core').Page): Promise<number> {
  return (await readBadges(page)).filter((b) => b.visible).length;
}

describe('extension lifecycle', () => {
  it('shows the number of claims found on the tab on the toolbar icon', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 5 });
    const claims = await page.locator('[data-claimlens-badge][data-kind="claim"]').count();
    expect(claims).toBeGreaterThan(0);
    // The icon counts claims found; claims of one sentence share a badge, so there may be more.
    const count = async () => Number((await badgeTexts()).find((t) => /^\d+$/.test(t)) ?? 0);
    await expect.poll(count, { timeout: 10_000 }).toBeGreaterThanOrEqual(claims);
    await page.close();
  });

  it("hides and shows the tab's annotations on the keyboard command's message", async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 5 });
    const shown = await visibleBadges(page);
    const toggle = () =>
      h.browser.worker.evaluate(async () => {
        const tabs = await chrome.tabs.query({ active: true });
        const replies = await Promise.all(
          tabs.map((t) => chrome.tabs.sendMessage(t.id!, { claimlens: 1, type: 'page/toggle' }).catch(() => null)),
        );
        return replies.filter(Boolean);
      });
    await page.bringToFront();
    expect(await toggle()).toEqual([{ active: false }]);
    await expect.poll(() => page.locator('[data-claimlens-badge]').count()).toBe(0);
    expect(await toggle()).toEqual([{ active: true }]);
    await expect.poll(() => visibleBadges(page), { timeout: 10_000 }).toBe(shown);
    await page.close();
  });

  it('takes its badges away when the extension is reloaded under an open page', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 5 });
    expect(await page.evaluate(() => document.body.innerHTML)).toContain('data-claimlens-badge');
    // The worker dies with the reload, so the evaluation itself may never answer.
    await h.browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The orphaned content script sees its context gone and removes everything it added. (Chrome
    // injects a reloaded extension only into pages loaded afterwards; where a browser injects into
    // open tabs, the new annotator sweeps badges that are not its own: test/dom.)
    await expect.poll(() => page.locator('[data-claimlens-badge]').count(), { timeout: 15_000 }).toBe(0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toMatch(/claimlens/);
    await page.close();
  });
});
