// Keeps `npm run bench` from rotting: the quick run (one page, one size of everything) must finish,
// print every target with a verdict, and write a readable report and chart. Times are not asserted.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

describe('npm run bench -- --quick', () => {
  it('runs in Chromium and reports every DESIGN.md target', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--quick'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const out = r.stdout;
    for (const target of [
      'annotate median <= 5 ms',
      'annotate p95 <= 20 ms',
      'no main-thread task > 50 ms',
      'within 3x of the bare TreeWalker floor',
      '>= 100x faster than mark.js',
      'linear in page text',
      'nearly flat in dataset size',
      'content script <= 60 KB gzipped',
      'scale index loads in <= 30 ms',
      'matching within 10x a charCodeAt pass',
    ]) {
      expect(out).toMatch(new RegExp(`${target.replace(/[.*+?()[\]]/g, '\\$&')}.*\\s(MET|MISSED|n/a)\\s`));
    }
    expect(out).toMatch(/mark\.js, 100 names\s+1\s/);

    const report = JSON.parse(readFileSync(resolve(ROOT, 'bench/out/quick/report.json'), 'utf8'));
    expect(report.quick).toBe(true);
    expect(report.pages).toHaveLength(1);
    const [page] = report.pages;
    expect(page.page).toBe('nytimes-1');
    // The page was really annotated: text extracted, the parts add up to the total.
    expect(page.chars).toBeGreaterThan(10_000);
    expect(page.scale.total).toBeCloseTo(page.scale.extract + page.scale.match + page.scale.render, 5);
    // nytimes-1 names officials of the bundled dataset (and of the scale one): something was found.
    expect(page.bundled.mentions.official + page.scale.mentions.official).toBeGreaterThan(0);
    expect(['ok', 'timeout', 'failed']).toContain(page.markjs[0].outcome);
    // The officials peers ran on the same text with the same names, and each found some of them (the
    // page names scale officials in full); ClaimLens's row is its officials matching alone.
    expect(page.peers.peers.map((x: { name: string }) => x.name)).toEqual([
      'token-hash n-gram index',
      '@monyone/aho-corasick (fast)',
    ]);
    for (const x of page.peers.peers) expect(x.found).toBeGreaterThan(0);
    expect(page.peers.claimlens.found).toBeGreaterThan(0);
    expect(page.peers.claimlens.kinds).toEqual(['official']);
    expect(page.peers.read).toBeGreaterThan(0);
    expect(out).toMatch(/token-hash n-gram index\s+\d/);
    expect(report.datasets.scale.claims).toBeGreaterThan(0);
    // The whole-browser memory row: two tabs of the seed article annotated by the built extension,
    // every process of each browser counted.
    expect(report.tabsMemory).toHaveLength(1);
    const [tabs] = report.tabsMemory;
    expect(tabs).toMatchObject({ tabs: 2, page: 'seed-article.html' });
    expect(tabs.badges).toBeGreaterThan(0);
    expect(tabs.without).toBeGreaterThan(0);
    expect(tabs.processes.withExtension).toBeGreaterThanOrEqual(tabs.processes.without);
    expect(out).toMatch(/memory, whole browser, 2 tabs of seed-article\.html\s+\d/);
    expect(report.cli.pages).toBe(1);
    expect(report.cli.exit).toBe(0);
    // The page went through the CLI as a one-record web archive, with one worker and with two.
    expect(
      report.cli.runs.map((r: { jobs: number; pages: number; exit: number }) => [r.jobs, r.pages, r.exit]),
    ).toEqual([
      [1, 1, 0],
      [2, 1, 0],
    ]);

    const svg = readFileSync(resolve(ROOT, 'bench/out/quick/chart.svg'), 'utf8');
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('<polyline');
    expect(svg.trim().endsWith('</svg>')).toBe(true);
  });
});
