// Produces the README's screenshots from the built extension in real Chromium: the sample article
// with an open card, the popup and the side panel. Run: npm run screenshots (builds first).
import { mkdirSync } from 'node:fs';
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

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serve({ mounts: { '/fixtures/': 'test/fixtures' } });
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
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
