// Builds the benchmark's datasets with our own importers: the scale dataset (LIAR claims + EveryPolitician
// officials, validated and compiled like the bundled one) and name-count variants for the scaling curve.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  compileDataset,
  formatIssue,
  importLiar,
  importPopolo,
  mergeSourceData,
  normaliseAlias,
  toSourceFiles,
  validateDataset,
  type SourceData,
} from '../src/core/dataset';
import type { CompiledDataset, CompiledOfficial } from '../src/core/types';

export const ROOT = resolve(import.meta.dirname, '..');
export const OUT = join(ROOT, 'bench/out');
export const CORPUS = resolve(ROOT, '../shared/corpus');
const LIAR = join(CORPUS, 'claims/liar');
const POPOLO = join(CORPUS, 'officials/everypolitician-2015');

interface Legislature {
  popolo: string;
}
interface Country {
  name: string;
  legislatures: Legislature[];
}

export interface ScaleBuild {
  dataset: CompiledDataset;
  path: string;
  bytes: number;
  officials: number;
  claims: number;
  names: number;
  buildMs: number;
  /** True when bench/out already held a build of the same inputs. */
  cached: boolean;
}

export function nameCount(d: CompiledDataset): number {
  return d.officials.reduce((n, o) => n + o.aliases.length, 0);
}

/**
 * Imports every Popolo file (countries.json order, shared id and alias maps so namesakes across
 * countries are caught) and the LIAR files, then validates and compiles. `quick` takes a slice
 * (one small legislature and 500 claims) so the smoke run stays fast.
 */
function importAll(quick: boolean): SourceData {
  const countries = JSON.parse(readFileSync(join(POPOLO, 'countries.json'), 'utf8')) as Country[];
  const usedIds = new Set<string>();
  const aliasOwners = new Map<string, string>();
  const parts: SourceData[] = [];
  let files = 0;
  for (const c of countries) {
    for (const leg of c.legislatures) {
      const file = join(POPOLO, leg.popolo);
      if (!existsSync(file)) continue;
      if (quick && files > 0) break;
      if (quick && statSync(file).size > 300_000) continue;
      files++;
      parts.push(
        importPopolo(readFileSync(file, 'utf8'), { input: leg.popolo, country: c.name, usedIds, aliasOwners }).data,
      );
    }
    if (quick && files > 0) break;
  }
  for (const name of quick ? ['valid.tsv'] : ['train.tsv', 'valid.tsv', 'test.tsv']) {
    const text = readFileSync(join(LIAR, name), 'utf8');
    const { data } = importLiar(quick ? text.split('\n').slice(0, 500).join('\n') : text, {
      input: name,
      idPrefix: `liar-${name.replace('.tsv', '')}`,
      defaultDate: '2017-01-01',
    });
    parts.push(data);
  }
  return mergeSourceData(parts, {
    version: quick ? '2026.11.25.1' : '2026.11.25',
    updated: '2026-11-25',
    license: 'research use only (LIAR), CC0 (EveryPolitician names)',
  });
}

/**
 * LIAR speakers and Popolo legislators overlap ("Ben Cardin" in both), and validation rightly refuses
 * one alias on two officials. mergeSourceData does not reconcile them, so here a later official
 * loses aliases an earlier one owns; one left with none is the same person, and claims that named
 * it are pointed at the owner.
 */
function dropSharedAliases(data: SourceData): SourceData {
  const owner = new Map<string, string>();
  const sameAs = new Map<string, string>();
  const officials = [];
  for (const o of data.officials) {
    const kept = o.aliases.filter((a) => {
      const key = normaliseAlias(a.text);
      const prev = owner.get(key);
      if (prev && prev !== o.id) return false;
      owner.set(key, o.id);
      return true;
    });
    if (kept.length) officials.push(kept.length === o.aliases.length ? o : { ...o, aliases: kept });
    else sameAs.set(o.id, owner.get(normaliseAlias(o.aliases[0].text))!);
  }
  const to = (id: string) => sameAs.get(id) ?? id;
  const claims = data.claims.map((c) => ({
    ...c,
    about: [...new Set(c.about.map(to))],
    history: c.history.map((h) => (h.by ? { ...h, by: to(h.by) } : h)),
  }));
  return { ...data, officials, claims };
}

export function buildScaleDataset(quick: boolean): ScaleBuild {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, quick ? 'scale-dataset-quick.json' : 'scale-dataset.json');
  const t0 = performance.now();
  let dataset: CompiledDataset;
  let cached = false;
  // The importers and compiler are ours and change during development: rebuild when any is newer.
  const sources = ['import-popolo.ts', 'import-claimreview.ts', 'compile.ts', 'validate.ts'].map(
    (f) => statSync(join(ROOT, 'src/core/dataset', f)).mtimeMs,
  );
  if (existsSync(path) && statSync(path).mtimeMs > Math.max(...sources)) {
    dataset = JSON.parse(readFileSync(path, 'utf8')) as CompiledDataset;
    cached = true;
  } else {
    const data = dropSharedAliases(importAll(quick));
    const { errors, data: checked } = validateDataset(toSourceFiles(data), { maxFileBytes: Infinity });
    if (!checked)
      throw new Error(`scale dataset does not validate:\n${errors.slice(0, 10).map(formatIssue).join('\n')}`);
    dataset = compileDataset(checked);
    writeFileSync(path, JSON.stringify(dataset));
  }
  return {
    dataset,
    path,
    bytes: statSync(path).size,
    officials: dataset.officials.length,
    claims: dataset.claims.length,
    names: nameCount(dataset),
    buildMs: performance.now() - t0,
    cached,
  };
}

/**
 * A dataset with `names` aliases: the scale officials in order until the count is reached, then
 * synthetic officials whose names recombine real given and family names (so the automaton sees
 * realistic strings that do not occur on the pages). Claims are left out: this curve is about names.
 */
export function withNames(scale: CompiledDataset, names: number): CompiledDataset {
  const officials: CompiledOfficial[] = [];
  let count = 0;
  for (const o of scale.officials) {
    if (count >= names) break;
    const aliases = o.aliases.slice(0, names - count);
    officials.push({ ...o, aliases });
    count += aliases.length;
  }
  const words = scale.officials.flatMap((o) => o.name.split(' ')).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
  const given = [...new Set(words)].slice(0, 2000);
  for (let i = 0; count < names; i++) {
    const name = `${given[i % given.length]} ${given[(i * 7919 + 13) % given.length]}son ${given[(i * 104729 + 7) % given.length]}`;
    officials.push({
      id: `synthetic-${i}`,
      name,
      aliases: [{ text: name, lang: 'en' }],
      roles: [{ title: 'Member', country: 'XX' }],
    });
    count++;
  }
  return { ...scale, version: `${scale.version}-${names}-names`, officials, claims: [] };
}

export function writeDataset(name: string, d: CompiledDataset): string {
  const path = join(OUT, name);
  writeFileSync(path, JSON.stringify(d));
  return path;
}
