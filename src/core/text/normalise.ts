// Folds page text into the one form the matcher compares (NFKC, lower case, no Latin diacritics,
// plain quotes, dashes and spaces, ё -> е) and keeps a map from every folded unit back to the original.

export interface Normalised {
  /** The folded text. Newlines are kept: they are hard block boundaries. */
  text: string;
  /** starts[i] / ends[i]: the original range of the character that produced folded unit i. */
  starts: Int32Array;
  ends: Int32Array;
}

const SINGLE_QUOTES = new Set('\u2018\u2019\u201a\u201b\u2032\u0060\u00b4\u02b9\u02bb\u02bc\u02bd\uff07\u2035');
const DOUBLE_QUOTES = new Set('\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\uff02\u2036\u301d\u301e');
const DASHES = new Set('\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d');
// Invisible characters that only affect rendering (soft hyphen, zero-width space/joiners, BOM), and
// format characters a page can slip into a word to hide it from matching: the combining grapheme
// joiner, invisible operators, bidi marks, embeddings, overrides and isolates.
const DROPPED = new Set(
  '\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f' +
    '\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff',
);
/** The same, inside a unit (U+034F is a combining mark, so it joins the letter before it), plus tags. */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g;
/**
 * Cyrillic and Greek letters drawn like Latin ones (after lower-casing). A word that mixes them with
 * Latin letters ("Оbаmа" with Cyrillic О and а) is a look-alike: its letters are read as Latin.
 * Whole Cyrillic or Greek words are left alone.
 */
const LATIN_LOOKALIKE = new Map<number, number>(
  [
    ['а', 'a'],
    ['в', 'b'],
    ['е', 'e'],
    ['к', 'k'],
    ['м', 'm'],
    ['н', 'h'],
    ['о', 'o'],
    ['р', 'p'],
    ['с', 'c'],
    ['т', 't'],
    ['у', 'y'],
    ['х', 'x'],
    ['і', 'i'],
    ['ј', 'j'],
    ['ѕ', 's'],
    ['ԁ', 'd'],
    ['һ', 'h'],
    ['ӏ', 'l'],
    ['ԛ', 'q'],
    ['ԝ', 'w'],
    ['α', 'a'],
    ['ε', 'e'],
    ['ι', 'i'],
    ['κ', 'k'],
    ['ν', 'v'],
    ['ο', 'o'],
    ['ρ', 'p'],
    ['τ', 't'],
    ['υ', 'u'],
    ['χ', 'x'],
  ].map(([from, to]) => [from.charCodeAt(0), to.charCodeAt(0)]),
);
const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f);
const isGreekOrCyrillic = (c: number) => c >= 0x370 && c <= 0x52f;

/** Reads mixed-script look-alike words as Latin, in place (one unit for one unit: offsets unchanged). */
function foldLookalikes(buf: Uint16Array, len: number): void {
  let i = 0;
  while (i < len) {
    const c = buf[i];
    if (!isLatinLetter(c) && !isGreekOrCyrillic(c)) {
      i++;
      continue;
    }
    let j = i;
    let latin = false;
    let lookalike = false;
    for (; j < len && (isLatinLetter(buf[j]) || isGreekOrCyrillic(buf[j])); j++) {
      if (isLatinLetter(buf[j])) latin = true;
      else if (LATIN_LOOKALIKE.has(buf[j])) lookalike = true;
    }
    if (latin && lookalike) {
      for (let k = i; k < j; k++) buf[k] = LATIN_LOOKALIKE.get(buf[k]) ?? buf[k];
    }
    i = j;
  }
}
const LINE_BREAKS = new Set('\n\r\u2028\u2029\u0085\u000b\u000c');
const SPECIAL: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  þ: 'th',
  ё: 'е',
  ѐ: 'е',
  // Ukrainian writes a foreign g as ґ or г (Геґсет, Гегсет): one letter for matching.
  ґ: 'г',
};
const LATIN_DECOMPOSABLE = /[\u00c0-\u024f\u1e00-\u1eff]/;
const MARKS = /\p{M}/gu;
const IS_MARK = /^\p{M}$/u;
const SPACE = /^\s$/u;

const foldCache = new Map<string, string>();

