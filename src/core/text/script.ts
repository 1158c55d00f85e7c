// Script classes of UTF-16 code units: which characters form words in spaced scripts (Latin,
// Cyrillic...) and which belong to CJK scripts that are written without spaces.

export type Script = 'latin' | 'cyrillic' | 'han' | 'hiragana' | 'katakana' | 'other-letter' | 'digit' | 'none';

// Lazily filled per code unit: classifying with Unicode regexes is slow, and pages repeat few characters.
const cache = new Int8Array(0x10000).fill(-1);
const CODES: Script[] = ['latin', 'cyrillic', 'han', 'hiragana', 'katakana', 'other-letter', 'digit', 'none'];
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const MARK = /\p{M}/u;

function classify(c: number): number {
  if (c < 0x80) {
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) return 0;
    if (c >= 0x30 && c <= 0x39) return 6;
    return 7;
  }
  if (c >= 0xd800 && c <= 0xdfff) return 7; // surrogates: astral characters are not word characters here
  if (c >= 0x0400 && c <= 0x052f) return LETTER.test(String.fromCharCode(c)) ? 1 : 7;
  if (c >= 0x3040 && c <= 0x309f) return c === 0x309b || c === 0x309c ? 7 : 3;
  // Katakana, including the prolonged sound mark; the middle dot (U+30FB) separates words.
  if ((c >= 0x30a0 && c <= 0x30ff && c !== 0x30fb) || (c >= 0x31f0 && c <= 0x31ff)) return 4;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3005)
    return 2;
  const ch = String.fromCharCode(c);
  if (LETTER.test(ch)) return c <= 0x024f || (c >= 0x1e00 && c <= 0x1eff) ? 0 : 5;
  if (DIGIT.test(ch)) return 6;
  // Combining marks continue the word they sit on.
  if (MARK.test(ch)) return 5;
  return 7;
}

export function scriptOf(code: number): Script {
  let v = cache[code];
  if (v < 0) v = cache[code] = classify(code);
  return CODES[v];
}

/** True for letters and digits of scripts that separate words with spaces or punctuation. */
export function isWordUnit(code: number): boolean {
  const s = scriptOf(code);
  return s === 'latin' || s === 'cyrillic' || s === 'other-letter' || s === 'digit';
}

export function isCjkUnit(code: number): boolean {
  const s = scriptOf(code);
  return s === 'han' || s === 'hiragana' || s === 'katakana';
}

export function isCyrillicUnit(code: number): boolean {
  return scriptOf(code) === 'cyrillic';
}

export function isKatakanaUnit(code: number): boolean {
  return scriptOf(code) === 'katakana';
}

/** Whether text[i-1] and text[i] belong to one word, so that a match may not start or end at i. */
export function joinsWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const a = text.charCodeAt(i - 1);
  const b = text.charCodeAt(i);
  if (isWordUnit(a) && isWordUnit(b)) return true;
  // Katakana words are written without spaces too, but a run of katakana is one (foreign) word.
  return isKatakanaUnit(a) && isKatakanaUnit(b);
}

/** Cased letter that is upper or title case (for name capitalisation checks on the original text). */
export function isUpperUnit(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

export function isLowerUnit(code: number): boolean {
  const ch = String.fromCharCode(code);
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}
