// Text -> tokens for the claim engine: words (lower-cased, stemmed, diacritics folded, synonyms and
// irregular forms mapped to one key), numbers (separators removed) and what each word does for a
// sentence's stance (negation, denial, confirmation, hedge). Same code for claims and page text, so
// both sides always agree.
import { withCheapLetters } from './letters';
import type { LanguagePack } from './types';

export const enum Flag {
  Stop = 1,
  Negation = 2,
  Denial = 4,
  Confirmation = 8,
  Hedge = 16,
  Keep = 32,
  /** Written with a capital letter (or in capitals: "US", "CDC"), and not a title or a month. */
  Capital = 64,
  Number = 128,
  /** Every letter a capital, two or more letters: an acronym. */
  Acronym = 256,
  /**
   * A negation of this word alone ("away from the front": see LanguagePack.awayPhrases): it negates a
   * claim only where the word is one of the claim's (stanceOf makes it a Negation there; nothing else
   * reads it as one).
   */
  OwnNegation = 512,
  /**
   * A hedge set by one of the pack's `hedgePhrases` ("sobre si": about whether): it holds the question open even
   * where the claim's own words use the same word as a condition (stance.ts reads it past the claim's hedges).
   */
  PhraseHedge = 1024,
}

export interface Token {
  /** Matching key: stem, synonym-mapped, diacritics folded; digits only for numbers. */
  key: string;
  /** UTF-16 offsets in the analysed text. */
  start: number;
  end: number;
  flags: number;
}

interface PackTables {
  stems: Map<string, string>;
  /** lower-cased word -> its key and flags (before the capital-letter flags): pages repeat words. */
  words: Map<string, { key: string; flags: number }>;
  /** word as written -> its token's key and flags (null: dropped), for words that are one token. */
  written: Map<string, { key: string; flags: number } | null>;
  /** stem -> key of its synonym set */
  canon: Map<string, string>;
  /** key -> keys of opposite meaning */
  opposite: Map<string, Set<string>>;
  segmenter?: Intl.Segmenter;
  /** The pack's separable stance verbs, compiled (see withSeparable). */
  separable?: { source: string; re?: RegExp; blind?: RegExp; flag: number; particle: number }[];
  /** Stems of the pack's stance words, so that inflected forms count too ("rejects", "опровергают"). */
  stance?: { denials: Set<string>; confirmations: Set<string>; hedges: Set<string>; keeps: Set<string> };
}

const tables = new WeakMap<LanguagePack, PackTables>();

// The combining marks a Latin letter decomposes into (NFD of U+00C0–024F, U+1E00–1EFF), and the other
// blocks of marks Latin text uses: a `\p{M}` class costs a millisecond to compile on every page.
const MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
const LATIN_WITH_MARK = /[\u00c0-\u024f\u1e00-\u1eff]/;

function foldLatin(s: string): string {
  return LATIN_WITH_MARK.test(s) ? s.normalize('NFD').replace(MARKS, '') : s;
}

function rawStem(pack: LanguagePack, t: PackTables, lower: string): string {
  let s = t.stems.get(lower);
  if (s === undefined) {
    // Own entries only: a page word such as "constructor" is not a form of anything.
    const base = (pack.irregular && Object.hasOwn(pack.irregular, lower) ? pack.irregular[lower] : undefined) ?? lower;
    s = foldLatin(pack.stem(base));
    // The stem cache is per language and bounded: pages repeat words, but a long session must not grow it forever.
    if (t.stems.size > 50_000) t.stems.clear();
    t.stems.set(lower, s);
  }
  return s;
}