/** Folds one grapheme-ish unit (a base character with its combining marks). */
function foldUnit(unit: string): string {
  const cached = foldCache.get(unit);
  if (cached !== undefined) return cached;
  let out: string;
  if (unit.length === 1 && SINGLE_QUOTES.has(unit)) out = "'";
  else if (unit.length === 1 && DOUBLE_QUOTES.has(unit)) out = '"';
  else if (unit.length === 1 && DASHES.has(unit)) out = '-';
  else if (unit.length === 1 && DROPPED.has(unit)) out = '';
  else if (unit.length === 1 && LINE_BREAKS.has(unit)) out = '\n';
  else if (unit.length === 1 && unit.charCodeAt(0) >= 0xd800 && unit.charCodeAt(0) <= 0xdfff) out = '\ufffd';
  else {
    const visible = unit.length > 1 ? unit.replace(INVISIBLE, '') : unit;
    let s = visible.normalize('NFC').normalize('NFKC').toLowerCase();
    if (LATIN_DECOMPOSABLE.test(s)) s = s.normalize('NFD').replace(MARKS, '').normalize('NFC');
    let r = '';
    for (const ch of s) {
      const sp = SPECIAL[ch];
      if (sp !== undefined) r += sp;
      else if (SINGLE_QUOTES.has(ch)) r += "'";
      else if (DASHES.has(ch)) r += '-';
      else if (LINE_BREAKS.has(ch)) r += '\n';
      else if (SPACE.test(ch)) r += ' ';
      else r += ch;
    }
    out = r;
  }
  if (foldCache.size < 50_000) foldCache.set(unit, out);
  return out;
}

function isMarkAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x0300) return false;
  if (c <= 0x036f) return true;
  if (c >= 0xd800 && c <= 0xdfff) return false;
  // Half-width voiced sound marks fold into the preceding kana under NFKC, so they belong to it.
  return (
    (c >= 0x3099 && c <= 0x309a) ||
    c === 0xff9e ||
    c === 0xff9f ||
    ((c < 0x3040 || c > 0x9fff) && IS_MARK.test(text[i]))
  );
}

/** Katakana of the i-row (キ シ チ ニ ヒ ミ リ ギ ジ ヂ ビ ピ): ア or ヤ after one folds to ャ (see foldYa). */
const I_ROW_KATAKANA = new Set([...'キシチニヒミリギジヂビピ'].map((k) => k.charCodeAt(0)));

/**
 * Japanese writes a Russian я after a consonant three ways (ネベンジャ / ネベンジア, マリア / マリヤ): ア or ヤ
 * after a katakana of the i-row folds to ャ, in place (one unit for one: offsets are unchanged), after foldVu
 * (ヴィア -> ビャ).
 */
function foldYa(buf: Uint16Array, len: number): void {
  for (let k = 1; k < len; k++)
    if ((buf[k] === 0x30a2 || buf[k] === 0x30e4) && I_ROW_KATAKANA.has(buf[k - 1])) buf[k] = 0x30e3;
}

/**
 * Japanese writes a foreign v two ways: ヴ with a small vowel, or the b-row (ラヴロフ / ラブロフ,
 * メドヴェージェフ / メドベージェフ). Both fold to the b-row, after NFKC (so half-width ｳﾞ and a decomposed
 * ウ + U+3099 too): ヴァ ヴィ ヴゥ ヴェ ヴォ -> バ ビ ブ ベ ボ, ヴュ -> ビュ, ヴ alone -> ブ; the same in
 * hiragana (ゔ). Keyed by the folded ヴ or ゔ; the small vowel it absorbs, if any.
 */
const VU: Record<number, { alone: number; absorb: Map<number, number>; keep: Map<number, number> }> = {
  0x30f4: {
    alone: 0x30d6,
    absorb: new Map([
      [0x30a1, 0x30d0],
      [0x30a3, 0x30d3],
      [0x30a5, 0x30d6],
      [0x30a7, 0x30d9],
      [0x30a9, 0x30dc],
    ]),
    keep: new Map([[0x30e5, 0x30d3]]),
  },
  0x3094: {
    alone: 0x3076,
    absorb: new Map([
      [0x3041, 0x3070],
      [0x3043, 0x3073],
      [0x3045, 0x3076],
      [0x3047, 0x3079],
      [0x3049, 0x307c],
    ]),
    keep: new Map([[0x3085, 0x3073]]),
  },
};

/**
 * Folds every ヴ (ゔ) of the folded units buf[0, len) in place, merging an absorbed small vowel into it
 * (its original range then ends where the vowel's did); returns the new length.
 */
