// The page code as one object, for test harnesses and the benchmark that inject it into arbitrary pages
// (built as an IIFE exposing globalThis.ClaimLensPage); the extension itself imports modules directly.
import { DEFAULT_LAYERS } from '../core/layers';
import { createMatcher, type MatchSession } from '../core/match';
import { decodePack } from '../core/match/pack';
import { datasetFromPack, packOf, recordLookup } from '../core/match/records';
import type { CompiledDataset, Mention } from '../core/types';
import { createAnnotator } from './annotator';
import { articleDate } from './article-date';
import { BADGE_CSS, badgeState } from './badge';
import { extractText, rangeFor } from './extract';
import { createRenderer } from './renderer';

/**
 * The real matcher over a compiled dataset, as the annotator's `match` option; its `session` property
 * is the annotator's `session` option (full scans in slices).
 */
export function createMatcherFromDataset(
  dataset: CompiledDataset,
  /** The dataset's packed indexes (`npm run dataset -- compile` writes them; see core/match/pack.ts). */
  packBytes?: ArrayBuffer,
  /** The article's date (articleDate(document)), as the extension passes it (see MatchOptions.date). */
  date?: string,
): ((text: string, pageChars?: number) => Mention[]) & {
  session: (text: string) => MatchSession;
  /** Officials alone: no claims, no attributions (the bench compares this with other name matchers). */
  officials: (text: string) => Mention[];
  packed: boolean;
} {
  // A dataset read from its pack (datasetFromPackBytes) restores from that pack: not decoded twice.
  const packed = packOf(dataset) ?? (packBytes ? decodePack(packBytes) : undefined);
  const matcher = createMatcher(dataset, { packed });
  return Object.assign((text: string, pageChars?: number) => matcher.match(text, { pageChars, date }), {
    session: (text: string) => matcher.session(text, { date }),
    officials: (text: string) => matcher.match(text, { claims: false, attributions: false, date }),
    packed: matcher.packed,
  });
}

/**
 * The dataset a packed index carries with its records (the extension's bundled path: see
 * core/match/records.ts), read without parsing the records.
 */
/**
 * Bytes of a pack as the extension keeps one (gzipped, base64: the bundled dataset in its content script,
 * a reader's own in extension storage), unpacked as the content script does (see content/bundled.ts).
 */
export { gunzipBase64 } from '../shared/gzip-base64';

export function datasetFromPackBytes(packBytes: ArrayBuffer | Uint8Array): CompiledDataset {
  const dataset = datasetFromPack(decodePack(packBytes));
  if (!dataset) throw new Error('ClaimLens: this pack holds no records');
  return dataset;
}

/** Claim status lookup for the annotator's `statusOf` option. */
export function statusLookup(
  dataset: CompiledDataset,
): (m: Mention) => CompiledDataset['claims'][number]['status'] | undefined {
  const { claim } = recordLookup(dataset);
  return (m) => (m.kind === 'claim' ? claim(m.id)?.status : undefined);
}

export { articleDate, BADGE_CSS, DEFAULT_LAYERS, badgeState, createAnnotator, createRenderer, extractText, rangeFor };
