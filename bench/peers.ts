// The strongest officials peers of the Node comparison behind issue 18, run in the page on the same
// extracted text and the same names as ClaimLens's officials matching: a token-hash n-gram index and
// @monyone/aho-corasick (its `fast` build). Both get ClaimLens's folding (lower case, no diacritics,
// quotes and dashes unified: src/core/text/normalise), so they find what an exact match of a folded
// name can find, and the fold is part of their time, as it is of ours. Built into an IIFE
// (`ClaimLensPeers`) by bench/run.ts and injected into the bench's scale tab.
//
// What neither does, and ClaimLens does: case forms («Лаврова»), transliterations the dataset does not
// list, surnames after a full name or a title, honorifics, the rules against places and namesakes,
// claims and attributions, offsets back into the page's text.
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { nameKey, normalise } from '../src/core/text/normalise';

export interface Peer {
  name: string;
  /** Milliseconds to build the peer's index from the names. */
  buildMs: number;
  /** Mentions found in a page's text (whole words only). */
  match(text: string): number;
}

const WORD = /[\p{L}\p{N}]/u;
const isWordChar = (s: string, i: number) => i >= 0 && i < s.length && WORD.test(s[i]);

/**
 * Words of folded names hashed as n-grams: a map from "w1 w2 ... wn" to the name, and the set of
 * every name's word prefixes, so a run of page words is extended only while it can still become a name.
 */
function tokenHash(keys: string[]): Peer {
  const t0 = performance.now();
  const names = new Set<string>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  for (const key of keys) {
    const words = key.split(' ').filter(Boolean);
    if (!words.length) continue;
    maxWords = Math.max(maxWords, words.length);
    names.add(words.join(' '));
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  const buildMs = performance.now() - t0;
  return {
    name: 'token-hash n-gram index',
    buildMs,
    match(text) {
      const folded = normalise(text).text;
      const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
      let found = 0;
      for (let i = 0; i < words.length; i++) {
        let gram = '';
        for (let n = 0; n < maxWords && i + n < words.length; n++) {
          gram = n ? `${gram} ${words[i + n]}` : words[i];
          if (names.has(gram)) found++;
          if (!prefixes.has(gram)) break;
        }
      }
      return found;
    },
  };
}

/** @monyone/aho-corasick over the folded names; its substring matches kept at word boundaries only. */
function monyone(keys: string[]): Peer {
  const t0 = performance.now();
  const ac = new AhoCorasick(keys);
  const buildMs = performance.now() - t0;
  return {
    name: '@monyone/aho-corasick (fast)',
    buildMs,
    match(text) {
      const folded = normalise(text).text;
      let found = 0;
      for (const m of ac.matchInText(folded))
        if (!isWordChar(folded, m.begin - 1) && !isWordChar(folded, m.end)) found++;
      return found;
    },
  };
}

/** Both peers, built from the same names (folded as ClaimLens folds its aliases). */
export function createPeers(names: string[]): Peer[] {
  const keys = [...new Set(names.map(nameKey).filter((k) => k.length > 1))];
  return [tokenHash(keys), monyone(keys)];
}
