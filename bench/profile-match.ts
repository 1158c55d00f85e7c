// Quick matcher timing in Node (not the benchmark): createMatcher on the scale dataset, then match() on
// the news pages' extracted text, repeated. For profiling iterations: `node --cpu-prof --import tsx bench/profile-match.ts`.
// Usage: tsx bench/profile-match.ts [--dataset bench/out/scale-dataset.json] [--reps 5]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createMatcher } from '../src/core/match';
import type { CompiledDataset } from '../src/core/types';
import { NEWS_PAGES } from './pages';

const args = process.argv.slice(2);
const arg = (name: string, def: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : def;
};
const ROOT = join(import.meta.dirname, '..');
const datasetPath = arg('--dataset', join(ROOT, 'bench/out/scale-dataset.json'));
const reps = Number(arg('--reps', '5'));
const textsPath = join(ROOT, 'bench/out/page-texts.json');

async function pageTexts(): Promise<{ name: string; text: string }[]> {
  if (existsSync(textsPath)) return JSON.parse(readFileSync(textsPath, 'utf8'));
  const { createPageParser } = await import('../src/cli/page-text');
  const parser = createPageParser();
  const out = NEWS_PAGES.map((p) => ({
    name: p.name,
    text: parser.text(readFileSync(join(ROOT, '../shared/corpus/pages', p.name, 'source.html'), 'utf8')),
  }));
  await parser.close();
  writeFileSync(textsPath, JSON.stringify(out));
  return out;
}

const q = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))];
};

const texts = await pageTexts();
const raw = readFileSync(datasetPath, 'utf8');
let t = performance.now();
const dataset = JSON.parse(raw) as CompiledDataset;
const parseMs = performance.now() - t;
t = performance.now();
const matcher = createMatcher(dataset);
const buildMs = performance.now() - t;
t = performance.now();
matcher.match('Warm-up sentence said Joe Biden.');
const firstMs = performance.now() - t;
console.log(
  `parse ${parseMs.toFixed(0)} ms, createMatcher ${buildMs.toFixed(0)} ms, first match ${firstMs.toFixed(1)} ms`,
);
const per: { name: string; ms: number; len: number; n: number }[] = [];
for (const { name, text } of texts) {
  let best = Infinity;
  let n = 0;
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    n = matcher.match(text).length;
    best = Math.min(best, performance.now() - t0);
  }
  per.push({ name, ms: best, len: text.length, n });
}
const ms = per.map((p) => p.ms);
console.log(
  `match (best of ${reps}) median ${q(ms, 0.5).toFixed(2)} p95 ${q(ms, 0.95).toFixed(2)} max ${Math.max(...ms).toFixed(2)} sum ${ms.reduce((a, b) => a + b, 0).toFixed(1)}`,
);
if (args.includes('--pages'))
  for (const p of per.sort((a, b) => b.ms - a.ms))
    console.log(`  ${p.name.padEnd(28)} ${p.ms.toFixed(2).padStart(8)} ms  ${p.len} chars  ${p.n} mentions`);