function tablesOf(pack: LanguagePack): PackTables {
  let t = tables.get(pack);
  if (t) return t;
  t = { stems: new Map(), words: new Map(), written: new Map(), canon: new Map(), opposite: new Map() };
  tables.set(pack, t);
  const tt = t;
  const keyOfWord = (w: string) => rawStem(pack, tt, w.toLowerCase());
  for (const set of pack.synonyms ?? []) {
    const head = keyOfWord(set[0]);
    for (const w of set) if (!t.canon.has(keyOfWord(w))) t.canon.set(keyOfWord(w), head);
  }
  const canon = (w: string) => {
    const s = keyOfWord(w);
    return t.canon.get(s) ?? s;
  };
  for (const [a, b] of pack.opposites ?? []) {
    const ka = canon(a);
    const kb = canon(b);
    if (ka === kb) continue;
    if (!t.opposite.has(ka)) t.opposite.set(ka, new Set());
    if (!t.opposite.has(kb)) t.opposite.set(kb, new Set());
    t.opposite.get(ka)!.add(kb);
    t.opposite.get(kb)!.add(ka);
  }
  if (pack.script === 'japanese' && typeof Intl !== 'undefined' && 'Segmenter' in Intl)
    t.segmenter = new Intl.Segmenter('ja', { granularity: 'word' });
  return t;
}

/** Keys of opposite meaning to `key` in this language (empty when none). */
export function oppositesOf(pack: LanguagePack, key: string): ReadonlySet<string> | undefined {
  return tablesOf(pack).opposite.get(key);
}

