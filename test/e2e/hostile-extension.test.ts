// Issue 14's attacks, each from a page served on 127.0.0.1 against the built extension in Chromium: a
// page that tries to silence, rewrite, misplace, forge and read ClaimLens. Every test shows the attack
// failing: badges present, visible, inline and unaltered; nothing private readable by page script;
// annotation still live. What the reader gets is read as the browser gives it (accessibility tree,
// closed roots through CDP, the side panel's snapshot), never through the page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { MARK_COLOURS, MARK_GLYPHS } from '../../src/core/personal-mark';
import {
  BADGE_SELECTOR,
  CARD_SELECTOR,
  accessibleBadges,
  clickBadge,
  extensionUrl,
  inClosedRoots,
  readBadges,
  poll,
  readCard,
  snapshotFor,
  syntheticActivation,
  tabIdFrom,
  useExtension,
  waitForBadges,
  waitForCard,
} from './support/extension';

const h = useExtension();
const PAGE = '/fixtures/hostile/page.html';

async function open(attacks: string[] = [], path = PAGE): Promise<Page> {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url(attacks.length ? `${path}?attack=${attacks.join(',')}` : path));
  await waitForBadges(page, { min: 3 });
  return page;
}

/** What the page's own script has collected (window.__leak, filled by attacks.js). */
const leaked = (page: Page) => page.evaluate(() => (window as unknown as { __leak: string[] }).__leak);

/** Words a badge shows, read inside its closed root (what the reader sees). */
const badgeWords = (page: Page) =>
  inClosedRoots<string>(page, BADGE_SELECTOR, `function () { return this.querySelector('.b').textContent; }`);

/** The badges' boxes as laid out: inline, visible, not shifted off screen. */
const boxes = (page: Page) =>
  page.evaluate((sel) => {
    return [...document.querySelectorAll(sel)].map((b) => {
      const r = b.getBoundingClientRect();
      const cs = getComputedStyle(b);
      return { display: cs.display, position: cs.position, visibility: cs.visibility, w: r.width, h: r.height };
    });
  }, BADGE_SELECTOR);

/** The extension's id for the tab showing `url` (its content script answers with its URL). */
async function tabIdOf(url: string): Promise<number> {
  const ext = await h.browser.context.newPage();
  try {
    await ext.goto(extensionUrl(h, 'src/panel/index.html'));
    return await tabIdFrom(ext, url);
  } finally {
    await ext.close();
  }
}

/** Switches a popup switch for the tab showing `page`, as a reader would. */
// Evaluated inside extension pages, where Chrome's promise-based `chrome` has this shape.
declare const chrome: import('webextension-polyfill').Browser;

async function flip(page: Page, name: string): Promise<void> {
  const tab = await tabIdOf(page.url());
  const popup = await h.browser.context.newPage();
  await popup.goto(extensionUrl(h, `src/popup/index.html?tab=${tab}`));
  const sw = popup.getByRole('switch', { name, exact: true });
  await sw.waitFor();
  const before = await sw.isChecked();
  const stored = () =>
    popup.evaluate(() => chrome.storage.sync.get('claimlens.settings').then((r) => JSON.stringify(r)));
  const was = await stored();
  await sw.click();
  // Closing the popup before the setting is written would lose it (and leave the layer off for the
  // next test): wait for the switch to flip and the storage to change.
  await expect.poll(() => sw.isChecked()).not.toBe(before);
  await expect.poll(stored).not.toBe(was);
  await popup.close();
}

