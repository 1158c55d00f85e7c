// The hostile page in real Chromium: page CSS aimed at injected UI, names split across tags, names in
// regions we must not touch, a live region appending 2,000 paragraphs, a paragraph the page rewrites,
// and the same page under a strict CSP. Uses the real matcher through the injected page bundle, which
// runs in the page's own world: this harness reads badge records through the bundle (as the content
// script would), not through the page-visible DOM, which carries none.
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompiledDataset } from '../../src/core/types';
import {
  type ClaimLensPageApi,
  type LocalServer,
  injectPageCode,
  isolatedContext,
  launchChromium,
  serveLocal,
} from './page-bundle';

const FIXTURES = 'test/fixtures/pages';
const CSP = "default-src 'self'; style-src 'self'";

const DATASET: CompiledDataset = {
  format: 1,
  version: 'hostile-1',
  updated: '2026-11-25',
  license: 'CC0-1.0 (test fixture)',
  officials: [
    {
      id: 'kazuyuki-yamazaki',
      name: 'Kazuyuki Yamazaki',
      aliases: [{ text: 'Kazuyuki Yamazaki', lang: 'en' }],
      roles: [{ title: 'Ambassador', country: 'JP' }],
    },
    {
      id: 'angela-merkel',
      name: 'Angela Merkel',
      aliases: [{ text: 'Angela Merkel', lang: 'en' }],
      roles: [{ title: 'Chancellor', country: 'DE' }],
    },
    {
      id: 'barack-obama',
      name: 'Barack Obama',
      aliases: [{ text: 'Barack Obama', lang: 'en' }],
      roles: [{ title: 'President', country: 'US' }],
    },
  ],
  organisations: [],
  sources: [],
  claims: [],
};

let browser: Browser;
let context: BrowserContext;
let server: LocalServer;

beforeAll(async () => {
  server = await serveLocal((path) => {
    const file = /^\/(csp\/)?(hostile\.(html|css|js))$/.exec(path);
    if (!file) return undefined;
    const type = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript' }[file[3]]!;
    const headers: Record<string, string> = file[1] ? { 'content-security-policy': CSP } : {};
    return { body: readFileSync(`${FIXTURES}/${file[2]}`), type, headers };
  });
  browser = await launchChromium();
  context = await isolatedContext(browser, server.origin);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Opens the fixture, injects the page code and starts an annotator (kept on window for later steps). */
async function openAnnotated(path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(server.url(path), { waitUntil: 'load' });
  await injectPageCode(page, server.origin);
  await page.evaluate((dataset) => {
    const w = window as unknown as { ClaimLensPage: ClaimLensPageApi; annotator: unknown; activated: string[] };
    const P = w.ClaimLensPage;
    w.activated = [];
    const annotator = P.createAnnotator(document, {
      // Every mention of the page gets its badge (the researchers' option): the most DOM changes to undo.
      wholePage: true,
      match: P.createMatcherFromDataset(dataset),
      layers: P.DEFAULT_LAYERS,
      statusOf: P.statusLookup(dataset),
      label: (m) => `Official: ${m.text}`,
      onActivate: (_b, m) => w.activated.push(m.id),
      rendered: true,
    });
    w.annotator = annotator;
    annotator.start();
  }, DATASET);
  return page;
}

/** Each badge: its dataset id, the id of its nearest ancestor with an id, and what precedes it. */
function placements(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-claimlens-badge]')].map((b) => ({
      id: (window as unknown as { ClaimLensPage: ClaimLensPageApi }).ClaimLensPage.badgeState(b)!.spec.id,
      in: b.parentElement!.closest('[id]')!.id,
      parent: b.parentElement!.localName,
      before: (b.previousSibling?.textContent ?? '').slice(-20),
      skipped: !!b.closest('textarea, input, select, code, pre, svg, [contenteditable], script, noscript, style'),
    })),
  );
}

const STYLE_PROPS = [
  'display',
  'visibility',
  'opacity',
  'position',
  'margin-left',
  'margin-top',
  'padding-top',
  'border-top-width',
  'color',
  'font-size',
];
const INNER_PROPS = [
  'display',
  'color',
  'background-color',
  'font-size',
  'font-family',
  'padding-left',
  'border-top-width',
  'border-top-style',
];

/** Computed styles of every badge host and its inner box, and of a page paragraph. */
function styles(page: Page) {
  return page.evaluate(
    ({ hostProps, innerProps }) => {
      const pick = (el: Element, props: string[], pseudo?: string) => {
        const cs = getComputedStyle(el, pseudo);
        return Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]));
      };
      return {
        badges: [...document.querySelectorAll('[data-claimlens-badge]')].map((b) => ({
          host: pick(b, hostProps),
          before: getComputedStyle(b, '::before').getPropertyValue('content'),
          inner: pick(
            (window as unknown as { ClaimLensPage: ClaimLensPageApi }).ClaimLensPage.badgeState(b)!.root.querySelector(
              '.b',
            )!,
            innerProps,
          ),
          width: b.getBoundingClientRect().width,
        })),
        page: pick(document.getElementById('split')!, ['color', 'font-size', 'display', 'background-color']),
      };
    },
    { hostProps: STYLE_PROPS, innerProps: INNER_PROPS },
  );
}