const APOSTROPHE = /['’ʼ]/;
const NON_ASCII = /[^\x00-\x7f]/;
const CAMEL = /\p{Ll}\p{Lu}/u;
const CAMEL_SPLIT = /\p{Ll}(?=\p{Lu})/gu;

function numberKey(raw: string): string {
  const parts = raw.split(/[.,\u00a0\u202f]/);
  // "2,000" and "2 000" are two thousand; "2.5" and "2,5" are two and a half.
  if (parts.length > 1 && parts.slice(1).every((p) => p.length === 3)) return parts.join('').replace(/^0+(?=\d)/, '');
  return parts.join('.');
}

function wordFlags(pack: LanguagePack, t: PackTables, lower: string, stem: string): number {
  const st = (t.stance ??= {
    denials: stemSet(pack, t, pack.denials),
    confirmations: stemSet(pack, t, pack.confirmations),
    hedges: new Set(pack.hedges),
    keeps: stemSet(pack, t, pack.keeps),
  });
  let f = 0;
  if (pack.stop.has(lower)) f |= Flag.Stop;
  // Negations are stance, never terms: a claim and its denial share their terms.
  if (pack.negations.has(lower)) f |= Flag.Negation | Flag.Stop;
  if (pack.denials.has(lower) || st.denials.has(stem)) f |= Flag.Denial;
  if (pack.taboos?.has(lower)) f |= Flag.Keep;
  if (pack.confirmations.has(lower) || st.confirmations.has(stem)) f |= Flag.Confirmation;
  if (st.hedges.has(lower)) f |= Flag.Hedge;
  if (pack.keeps.has(lower) || st.keeps.has(stem)) f |= Flag.Keep;
  return f;
}

function stemSet(pack: LanguagePack, t: PackTables, ws: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // Japanese words are not stemmed; a short stem would catch unrelated words.
  if (pack.script === 'japanese') return out;
  for (const w of ws) {
    const s = rawStem(pack, t, w);
    if (s.length >= 4) out.add(s);
  }
  return out;
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Tokens of `text` in `pack`'s language. */
/**
 * Which words are worth stemming: those that may share a stem with a term the caller knows (see
 * stemGate). Stemming is the analyser's dearest step (a Snowball stemmer takes 10 to 70 µs a word),
 * and on a page most words share nothing with any claim.
 */
export type StemGate = (lower: string) => boolean;

/** A gate that lets through words whose start matches the start of one of `keys` (stems). */
export function stemGate(pack: LanguagePack, keys: Iterable<string>): StemGate {
  const t = tablesOf(pack);
  const four = new Set<string>();
  const short = new Set<string>();
  const add = (k: string) => (k.length >= 4 ? four.add(k.slice(0, 4)) : short.add(k));
  for (const k of keys) add(k);
  // Words that reach a key through a synonym or an irregular form start differently.
  for (const [stem, head] of t.canon) if (stem !== head) add(stem);
  for (const w of Object.keys(pack.irregular ?? {})) add(w.slice(0, 4));
  // Stance words are read by their stem too ("rejects" for "reject").
  for (const list of [pack.denials, pack.confirmations, pack.keeps]) for (const w of list) add(rawStem(pack, t, w));
  return (lower) => {
    const f = foldLatin(pack.script === 'cyrillic' ? lower.replace(/ё/g, 'е') : lower);
    return four.has(f.slice(0, 4)) || short.has(f.slice(0, 3)) || short.has(f.slice(0, 2)) || f.length < 4;
  };
}

/** Per gate: words as written -> their token when the gate kept them from the stemmer. */
const GATED_WRITTEN = new WeakMap<StemGate, Map<string, { key: string; flags: number } | null>>();

export function analyse(text: string, pack: LanguagePack, gate?: StemGate): Token[] {
  const t = tablesOf(pack);
  if (t.segmenter) return analyseSegmented(text, pack, t, t.segmenter);
  const out: Token[] = [];
  let gatedOut = false;
  let gated: Map<string, { key: string; flags: number } | null> | undefined;
  if (gate) {
    gated = GATED_WRITTEN.get(gate);
    if (!gated) GATED_WRITTEN.set(gate, (gated = new Map()));
  }
  /** Adds the token of one word; returns what it added (undefined when the word is dropped). */
  const push = (word: string, start: number, end: number, original: string): Token | undefined => {
    const lower = word.toLowerCase();
    let known = t.words.get(lower);
    if (!known && gate && !gate(lower)) {
      // No term starts like this word: it is read as written (remembered for this gate only: another
      // caller's gate may let it through).
      known = { key: lower, flags: wordFlags(pack, t, lower, lower) };
      gatedOut = true;
    } else if (!known) {
      const stem = rawStem(pack, t, lower);
      known = { key: t.canon.get(stem) ?? stem, flags: wordFlags(pack, t, lower, stem) };
      if (t.words.size > 50_000) t.words.clear();
      t.words.set(lower, known);
    }
    let flags = known.flags;
    const num = pack.numberWords && Object.hasOwn(pack.numberWords, lower) ? pack.numberWords[lower] : undefined;
    if (num !== undefined) {
      const tok = { key: num, start, end, flags: Flag.Number | Flag.Stop };
      out.push(tok);
      return tok;
    }
    const first = original[0];
    if (isUpper(first) && !pack.notNames?.has(lower) && lower.length > 1) {
      flags |= Flag.Capital;
      if (original.length >= 2 && original === original.toUpperCase()) {
        // "US", "WHO", "IT": acronyms are names, whatever their lower-case twin is.
        flags = (flags | Flag.Acronym) & ~(Flag.Stop | Flag.Negation | Flag.Hedge);
        if (pack.negations.has(lower)) flags |= Flag.Negation | Flag.Stop;
      }
    }
    // Plain function words ("the", "of") carry neither terms nor stance: not kept (half the words of
    // a page, and every token kept costs an object).
    if ((flags & ~Flag.Capital) === Flag.Stop) return undefined;
    const tok = { key: known.key, start, end, flags };
    out.push(tok);
    return tok;
  };
  for (let at = 0; nextToken(text, at);) {
    const start = scanned.start;
    at = scanned.end;
    if (scanned.number) {
      out.push({ key: numberKey(text.slice(start, at)), start, end: at, flags: Flag.Number });
      continue;
    }
    const raw = text.slice(start, at);
    // A word seen before as written (pages repeat words) is one lookup. A word read through the gate
    // is remembered for that gate only (read without stemming, it may differ from the word's stem);
    // a stemmed reading is right for every caller.
    const seen = (gated && gated.get(raw)) ?? t.written.get(raw);
    if (seen !== undefined) {
      if (seen) out.push({ key: seen.key, start, end: start + raw.length, flags: seen.flags });
      continue;
    }
    // NFKC only where it can change something: most words of most pages are plain ASCII.
    let w = NON_ASCII.test(raw) ? raw.normalize('NFKC') : raw;
    let s = start;
    if (w.includes("'") || w.includes('’') || w.includes('ʼ')) {
      const parts = w.split(APOSTROPHE);
      const head = parts[0].toLowerCase();
      if (pack.elisions?.has(head) && parts.length === 2) {
        // French "l'armée", "n'exclut": the elided word is its own token (a negation for "n'").
        if (head === 'n') out.push({ key: 'ne', start, end: start + 2, flags: Flag.Negation | Flag.Stop });
        s = start + head.length + 1;
        w = parts[1];
      } else if (/^n$/i.test(parts[parts.length - 1]) === false && /n$/i.test(head) && /^t$/i.test(parts[1])) {
        // English "don't", "wasn't": the verb and a negation.
        push(parts[0].slice(0, -1) || parts[0], start, start + parts[0].length - 1, parts[0]);
        out.push({ key: 'not', start: start + parts[0].length - 1, end: start + w.length, flags: Flag.Negation });
        continue;
      } else if (parts.length === 2 && /^s$/i.test(parts[1])) {
        w = parts[0]; // possessive "Ukraine's"
      } else if (pack.script === 'latin') {
        w = parts.join('');
      }
    }
    const original = raw.slice(s - start);
    // Handles and hashtags run names together ("@realDonaldTrump", "#TransVisibilityDay"): split at
    // each lower-to-upper change, so their words count as the names they are.
    // The word as read above (a possessive's "'s" dropped: "McDonald's" and "McDonald’s" are "donald").
    if (CAMEL.test(w) && w !== w.toUpperCase()) {
      let from = 0;
      for (const c of w.matchAll(CAMEL_SPLIT)) {
        push(w.slice(from, c.index + 1), s + from, s + c.index + 1, w.slice(from, c.index + 1));
        from = c.index + 1;
      }
      push(w.slice(from), s + from, start + raw.length, w.slice(from));
      continue;
    }
    gatedOut = false;
    const tok = push(w, s, start + raw.length, original);
    // Only words read as one token from their first letter are remembered as written.
    if (s === start && w === raw) {
      const cache = gatedOut ? gated : t.written;
      if (cache) {
        if (cache.size > 50_000) cache.clear();
        cache.set(raw, tok ? { key: tok.key, flags: tok.flags } : null);
      }
    }
  }
  // The patterns are written in lower case: tried on a lower-case copy where it keeps every offset (a
  // case-blind Unicode pattern compiles about four times slower, and the content script compiles them
  // afresh on every page), else case-blind on the text itself. One copy for both passes.
  const line = lineOf(text);
  return withSetPhrases(text, line, pack, pack.separable ? withSeparable(line, pack, t, out) : out);
}

/** `text` as the set-phrase passes read it (see Line), lower-cased once for every pass. */
function lineOf(text: string): Line {
  const lower = text.toLowerCase();
  return lower.length === text.length ? { text: lower, caseBlind: false } : { text, caseBlind: true };
}

/** The packs' set phrases read over a line's tokens, in every script (see LanguagePack.denialPhrases …). */
function withSetPhrases(text: string, line: Line, pack: LanguagePack, tokens: Token[]): Token[] {
  // A denial phrase ending in its own negation denies with it (根拠はない: there is no basis): no negation of
  // the denial. Only its last word: «назвав не вигадкою» and "sprach nicht von Lügen" keep theirs.
  if (pack.denialPhrases) withPhrases(line, pack.denialPhrases, tokens, Flag.Denial, Flag.Negation, true);
  // "out of the question": the phrase excludes; its "question" asks nothing.
  if (pack.keepPhrases) withPhrases(line, pack.keepPhrases, tokens, Flag.Keep, Flag.Hedge);
  // A phrase that negates is no denial of a claim ("se negó a enviar": refused to send).
  if (pack.negationPhrases) withPhrases(line, pack.negationPhrases, tokens, Flag.Negation, Flag.Denial);
  if (pack.awayPhrases) withPhrases(line, pack.awayPhrases, tokens, Flag.OwnNegation);
  // An evasion hedges and negates nothing ("eludió responder": not a denial of the claim).
  if (pack.hedgePhrases)
    withPhrases(line, pack.hedgePhrases, tokens, Flag.Hedge | Flag.PhraseHedge, Flag.Negation | Flag.Denial);
  confirmOrDeny(text, tokens);
  if (pack.concessive && pack.conditionals) concessions(text, pack, tokens);
  if (pack.permits) withoutPermissions(text, pack.permits, tokens);
  if (pack.notStanceAfter) withoutStanceAfter(line, pack.notStanceAfter, tokens);
  return pack.notStance ? withoutSetPhrases(line, pack.notStance, tokens) : tokens;
}

/**
 * Stance and exclusion words right after what makes them none (see LanguagePack.notStanceAfter) lose their
 * stance.
 */
function withoutStanceAfter(line: Line, re: RegExp, tokens: Token[]): void {
  const stance = STANCE | Flag.Hedge | Flag.Keep;
  for (const tok of tokens)
    if (tok.flags & stance && re.test(lowerSlice(line, Math.max(0, tok.start - 40), tok.end))) tok.flags &= ~stance;
}

/**
 * A line as the set-phrase passes read it: in lower case where that moves no offset (`caseBlind` false),
 * else as written ("İ" lower-cases to two units), to be read case-blind.
 */
interface Line {
  text: string;
  caseBlind: boolean;
}
const lowerSlice = (line: Line, from: number, to: number): string =>
  line.caseBlind ? line.text.slice(from, to).toLowerCase() : line.text.slice(from, to);

/**
 * A confirmation word that permits after what it follows (Japanese 攻撃することを認めた: allowed to strike,
 * not admitted): no confirmation there (see LanguagePack.permits).
 */
function withoutPermissions(text: string, permits: NonNullable<LanguagePack['permits']>, tokens: Token[]): void {
  for (const tok of tokens)
    if (
      tok.flags & Flag.Confirmation &&
      permits.words.has(text.slice(tok.start, tok.end)) &&
      permits.after.test(text.slice(Math.max(0, tok.start - 16), tok.start))
    )
      tok.flags &= ~Flag.Confirmation;
}

const STANCE = Flag.Negation | Flag.Denial | Flag.Confirmation;

/** A condition word right after a concessive one ("even if", "selbst wenn") hedges nothing. */
function concessions(text: string, pack: LanguagePack, tokens: Token[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!(t.flags & Flag.Hedge) || !pack.conditionals!.words.has(text.slice(t.start, t.end).toLowerCase())) continue;
    const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, t.start - 24), t.start));
    if (before && pack.concessive!.has(before[1].toLowerCase())) t.flags &= ~Flag.Hedge;
  }
}

