// Reading a real-looking news page with the built extension (issue 16): badges only in the article
// body, one per official per paragraph and naming the person, a sentence that reports a denial
// marked calmly (no spell-check squiggle), the Attributions layer not drawn while it is off, and one
// Tab stop per paragraph with arrow keys between its badges.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BADGE_SELECTOR,
  focusedBadge,
  inClosedRoots,
  poll,
  readBadges,
  snapshotFor,
  useExtension,
  waitForBadges,
  waitForCard,
} from './support/extension';

// One article at any date: /dated/2016.html is test/fixtures/reading/dated-article.html (dated
// 2023-05-10) with its year replaced.
const DATED = readFileSync(join(import.meta.dirname, '../fixtures/reading/dated-article.html'), 'utf8');
const h = useExtension({
  handler: (req, res) => {
    const year = /^\/dated\/(\d{4})\.html$/.exec(req.url ?? '')?.[1];
    if (!year) return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(DATED.replace('2023-05-10', `${year}-05-10`));
    return true;
  },
});
const PAGE = '/fixtures/reading/news-page.html';

async function open(): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.setViewportSize({ width: 1240, height: 900 });
  await page.goto(h.server.url(PAGE));
  await waitForBadges(page, { min: 1 });
  return page;
}

/** The underline style of every highlight registered in the page, as the page's own CSS applies it. */
async function drawnHighlights(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights;
    const rules = document.adoptedStyleSheets.flatMap((s) => [...s.cssRules]).map((r) => r.cssText);
    const out: string[] = [];
    for (const [name, h] of registry) {
      if (h.size === 0) continue;
      const rule = rules.find((r) => r.startsWith(`::highlight(${name})`)) ?? '';
      out.push(/text-decoration[^;]*/.exec(rule)?.[0] ?? rule);
    }
    return out;
  });
}

