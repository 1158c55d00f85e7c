// The interface as a reader and a researcher use it, in Chromium with the built extension: the badge
// card from the keyboard and mouse, the popup's switches acting on the open article at once, the side
// panel's list, filters, focus and exports, and the options page's sites and own-dataset loading.
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS } from '../../src/core/export/records';
import { MARK_GLYPHS } from '../../src/core/personal-mark';
import type { PageSnapshot } from '../../src/shared/messages';
import {
  BADGE_SELECTOR,
  badgeIndex,
  clickBadge,
  extensionUrl,
  focusedBadge,
  readBadges,
  poll,
  readCard,
  tabIdFrom,
  useExtension,
  waitForBadges,
  waitForCard,
} from './support/extension';

// Evaluated inside extension pages, where Chrome's promise-based `chrome` has this shape.
declare const chrome: import('webextension-polyfill').Browser;

const h = useExtension();
const ARTICLE = '/fixtures/seed-article.html';

async function openArticle(path = ARTICLE): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url(path));
  await waitForBadges(page, { min: 1 });
  return page;
}

async function openExtensionPage(path: string): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(extensionUrl(h, path));
  return page;
}

const tabIdOf = tabIdFrom;

async function snapshotOf(extPage: Page, tabId: number): Promise<PageSnapshot> {
  return extPage.evaluate((id) => chrome.tabs.sendMessage(id, { claimlens: 1, type: 'page/get' }), tabId);
}

/** Badges shown (not in a layer switched off), optionally of one claim status; read through CDP. */
const visibleBadges = async (page: Page, status?: string) =>
  (await readBadges(page)).filter((b) => b.visible && (!status || b.status === status)).length;

/** The reader's personal mark as stored (settings live in storage.sync in Chrome). */
async function storedMark(extPage: Page): Promise<{ glyph: number; colour: number } | undefined> {
  return extPage.evaluate(async () => {
    const got = await chrome.storage.sync.get('claimlens.settings');
    return (got['claimlens.settings'] as { mark?: { glyph: number; colour: number } } | undefined)?.mark;
  });
}