/**
 * A confirmation and a denial joined by a function word ("neither confirmed nor denied", "bestätigt oder
 * dementiert wurde bislang nichts", "ni confirmó ni desmintió", «не подтвердили и не опровергли»)
 * leave the question open, in every language: the pair hedges, and the negations around it ("neither",
 * "ni", "не", a "nichts" closing it) negate nothing.
 */
function confirmOrDeny(text: string, tokens: Token[]): void {
  const kind = (t: Token | undefined) => (t ? t.flags & (Flag.Denial | Flag.Confirmation) : 0);
  for (let i = 0; i < tokens.length; i++) {
    const a = kind(tokens[i]);
    if (!a || a === (Flag.Denial | Flag.Confirmation)) continue;
    // The other stance word after one or two short function words ("oder", "nor", "ni", "и не"; stop
    // words are not tokens, a negation is).
    let j = i + 1;
    while (j < i + 3 && j < tokens.length && tokens[j].flags & Flag.Negation && !kind(tokens[j])) j++;
    const b = kind(tokens[j]);
    if (!b || b === a || b === (Flag.Denial | Flag.Confirmation)) continue;
    if (!PAIR_GAP.test(text.slice(tokens[i].end, tokens[j].start))) continue;
    tokens[i].flags = (tokens[i].flags & ~STANCE) | Flag.Hedge;
    // The negations just before the pair (up to three words: "n'a voulu ni confirmer ni démentir"), between
    // and after it in its clause ("wurde bislang nichts").
    for (let k = Math.max(0, i - 3); k < Math.min(tokens.length, j + 4); k++) {
      if (k === i) continue;
      if (k > j && /[.;:!?,]/.test(text.slice(tokens[j].end, tokens[k].start))) break;
      if (k < i && /[.;:!?,]/.test(text.slice(tokens[k].end, tokens[i].start))) continue;
      if (k === j || tokens[k].flags & Flag.Negation) tokens[k].flags &= ~STANCE;
    }
    i = j;
  }
}
/**
 * Between the two words of "confirmed nor denied", "bestätigt oder dementiert", «подтвердил и не опроверг»:
 * a coordinating word, perhaps with a negation; not an article ("confirmó el rechazo": confirmed the refusal). A
 * comma before a second "neither" («ни подтверждать, ни опровергать», "ni confirmer, ni démentir").
 */
