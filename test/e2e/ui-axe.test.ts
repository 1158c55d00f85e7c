// Accessibility of everything ClaimLens shows, scanned by axe-core in Chromium in light and dark
// schemes: popup, side panel, options, and the annotated article with a card open. No serious or
// critical violation is allowed (colour contrast included); the card keeps its styles under a
// page CSP that forbids inline styles.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { extensionUrl, useExtension, waitForBadges } from './support/extension';

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
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
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

describe.each(['light', 'dark'] as const)('axe-core, %s scheme', (scheme) => {
  it('finds nothing serious on the annotated article with an open card', async () => {
    const page = await h.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 1 });
    await page.locator('claimlens-badge[data-status="denied"]').first().click();
    await page.locator('claimlens-card [role="dialog"]').waitFor({ state: 'visible' });
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
  await page.locator('claimlens-badge[data-kind="claim"]').first().click();
  const dialog = page.locator('claimlens-card [role="dialog"]');
  await dialog.waitFor({ state: 'visible' });
  const look = await dialog.evaluate((el) => {
    const s = getComputedStyle(el);
    return { position: s.position, bg: s.backgroundColor, radius: s.borderTopLeftRadius };
  });
  expect(look).toEqual({ position: 'fixed', bg: 'rgb(255, 255, 255)', radius: '10px' });
  // The page's own inline styles were refused, so the CSP was really in force.
  expect(refused.length).toBeGreaterThan(0);
  await page.close();
});
