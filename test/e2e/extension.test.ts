// The foundation, as a user meets it: the built extension loads in Chromium and annotates the
// sample article served on 127.0.0.1, asking for nothing beyond what it needs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readBadges, snapshotFor, useExtension, waitForBadges } from './support/extension';

const h = useExtension();

describe('the built extension in Chromium', () => {
  it('asks only for storage and the side panel, exposes nothing to web pages', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions.sort()).toEqual(['sidePanel', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('starts its service worker', () => {
    expect(h.browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('annotates every official and claim of the sample article', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 8 });
    // Ids and statuses as the side panel reads them (the page itself sees none).
    const { items, indexPacked } = await snapshotFor(h, page.url(), 8);
    // Matched with the index packed when the dataset was compiled, not one built on the page.
    expect(indexPacked).toBe(true);
    const officials = new Set(items.filter((b) => b.kind === 'official').map((b) => b.id));
    const claims = new Set(items.filter((b) => b.kind === 'claim').map((b) => b.id));
    for (const id of ['kazuyuki-yamazaki', 'sergey-lavrov', 'volodymyr-zelensky']) expect(officials).toContain(id);
    for (const id of [
      'japan-sdf-to-ukraine',
      'french-forces-in-ukraine',
      'paris-considered-special-forces',
      'us-distances-from-macron-troops',
      'zelensky-no-hostilities-on-russian-soil',
      'french-footprint-deters-russia',
    ]) {
      expect(claims).toContain(id);
    }
    const denied = items.find((b) => b.id === 'japan-sdf-to-ukraine');
    expect(denied?.status).toBe('denied');
    // The badges' accessible names (read through CDP) are the panel's labels.
    const badges = await readBadges(page);
    // (One badge per official per paragraph, so compare the sets; a badge for several claims of one
    // sentence names each of them.)
    const itemLabels = new Set(items.map((i) => i.label));
    for (const b of badges)
      expect(itemLabels.has(b.label) || [...itemLabels].some((l) => b.label.includes(l))).toBe(true);
    for (const l of itemLabels)
      expect(
        badges.some((b) => b.label.includes(l)),
        l,
      ).toBe(true);
    expect(badges.find((b) => b.label === denied?.label)?.status).toBe('denied');
    expect(denied?.label).toMatch(/^Claim denied: /);
    await page.close();
  });

  it('keeps the article text itself intact', async () => {
    const page = await h.browser.context.newPage();
    await page.goto(h.server.url('/fixtures/seed-article.html'));
    await waitForBadges(page, { min: 1 });
    // The article text itself is unchanged: badges add words, but the page's own text stays.
    const text = await page.evaluate(() => {
      const clone = document.querySelector('article')!.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('[data-claimlens-badge]').forEach((b) => b.remove());
      return clone.textContent!.replace(/\s+/g, ' ');
    });
    const seed = readFileSync('../shared/seed/seed-article.txt', 'utf8').split(/\n+/)[0].trim();
    expect(text).toContain(seed.replace(/\s+/g, ' '));
    await page.close();
  });
});