const PAIR_GAP =
  /^(?:\s+|\s*,\s+(?=(?:ни|ні|ni|nor)\s))(?:(?:or|nor|and|not|ni|o|u|y|e|no|ou|et|ne|pas|oder|und|noch|nicht|или|и|ни|не|або|чи|ні|і|й|та)\s+){1,2}$/iu;

/**
 * Copies of pack patterns with other flags (and perhaps without their leading "^"), by pattern: each
 * compiled once a page, with its letters as an explicit class (see letters.ts: a `\p{L}` costs a hundred
 * times more to compile). Looked up by flags alone: a key built from the source (kilobytes for a pack's
 * phrase lists) was hashed afresh on every analysed line.
 */
const COPIES = new WeakMap<RegExp, Map<string, RegExp>>();
function copyOf(re: RegExp, flags: string, unanchored = false): RegExp {
  let copies = COPIES.get(re);
  if (!copies) COPIES.set(re, (copies = new Map()));
  const key = unanchored ? `${flags}-` : flags;
  let out = copies.get(key);
  if (!out) {
    const source = unanchored ? re.source.replace(/^\^/, '') : re.source;
    copies.set(key, (out = new RegExp(withCheapLetters(source), flags)));
  }
  return out;
}

/**
 * A pack pattern written in lower case (no capital letter, no \p{Lu} or \p{Ll}: a unit test checks the
 * packs) as a case-sensitive pattern, to try on lower-case text: V8 compiles a case-blind Unicode
 * pattern about four times slower, and the content script compiles every pattern again on each page.
 */
