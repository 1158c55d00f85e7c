// Precision and recall of the matcher over the labelled sentences in test/fixtures/eval, shared by
// the evaluation test and `npm run eval`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledDataset } from '../../../src/core/types';
import { createMatcher } from '../../../src/core/match';

export const EVAL_DIR = join(import.meta.dirname, '../../fixtures/eval');

export interface EvalItem {
  lang: string;
  text: string;
  expect: { officials: string[]; claims: string[] };
}

export function loadEvalSet(): EvalItem[] {
  const items: EvalItem[] = [];
  for (const f of readdirSync(EVAL_DIR).sort()) {
    if (!f.endsWith('.jsonl')) continue;
    for (const line of readFileSync(join(EVAL_DIR, f), 'utf8').split('\n'))
      if (line.trim()) items.push(JSON.parse(line) as EvalItem);
  }
  return items;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface EvalResult {
  officials: Counts;
  claims: Counts;
  byLang: Map<string, { officials: Counts; claims: Counts; items: number }>;
  errors: { item: EvalItem; kind: 'official' | 'claim'; missed: string[]; extra: string[] }[];
}

export const precision = (c: Counts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const recall = (c: Counts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function score(c: Counts, lc: Counts, expected: string[], found: Set<string>): { missed: string[]; extra: string[] } {
  const missed = expected.filter((x) => !found.has(x));
  const extra = [...found].filter((x) => !expected.includes(x));
  const tp = expected.length - missed.length;
  c.tp += tp;
  c.fn += missed.length;
  c.fp += extra.length;
  lc.tp += tp;
  lc.fn += missed.length;
  lc.fp += extra.length;
  return { missed, extra };
}

export function evaluate(dataset: CompiledDataset, items: EvalItem[]): EvalResult {
  const matcher = createMatcher(dataset);
  const res: EvalResult = { officials: zero(), claims: zero(), byLang: new Map(), errors: [] };
  for (const item of items) {
    const ms = matcher.match(item.text);
    let lang = res.byLang.get(item.lang);
    if (!lang) res.byLang.set(item.lang, (lang = { officials: zero(), claims: zero(), items: 0 }));
    lang.items++;
    const o = score(
      res.officials,
      lang.officials,
      item.expect.officials,
      new Set(ms.filter((m) => m.kind === 'official').map((m) => m.id)),
    );
    if (o.missed.length || o.extra.length) res.errors.push({ item, kind: 'official', ...o });
    const c = score(
      res.claims,
      lang.claims,
      item.expect.claims,
      new Set(ms.filter((m) => m.kind === 'claim').map((m) => m.id)),
    );
    if (c.missed.length || c.extra.length) res.errors.push({ item, kind: 'claim', ...c });
  }
  return res;
}

export function formatTable(res: EvalResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(6);
  const rows = [['lang', 'items', 'off P', 'off R', 'claim P', 'claim R'].map((h) => h.padStart(7)).join(' ')];
  for (const [lang, r] of [...res.byLang].sort()) {
    rows.push(
      [
        lang.padStart(7),
        String(r.items).padStart(7),
        pct(precision(r.officials)),
        pct(recall(r.officials)),
        pct(precision(r.claims)),
        pct(recall(r.claims)),
      ].join('  '),
    );
  }
  const n = [...res.byLang.values()].reduce((a, r) => a + r.items, 0);
  rows.push(
    [
      'all'.padStart(7),
      String(n).padStart(7),
      pct(precision(res.officials)),
      pct(recall(res.officials)),
      pct(precision(res.claims)),
      pct(recall(res.claims)),
    ].join('  '),
  );
  return rows.join('\n');
}

export function formatErrors(res: EvalResult): string {
  return res.errors
    .map(
      (e) =>
        `${e.kind} ${e.item.lang}: missed [${e.missed.join(', ')}] extra [${e.extra.join(', ')}] :: ${e.item.text}`,
    )
    .join('\n');
}