function foldVu(buf: Uint16Array, starts: Int32Array | null, ends: Int32Array | null, len: number): number {
  let w = 0;
  for (let r = 0; r < len; r++) {
    const rule = VU[buf[r]];
    let code = buf[r];
    let end = ends ? ends[r] : 0;
    const start = starts ? starts[r] : 0;
    if (rule) {
      const next = r + 1 < len ? buf[r + 1] : -1;
      const absorbed = rule.absorb.get(next);
      if (absorbed !== undefined) {
        code = absorbed;
        if (ends) end = ends[r + 1];
        r++;
      } else code = rule.keep.get(next) ?? rule.alone;
    }
    buf[w] = code;
    if (starts && ends) {
      starts[w] = start;
      ends[w] = end;
    }
    w++;
  }
  return w;
}

function asciiFold(c: number): number {
  if (c >= 0x41 && c <= 0x5a) return c + 32;
  if (c === 0x60) return 0x27;
  if (c === 0x0d || c === 0x0b || c === 0x0c) return 0x0a;
  if (c === 0x09) return 0x20;
  return c;
}

/**
 * Kanji, kana, the middle dot and the long-vowel mark. Japanese puts no space between words: a space
 * between two of these is a source line wrapped inside a paragraph ("ウラジーミル・⏎プーチン", which the
 * page's text gives as a space; CSS Text 3 removes such a break between wide characters, though the
 * Chromium we test still shows a space). It is dropped from the folded text; the offsets of the
 * units kept are unchanged, so the badge covers the name with the break inside it.
 */
function isJapaneseLetter(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fc) || c === 0x3005;
}

/**
 * A small vowel after a katakana (ナルィシキン / ナルイシキン, ウィリアム / ウイリアム, ティヒー / テイヒー):
 * Japanese transliterations of one foreign name write it small or full, so it folds to the full vowel, in
 * place (one unit for one: offsets are unchanged), after foldVu (ヴィ -> ビ absorbs its small vowel).
 */
const isSmallVowel = (u: number) => u >= 0x30a1 && u <= 0x30a9 && (u & 1) === 1;
function foldSmallVowels(buf: Uint16Array, len: number): void {
  for (let k = 1; k < len; k++) if (isSmallVowel(buf[k]) && isKatakana(buf[k - 1])) buf[k]++;
}

/**
 * The katakana long-vowel mark (ー), and the small ッ before ツ: Japanese transliterations of one foreign
 * name write them or leave them out inside the name (ウラジーミル / ウラジミール, メドベージェフ / メドベジェフ,
 * フィッツォ / フィツォ), so between two katakana they are dropped from the folded text, their range joined
 * to the letter's before them: the badge still covers them. Not at a word's end, where they tell words
 * apart (クレバー, "clever", is not クレバ); and ッ before any other letter tells ordinary words apart
 * (スナック, "snack", is not スナク, Sunak; プッチン is no プチン).
 */
const LONG_VOWEL = 0x30fc;
const SMALL_TSU = 0x30c3;
const KATAKANA_TSU = 0x30c4;
const isKatakana = (u: number) => u >= 0x30a1 && u <= 0x30fa;

/** Drops each LONG_VOWEL (and SMALL_TSU before ツ) between two katakana of buf[0, len) (after wrapped lines' spaces are gone). */
function dropLongVowels(buf: Uint16Array, starts: Int32Array | null, ends: Int32Array | null, len: number): number {
  let w = 0;
  for (let r = 0; r < len; r++) {
    if (
      (buf[r] === LONG_VOWEL || (buf[r] === SMALL_TSU && buf[r + 1] === KATAKANA_TSU)) &&
      w > 0 &&
      isKatakana(buf[w - 1]) &&
      r + 1 < len &&
      isKatakana(buf[r + 1])
    ) {
      if (ends) ends[w - 1] = ends[r];
      continue;
    }
    buf[w] = buf[r];
    if (starts && ends) {
      starts[w] = starts[r];
      ends[w] = ends[r];
    }
    w++;
  }
  return w;
}

/**
 * Whether the unit before `len` in `buf` is dropped before Japanese letter `c`: a wrapped line's space
 * between two Japanese letters (above), or the equals sign Japanese writes between the parts of a
 * hyphenated foreign name (ジャン＝ノエル・バロ; ＝ folds to "=", ゠ stays) between two katakana, so
 * the name matches however it is joined.
 */
/** A unit that droppedBefore may drop: a space or an equals sign (checked first: most units are none). */
const joinerAt = (u: number) => u === 0x20 || u === 0x3d || u === 0x30a0;