export const lowerCasePattern = (re: RegExp): RegExp => copyOf(re, re.flags.replace('i', ''));

/**
 * The first word of a set phrase that denies or excludes (see LanguagePack.denialPhrases, keepPhrases)
 * counts as a denial word or a verb of exclusion (`flag`). Tried at every word of every analysed line: in
 * place, without a substring. `line`: the line in lower case (offsets unchanged), or as written with
 * `caseBlind` where lower-casing would move them ("İ").
 */
function withPhrases(line: Line, re: RegExp, tokens: Token[], flag: number, clear = 0, lastOnly = false): void {
  const { text, caseBlind } = line;
  // Sticky, tried at a token's offset in place (the pattern's own "^" dropped).
  const sticky = copyOf(re, caseBlind ? 'iuy' : 'uy', true);
  tokens.forEach((tok, i) => {
    if (tok.flags & Flag.Number) return;
    sticky.lastIndex = tok.start;
    if (!sticky.test(text)) return;
    if (lastOnly) {
      tok.flags |= flag;
      // `clear` off the phrase's last word only (`lastOnly`).
      let last = i;
      while (last + 1 < tokens.length && tokens[last + 1].start < sticky.lastIndex) last++;
      if (last > i) tokens[last].flags &= ~clear;
      return;
    }
    tok.flags = (tok.flags & ~clear) | flag;
    // The phrase's other words lose `clear` too ("weder bestätigen noch dementieren" denies nothing).
    for (let k = i + 1; clear && k < tokens.length && tokens[k].start < sticky.lastIndex; k++)
      tokens[k].flags &= ~clear;
  });
}

/**
 * Negation, denial, confirmation, hedge and exclusion words that open a set phrase meaning none of them (see
 * LanguagePack.notStance)
 * lose that flag ("ob als Blauhelme oder als Beobachter", "whether as peacekeepers or as combat troops":
 * either way, no question); not before a verb of exclusion, where the refusal is the one that keeps a
 * possibility open ("se negó a excluir": refused to rule out).
 */