describe('a page cannot silence ClaimLens', () => {
  it('ignores the claimlens:takeover event: badges stay, and layer switches still act', async () => {
    const control = await open();
    const expected = (await readBadges(control)).map((b) => b.label);
    await control.close();

    const page = await open(['takeover']);
    // Page fires the old kill switch every 50 ms; give it time to work.
    await page.waitForTimeout(500);
    const badges = await readBadges(page);
    expect(badges.map((b) => b.label)).toEqual(expected);
    expect(badges.filter((b) => b.visible).length).toBeGreaterThan(0);
    // Still live: a layer switched off hides its badges at once, and on again shows them.
    await flip(page, 'Officials');
    await poll(
      () => readBadges(page),
      (l) => l.filter((b) => b.kind === 'official' && b.visible).length === 0,
    );
    expect((await readBadges(page)).filter((b) => b.kind === 'official' && b.visible)).toEqual([]);
    await flip(page, 'Officials');
    const back = await poll(
      () => readBadges(page),
      (l) => l.some((b) => b.kind === 'official' && b.visible),
    );
    expect(back.filter((b) => b.kind === 'official' && b.visible).length).toBeGreaterThan(0);
    // And new content is still annotated.
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'late';
      p.textContent = 'Later, Sergey Lavrov spoke again.';
      document.getElementById('article')!.appendChild(p);
    });
    await poll(
      () => page.locator(`#late ${BADGE_SELECTOR}`).count(),
      (n) => n > 0,
    );
    expect(await page.locator(`#late ${BADGE_SELECTOR}`).count()).toBeGreaterThan(0);
    expect((await snapshotFor(h, page.url())).active).toBe(true);
    await page.close();
  });

  it('is not stopped or read by a page that defines claimlens-badge / claimlens-card first and patches attachShadow', async () => {
    const page = await open(['define']);
    const badges = await readBadges(page);
    expect(badges.length).toBeGreaterThanOrEqual(3);
    expect(badges.some((b) => b.label.startsWith('Claim denied: '))).toBe(true);
    // A real click opens a real card.
    await clickBadge(page, (b) => b.status === 'denied');
    const card = await waitForCard(page);
    expect(card.text).toContain('Status history');
    // No page code ran for our elements, and no root of ours was handed to the page.
    expect(await leaked(page)).toEqual([]);
    const openRoots = await page.evaluate(
      (sel) => [...document.querySelectorAll(sel)].filter((e) => e.shadowRoot !== null).length,
      `${BADGE_SELECTOR}, ${CARD_SELECTOR}`,
    );
    expect(openRoots).toBe(0);
    await page.close();
  });
});

describe('a page cannot rewrite ClaimLens', () => {
  it('cannot change a badge or the card by script', async () => {
    const page = await open();
    const before = await readBadges(page);
    const wordsBefore = await badgeWords(page);
    expect(wordsBefore.some((w) => w.includes('Denied'))).toBe(true);
    const attempt = await page.evaluate((sel) => {
      const out: string[] = [];
      for (const b of document.querySelectorAll<HTMLElement>(sel)) {
        if (b.shadowRoot) out.push('open root');
        try {
          b.attachShadow({ mode: 'open' });
          out.push('second root');
        } catch {
          // refused: a host has one root
        }
        // Light children of a host with a shadow root and no slot are never rendered.
        b.textContent = '\u2713 Confirmed';
        const a = document.createElement('a');
        a.href = 'https://phish.example/';
        a.textContent = 'Read the full fact-check';
        b.appendChild(a);
        b.setAttribute('data-status', 'confirmed');
        b.setAttribute('aria-label', 'Claim confirmed');
      }
      return out;
    }, BADGE_SELECTOR);
    expect(attempt).toEqual([]);
    await page.waitForTimeout(300);
    // What the reader sees and hears is unchanged (the words inside the roots, the accessible names).
    expect(await badgeWords(page)).toEqual(wordsBefore);
    const ax = (await accessibleBadges(page)).filter((n) => !n.ignored).map((n) => n.name);
    expect(ax).toEqual(before.filter((b) => b.visible).map((b) => b.label));
    // The card: the page cannot reach inside to add a link.
    await clickBadge(page, (b) => b.status === 'denied');
    await waitForCard(page);
    const reached = await page.evaluate((sel) => {
      const host = document.querySelector(sel)!;
      const a = document.createElement('a');
      a.href = 'https://phish.example/';
      a.textContent = 'Verify your account';
      host.appendChild(a);
      return { root: host.shadowRoot !== null, text: (host as HTMLElement).innerText };
    }, CARD_SELECTOR);
    expect(reached.root).toBe(false);
    const card = await readCard(page);
    expect(card.open).toBe(true);
    expect(card.text).not.toContain('Verify your account');
    expect(card.links.every((l) => !l.href?.includes('phish.example'))).toBe(true);
    // The page's link, a light child of the card host, is never rendered.
    expect(await page.locator(`${CARD_SELECTOR} a`).isVisible()).toBe(false);
    await page.close();
  });

  it('cannot restyle badges with ::part, ::highlight(claimlens-…) or !important rules on the hosts', async () => {
    const control = await open();
    const plain = await boxes(control);
    const plainWords = await badgeWords(control);
    await control.close();

    const page = await open(['css']);
    await page.waitForFunction(() => [...document.styleSheets].some((s) => s.href?.endsWith('attacks.css')));
    const styled = await boxes(page);
    expect(styled).toEqual(plain);
    // Every badge of a layer that is on (attributions are off by default) is shown, inline.
    const on = (await readBadges(page)).map((b) => b.kind !== 'attribution');
    expect(on.filter(Boolean).length).toBeGreaterThan(3);
    for (const b of styled.filter((_b, i) => on[i])) {
      expect(b).toMatchObject({ display: 'inline-block', position: 'static', visibility: 'visible' });
      expect(b.w).toBeGreaterThan(10);
    }
    expect(await badgeWords(page)).toEqual(plainWords);
    // Our highlights are registered under names that say nothing and that no sheet written in advance
    // can name: the page's ::highlight(claimlens-…) rules select nothing.
    const names = await page.evaluate(() => {
      const keys: string[] = [];
      (CSS.highlights as unknown as Map<string, unknown>).forEach((_h, k) => keys.push(k));
      return keys;
    });
    expect(names.length).toBeGreaterThan(0);
    for (const n of names) expect(n).not.toMatch(/claimlens|official|claim|denied|confirmed|disputed|unverified/);
    // The card too keeps its place and look under `[data-claimlens-card] { display: none !important }`.
    await clickBadge(page, (b) => b.status === 'denied');
    const card = await waitForCard(page);
    expect(card.rect!.width).toBeGreaterThan(100);
    await page.close();
  });
});

