// The languages ClaimLens reads claims in. To add one: write its pack (see types.ts) and list it here.
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { ja } from './ja';
import { ru } from './ru';
import type { LanguagePack } from './types';
import { uk } from './uk';

export type { LanguagePack } from './types';

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, fr, ru, uk, ja, de, es];

const byCode = new Map(LANGUAGE_PACKS.map((p) => [p.code, p]));

/** The pack for a BCP-47 tag ("en", "en-GB", "ru-Latn" -> its base language), if we have one. */
export function packFor(tag: string | undefined): LanguagePack | undefined {
  if (!tag) return undefined;
  return byCode.get(tag.toLowerCase().split('-')[0]);
}

const LATIN = LANGUAGE_PACKS.filter((p) => p.script === 'latin');

/**
 * Per Latin-script pack: its marker words that are also function words (markers, stop words or
 * negations) of another Latin-script pack, with those packs' codes. Such a word is weak evidence between
 * them ("de", "la", "que" are French and Spanish; "in", "was" English and German; "ni" is Spanish and
 * French: "n'a ni confirmé ni démenti" is French).
 */
const SHARED = new Map<LanguagePack, Map<string, Set<string>>>(
  LATIN.map((p) => {
    const shared = new Map<string, Set<string>>();
    for (const w of p.markers ?? [])
      for (const q of LATIN)
        if (q !== p && (q.markers?.has(w) || q.stop.has(w) || q.negations.has(w))) {
          if (!shared.has(w)) shared.set(w, new Set());
          shared.get(w)!.add(q.code);
        }
    return [p, shared];
  }),
);

/**
 * Language of a piece of text from its letters: kana means Japanese, Ukrainian letters Ukrainian,
 * other Cyrillic Russian, and Latin text the Latin-script pack with most of its marker words (on a tie, the
 * one whose own letters the text has, then, if marker words were found, the one whose word endings it has, else the first); a marker word that is also a function word of other candidates
 * counts for each of them in part (half for two). Undefined when no pack reads the script, or when a text of eight
 * words or more has no marker word of any Latin-script pack.
 */
const LETTERS = new Map<LanguagePack, Set<number>>();
/** A pack's own letters (LanguagePack.letters) as code units, lower and upper case. */
function lettersOf(p: LanguagePack): Set<number> {
  let set = LETTERS.get(p);
  if (!set) {
    set = new Set();
    for (const ch of p.letters ?? '') {
      set.add(ch.charCodeAt(0));
      // "ß" has no one-letter capital ("SS"): only letters whose capital is one code unit.
      const upper = ch.toUpperCase();
      if (upper.length === 1) set.add(upper.charCodeAt(0));
    }
    LETTERS.set(p, set);
  }
  return set;
}

/**
 * The Latin-script packs among `allowed` (all of them when undefined), and per marker word what it
 * counts for each: 1 for a pack's own marker, shared in part with the other candidates that also use it
 * as a function word (half for two). Built once per set of languages asked for (again if it grew).
 */
const MARKERS = new WeakMap<ReadonlySet<string>, Markers>();
interface Markers {
  candidates: readonly LanguagePack[];
  weights: Map<string, Float64Array>;
  size: number;
}
let allMarkers: Markers | undefined;
function markersFor(allowed: ReadonlySet<string> | undefined): Markers {
  const cached = allowed ? MARKERS.get(allowed) : allMarkers;
  if (cached && (!allowed || cached.size === allowed.size)) return cached;
  const candidates = allowed ? LATIN.filter((p) => allowed.has(p.code)) : LATIN;
  const weights = new Map<string, Float64Array>();
  candidates.forEach((p, k) => {
    for (const w of p.markers ?? []) {
      const also = SHARED.get(p)?.get(w);
      let others = 0;
      if (also) for (const q of candidates) if (also.has(q.code)) others++;
      let row = weights.get(w);
      if (!row) weights.set(w, (row = new Float64Array(candidates.length)));
      row[k] += 1 / (1 + others);
    }
  });
  const made = { candidates, weights, size: allowed?.size ?? 0 };
  if (allowed) MARKERS.set(allowed, made);
  else allMarkers = made;
  return made;
}

/**
 * detectLanguage's answer and whether it had evidence for it: a Latin-script line with no marker word and
 * no letter of its own ("Meloni descarta enviar soldados italianos a Ucrania") gets the first pack as a
 * default, not as a finding (`sure` false).
 */
export function detectLanguageWithEvidence(
  text: string,
  allowed?: ReadonlySet<string>,
): { pack: LanguagePack | undefined; sure: boolean } {
  const evidence = { sure: false };
  const pack = detect(text, allowed, evidence);
  return { pack, sure: !!pack && evidence.sure };
}

export function detectLanguage(text: string, allowed?: ReadonlySet<string>): LanguagePack | undefined {
  return detect(text, allowed);
}