function withoutSetPhrases(line: Line, re: RegExp, tokens: Token[]): Token[] {
  // Up to 120 characters: "ob mit Soldaten auf ukrainischem Boden oder …" runs past 40, "kein Weg an einer
  // militärischen Konfrontation zwischen Russland und dem Bündnis vorbei" past 80. Tried in place on those
  // characters, so that a lookbehind sees the words before ("un despliegue que no implica combatir").
  const sticky = copyOf(re, line.caseBlind ? 'iuy' : 'uy', true);
  tokens.forEach((tok, i) => {
    if (!(tok.flags & (Flag.Negation | Flag.Denial | Flag.Hedge | Flag.Confirmation | Flag.Keep))) return;
    sticky.lastIndex = tok.start;
    if (!sticky.test(line.text.slice(0, tok.start + 120))) return;
    if ((tokens[i + 1]?.flags ?? 0) & Flag.Keep || (tokens[i + 2]?.flags ?? 0) & Flag.Keep) return;
    tok.flags &= ~(Flag.Negation | Flag.Denial | Flag.Hedge | Flag.Confirmation | Flag.Keep);
  });
  return tokens;
}

/** Where a particle closes its clause when the pack says nothing else: punctuation or the line's end. */
const PARTICLE_END = /^\s*(?:[,.;:!?)\u2013\u2014]|$)/u;

/**
 * Stance verbs split in two (German "wies die Berichte zurück", "stritt alles ab"): the verb at the
 * clause's end particle counts as the stance word, by a token of its own at the verb.
 */
function withSeparable(line: Line, pack: LanguagePack, t: PackTables, out: Token[]): Token[] {
  // Written in lower case and read on the line in lower case where that moves no offset (see Line): a
  // case-blind Unicode pattern compiles several times slower (each range of letters gains its other case).
  t.separable ??= (pack.separable ?? []).map(([verbs, particle, kind]) => ({
    source: withCheapLetters(
      `(?<![\\p{L}])(?:${verbs.toLowerCase().split(' ').join('|')})(?![\\p{L}])[^.;:!?\\n]{0,160}?(?<![\\p{L}])${particle.toLowerCase()}(?=${(pack.particleEnd ?? PARTICLE_END).source.replace(/^\^/, '')})`,
    ),
    flag: kind === 'denial' ? Flag.Denial : kind === 'confirmation' ? Flag.Confirmation : Flag.Keep,
    particle: particle.length,
  }));
  const { text: subject, caseBlind } = line;
  let added = false;
  for (const sep of t.separable) {
    const { flag, particle } = sep;
    const re = caseBlind ? (sep.blind ??= new RegExp(sep.source, 'giu')) : (sep.re ??= new RegExp(sep.source, 'gu'));
    for (const m of subject.matchAll(re)) {
      if (flag === Flag.Keep) {
        // At the particle: "schloss … nicht aus" is a negation before a verb of exclusion.
        const end = m.index + m[0].length;
        out.push({ key: '', start: end - particle, end, flags: flag | Flag.Stop });
      } else {
        const end = m.index + m[0].search(/[^\p{L}]/u);
        out.push({ key: '', start: m.index, end: end > m.index ? end : m.index + 1, flags: flag | Flag.Stop });
        // A particle that holds its own negation ("steht … nicht zur Debatte"): that negation is the
        // phrase's, not one that negates the denial.
        const from = m.index + m[0].length - particle;
        for (const tok of out) if (tok.start >= from && tok.end <= m.index + m[0].length) tok.flags &= ~Flag.Negation;
      }
      added = true;
    }
  }
  return added ? out.sort((a, b) => a.start - b.start) : out;
}

/** Word character classes, per code unit: 0 other, 1 letter or mark, 2 decimal digit. */
const classCache = new Int8Array(0x10000).fill(-1);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const DECIMAL = /\p{Nd}/u;
function classOf(c: number): number {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : c >= 0x30 && c <= 0x39 ? 2 : 0;
  let v = classCache[c];
  if (v < 0) {
    const ch = String.fromCharCode(c);
    v = classCache[c] = LETTER_OR_MARK.test(ch) ? 1 : DECIMAL.test(ch) ? 2 : 0;
  }
  return v;
}
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2bc;
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0xa0 || c === 0x202f;

/**
 * Calls `visit(start, end)` for each word or number of `text` as analyse reads them, until it returns
 * false. `visit` may call analyse: the scanner's state is read before each call.
 */
export function scanWords(text: string, visit: (start: number, end: number) => boolean): void {
  for (let at = 0; nextToken(text, at);) {
    const { start, end } = scanned;
    at = end;
    if (!visit(start, end)) return;
  }
}