describe('the personal mark', () => {
  it('is drawn on every badge and in the card, follows the options page, and is explained once in the popup', async () => {
    const popup = await openExtensionPage('src/popup/index.html');
    // Assigned by the background when the extension starts.
    const mark = await poll(
      () => storedMark(popup),
      (m) => !!m,
    );
    expect(mark).toBeDefined();
    const article = await openArticle();
    const glyph = MARK_GLYPHS[mark!.glyph];
    let badges = await poll(
      () => readBadges(article),
      (bs) => bs.length > 0 && bs.every((b) => b.mark === glyph),
    );
    expect(badges.every((b) => b.mark === glyph)).toBe(true);
    await clickBadge(article, (b) => b.kind === 'claim' && b.visible);
    expect((await waitForCard(article)).text.startsWith(glyph)).toBe(true);
    await article.keyboard.press('Escape');

    // The popup explains it once.
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${await tabIdOf(popup, article.url())}`));
    const ok = popup.getByRole('button', { name: 'Got it' });
    await ok.waitFor();
    expect(await popup.getByText('Web pages cannot read or copy it').count()).toBe(1);
    await ok.click();
    await poll(
      () => ok.count(),
      (n) => n === 0,
    );
    await popup.reload();
    await popup.getByRole('switch', { name: 'Annotate this site', exact: true }).waitFor();
    expect(await popup.getByRole('button', { name: 'Got it' }).count()).toBe(0);

    // Another symbol chosen in the options page: the open article's badges carry it at once.
    const options = await openExtensionPage('src/options/index.html');
    const choose = async (glyph: number) => {
      await options.locator('input[name="claimlens-mark-glyph"]').nth(glyph).check();
      return poll(
        () => readBadges(article),
        (bs) => bs.length > 0 && bs.every((b) => b.mark === MARK_GLYPHS[glyph]),
      );
    };
    // The boxes a page can measure must not depend on the mark: ✦ and ❖ differ in width (10.05 and
    // 10.76 px at the badge's font here), and a badge's size would tell a page which mark it carries.
    const boxes = () =>
      article.evaluate(
        (sel) => [...document.querySelectorAll(sel)].map((b) => b.getBoundingClientRect().width),
        BADGE_SELECTOR,
      );
    const next = mark!.glyph === 0 ? 1 : 0;
    badges = await choose(next);
    expect(badges.every((b) => b.mark === MARK_GLYPHS[next])).toBe(true);
    expect((await storedMark(options))?.glyph).toBe(next);
    const widths = await boxes();
    badges = await choose(1 - next);
    expect(badges.every((b) => b.mark === MARK_GLYPHS[1 - next])).toBe(true);
    expect(await boxes()).toEqual(widths);
    await options.close();
    await popup.close();
    await article.close();
  });
});

describe('the badge card', () => {
  it('opens from the keyboard, shows the claim, closes on Escape and gives focus back', async () => {
    const page = await openArticle();
    // Tab from paragraph to paragraph (one Tab stop each), arrows within one, until a denied claim's
    // badge has focus, as a keyboard user would.
    let focused = '';
    for (let i = 0; i < 80 && focused !== 'claim:denied'; i++) {
      await page.keyboard.press('Tab');
      let b = await focusedBadge(page);
      focused = b ? `${b.kind}:${b.status}` : '';
      for (let k = 0; b && k < 6 && focused !== 'claim:denied'; k++) {
        await page.keyboard.press('ArrowRight');
        b = await focusedBadge(page);
        focused = b ? `${b.kind}:${b.status}` : '';
      }
    }
    expect(focused).toBe('claim:denied');
    const badgeLabel = (await focusedBadge(page))!.label;
    expect(badgeLabel).toMatch(/^Claim denied: /);
    await page.keyboard.press('Enter');
    const card = await waitForCard(page);
    expect(card.text).toMatch(/Denied/);
    expect(card.text).toContain('Status history');
    expect(card.text).toContain('Why this matched');
    expect(card.text).toMatch(/Dataset version \S+/);
    // The card is labelled by its title, which is the claim's canonical text.
    expect(card.title.length).toBeGreaterThan(10);
    expect(badgeLabel.startsWith(`Claim denied: ${card.title}`)).toBe(true);
    expect(card.labelledBy).toBe('claimlens-card-title');
    expect(card.focused).toBe(true);
    // Inside the viewport.
    const box = card.rect!;
    const vp = page.viewportSize()!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(vp.width);
    expect(box.y + box.height).toBeLessThanOrEqual(vp.height);
    // Long text wraps: nothing sticks out sideways.
    expect(card.fits).toBe(true);
    // Links from the data open in a new tab without giving the page a handle on us.
    for (const a of card.links) {
      expect(a.target).toBe('_blank');
      expect(a.rel).toBe('noopener noreferrer');
      expect(a.href).toMatch(/^https?:\/\//);
    }
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect((await focusedBadge(page))?.label).toBe(badgeLabel);
    await page.close();
  });

  it('opens on click, one at a time, and closes on a click outside', async () => {
    const page = await openArticle();
    await clickBadge(page, (b) => b.kind === 'official');
    const card = await waitForCard(page);
    expect(card.text).toMatch(/Official/i);
    expect(card.text).toMatch(/Role on 2024-03-08/); // the article's date, from its metadata
    await clickBadge(page, (b) => b.kind === 'claim');
    expect(await page.locator('[data-claimlens-card]').count()).toBe(1);
    expect((await readCard(page)).text).toMatch(/Claim/i);
    await page.mouse.click(5, 5);
    await waitForCard(page, false);
    await page.close();
  });
});

describe('the card as a hover preview', () => {
  it('shows after the mouse rests on a badge, leaves focus alone, goes when the mouse leaves, and a click keeps it', async () => {
    const page = await openArticle();
    const i = await badgeIndex(page, (b) => b.kind === 'claim' && b.status === 'denied');
    const badge = page.locator(BADGE_SELECTOR).nth(i);
    await badge.scrollIntoViewIfNeeded();
    const box = (await badge.boundingBox())!;
    // Passing over a badge on the way elsewhere shows nothing.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(2, 2);
    await page.waitForTimeout(800);
    expect((await readCard(page)).open).toBe(false);
    // Resting on it does.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const card = await waitForCard(page);
    expect(card.text).toMatch(/Denied/);
    expect(card.focused).toBe(false);
    // The page's own pointer events cannot end (or keep) the reader's preview.
    await page.evaluate(
      ([sel, i]) => {
        const targets = [document.querySelectorAll(sel)[i], document.querySelector('[data-claimlens-card]')];
        for (const t of targets) t?.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
      },
      [BADGE_SELECTOR, i] as const,
    );
    await page.waitForTimeout(600);
    expect((await readCard(page)).open).toBe(true);
    expect(await focusedBadge(page)).toBeFalsy();
    // The mouse can travel onto the card and stay there.
    await page.mouse.move(card.rect!.x + 20, card.rect!.y + 20, { steps: 5 });
    await page.waitForTimeout(600);
    expect((await readCard(page)).open).toBe(true);
    // Away from both, it goes.
    await page.mouse.move(2, 2);
    await waitForCard(page, false);
    // Rest, then click: the card stays when the mouse leaves, and has focus.
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await waitForCard(page);
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.move(box.x + box.width / 2, box.y + 200, { steps: 3 });
    await page.waitForTimeout(600);
    const kept = await readCard(page);
    expect(kept.open).toBe(true);
    expect(kept.focused).toBe(true);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    await page.close();
  });
});

describe('card placement', () => {
  it('opens above a badge near the bottom edge and follows its badge on scroll', async () => {
    const page = await openArticle();
    const badge = page.locator(`article p ${BADGE_SELECTOR}[data-kind="claim"]`).last();
    await badge.evaluate((el) => el.scrollIntoView({ block: 'end' }));
    await badge.click();
    await waitForCard(page);
    const cardBox = async () => {
      const r = (await readCard(page)).rect!;
      return { top: r.y, bottom: r.y + r.height };
    };
    const badgeTop = async () => (await badge.boundingBox())!.y;
    const before = { card: await cardBox(), badge: await badgeTop() };
    expect(before.card.bottom).toBeLessThanOrEqual(before.badge); // flipped above its badge
    expect(before.card.top).toBeGreaterThanOrEqual(0);
    const gap = before.badge - before.card.bottom;
    await page.mouse.wheel(0, -120);
    await poll(badgeTop, (y) => Math.abs(y - before.badge) > 50);
    // The card keeps the same gap to its badge once the scroll has been handled.
    const after = await poll(
      async () => ({ card: await cardBox(), badge: await badgeTop() }),
      (a) => Math.abs(a.badge - a.card.bottom - gap) < 2,
    );
    expect(Math.round(after.badge - after.card.bottom)).toBe(Math.round(gap));
    expect(after.card.top).toBeGreaterThanOrEqual(0);
    await page.close();
  });
});

describe('the popup', () => {
  it('switches Denied off in the open article at once, and the setting stays', async () => {
    const article = await openArticle();
    const denied = 'denied';
    expect(await visibleBadges(article, denied)).toBeGreaterThan(0);
    const allBefore = await visibleBadges(article);
    let popup = await openExtensionPage('src/popup/index.html');
    const tab = await tabIdOf(popup, article.url());
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
    const sw = popup.getByRole('switch', { name: 'Denied', exact: true });
    await expect.poll(() => sw.isChecked()).toBe(true);
    // The tab's counts are shown beside the switches.
    const snapshot = await snapshotOf(popup, tab);
    const row = popup.locator('.claimlens-switch', { has: sw });
    expect(await row.innerText()).toContain(String(snapshot.counts.denied));
    // A denied claim's card is open: it goes away with its badge.
    await clickBadge(article, (b) => b.status === 'denied');
    await waitForCard(article);
    await sw.click();
    expect(
      await poll(
        () => visibleBadges(article, denied),
        (n) => n === 0,
      ),
    ).toBe(0);
    await waitForCard(article, false);
    expect(await visibleBadges(article)).toBeGreaterThan(0); // only the denied ones went
    await popup.close();
    popup = await openExtensionPage(`src/popup/index.html?tab=${tab}`);
    const again = popup.getByRole('switch', { name: 'Denied', exact: true });
    await again.waitFor();
    expect(await again.isChecked()).toBe(false);
    await again.click(); // and back on, for the tests that follow
    expect(
      await poll(
        () => visibleBadges(article),
        (n) => n === allBefore,
      ),
    ).toBe(allBefore);
    await popup.close();
    await article.close();
  });

  it('turns the site off and on: badges go and come back without reload', async () => {
    const article = await openArticle();
    const popup = await openExtensionPage('src/popup/index.html');
    const tab = await tabIdOf(popup, article.url());
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
    const site = popup.getByRole('switch', { name: 'Annotate this site', exact: true });
    await site.waitFor();
    expect(await site.isChecked()).toBe(true);
    for (const name of ['Officials', 'Claims', 'Attributions', 'Confirmed', 'Disputed', 'Unverified']) {
      expect(await popup.getByRole('switch', { name, exact: true }).count()).toBe(1);
    }
    await site.click();
    expect(
      await poll(
        () => article.locator(BADGE_SELECTOR).count(),
        (n) => n === 0,
      ),
    ).toBe(0);
    await site.click();
    expect(
      await poll(
        () => visibleBadges(article),
        (n) => n > 0,
      ),
    ).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('reads nothing on a site switched off, and annotates it once switched on', async () => {
    const first = await openArticle();
    const popup = await openExtensionPage('src/popup/index.html');
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${await tabIdOf(popup, first.url())}`));
    const site = popup.getByRole('switch', { name: 'Annotate this site', exact: true });
    await site.waitFor();
    await site.click();
    await poll(
      () => first.locator(BADGE_SELECTOR).count(),
      (n) => n === 0,
    );
    try {
      // A page opened on the switched-off site: no badge, and the dataset was never even parsed.
      const page = await h.browser.context.newPage();
      // Another URL than the first tab's, so the tab is found by its own URL.
      await page.goto(h.server.url(`${ARTICLE}?second`));
      const tab = await tabIdOf(popup, page.url());
      const off = await poll(
        () => snapshotOf(popup, tab).catch(() => undefined),
        (s) => !!s,
      );
      expect(off!.siteEnabled).toBe(false);
      expect(off!.datasetLoaded).toBe(false);
      expect(off!.datasetVersion).toBe('');
      expect(await page.locator(BADGE_SELECTOR).count()).toBe(0);
      await site.click();
      await waitForBadges(page, { min: 1 });
      const on = await snapshotOf(popup, tab);
      expect(on.datasetLoaded).toBe(true);
      expect(on.datasetVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}/);
      expect(on.counts.claims).toBeGreaterThan(0);
      await page.close();
    } finally {
      if (!(await site.isChecked())) await site.click();
    }
    await popup.close();
    await first.close();
  });

  it('badges the whole page when a researcher asks for it, and only the article again after', async () => {
    const article = await openArticle('/fixtures/reading/news-page.html');
    const outside = () =>
      article.$$eval(BADGE_SELECTOR, (list) => list.filter((b) => !b.closest('[itemprop="articleBody"]')).length);
    expect(await outside()).toBe(0);
    const popup = await openExtensionPage('src/popup/index.html');
    const tab = await tabIdOf(popup, article.url());
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
    const whole = popup.getByRole('switch', { name: 'Whole page, not only the article', exact: true });
    await whole.waitFor();
    expect(await whole.isChecked()).toBe(false);
    await whole.click();
    // Navigation, rails, tags and comments name officials too: now they get badges, without reload.
    expect(await poll(outside, (n) => n > 0)).toBeGreaterThan(0);
    await whole.click();
    expect(await poll(outside, (n) => n === 0)).toBe(0);
    expect(await article.locator(BADGE_SELECTOR).count()).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('shows findings only in the side panel when asked: the page gets nothing, not even a highlight', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url(`${ARTICLE}?panel-only`));
    await waitForBadges(page, { min: 1 });
    const popup = await openExtensionPage('src/popup/index.html');
    const tab = await tabIdOf(popup, page.url());
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
    const only = popup.getByRole('switch', { name: 'Only in the side panel, nothing on pages', exact: true });
    await only.click();
    try {
      await poll(
        () => page.locator(BADGE_SELECTOR).count(),
        (n) => n === 0,
      );
      // What the page itself can see: no badge host, no registered highlight, its own markup as served.
      const seen = await page.evaluate(() => ({
        hosts: document.querySelectorAll('[data-claimlens-badge], [data-claimlens-card]').length,
        highlights: (CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.size ?? 0,
      }));
      expect(seen).toEqual({ hosts: 0, highlights: 0 });
      // A page opened in this mode: found and listed, never drawn.
      const fresh = await h.browser.context.newPage();
      await fresh.goto(h.server.url(`${ARTICLE}?panel-only-fresh`));
      const freshTab = await tabIdOf(popup, fresh.url());
      const listed = await poll(
        () => snapshotOf(popup, freshTab).catch(() => undefined),
        (s) => !!s && s.items.length > 0,
      );
      expect(listed!.items.length).toBeGreaterThan(0);
      expect(await fresh.locator(BADGE_SELECTOR).count()).toBe(0);
      // The side panel still lists what was found there.
      const snap = await poll(
        () => snapshotOf(popup, tab),
        (s) => s.items.length > 0,
      );
      expect(snap.items.some((i) => i.kind === 'claim' && i.status === 'denied')).toBe(true);
      expect(snap.counts.claims).toBeGreaterThan(0);
      // Focusing an entry selects its words in the page (the reader asked).
      const item = snap.items.find((i) => i.kind === 'claim')!;
      expect(
        await popup.evaluate(
          ([id, key]) => chrome.tabs.sendMessage(id, { claimlens: 1, type: 'page/focus', payload: { key } }),
          [tab, item.key] as const,
        ),
      ).toBe(true);
      expect(await page.evaluate(() => String(document.getSelection()))).toBe(item.text);
      await fresh.close();
    } finally {
      await only.click();
    }
    await waitForBadges(page, { min: 1 });
    await popup.close();
    await page.close();
  });

  it('opens the side panel for the tab and closes itself', async () => {
    const article = await openArticle();
    const popup = await openExtensionPage('src/popup/index.html');
    const tab = await tabIdOf(popup, article.url());
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
    // chrome.sidePanel.open() resolved: the popup closes itself; on failure it would stay and say why.
    await Promise.all([popup.waitForEvent('close'), popup.getByRole('button', { name: 'Open side panel' }).click()]);
    expect(popup.isClosed()).toBe(true);
    await article.close();
  });

  it('says when the tab cannot be annotated', async () => {
    const popup = await openExtensionPage('src/popup/index.html');
    const self = await popup.evaluate(async () => (await chrome.tabs.getCurrent())!.id!);
    await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${self}`));
    await expect.poll(() => popup.locator('main').innerText()).toContain('ClaimLens cannot read this tab');
    await popup.close();
  });
});

describe('the side panel', () => {
  it('highlights the entry of the badge the reader opens on the page', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage('src/panel/index.html');
    await panel.goto(extensionUrl(h, `src/panel/index.html?tab=${await tabIdOf(panel, article.url())}`));
    await panel.locator('.claimlens-item').first().waitFor();
    expect(await panel.locator('[aria-current="true"]').count()).toBe(0);
    await clickBadge(article, (b) => b.kind === 'claim' && b.status === 'denied' && b.visible);
    const card = await waitForCard(article);
    const current = panel.locator('.claimlens-item[aria-current="true"]');
    await current.waitFor();
    expect(await current.count()).toBe(1);
    // The entry of that claim: its group's title is the card's title.
    const group = panel.locator('.claimlens-group', { has: current });
    expect(await group.locator('summary').innerText()).toContain(card.title);
    await panel.close();
    await article.close();
  });

  it('lists the annotations, filters them, and focuses a badge in the article', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage('src/panel/index.html');
    const tab = await tabIdOf(panel, article.url());
    await panel.goto(extensionUrl(h, `src/panel/index.html?tab=${tab}`));
    const items = panel.locator('.claimlens-item');
    await items.first().waitFor();
    const badges = await readBadges(article);
    // Later mentions of an official in a paragraph are listed (and highlighted) without a badge.
    expect(await items.count()).toBeGreaterThanOrEqual(badges.length);
    const headings = await panel.locator('h2').allInnerTexts();
    expect(headings.some((x) => x.startsWith('Officials'))).toBe(true);
    expect(headings.some((x) => x.startsWith('Claims'))).toBe(true);

    // Grouped by person and by claim: one group per official or claim, with its mentions in context.
    const groups = panel.locator('.claimlens-group');
    const snap = await snapshotOf(panel, tab);
    expect(await groups.count()).toBe(new Set(snap.items.map((i) => `${i.kind}:${i.id}`)).size);
    expect(await panel.locator('.claimlens-item mark').count()).toBe(await items.count());

    await panel.getByLabel('Status').selectOption('denied');
    // At least one entry per denied badge (claims of one sentence share a badge; each has its entry).
    const denied = badges.filter((b) => b.status === 'denied').length;
    expect(await items.count()).toBeGreaterThanOrEqual(denied);
    for (const t of await groups.allInnerTexts()) expect(t).toContain('Denied');

    await panel.getByLabel('Status').selectOption('all');
    await panel.getByLabel('Filter').fill('Lavrov');
    const lavrov = await groups.allInnerTexts();
    expect(lavrov.length).toBeGreaterThan(0);
    for (const t of lavrov) expect(t.toLowerCase()).toContain('lavrov');

    await panel.getByLabel('Filter').fill('');
    const target = items.filter({ hasText: 'Denied' }).first();
    await target.click();
    const focused = await poll(
      async () => (await focusedBadge(article))?.status,
      (v) => v === 'denied',
    );
    expect(focused).toBe('denied');
    await panel.close();
    await article.close();
  });

  it('says which entries are outside the article (listed, not badged), until the whole page is badged', async () => {
    // A news page whose navigation, rails and comments name officials too.
    const article = await openArticle('/fixtures/reading/news-page.html');
    const panel = await openExtensionPage('src/panel/index.html');
    const tab = await tabIdOf(panel, article.url());
    await panel.goto(extensionUrl(h, `src/panel/index.html?tab=${tab}`));
    const items = panel.locator('.claimlens-item');
    await items.first().waitFor();
    const note = 'Outside the article: not badged';
    const outsideItems = items.filter({ hasText: note });
    const snap = await snapshotOf(panel, tab);
    const notDrawn = snap.items.filter((i) => i.drawn === false).length;
    expect(notDrawn).toBeGreaterThan(0);
    expect(notDrawn).toBeLessThan(snap.items.length);
    expect(await outsideItems.count()).toBe(notDrawn);
    expect(await panel.getByText(`${notDrawn} of them are outside the article`).count()).toBe(1);
    // Each entry so marked is one the page shows nothing for: its text is in no badge's paragraph of the article.
    const inArticle = await article.$$eval('[itemprop="articleBody"]', (els) =>
      els.map((e) => e.textContent ?? '').join(' '),
    );
    for (const item of snap.items.filter((i) => i.drawn === false))
      expect(inArticle.includes(`${item.before}${item.text}${item.after}`.trim())).toBe(false);

    // With the whole page badged, nothing is left outside.
    await panel.evaluate(async () => {
      const got = (await chrome.storage.sync.get('claimlens.settings'))['claimlens.settings'] as object | undefined;
      await chrome.storage.sync.set({ 'claimlens.settings': { ...got, wholePage: true } });
    });
    try {
      expect(
        await poll(
          async () => (await snapshotOf(panel, tab)).items.filter((i) => i.drawn === false).length,
          (n) => n === 0,
        ),
      ).toBe(0);
    } finally {
      await panel.evaluate(async () => {
        const got = (await chrome.storage.sync.get('claimlens.settings'))['claimlens.settings'] as object | undefined;
        await chrome.storage.sync.set({ 'claimlens.settings': { ...got, wholePage: false } });
      });
    }
    await panel.close();
    await article.close();
  });

  it('exports CSV with the CLI columns and Web Annotation whose quotes are the page text', async () => {
    const article = await openArticle();
    const panel = await openExtensionPage('src/panel/index.html');
    const tab = await tabIdOf(panel, article.url());
    await panel.goto(extensionUrl(h, `src/panel/index.html?tab=${tab}`));
    await panel.locator('.claimlens-item').first().waitFor();
    const snapshot = await snapshotOf(panel, tab);
    const shown = snapshot.items.filter((i) => i.visible);
    const pageText = (await article.locator('body').evaluate((b) => b.textContent!)).replace(/\s+/g, ' ');

    const save = async (button: string): Promise<{ name: string; text: string }> => {
      const [download] = (await Promise.all([
        panel.waitForEvent('download'),
        panel.getByRole('button', { name: button }).click(),
      ])) as [Download, unknown];
      return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
    };

    const csv = await save('Export CSV');
    expect(csv.name).toBe('claimlens-127.0.0.1.csv');
    const lines = csv.text.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(RECORD_FIELDS.join(','));
    expect(lines.length - 1).toBe(shown.length);
    for (const item of shown) {
      // Each shown annotation has its row: kind, id, its exact page text and offsets.
      const row = lines.find(
        (l) => l.includes(`,${item.kind},${item.id},`) && l.includes(`,${item.start},${item.end},`),
      );
      expect(row, `${item.kind} ${item.id} ${item.start}`).toBeTruthy();
      expect(row).toContain(item.text.includes(',') ? `"${item.text}"` : item.text);
    }

    const anno = await save('Export Web Annotation (JSON-LD)');
    expect(anno.name).toBe('claimlens-127.0.0.1.jsonld');
    const doc = JSON.parse(anno.text);
    expect(doc.type).toBe('AnnotationCollection');
    const annotations = doc.first.items as {
      body: { kind: string; datasetVersion: string; claimId?: string; status?: string };
      target: {
        source: string;
        selector: [
          { type: string; exact: string; prefix: string; suffix: string },
          { type: string; start: number; end: number },
        ];
      };
    }[];
    expect(annotations.length).toBe(shown.length);
    for (const a of annotations) {
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(a.target.source).toBe(article.url());
      expect(a.body.datasetVersion).toBe(snapshot.datasetVersion);
      const item = shown.find((i) => i.start === position.start && i.end === position.end && i.kind === a.body.kind)!;
      expect(item, `${a.body.kind} at ${position.start}`).toBeTruthy();
      expect(quote.exact).toBe(item.text);
      if (a.body.kind === 'claim') expect(a.body.status).toBe(item.status);
      // The quote and its context read exactly as the article does.
      expect(pageText).toContain(quote.exact.replace(/\s+/g, ' '));
    }
    await panel.close();
    await article.close();
  });
});

describe('the options page', () => {
  it('adds and removes a site pattern, and refuses a bad one', async () => {
    const options = await openExtensionPage('src/options/index.html');
    const never = options.getByRole('region', { name: 'Never annotated' });
    await never.getByLabel('Add a site').fill('Blocked.Example');
    await never.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => never.locator('li').allInnerTexts()).toEqual([expect.stringContaining('blocked.example')]);
    const stored = () =>
      options.evaluate(
        async () =>
          ((await chrome.storage.sync.get('claimlens.settings'))['claimlens.settings'] as { never: string[] }).never,
      );
    expect(await stored()).toEqual(['blocked.example']);
    await never.getByLabel('Add a site').fill('http://nope/');
    await never.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => never.getByRole('alert').innerText()).toContain('is not a site pattern');
    await never.getByRole('button', { name: 'Remove blocked.example' }).click();
    await expect.poll(stored).toEqual([]);
    await options.close();
  });

  it('loads a ClaimReview file whose claims are then annotated in a page, and removes it', async () => {
    const options = await openExtensionPage('src/options/index.html');
    await options.getByLabel('Dataset file').setInputFiles('test/fixtures/ui/user-claimreview.jsonld');
    await expect
      .poll(() => options.getByRole('status').innerText())
      .toContain('Loaded user-claimreview.jsonld: 2 claims');
    const page = await openArticle('/fixtures/ui/user-claims-article.html');
    const claims = async () => (await readBadges(page)).filter((b) => b.kind === 'claim');
    const found = await poll(claims, (c) => c.length >= 2);
    expect(found.map((b) => b.status).sort()).toEqual(['denied', 'disputed']);
    // Matched with the merged index the options page prepared and stored, not one built by the page.
    expect((await snapshotOf(options, await tabIdOf(options, page.url()))).indexPacked).toBe(true);
    // The card names the loaded file's outlet in the claim's history.
    await clickBadge(page, (b) => b.status === 'denied');
    await expect.poll(async () => (await readCard(page)).text).toContain('Example Fact Check');
    await options.getByRole('button', { name: 'Remove user-claimreview.jsonld' }).click();
    expect(await poll(claims, (c) => c.length === 0)).toEqual([]);
    await page.close();
    await options.close();
  });

  it('shows the bundled dataset and the shortcut', async () => {
    const options = await openExtensionPage('src/options/index.html');
    const manifestKey = JSON.parse(readFileSync('dist/manifest.json', 'utf8')).commands['toggle-annotations']
      .suggested_key.default;
    // The shortcut is read from the browser after the page shows (commands.getAll): wait for it, as a
    // reader sees it a moment later (on a loaded machine the first read came before it).
    await expect.poll(() => options.locator('main').innerText(), { timeout: 10_000 }).toContain(manifestKey);
    const text = await options.locator('main').innerText();
    expect(text).toContain('chrome://extensions/shortcuts');
    expect(text).toMatch(/\d+ claims, \d+ officials, \d+ sources/);
    await options.close();
  });
});