/** See detectLanguage; `evidence.sure` is set when the answer rests on more than the default. */
function detect(text: string, allowed?: ReadonlySet<string>, evidence?: { sure: boolean }): LanguagePack | undefined {
  if (evidence) evidence.sure = true;
  let latin = 0;
  let cyr = 0;
  let kana = 0;
  let han = 0;
  let ukr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyr++;
      // і ї є ґ (and capitals) are Ukrainian, not Russian.
      if (c === 0x456 || c === 0x457 || c === 0x454 || c === 0x491 || c === 0x406 || c === 0x407 || c === 0x404)
        ukr = true;
    } else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
  }
  const ok = (p: LanguagePack | undefined) => (p && (!allowed || allowed.has(p.code)) ? p : undefined);
  if (kana > 0 && kana + han >= latin + cyr) return ok(byCode.get('ja'));
  if (cyr > latin) return ok(byCode.get(ukr ? 'uk' : 'ru'));
  if (latin === 0) return undefined;
  // Only the Latin-script languages asked for are told apart.
  const { candidates, weights } = markersFor(allowed);
  if (candidates.length === 0) return undefined;
  // Count marker words ("the", "les") in the first 60 words: short ASCII-lowercase runs only, read
  // without a regular expression (this runs once per paragraph of every page).
  const hits = new Array<number>(candidates.length).fill(0);
  let words = 0;
  let start = -1;
  for (let i = 0; i <= text.length && words < 60; i++) {
    const c = i < text.length ? text.charCodeAt(i) | 0x20 : 0;
    const letter = c >= 0x61 && c <= 0x7a;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      const code = i < text.length ? text.charCodeAt(i) : 0;
      const prev = start > 0 ? text.charCodeAt(start - 1) : 0;
      // A word ending or starting with a non-ASCII letter ("été", "déjà"; "él", whose "l" would be
      // French's "l'") is not one of the short markers.
      if (i - start <= 5 && !(code >= 0xc0 && code <= 0x24f) && !(prev >= 0xc0 && prev <= 0x24f)) {
        // An elided word counts with its apostrophe ("n'" is French; the "N" of "U.N." is not).
        const word = text.slice(start, i).toLowerCase();
        const w = (code === 0x27 || code === 0x2019 ? weights.get(`${word}'`) : undefined) ?? weights.get(word);
        if (w) for (let k = 0; k < w.length; k++) hits[k] += w[k];
      }
      words++;
      start = -1;
    }
  }
  let best = candidates[0];
  let bestHits = 0;
  candidates.forEach((p, k) => {
    if (hits[k] > bestHits) {
      best = p;
      bestHits = hits[k];
    }
  });
  // A tie (often none at all in a short headline): the letters only one of the tied languages writes.
  const tied = candidates.filter((_, k) => hits[k] === bestHits);
  let byLetters = false;
  if (tied.length > 1 && (bestHits > 0 || words < 8)) {
    // One pass over the text for all of them, by code unit (this runs for most short lines of a page:
    // headlines and menus hold no marker word).
    const counts = new Array<number>(tied.length).fill(0);
    for (let i = 0; i < Math.min(text.length, 600); i++) {
      const c = text.charCodeAt(i);
      if (c < 0xa1) continue;
      for (let k = 0; k < tied.length; k++) if (lettersOf(tied[k]).has(c)) counts[k]++;
    }
    let most = 0;
    tied.forEach((p, k) => {
      if (counts[k] > most) {
        best = p;
        most = counts[k];
      }
    });
    byLetters = most > 0;
    // Still tied with marker words of both ("que": French and Spanish), no letter to tell: the word
    // endings. Not for a line without a marker word at all (a headline): there the names' endings
    // ("Fico", "Slovakia") would outweigh the first pack's claim.
    const still = tied.filter((_, k) => counts[k] === most);
    if (still.length > 1 && bestHits > 0) best = byEndings(text, still) ?? best;
  }
  // Eight words and not one marker word of any of them: another language (Italian, Dutch...), which
  // an English stemmer would only misread.
  if (bestHits === 0 && words >= 8) return undefined;
  if (evidence && bestHits === 0 && !byLetters) evidence.sure = false;
  return best;
}

const WORD = /\p{L}{4,}/gu;
/** The one pack of `tied` whose word endings (LanguagePack.endings) the text's words of four letters or more have most often; undefined on a tie. */
function byEndings(text: string, tied: readonly LanguagePack[]): LanguagePack | undefined {
  const counts = new Array<number>(tied.length).fill(0);
  for (const [w] of text.slice(0, 600).matchAll(WORD)) {
    const word = w.toLowerCase();
    for (let k = 0; k < tied.length; k++) if (tied[k].endings?.some((e) => word.endsWith(e))) counts[k]++;
  }
  const most = Math.max(...counts);
  const winners = tied.filter((_, k) => counts[k] === most);
  return most > 0 && winners.length === 1 ? winners[0] : undefined;
}
