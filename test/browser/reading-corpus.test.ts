// Where the badges land on real news pages (issue 16): the news pages of ../shared/corpus/pages
// annotated in real Chromium, every badge shown checked against the article text Mozilla's Readability
// finds on the same page (an independent judge: ClaimLens does not use it). Once badging every mention
// of the whole page (as before, and the researchers' option), once by default (article body only).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { NEWS_PAGES } from '../../bench/pages';
import type { CompiledDataset } from '../../src/core/types';
import { type LocalServer, injectPageCode, isolatedContext, launchChromium, serveLocal } from './page-bundle';

const CORPUS = resolve(process.cwd(), '../shared/corpus/pages');
const PAGES = NEWS_PAGES.map((p) => p.name).filter((n) => existsSync(join(CORPUS, n, 'source.html')));
const DATASET = JSON.parse(readFileSync('test/fixtures/corpus-dataset.json', 'utf8')) as CompiledDataset;
const READABILITY = readFileSync('node_modules/@mozilla/readability/Readability.js');

interface Count {
  badges: number;
  inside: number;
}

let browser: Browser;
let context: BrowserContext;
let server: LocalServer;

beforeAll(async () => {
  server = await serveLocal((path) => {
    if (path === '/__readability.js') return { body: READABILITY, type: 'text/javascript' };
    const m = /^\/pages\/([^/]+)\/$/.exec(path);
    if (!m || !PAGES.includes(m[1])) return undefined;
    return {
      body: readFileSync(join(CORPUS, m[1], 'source.html')),
      type: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': "script-src 'self'" },
    };
  });
  browser = await launchChromium();
  context = await isolatedContext(browser, server.origin);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

async function measure(name: string): Promise<{ whole: Count; article: Count }> {
  const page = await context.newPage();
  try {
    await page.goto(server.url(`/pages/${name}/`), { waitUntil: 'domcontentloaded', timeout: 20_000 });
    await injectPageCode(page, server.origin);
    await page.addScriptTag({ url: `${server.origin}/__readability.js` });
    return await page.evaluate(async (dataset) => {
      const P = (globalThis as unknown as { ClaimLensPage: import('./page-bundle').ClaimLensPageApi }).ClaimLensPage;
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
      const matcher = P.createMatcherFromDataset(dataset);
      const run = (wholePage: boolean) => {
        const annotator = P.createAnnotator(document, {
          match: matcher,
          layers: P.DEFAULT_LAYERS,
          statusOf: P.statusLookup(dataset),
          label: (m) => `${m.kind}: ${m.text}`,
          rendered: true,
          wholePage,
        });
        annotator.start();
        const shown = [...document.querySelectorAll('[data-claimlens-badge]')].filter((b) => P.badgeState(b)?.visible);
        let inside = 0;
        for (const b of shown) {
          const text = norm(blockOf(b).textContent ?? '');
          if (text && articleText.includes(text.slice(0, 80))) inside++;
        }
        annotator.destroy();
        return { badges: shown.length, inside };
      };
      return { whole: run(true), article: run(false) };
    }, DATASET);
  } finally {
    await page.close();
  }
}

it('puts badges in the article text of real news pages', async () => {
  const rows: ({ name: string } & { whole: Count; article: Count })[] = [];
  for (const name of PAGES) rows.push({ name, ...(await measure(name)) });
  const sum = (k: 'whole' | 'article', f: keyof Count) => rows.reduce((s, r) => s + r[k][f], 0);
  const whole = { badges: sum('whole', 'badges'), inside: sum('whole', 'inside') };
  const article = { badges: sum('article', 'badges'), inside: sum('article', 'inside') };
  console.log(
    rows
      .filter((r) => r.whole.badges > 0)
      .map(
        (r) =>
          `${r.name}: whole page ${r.whole.inside}/${r.whole.badges}, article ${r.article.inside}/${r.article.badges}`,
      )
      .join('\n'),
  );
  console.log(
    `${PAGES.length} pages; whole page: ${whole.inside}/${whole.badges} badges in the article text;` +
      ` default: ${article.inside}/${article.badges}`,
  );
  expect(PAGES.length).toBeGreaterThan(40);
  expect(article.badges).toBeGreaterThan(0);
  // Fewer badges outside the article than when badging the whole page, and most badges inside.
  expect(article.badges - article.inside).toBeLessThan(whole.badges - whole.inside);
  // Measured 91 of 93 (97.8%); the goal is 95%.
  expect(article.inside / article.badges).toBeGreaterThanOrEqual(0.95);
}, 600_000);
