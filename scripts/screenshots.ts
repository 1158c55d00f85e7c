// Produces the README's screenshots from the built extension in real Chromium: the sample article
// with an open card, the popup and the side panel; and, where ../shared/corpus is present, three real
// news pages with the corpus dataset loaded in the options (the gallery). Run: npm run screenshots
// (builds first).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { clickBadge, waitForBadges, waitForCard } from './lib/badges';
import { launchWithExtension, ROOT, serve } from './lib/chromium';

const OUT = join(ROOT, 'docs', 'screenshots');
const ARTICLE = '/fixtures/seed-article.html';
const SCHEME = (process.env.SCHEME as 'light' | 'dark' | undefined) ?? 'light';

/** The extension's tab id for `url` (asked of each tab's content script: no tabs permission needed). */
async function tabIdOf(ext: Page, url: string): Promise<number> {
  return ext.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: import('webextension-polyfill').Browser }).chrome;
    for (const tab of await c.tabs.query({})) {
      const page = await c.tabs.sendMessage(tab.id!, { claimlens: 1, type: 'page/get' }).catch(() => undefined);
      if ((page as { url?: string } | undefined)?.url === u) return tab.id!;
    }
    throw new Error(`no annotated tab shows ${u}`);
  }, url);
}

/** Real news pages as a reader sees them, with the corpus dataset loaded through the options page. */
async function gallery(
  browser: Awaited<ReturnType<typeof launchWithExtension>>,
  server: Awaited<ReturnType<typeof serve>>,
  ext: Page,
): Promise<void> {
  await ext.setViewportSize({ width: 900, height: 700 });
  await ext.goto(`chrome-extension://${browser.extensionId}/src/options/index.html`);
  await ext.getByLabel('Dataset file').setInputFiles(join(ROOT, 'test/fixtures/corpus-dataset.json'));
  await ext.getByRole('status').filter({ hasText: 'Loaded' }).waitFor({ timeout: 60_000 });
  for (const name of GALLERY) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1240, height: 900 });
    await page.goto(server.url(`/corpus/${name}/source.html`), { waitUntil: 'domcontentloaded' });
    await waitForBadges(page, { min: 1, timeout: 30_000 });
    // The first badge in the article, a third down the view.
    await page.evaluate(() => {
      const b = document.querySelector('[data-claimlens-badge]');
      if (b) window.scrollTo(0, b.getBoundingClientRect().top + window.scrollY - 300);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, `real-${name}.png`) });
    await page.close();
  }
  console.log(`wrote ${GALLERY.map((n) => `docs/screenshots/real-${n}.png`).join(', ')}`);
}

/** Three saved news pages of ../shared/corpus/pages for the README's gallery. */
const GALLERY = ['nytimes-3', 'wapo-2', 'bbc-1'];

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const corpus = existsSync(join(ROOT, '../shared/corpus/pages'));
  const server = await serve({
    mounts: { '/fixtures/': 'test/fixtures', ...(corpus ? { '/corpus/': '../shared/corpus/pages' } : {}) },
    // Saved pages' own scripts and remote files stay out: every request stays on 127.0.0.1.
    headers: (path): Record<string, string> =>
      path.startsWith('/corpus/')
        ? { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" }
        : {},
  });
  const browser = await launchWithExtension();
  const suffix = SCHEME === 'dark' ? '-dark' : '';
  try {
    const article = await browser.context.newPage();
    await article.emulateMedia({ colorScheme: SCHEME });
    await article.setViewportSize({ width: 1240, height: 1040 });
    await article.goto(server.url(ARTICLE));
    await waitForBadges(article, { min: 1 });
    // A denied claim's card: the case a new reader most needs explained.
    // The one closing the first paragraph, so the headline stays in view above the card.
    await clickBadge(article, (b) => b.status === 'denied');
    await waitForCard(article);
    await article.mouse.move(0, 0); // no hover state in the picture
    await article.screenshot({ path: join(OUT, `article-card${suffix}.png`) });

    const ext = await browser.context.newPage();
    await ext.emulateMedia({ colorScheme: SCHEME });
    await ext.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html`);
    const tab = await tabIdOf(ext, article.url());

    await ext.setViewportSize({ width: 320, height: 600 });
    await ext.goto(`chrome-extension://${browser.extensionId}/src/popup/index.html?tab=${tab}`);
    await ext.locator('.claimlens-count').first().waitFor();
    const popupHeight = await ext.evaluate(() =>
      Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom),
    );
    await ext.setViewportSize({ width: 320, height: popupHeight });
    await ext.screenshot({ path: join(OUT, `popup${suffix}.png`) });

    await ext.setViewportSize({ width: 400, height: 820 });
    await ext.goto(`chrome-extension://${browser.extensionId}/src/panel/index.html?tab=${tab}`);
    await ext.locator('.claimlens-item').first().waitFor();
    await ext.screenshot({ path: join(OUT, `panel${suffix}.png`) });
    console.log(
      `wrote ${['article-card', 'popup', 'panel'].map((n) => `docs/screenshots/${n}${suffix}.png`).join(', ')}`,
    );
    if (corpus && SCHEME === 'light') await gallery(browser, server, ext);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