describe('a page cannot misplace ClaimLens', () => {
  it('never reads text the reader cannot see (font-size 0, transparent, zero-size box, opacity 0)', async () => {
    const page = await open();
    expect(await page.locator(`#misplace ${BADGE_SELECTOR}`).count()).toBe(0);
    // No highlight range starts in the hidden section either.
    const inHidden = await page.evaluate(() => {
      const section = document.getElementById('misplace')!;
      let n = 0;
      (CSS.highlights as unknown as Map<string, Set<AbstractRange>>).forEach((h) =>
        h.forEach((r) => {
          if (section.contains(r.startContainer)) n++;
        }),
      );
      return n;
    });
    expect(inHidden).toBe(0);
    // Nor in the side panel: no entry quotes the hidden sentences.
    const snap = await snapshotFor(h, page.url(), 3);
    const texts = snap.items.map((i) => i.text);
    expect(texts.filter((t) => /Zelensky|Macron/.test(t))).toEqual([]);
    // Every badge is in the visible text, none in the hidden section; the panel lists at least as
    // many entries (an official's later mentions in a paragraph are listed, highlighted, not badged).
    const shownBadges = await page.locator(`#article ${BADGE_SELECTOR}, #evasion ${BADGE_SELECTOR}`).count();
    expect(await page.locator(BADGE_SELECTOR).count()).toBe(shownBadges);
    expect(snap.items.length).toBeGreaterThanOrEqual(shownBadges);
    // Control: made visible, the same text is read (so the test is about rendering, not the words).
    await page.evaluate(() => {
      const span = document.querySelector<HTMLElement>('#hidden-size span')!;
      span.style.fontSize = '16px';
      span.textContent = span.textContent + ' ';
    });
    await poll(
      () => page.locator(`#hidden-size ${BADGE_SELECTOR}`).count(),
      (n) => n > 0,
    );
    expect(await page.locator(`#hidden-size ${BADGE_SELECTOR}`).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('a page cannot forge around ClaimLens', () => {
  it('annotates names wrapped in <claimlens-x> or salted with U+034F, U+2062, bidi controls or Cyrillic look-alikes', async () => {
    const page = await open();
    for (const id of ['ev-wrap', 'ev-cgj', 'ev-bidi', 'ev-cyrillic']) {
      const n = await poll(
        () => page.locator(`#${id} ${BADGE_SELECTOR}[data-kind="official"]`).count(),
        (c) => c > 0,
        5000,
      );
      expect(n, id).toBe(1);
    }
    const snap = await snapshotFor(h, page.url(), 3);
    // Four evasions plus the article's own mention.
    expect(snap.items.filter((i) => i.id === 'sergey-lavrov' && i.kind === 'official')).toHaveLength(5);
    await page.close();
  });

  it('opens no card on a synthetic click or key press, only on the reader’s', async () => {
    const page = await open();
    const synthetic = await page.evaluate(syntheticActivation, BADGE_SELECTOR);
    expect(synthetic).toBeNull();
    expect((await readCard(page)).open).toBe(false);
    // The same badge, clicked by the reader (a trusted event), opens.
    await page.locator(`${BADGE_SELECTOR}[data-kind="claim"]`).first().click();
    expect((await waitForCard(page)).open).toBe(true);
    await page.close();
  });

  it("cannot learn the reader's mark, so it cannot put it on a badge it forges", async () => {
    const page = await open(['spy']);
    const ext = await h.browser.context.newPage();
    await ext.goto(extensionUrl(h, 'src/options/index.html'));
    const stored = await poll(
      () =>
        ext.evaluate(async () => {
          const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
          const got = await c.storage.sync.get('claimlens.settings');
          return (got['claimlens.settings'] as { mark?: { glyph: number; colour: number } } | undefined)?.mark;
        }),
      (m) => !!m,
    );
    await ext.close();
    const glyph = MARK_GLYPHS[stored!.glyph];
    const colour = MARK_COLOURS[stored!.colour].hex;
    // Every real badge carries it (read inside the closed roots, as the reader sees them)...
    const real = await poll(
      () => readBadges(page),
      (l) => l.length > 0 && l.every((b) => b.mark === glyph),
    );
    expect(real.every((b) => b.mark === glyph)).toBe(true);
    // ...and nothing the page's script can read holds it: markup, attributes, its text, style sheets
    // (adopted ones included), highlight names, or what its observer saw of our insertions.
    const readable = await page.evaluate(() => {
      const sheets = [...document.styleSheets, ...document.adoptedStyleSheets].flatMap((sh) => {
        try {
          return [...sh.cssRules].map((r) => r.cssText);
        } catch {
          return [];
        }
      });
      const highlights = [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])];
      return [document.documentElement.outerHTML, document.body.innerText, ...sheets, ...highlights].join('\n');
    });
    const leaks = (await leaked(page)).join('\n');
    for (const text of [readable, leaks]) {
      expect(text).not.toContain(glyph);
      expect(text.toLowerCase()).not.toContain(colour);
    }
    await page.close();
  });
});

describe('a page cannot read ClaimLens', () => {
  it('finds no id, status, label or layer state in the markup, even when switching layers', async () => {
    const page = await open(['spy']);
    const hosts = () =>
      page.evaluate(
        (sel) => [...document.querySelectorAll(sel)].map((b) => b.getAttributeNames().sort().join(' ')),
        BADGE_SELECTOR,
      );
    const names = await hosts();
    for (const n of names) expect(n).toBe('data-claimlens-badge data-kind role style tabindex');
    const markup = () =>
      page.evaluate((sel) => [...document.querySelectorAll(sel)].map((b) => b.outerHTML).join('\n'), BADGE_SELECTOR);
    const before = await markup();
    await flip(page, 'Denied');
    await poll(
      () => readBadges(page),
      (l) => !l.some((b) => b.status === 'denied' && b.visible),
    );
    expect((await readBadges(page)).some((b) => b.status === 'denied' && b.visible)).toBe(false);
    expect(await markup()).toBe(before);
    await flip(page, 'Denied');
    // What the page's observer saw of our insertions and attribute changes.
    const ours = (await leaked(page)).filter((l) => l.includes('data-claimlens') || l.startsWith('attr '));
    expect(ours.length).toBeGreaterThan(0);
    for (const line of ours) {
      expect(line).not.toMatch(
        /[Dd]enied|[Cc]onfirmed|[Dd]isputed|[Uu]nverified|Claim |Official:|sergey-lavrov|japan-|open-root/,
      );
    }
    await page.close();
  });

  it("keeps a loaded private dataset's records out of the page, open card included", async () => {
    const options = await h.browser.context.newPage();
    await options.goto(extensionUrl(h, 'src/options/index.html'));
    await options.getByLabel('Dataset file').setInputFiles('test/fixtures/ui/user-claimreview.jsonld');
    await expect.poll(() => options.getByRole('status').innerText()).toContain('Loaded user-claimreview.jsonld');
    try {
      const page = await h.browser.context.newPage();
      await page.goto(h.server.url('/fixtures/ui/user-claims-article.html'));
      await waitForBadges(page, { min: 2 });
      const claims = (await readBadges(page)).filter((b) => b.kind === 'claim');
      expect(claims.map((b) => b.status).sort()).toEqual(['denied', 'disputed']);
      // The reader opens a card (trusted click): its text is there for them...
      await clickBadge(page, (b) => b.status === 'denied');
      expect((await waitForCard(page)).text).toContain('Example Fact Check');
      // ...and everything a page script can read stays free of the dataset's content.
      const seen = await page.evaluate(() => {
        const parts: string[] = [document.documentElement.outerHTML, document.body.innerText];
        for (const el of document.querySelectorAll('*')) {
          for (const a of el.getAttributeNames()) parts.push(`${a}=${el.getAttribute(a)}`);
          parts.push((el as HTMLElement).innerText ?? '', el.shadowRoot ? 'OPEN ROOT' : '');
        }
        const sel = getSelection()!;
        sel.selectAllChildren(document.documentElement);
        parts.push(sel.toString());
        sel.removeAllRanges();
        document.execCommand('selectAll');
        parts.push(getSelection()!.toString());
        return parts.join('\n');
      });
      for (const secret of [
        'Example Fact Check',
        'factcheck.example',
        'user-claimreview',
        'Denied',
        'Disputed',
        'Claim denied',
        'Claim disputed',
        'Dataset version',
        'OPEN ROOT',
      ]) {
        expect(seen, secret).not.toContain(secret);
      }
      await page.close();
    } finally {
      await options.getByRole('button', { name: 'Remove user-claimreview.jsonld' }).click();
      await options.close();
    }
  });
});