describe('hostile page', () => {
  it('puts badges exactly where the names are, none in skipped regions', async () => {
    const page = await openAnnotated('/hostile.html');
    const got = await placements(page);
    expect(got.filter((b) => b.skipped)).toEqual([]);
    expect(got.map((b) => [b.id, b.in])).toEqual([
      ['kazuyuki-yamazaki', 'split'],
      ['angela-merkel', 'link'],
      ['barack-obama', 'item'],
      ['angela-merkel', 'cell'],
      ['barack-obama', 'rewrite'],
      // Not the name in the page's hidden <span>: text the reader cannot see is not read.
    ]);
    // The split name gets its badge right after "Yamazaki"; the link's badge goes after the link.
    expect(got[0]).toMatchObject({ parent: 'i', before: 'Yamazaki' });
    expect(got[1]).toMatchObject({ parent: 'p', before: 'Angela Merkel' });
    expect(got[3]).toMatchObject({ parent: 'td', before: 'Angela Merkel' });
    const highlighted = await page.evaluate(() => {
      const sizes: number[] = [];
      (CSS.highlights as unknown as Map<string, Set<Range>>).forEach((h) => sizes.push(h.size));
      return sizes;
    });
    expect(highlighted).toEqual([5]);
    await page.close();
  });

  it("keeps badges' computed styles whatever the page CSS says, and ours never reach the page", async () => {
    const page = await context.newPage();
    await page.goto(server.url('/hostile.html'), { waitUntil: 'load' });
    const pageBefore = await page.evaluate(() => {
      const cs = getComputedStyle(document.getElementById('split')!);
      return { color: cs.color, 'font-size': cs.fontSize, display: cs.display, 'background-color': cs.backgroundColor };
    });
    await page.close();

    const annotated = await openAnnotated('/hostile.html');
    const hostile = await styles(annotated);
    expect(hostile.page).toEqual(pageBefore);
    await annotated.evaluate(() => {
      (document.getElementById('hostile') as HTMLLinkElement).sheet!.disabled = true;
    });
    const plain = await styles(annotated);
    expect(hostile.badges).toHaveLength(5);
    // Everything equal, with and without the page's rules (even `p > * { display: block !important }`).
    expect(hostile.badges).toEqual(plain.badges);
    // Visible and laid out inline.
    for (const b of hostile.badges) {
      expect(b.host).toMatchObject({
        display: 'inline-block',
        visibility: 'visible',
        opacity: '1',
        position: 'static',
      });
      expect(b.inner['font-size']).toBe('13px');
      expect(b.before).toBe('none');
      expect(b.width).toBeGreaterThan(10);
    }
    await annotated.close();
  });

  it('activates on Enter, Space and click, and page key handlers never see keys on the badge', async () => {
    const page = await openAnnotated('/hostile.html');
    await page.evaluate(() => (document.querySelector('[data-claimlens-badge]') as HTMLElement).focus());
    await page.keyboard.press('Enter');
    await page.keyboard.press(' ');
    await page.keyboard.press('j');
    const state = await page.evaluate(() => ({
      activated: (window as unknown as { activated: string[] }).activated,
      pageKeys: (window as unknown as { pageKeys: string[] }).pageKeys,
      focused: document.activeElement?.localName,
    }));
    expect(state).toEqual({
      activated: ['kazuyuki-yamazaki', 'kazuyuki-yamazaki'],
      pageKeys: [],
      focused: 'span',
    });
    // Tab moves on in document order: the link, then the badge placed after it.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('a');
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          (window as unknown as { ClaimLensPage: ClaimLensPageApi }).ClaimLensPage.badgeState(document.activeElement!)
            ?.spec.id,
      ),
    ).toBe('angela-merkel');
    await page.close();
  });

  // The latency is printed, not asserted: speed is the benchmark's to judge. It was 0.3 s on an idle
  // machine and 0.5-1.3 s when the same virtual machine ran everything twice as slow (the old 500 ms
  // assertion failed there for the code before and after a change alike).
  it('annotates each of 2,000 appended paragraphs once while the page keeps appending, and re-annotates a rewritten paragraph', async () => {
    const page = await openAnnotated('/hostile.html');
    const result = await page.evaluate(async () => {
      const w = window as unknown as {
        appendLive: (total: number, perTick: number, intervalMs: number) => Promise<number>;
        appendedAt: Map<string, number>;
        rewriteParagraph: () => void;
      };
      // Our own observer, in the page's world, timestamps each paragraph's first badge.
      const badgedAt = new Map<string, number>();
      const mo = new MutationObserver((records) => {
        const t = performance.now();
        for (const r of records)
          r.addedNodes.forEach((n) => {
            if (n.nodeType === 1 && (n as Element).hasAttribute('data-claimlens-badge')) {
              const id = (n.parentElement!.closest('[id^="live-"]') as HTMLElement | null)?.id;
              if (id && !badgedAt.has(id)) badgedAt.set(id, t);
            }
          });
      });
      mo.observe(document.getElementById('live')!, { childList: true, subtree: true });
      const rewriteAt = performance.now();
      w.rewriteParagraph();
      await w.appendLive(2000, 100, 20);
      const deadline = performance.now() + 3000;
      while (badgedAt.size < 2000 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 200)); // any late duplicate would show up here
      mo.disconnect();
      let worst = 0;
      for (const [id, t] of w.appendedAt) worst = Math.max(worst, (badgedAt.get(id) ?? Infinity) - t);
      const perParagraph = [...document.querySelectorAll('#live p')].map(
        (p) => p.querySelectorAll('[data-claimlens-badge]').length,
      );
      const rewrite = document.getElementById('rewrite')!;
      return {
        paragraphs: perParagraph.length,
        badged: badgedAt.size,
        notOnce: perParagraph.filter((n) => n !== 1).length,
        worstMs: Math.round(worst),
        rewriteBadges: [...rewrite.querySelectorAll('[data-claimlens-badge]')].map(
          (b) => (window as unknown as { ClaimLensPage: ClaimLensPageApi }).ClaimLensPage.badgeState(b)!.spec.id,
        ),
        rewriteText: rewrite.textContent,
        rewriteAt,
      };
    });
    console.log(
      `[hostile] ${result.badged}/${result.paragraphs} appended paragraphs annotated; worst latency ${result.worstMs} ms`,
    );
    expect(result.paragraphs).toBe(2000);
    expect(result.badged).toBe(2000);
    expect(result.notOnce).toBe(0);
    expect(result.rewriteText).toBe('Now Angela Merkel will speak instead.');
    expect(result.rewriteBadges).toEqual(['angela-merkel']);
    // Everything goes away again, byte-identically for the static part of the page.
    const restored = await page.evaluate(() => {
      const w = window as unknown as { annotator: { destroy(): void } };
      w.annotator.destroy();
      return {
        badges: document.querySelectorAll('[data-claimlens-badge]').length,
        highlights: CSS.highlights.size,
        sheets: document.adoptedStyleSheets.length,
      };
    });
    expect(restored).toEqual({ badges: 0, highlights: 0, sheets: 0 });
    await page.close();
  });

  it('does not fight a page that removes our badges, and follows SPA navigations', async () => {
    const page = await openAnnotated('/hostile.html');
    const fight = await page.evaluate(async () => {
      let inserted = 0;
      // A page that deletes anything it did not create, as some frameworks do.
      const mo = new MutationObserver((records) => {
        for (const r of records)
          r.addedNodes.forEach((n) => {
            if (n.nodeType === 1 && (n as Element).hasAttribute('data-claimlens-badge')) {
              inserted++;
              (n as Element).remove();
            }
          });
      });
      const article = document.getElementById('article')!;
      mo.observe(article, { childList: true, subtree: true });
      article.querySelectorAll('[data-claimlens-badge]').forEach((b) => b.remove());
      await new Promise((r) => setTimeout(r, 1500));
      mo.disconnect();
      return { inserted, left: article.querySelectorAll('[data-claimlens-badge]').length };
    });
    // Each of the 5 blocks is re-annotated a bounded number of times (3), then left alone.
    expect(fight.inserted).toBeLessThanOrEqual(5 * 3);
    expect(fight.left).toBe(0);

    const spa = await page.evaluate(async () => {
      const article = document.getElementById('article')!;
      const old = document.querySelectorAll('[data-claimlens-badge]').length;
      history.pushState({}, '', '/hostile.html?story=2');
      const p = document.createElement('p');
      p.id = 'story-2';
      p.textContent = 'Kazuyuki Yamazaki opened the second story.';
      article.replaceChildren(p);
      const t0 = performance.now();
      while (!p.querySelector('[data-claimlens-badge]') && performance.now() - t0 < 3000)
        await new Promise((r) => setTimeout(r, 10));
      return {
        old,
        now: [...document.querySelectorAll('[data-claimlens-badge]')].map(
          (b) => (window as unknown as { ClaimLensPage: ClaimLensPageApi }).ClaimLensPage.badgeState(b)!.spec.id,
        ),
      };
    });
    expect(spa.now).toEqual(['kazuyuki-yamazaki']);
    await page.close();
  });

  it('shows styled badges on a page with a strict CSP (default-src self; style-src self)', async () => {
    const page = await openAnnotated('/csp/hostile.html');
    const got = await styles(page);
    expect(got.badges).toHaveLength(5);
    for (const b of got.badges) {
      expect(b.host.display).toBe('inline-block');
      expect(b.inner).toMatchObject({
        'font-size': '13px',
        'border-top-width': '1px',
        'border-top-style': 'solid',
        display: 'flex' === b.inner.display ? 'flex' : 'inline-flex',
      });
      expect(b.inner['background-color']).not.toBe('rgba(0, 0, 0, 0)');
    }
    await page.close();
  });
});