describe('reading a news page', () => {
  it('badges the article body only; the side panel still lists the rest', async () => {
    const page = await open();
    const where = await page.$$eval(BADGE_SELECTOR, (list) =>
      list.map((b) => (b.closest('[itemprop="articleBody"]') ? 'article' : 'outside')),
    );
    expect(where.length).toBeGreaterThan(0);
    expect(where.filter((w) => w === 'outside')).toEqual([]);
    const snap = await snapshotFor(h, page.url());
    // Nav, trending rail, tags, carousel, comments and footer name Trump and Lavrov: listed, not drawn.
    expect(snap.items.filter((i) => i.kind === 'official').length).toBeGreaterThan(12);
    // "Trump Tower" is a building, not Donald Trump.
    const text = await page.locator('p', { hasText: 'Trump Tower' }).evaluate((p) => p.outerHTML);
    expect(text).not.toContain('data-claimlens-badge');
    await page.close();
  });

  it('gives an official one badge per paragraph, at the first mention, saying who it is', async () => {
    const page = await open();
    const para = page.locator('p', { hasText: 'Russian Foreign Minister' });
    expect(await para.locator('[data-kind="official"]').count()).toBe(1);
    // The badge's icon and words, without the reader's personal mark in front.
    const words = await inClosedRoots<string>(
      page,
      BADGE_SELECTOR,
      'function () { return [...this.querySelector(".b").children].filter((c) => c.className !== "m").map((c) => c.textContent).join(""); }',
    );
    expect(words).toContain('◆Lavrov');
    expect(words.join(' ')).not.toContain('Official');
    const badges = await readBadges(page);
    expect(badges.find((b) => b.kind === 'official' && b.label.includes('Lavrov'))?.label).toMatch(
      /^Official: Sergey Lavrov/,
    );
    await page.close();
  });

  it('marks a sentence that reports a denial calmly and says so on the badge', async () => {
    const page = await open();
    const drawn = await drawnHighlights(page);
    expect(drawn.length).toBeGreaterThan(0);
    for (const d of drawn) expect(d).not.toMatch(/wavy/);
    const words = await inClosedRoots<string>(
      page,
      '[data-kind="claim"]',
      'function () { return [...this.querySelector(".b").children].filter((c) => c.className !== "m").map((c) => c.textContent).join(""); }',
    );
    expect(words).toContain('✕Denied claim · reported as denied');
    await page.close();
  });

  it('does not draw the Attributions layer while it is switched off (the default)', async () => {
    const page = await open();
    // Attributions are found on this page ("Kazuyuki Yamazaki, denied", "Lavrov said"), badges hidden.
    expect(await page.locator('[data-kind="attribution"]').count()).toBeGreaterThan(0);
    expect((await readBadges(page)).filter((b) => b.kind === 'attribution' && b.visible)).toEqual([]);
    const drawn = await drawnHighlights(page);
    // The attribution style (a grey dotted line) is nowhere drawn; the officials' highlight is.
    expect(drawn.some((d) => /79, 70, 229/.test(d))).toBe(true);
    expect(drawn.filter((d) => /dotted/.test(d))).toEqual([]);
    await page.close();
  });

  it('makes one Tab stop per paragraph, arrows between its badges, Enter opens and Escape closes the card', async () => {
    const page = await open();
    await page.locator('h1').click();
    await page.keyboard.press('Tab');
    const first = await focusedBadge(page);
    expect(first?.kind).toBe('official');
    expect(first?.label).toMatch(/Kazuyuki Yamazaki/);
    await page.keyboard.press('ArrowRight');
    const second = await focusedBadge(page);
    expect(second?.kind).toBe('claim');
    // Tab leaves the paragraph: the next stop is the next paragraph's badge, not the claim badge again.
    await page.keyboard.press('Tab');
    expect((await focusedBadge(page))?.label).toMatch(/Sergey Lavrov/);
    await page.keyboard.press('Shift+Tab');
    // Back into the first paragraph at the badge the reader left (roving tabindex).
    expect((await focusedBadge(page))?.kind).toBe('claim');
    await page.keyboard.press('Enter');
    await waitForCard(page);
    await page.keyboard.press('Escape');
    await waitForCard(page, false);
    expect((await focusedBadge(page))?.kind).toBe('claim');
    await page.close();
  });

  it("names the holder of a title standing alone by the article's date", async () => {
    // The same paragraph on a page dated 2023 (Lloyd Austin's time at the Pentagon) and on one dated
    // 2016 (before any Pentagon chief of the dataset): a badge on the first only. Lavrov is named on
    // both, so the 2016 page is known to be annotated.
    const officialsOn = async (year: number) => {
      const page = await h.browser.context.newPage();
      await page.goto(h.server.url(`/dated/${year}.html`));
      await waitForBadges(page, { min: 1 });
      const snap = await snapshotFor(h, page.url());
      const labels = (await readBadges(page)).filter((b) => b.kind === 'official').map((b) => b.label);
      await page.close();
      return { ids: snap.items.filter((i) => i.kind === 'official').map((i) => `${i.id}:${i.text}`), labels };
    };
    const y2023 = await officialsOn(2023);
    expect(y2023.ids).toEqual(['lloyd-austin:Pentagon chief', 'sergey-lavrov:Sergey Lavrov']);
    expect(y2023.labels.some((l) => /^Official: Lloyd Austin/.test(l))).toBe(true);
    const y2016 = await officialsOn(2016);
    expect(y2016.ids).toEqual(['sergey-lavrov:Sergey Lavrov']);
  });

  it("reads the next article's date after a single-page navigation", async () => {
    // The 2023 page (Lloyd Austin's time) becomes, in the same document, the 2016 one: new address,
    // new date, new paragraphs. The title's badge must follow the new date.
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/dated/2023.html'));
    await waitForBadges(page, { min: 1 });
    expect((await snapshotFor(h, page.url())).items.map((i) => i.id)).toContain('lloyd-austin');
    await page.evaluate(() => {
      history.pushState({}, '', '/dated/2016-next.html');
      document
        .querySelector('meta[property="article:published_time"]')!
        .setAttribute('content', '2016-05-10T08:00:00Z');
      const article = document.querySelector('article')!;
      article.innerHTML =
        '<h1>Aid shipment delayed again</h1><p>The Pentagon chief told reporters on Friday that the shipment would wait.</p>' +
        '<p>In Moscow, Sergey Lavrov said Russia would follow the shipment closely.</p>';
    });
    const next = page.url();
    const ids = await poll(
      async () =>
        (await snapshotFor(h, next)).items.filter((i) => i.kind === 'official').map((i) => `${i.id}:${i.text}`),
      (v) => v.includes('sergey-lavrov:Sergey Lavrov') && !v.some((x) => x.startsWith('lloyd-austin')),
    );
    expect(ids).toEqual(['sergey-lavrov:Sergey Lavrov']);
    await page.close();
  });
});
