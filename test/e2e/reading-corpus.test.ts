// Where the badges land on real news pages (issue 16), as a reader gets them: the built extension in
// Chromium, the corpus dataset loaded through the options page (it names the people these pages
// name: Obama, Trump, Netanyahu...), each news page of ../shared/corpus/pages opened in a tab. Every
// badge shown is checked against the article text Mozilla's Readability finds on the same page (an
// independent judge: ClaimLens does not use it). Once by default (article body only), once with
// "whole page" switched on in the settings (every mention badged, the researchers' option).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { NEWS_PAGES } from '../../bench/pages';
import type { PageSnapshot } from '../../src/shared/messages';
import { extensionUrl, poll, useExtension } from './support/extension';

// Evaluated inside extension pages, where Chrome's promise-based `chrome` has this shape.
declare const chrome: import('webextension-polyfill').Browser;

const CORPUS = resolve(process.cwd(), '../shared/corpus/pages');
const PAGES = NEWS_PAGES.map((p) => p.name).filter((n) => existsSync(join(CORPUS, n, 'source.html')));

// Saved pages link to their sites' scripts, fonts and images: their own CSP keeps every request on
// 127.0.0.1 (the harness fails the file on any request that leaves it) and their scripts from running.
const h = useExtension({
  mounts: { '/corpus/': '../shared/corpus/pages', '/readability/': 'node_modules/@mozilla/readability' },
  headers: (path): Record<string, string> =>
    path.startsWith('/corpus/')
      ? { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" }
      : {},
});

interface Count {
  badges: number;
  inside: number;
}

let ext: Page;

beforeAll(async () => {
  ext = await h.browser.context.newPage();
  await ext.goto(extensionUrl(h, 'src/options/index.html'));
  await ext.getByLabel('Dataset file').setInputFiles('test/fixtures/corpus-dataset.json');
  const status = await poll(
    () =>
      ext
        .getByRole('status')
        .innerText()
        .catch(() => ''),
    (t) => t.includes('Loaded'),
    60_000,
  );
  if (!status.includes('Loaded')) throw new Error(`corpus dataset not loaded: ${status}`);
});

async function setWholePage(on: boolean): Promise<void> {
  await ext.evaluate(async (wholePage) => {
    const got = (await chrome.storage.sync.get('claimlens.settings'))['claimlens.settings'] as object | undefined;
    await chrome.storage.sync.set({ 'claimlens.settings': { ...got, wholePage } });
  }, on);
}

/** The tab's snapshot, once its content script has read the dataset and its badges stopped changing. */
async function settled(page: Page): Promise<void> {
  const url = page.url();
  const snapshot = () =>
    ext.evaluate(async (u) => {
      for (const tab of await chrome.tabs.query({})) {
        const s = (await chrome.tabs
          .sendMessage(tab.id!, { claimlens: 1, type: 'page/get' })
          .catch(() => undefined)) as PageSnapshot | undefined;
        if (s?.url === u) return s;
      }
      return undefined;
    }, url);
  const deadline = Date.now() + 30_000;
  let last = '';
  let since = Date.now();
  while (Date.now() < deadline) {
    const s = await snapshot();
    const state = s?.datasetVersion
      ? `${s.items.length}/${await page.locator('[data-claimlens-badge]').count()}`
      : 'not read';
    if (state !== last) {
      last = state;
      since = Date.now();
    } else if (state !== 'not read' && Date.now() - since > 1_000) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`${url}: not annotated in time (${last})`);
}

/** Badges shown on the page, and how many of them sit in text Readability counts as the article. */
async function measure(page: Page): Promise<Count> {
  return page.evaluate(() => {
    const R = (
      globalThis as unknown as { Readability: new (d: Document) => { parse(): { textContent: string } | null } }
    ).Readability;
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const articleText = norm(new R(document.cloneNode(true) as Document).parse()?.textContent ?? '');
    const blockOf = (el: Element): Element => {
      let n: Element | null = el.parentElement;
      while (n && getComputedStyle(n).display.startsWith('inline')) n = n.parentElement;
      return n ?? document.body;
    };
    // Badge hosts are page elements; a badge of a layer switched off has no box.
    const shown = [...document.querySelectorAll('[data-claimlens-badge]')].filter((b) => b.getClientRects().length > 0);
    let inside = 0;
    for (const b of shown) {
      const text = norm(blockOf(b).textContent ?? '');
      if (text && articleText.includes(text.slice(0, 80))) inside++;
    }
    return { badges: shown.length, inside };
  });
}

async function run(wholePage: boolean): Promise<Map<string, Count>> {
  await setWholePage(wholePage);
  const out = new Map<string, Count>();
  for (const name of PAGES) {
    const page = await h.browser.context.newPage();
    try {
      await page.goto(h.server.url(`/corpus/${name}/source.html`), { waitUntil: 'domcontentloaded', timeout: 30_000 });
      await settled(page);
      await page.addScriptTag({ url: h.server.url('/readability/Readability.js') });
      out.set(name, await measure(page));
    } finally {
      await page.close();
    }
  }
  return out;
}

it('puts the extension badges in the article text of real news pages', async () => {
  const article = await run(false);
  const whole = await run(true);
  await setWholePage(false);
  const sum = (m: Map<string, Count>, f: keyof Count) => [...m.values()].reduce((s, c) => s + c[f], 0);
  console.log(
    PAGES.filter((n) => whole.get(n)!.badges > 0)
      .map((n) => {
        const w = whole.get(n)!;
        const a = article.get(n)!;
        return `${n}: whole page ${w.inside}/${w.badges}, article ${a.inside}/${a.badges}`;
      })
      .join('\n'),
  );
  const a = { badges: sum(article, 'badges'), inside: sum(article, 'inside') };
  const w = { badges: sum(whole, 'badges'), inside: sum(whole, 'inside') };
  console.log(
    `${PAGES.length} pages; whole page: ${w.inside}/${w.badges} badges in the article text; default: ${a.inside}/${a.badges}`,
  );
  expect(PAGES.length).toBeGreaterThan(40);
  expect(a.badges).toBeGreaterThan(20);
  // "Whole page" badges more, most of the extra outside the article; by default 95% are inside.
  expect(w.badges - w.inside).toBeGreaterThan(a.badges - a.inside);
  expect(a.inside / a.badges).toBeGreaterThanOrEqual(0.95);
}, 900_000);