function droppedBefore(buf: Uint16Array, len: number, c: number): boolean {
  if (len < 2 || !isJapaneseLetter(c)) return false;
  const prev = buf[len - 1];
  if (prev === 0x20) return isJapaneseLetter(buf[len - 2]);
  if (prev !== 0x3d && prev !== 0x30a0) return false;
  const before = buf[len - 2];
  return before >= 0x30a1 && before <= 0x30fc && c >= 0x30a1 && c <= 0x30fc;
}

/** Folds `text` for matching and maps each folded unit back to its original range. Never throws. */
export function normalise(text: string): Normalised {
  const n = text.length;
  let cap = n + 8;
  let buf = new Uint16Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let len = 0;
  const push = (code: number, s: number, e: number) => {
    if (len === cap) {
      cap = cap * 2;
      const b = new Uint16Array(cap);
      b.set(buf);
      buf = b;
      const st = new Int32Array(cap);
      st.set(starts);
      starts = st;
      const en = new Int32Array(cap);
      en.set(ends);
      ends = en;
    }
    buf[len] = code;
    starts[len] = s;
    ends[len] = e;
    len++;
  };
  let i = 0;
  let sawNonLatin = false;
  // A ヴ or ゔ among the folded units (whatever its encoding): folded after the loop. Noted as the units
  // are written, not by another pass over the page.
  let sawVu = false;
  let sawA = false;
  let sawLong = false;
  let sawSmall = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII fast path, unless a combining mark follows (decomposed "e\u0301").
    if (c < 0x80 && !(i + 1 < n && isMarkAt(text, i + 1))) {
      const o = asciiFold(c);
      // Runs of spaces collapse, so "Sergey  Lavrov" still matches.
      if (o === 0x20 && len > 0 && buf[len - 1] === 0x20) {
        // Page text is often mostly indentation: take the rest of the run (spaces, tabs) at once.
        let j = i + 1;
        while (j < n) {
          const d = text.charCodeAt(j);
          if ((d !== 0x20 && d !== 0x09) || (j + 1 < n && isMarkAt(text, j + 1))) break;
          j++;
        }
        ends[len - 1] = j;
        i = j;
        continue;
      }
      push(o, i, i + 1);
      i++;
      continue;
    }
    // Han ideographs and kana letters fold to themselves (NFKC and case leave them alone; checked
    // for every code unit of these ranges): no slice and cache lookup per character of a CJK page.
    if (
      ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa)) &&
      !(i + 1 < n && isMarkAt(text, i + 1))
    ) {
      if (c === 0x30f4 || c === 0x3094) sawVu = true;
      else if (c === 0x30a2 || c === 0x30e4) sawA = true;
      else if (c === SMALL_TSU) sawLong = true;
      else if (isSmallVowel(c)) sawSmall = true;
      if (len >= 2 && joinerAt(buf[len - 1]) && droppedBefore(buf, len, c)) len--;
      push(c, i, i + 1);
      i++;
      continue;
    }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) {
      const d = text.charCodeAt(j);
      if (d >= 0xdc00 && d <= 0xdfff) j++;
    }
    while (j < n && isMarkAt(text, j)) j++;
    const folded = foldUnit(text.slice(i, j));
    for (let k = 0; k < folded.length; k++) {
      const o = folded.charCodeAt(k);
      // Greek or Cyrillic as folded, not as written: a mathematical 𝜚 folds to ρ (fast-check counterexample "a𝜚").
      if (o >= 0x370 && o <= 0x52f) sawNonLatin = true;
      if (o === 0x30f4 || o === 0x3094) sawVu = true;
      else if (o === 0x30a2 || o === 0x30e4) sawA = true;
      else if (isSmallVowel(o)) sawSmall = true;
      if (o === 0x20 && len > 0 && buf[len - 1] === 0x20) ends[len - 1] = j;
      else {
        if (o === LONG_VOWEL || o === SMALL_TSU) sawLong = true;
        if (len >= 2 && joinerAt(buf[len - 1]) && droppedBefore(buf, len, o)) len--;
        push(o, i, j);
      }
    }
    i = j;
  }
  if (sawNonLatin) foldLookalikes(buf, len);
  if (sawLong) len = dropLongVowels(buf, starts, ends, len);
  if (sawVu) len = foldVu(buf, starts, ends, len);
  if (sawSmall) foldSmallVowels(buf, len);
  if (sawA || sawSmall) foldYa(buf, len);
  let out = '';
  // apply() takes the typed array as it is; chunks keep the argument count under engine limits.
  for (let k = 0; k < len; k += 8192)
    out += String.fromCharCode.apply(null, buf.subarray(k, Math.min(len, k + 8192)) as unknown as number[]);
  return { text: out, starts: starts.subarray(0, len), ends: ends.subarray(0, len) };
}

