// Quick in-Chromium check (not the benchmark): loads the scale index in one tab, annotates a few news
// pages there, optionally with a CPU profile of the load or of the annotations.
// Usage: tsx bench/profile-page.ts [--pages 10] [--profile load|annotate] [--dataset scale-dataset.json]
//        [--pack scale-dataset.pack] (the packed index `npm run bench` writes next to the dataset)
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchBench } from './browser';
import { NEWS_PAGES } from './pages';

/** What bench/in-page.ts installs in the page, as far as this script calls it. */
interface ClBench {
  load(url: string, packUrl?: string): Promise<unknown>;
  swap(url: string): Promise<unknown>;
  annotate(): Promise<Annotated>;
}
interface Annotated {
  textLength: number;
  extract: number;
  match: number;
  render: number;
  total: number;
  longestTask: number;
  sliced: { startTask: number; longestTask: number; done: number; mentions: number };
  mentions: { official: number; claim: number; attribution: number };
}
type Row = Annotated & { name: string };

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const count = Number(arg('--pages', '44'));
const profile = arg('--profile', '');
const datasetFile = arg('--dataset', 'scale-dataset.json');
const packFile = arg('--pack', '');

if (profile) mkdirSync('/tmp/prof', { recursive: true });
const bench = await launchBench();
try {
  const page = await bench.open(bench.url('corpus', NEWS_PAGES[0].name));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  if (profile === 'load') await cdp.send('Profiler.start');
  const load = await page.evaluate(
    ([u, p]) => (globalThis as unknown as { __clBench: ClBench }).__clBench.load(u, p || undefined),
    [bench.url('out', datasetFile), packFile ? bench.url('out', packFile) : ''] as const,
  );
  if (profile === 'load')
    writeFileSync('/tmp/prof/page-load.cpuprofile', JSON.stringify((await cdp.send('Profiler.stop')).profile));
  console.log('load', JSON.stringify(load));
  if (profile === 'annotate') await cdp.send('Profiler.start');
  const rows: Row[] = [];
  for (const p of NEWS_PAGES.slice(0, count)) {
    await page.evaluate(
      (u) => (globalThis as unknown as { __clBench: ClBench }).__clBench.swap(u),
      bench.url('corpus', p.name),
    );
    const r = await page.evaluate(() => (globalThis as unknown as { __clBench: ClBench }).__clBench.annotate());
    rows.push({ name: p.name, ...r });
  }
  if (profile === 'annotate')
    writeFileSync('/tmp/prof/page-annotate.cpuprofile', JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const q = (xs: number[], f: number) =>
    [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(f * xs.length))];
  const cols: Record<string, (r: Row) => number> = {
    extract: (r) => r.extract,
    match: (r) => r.match,
    render: (r) => r.render,
    total: (r) => r.total,
    longestTask: (r) => r.longestTask,
    slicedStart: (r) => r.sliced.startTask,
    slicedLongest: (r) => r.sliced.longestTask,
    slicedDone: (r) => r.sliced.done,
    mentionsDiff: (r) => r.sliced.mentions - (r.mentions.official + r.mentions.claim + r.mentions.attribution),
  };
  for (const [k, f] of Object.entries(cols)) {
    const xs = rows.map(f);
    console.log(
      `${k.padEnd(12)} median ${q(xs, 0.5).toFixed(2)} p95 ${q(xs, 0.95).toFixed(2)} max ${Math.max(...xs).toFixed(2)}`,
    );
  }
  if (args.includes('--rows'))
    for (const r of rows)
      console.log(
        `  ${r.name.padEnd(28)} ex ${r.extract.toFixed(1)} m ${r.match.toFixed(1)} r ${r.render.toFixed(1)} len ${r.textLength}`,
      );
} finally {
  await bench.close();
}