/** The token nextToken found last (one scanner at a time: analyse never nests). */
const scanned = { start: 0, end: 0, number: false };

/**
 * The next token of `text` from offset `from` into `scanned`; false when there is none. Numbers (with
 * thousands separators or decimals) and words (letters, marks, digits, inner apostrophes). A loop
 * over offsets rather than a generator: this runs for every word of every page.
 */
function nextToken(text: string, from: number): boolean {
  const n = text.length;
  let i = from;
  while (i < n && classOf(text.charCodeAt(i)) === 0) i++;
  if (i >= n) return false;
  const start = i;
  if (classOf(text.charCodeAt(i)) === 2) {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (classOf(c) === 2) i++;
      else if (isNumberSeparator(c) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 2) i += 2;
      else break;
    }
    scanned.start = start;
    scanned.end = i;
    scanned.number = true;
    return true;
  }
  i++;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (classOf(c) !== 0) i++;
    else if (isApostrophe(c) && i + 1 < n && classOf(text.charCodeAt(i + 1)) === 1) {
      // After an apostrophe, letters and marks only (a digit ends the word).
      i += 2;
      while (i < n && classOf(text.charCodeAt(i)) === 1) i++;
      if (i < n && classOf(text.charCodeAt(i)) === 2) break;
    } else break;
  }
  scanned.start = start;
  scanned.end = i;
  scanned.number = false;
  return true;
}

const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}ー々]/u;
const ONLY_HIRAGANA = /^[\p{Script=Hiragana}ー]+$/u;

/**
 * The longest piece of a line given to the segmenter at once. ICU's dictionary word break is superlinear in a
 * run of kana or kanji with no break in it: a page's 120,000 characters of ないない… took 14 s in one task. A
 * longer line is cut after a space or a punctuation mark in the second half of each piece (a word split only
 * where a piece has none).
 */
const SEGMENT_MAX = 512;
const SEGMENT_CUT = /[\s、。，．！？!?,.;:；：「」（）()]/gu;

/** The segments of `text`, in pieces of at most SEGMENT_MAX characters, with offsets in `text`. */
function* segmentsOf(
  seg: Intl.Segmenter,
  text: string,
): Generator<{ segment: string; index: number; isWordLike?: boolean }> {
  for (let from = 0; from < text.length;) {
    let to = Math.min(text.length, from + SEGMENT_MAX);
    if (to < text.length) {
      let cut = -1;
      SEGMENT_CUT.lastIndex = from + SEGMENT_MAX / 2;
      for (let m = SEGMENT_CUT.exec(text); m && m.index < to; m = SEGMENT_CUT.exec(text)) cut = m.index + 1;
      if (cut > 0) to = cut;
      // Not between the two halves of a surrogate pair.
      else if (/[\ud800-\udbff]/.test(text[to - 1])) to--;
    }
    for (const s of seg.segment(text.slice(from, to)))
      yield { segment: s.segment, index: s.index + from, isWordLike: s.isWordLike };
    from = to;
  }
}

function analyseSegmented(text: string, pack: LanguagePack, t: PackTables, seg: Intl.Segmenter): Token[] {
  const out: Token[] = [];
  for (const s of segmentsOf(seg, text)) {
    if (!s.isWordLike) continue;
    const w = s.segment.normalize('NFKC');
    const start = s.index;
    const end = start + s.segment.length;
    if (/^\p{Nd}+$/u.test(w)) {
      out.push({ key: numberKey(w), start, end, flags: Flag.Number });
      continue;
    }
    let flags = wordFlags(pack, t, w, w);
    // Kana-only pieces are particles and verb endings: kept for their stance, never as terms.
    if (ONLY_HIRAGANA.test(w) || !HAN_OR_KATAKANA.test(w)) flags |= Flag.Stop;
    // Negation hides in longer endings ("しない", "送らない"), or is split before its small tsu (なか|った).
    if (!(flags & Flag.Negation) && (/(?:ない|ません|なかっ|ず)$/.test(w) || (w === 'なか' && text[end] === 'っ')))
      flags |= Flag.Negation;
    const key = t.canon.get(w) ?? w;
    out.push({ key, start, end, flags });
  }
  return withSetPhrases(text, lineOf(text), pack, out);
}