// Dataset strings repeat a lot ("troop*" in thousands of claims): folding each once keeps building
// the matcher for a large dataset fast. Bounded so that a long-lived page does not grow it forever.
const foldedCache = new Map<string, string>();

/** Folds a dataset string (alias, title, term) the same way as page text. */
export function fold(text: string): string {
  let out = foldedCache.get(text);
  if (out === undefined) {
    out = foldPlain(text).trim();
    if (foldedCache.size >= 100_000) foldedCache.clear();
    foldedCache.set(text, out);
  }
  return out;
}

/**
 * The one name key: how the matcher compares an alias, title or term with page text (folded as page
 * text, dashes as spaces, runs of spaces as one). The validator checks alias collisions on this same
 * key, so two names it accepts are two names the matcher can tell apart ("Jean-Yves" = "Jean Yves").
 */
export function nameKey(s: string): string {
  const f = fold(s);
  // Most dataset strings have neither: skip the two replacements (tens of thousands of calls at scale).
  if (!f.includes('-') && !f.includes('  ')) return f;
  return f.replace(/-/g, ' ').replace(/ {2,}/g, ' ');
}

/** Maps a folded range [start, end) back to the original text's range. */
export function toOriginal(norm: Normalised, start: number, end: number): [number, number] {
  if (end <= start) {
    const s = start < norm.starts.length ? norm.starts[start] : norm.ends.length ? norm.ends[norm.ends.length - 1] : 0;
    return [s, s];
  }
  return [norm.starts[start], norm.ends[end - 1]];
}

/** normalise(text).text without the offset map: the same steps, for short dataset strings. */
// Printable ASCII without '`' and without double spaces folds to its lower case.
const SIMPLE_ASCII = /^(?:[!-_a-~]| (?! ))*$/;

function foldPlain(text: string): string {
  if (SIMPLE_ASCII.test(text)) return text.toLowerCase();
  const n = text.length;
  let out = '';
  let last = -1;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let piece: string;
    if (c < 0x80 && !(i + 1 < n && isMarkAt(text, i + 1))) {
      piece = String.fromCharCode(asciiFold(c));
      i++;
    } else {
      let j = i + 1;
      if (c >= 0xd800 && c <= 0xdbff && j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      while (j < n && isMarkAt(text, j)) j++;
      piece = foldUnit(text.slice(i, j));
      i = j;
    }
    for (let k = 0; k < piece.length; k++) {
      const o = piece.charCodeAt(k);
      if (o === 0x20 && last === 0x20) continue;
      out += piece[k];
      last = o;
    }
  }
  if (out.includes('\u30fc') || out.includes('\u30c3')) {
    const buf = Uint16Array.from({ length: out.length }, (_, k) => out.charCodeAt(k));
    out = String.fromCharCode(...buf.subarray(0, dropLongVowels(buf, null, null, buf.length)));
  }
  if (/[\u30f4\u3094]/.test(out)) {
    const buf = Uint16Array.from({ length: out.length }, (_, k) => out.charCodeAt(k));
    out = String.fromCharCode(...buf.subarray(0, foldVu(buf, null, null, buf.length)));
  }
  if (/[\u30a1\u30a3\u30a5\u30a7\u30a9]/.test(out)) {
    const buf = Uint16Array.from({ length: out.length }, (_, k) => out.charCodeAt(k));
    foldSmallVowels(buf, buf.length);
    out = String.fromCharCode(...buf);
  }
  if (out.includes('\u30a2') || out.includes('\u30e4')) {
    const buf = Uint16Array.from({ length: out.length }, (_, k) => out.charCodeAt(k));
    foldYa(buf, buf.length);
    out = String.fromCharCode(...buf);
  }
  if (/[\u0370-\u052f]/.test(out)) {
    // Code units, not code points: an astral character is two units here, as in the page text.
    const buf = Uint16Array.from({ length: out.length }, (_, k) => out.charCodeAt(k));
    foldLookalikes(buf, buf.length);
    out = String.fromCharCode(...buf);
  }
  return out;
}
