// Accessibility of everything ClaimLens shows, scanned by axe-core in Chromium in light and dark
// schemes: popup, side panel, options, and the annotated article with a card open. No serious or
// critical violation is allowed (colour contrast included); the card keeps its styles under a
// page CSP that forbids inline styles.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  CARD_SELECTOR,
  accessibleBadges,
  clickBadge,
  extensionUrl,
  inClosedRoots,
  readBadges,
  useExtension,
  waitForBadges,
  waitForCard,
} from './support/extension';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const STRICT_CSP = "default-src 'self'; style-src 'none'; script-src 'none'";
// The same fixtures again under /strict/, served with a CSP that forbids inline styles and scripts.
const h = useExtension({
  mounts: { '/strict/': 'test/fixtures' },
  headers: (path): Record<string, string> =>
    path.startsWith('/strict/') ? { 'content-security-policy': STRICT_CSP } : {},
});

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's violations of impact serious or critical. Injected with evaluate: CSP does not apply. */
async function seriousViolations(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            o: object,
          ): Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => JSON.stringify(n.target)),
    }));
  });
  // The card is in a closed shadow root axe cannot enter (nor accept as a context): the DevTools
  // protocol hands us the root, and axe checks an open copy of it (same sheets, same markup) placed
  // where the card is, which is then removed.
  const inCard = await inClosedRoots<Finding[]>(
    page,
    CARD_SELECTOR,
    `async function () {
      const dialog = this.querySelector('[role="dialog"]');
      if (!dialog || this.host.hidden) return [];
      const copy = document.createElement('div');
      copy.id = 'claimlens-axe-copy';
      const open = copy.attachShadow({ mode: 'open' });
      open.adoptedStyleSheets = [...this.adoptedStyleSheets];
      for (const s of this.querySelectorAll('style')) open.appendChild(s.cloneNode(true));
      open.appendChild(dialog.cloneNode(true));
      this.host.hidden = true;
      document.documentElement.appendChild(copy);
      try {
        const r = await window.axe.run({ include: [['#claimlens-axe-copy']] }, { resultTypes: ['violations'] });
        return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
      } finally {
        copy.remove();
        this.host.hidden = false;
      }
    }`,
  );
  // axe reads a badge's name from the page's DOM, where it is not (it is text in the closed root);
  // the browser's accessibility tree has it, and the test below checks that one for every badge.
  const onPage = found
    .map((v) =>
      v.id === 'aria-command-name' ? { ...v, nodes: v.nodes.filter((n) => !n.includes('data-claimlens-badge')) } : v,
    )
    .filter((v) => v.nodes.length > 0);
  return [...onPage, ...inCard.flat()].filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function articleTab(ext: Page, url: string): Promise<number> {
  return ext.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
    for (const tab of await c.tabs.query({})) {
      const page = await c.tabs.sendMessage(tab.id!, { claimlens: 1, type: 'page/get' }).catch(() => undefined);
      if ((page as { url?: string } | undefined)?.url === u) return tab.id!;
    }
    return -1;
  }, url);
}

it("names every shown badge in the browser's accessibility tree, as a button", async () => {
  const page = await h.browser.context.newPage();
  await page.goto(h.server.url('/fixtures/seed-article.html'));
  await waitForBadges(page, { min: 5 });
  const shown = (await readBadges(page)).filter((b) => b.visible);
  const ax = (await accessibleBadges(page)).filter((n) => !n.ignored);
  expect(ax.length).toBe(shown.length);
  expect(ax.map((n) => n.role)).toEqual(shown.map(() => 'button'));
  // The name is the label inside the closed root, e.g. "Claim denied: Japan plans to send ...".
  expect(ax.map((n) => n.name)).toEqual(shown.map((b) => b.label));
  expect(ax.some((n) => /^Claim denied: \S/.test(n.name))).toBe(true);
  await page.close();
});

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
  it('finds nothing serious on the annotated article with an open card', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 1 });
    await clickBadge(page, (b) => b.status === 'denied');
    await waitForCard(page);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('finds nothing serious in the popup, side panel and options', async () => {
    const article = await h.browser.context.newPage();
    await article.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(article, { min: 1 });
    const ext = await h.browser.context.newPage();
    await ext.emulateMedia({ colorScheme: scheme });
    await ext.goto(extensionUrl(h, 'src/popup/index.html'));
    const tab = await articleTab(ext, article.url());
    expect(tab).toBeGreaterThan(0);
    for (const [path, ready] of [
      [`src/popup/index.html?tab=${tab}`, '.claimlens-count'],
      [`src/panel/index.html?tab=${tab}`, '.claimlens-item'],
      ['src/options/index.html', 'kbd'],
    ]) {
      await ext.goto(extensionUrl(h, path));
      await ext.locator(ready).first().waitFor();
      expect(await seriousViolations(ext), path).toEqual([]);
    }
    await ext.close();
    await article.close();
  });
});

it('styles the card on a page whose CSP forbids inline styles', async () => {
  const page = await h.browser.context.newPage();
  const refused: string[] = [];
  page.on('console', (m) => m.text().includes('Content Security Policy') && refused.push(m.text()));
  await page.goto(h.server.url('/strict/seed-article.html'));
  await waitForBadges(page, { min: 1 });
  await clickBadge(page, (b) => b.kind === 'claim');
  await waitForCard(page);
  const [look] = await inClosedRoots(
    page,
    CARD_SELECTOR,
    `function () {
      const s = getComputedStyle(this.querySelector('[role="dialog"]'));
      return { position: s.position, bg: s.backgroundColor, radius: s.borderTopLeftRadius };
    }`,
  );
  expect(look).toEqual({ position: 'fixed', bg: 'rgb(255, 255, 255)', radius: '10px' });
  // The page's own inline styles were refused, so the CSP was really in force.
  expect(refused.length).toBeGreaterThan(0);
  await page.close();
});
