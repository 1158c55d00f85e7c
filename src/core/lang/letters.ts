/**
 * Letters as an explicit character class, for patterns that V8 compiles on every page.
 *
 * A `\p{L}` in a Unicode pattern compiles to the whole Unicode letter table (hundreds of ranges, astral
 * planes included): about 0.25 ms each on first use, more when a pattern holds several (four cost 3.4 ms
 * in Node 20), and the packs hold dozens. The content script compiles them afresh on every page, so they
 * were most of the first match's cost (a language's set phrases 12–25 ms in Node). The class below lists the
 * letters of the scripts news text is written in (Latin, Greek, Cyrillic, Armenian, Hebrew, Arabic,
 * kana, CJK, Hangul, full-width forms) in a few dozen ranges, and compiles about a hundred times faster.
 * On Latin, Greek, Cyrillic and Japanese text it agrees with `\p{L}` code point for code point
 * (test/unit/lang/letters.test.ts); a letter of another script (Devanagari, Thai) next to a phrase is
 * read as no letter, which only matters at a word boundary no pack's phrase is written in.
 */
export const LETTER_RANGES =
  'a-zA-Z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02c1\\u02c6-\\u02d1\\u02e0-\\u02e4\\u02ec\\u02ee' +
  '\\u0370-\\u0374\\u0376\\u0377\\u037a-\\u037d\\u037f\\u0386\\u0388-\\u038a\\u038c\\u038e-\\u03a1\\u03a3-\\u03f5' +
  '\\u03f7-\\u0481\\u048a-\\u052f\\u0531-\\u0556\\u0559\\u0560-\\u0588\\u05d0-\\u05ea\\u05ef-\\u05f2\\u0620-\\u064a' +
  '\\u1c80-\\u1c8a\\u1c90-\\u1cba\\u1cbd-\\u1cbf\\u1d00-\\u1dbf\\u1e00-\\u1f15\\u1f18-\\u1f1d\\u1f20-\\u1f45' +
  '\\u1f48-\\u1f4d\\u1f50-\\u1f57\\u1f59\\u1f5b\\u1f5d\\u1f5f-\\u1f7d\\u1f80-\\u1fb4\\u1fb6-\\u1fbc\\u1fbe' +
  '\\u1fc2-\\u1fc4\\u1fc6-\\u1fcc\\u1fd0-\\u1fd3\\u1fd6-\\u1fdb\\u1fe0-\\u1fec\\u1ff2-\\u1ff4\\u1ff6-\\u1ffc' +
  '\\u2c60-\\u2c7f\\u3005\\u3006\\u3031-\\u3035\\u303b\\u303c\\u3041-\\u3096\\u309d-\\u309f' +
  '\\u30a1-\\u30fa\\u30fc-\\u30ff\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua640-\\ua66e\\ua67f-\\ua69d' +
  '\\ua722-\\ua788\\ua78b-\\ua7dc\\ua7f1-\\ua7ff\\uac00-\\ud7a3\\uf900-\\ufa6d\\ufa70-\\ufad9\\uff21-\\uff3a\\uff41-\\uff5a' +
  '\\uff66-\\uffbe\\uffc2-\\uffc7\\uffca-\\uffcf\\uffd2-\\uffd7\\uffda-\\uffdc';

/**
 * The pattern's source with every `\p{L}` (and `\P{L}` outside a class) written as LETTER_RANGES. Escapes
 * are read in pairs, so an escaped backslash or bracket is never taken for syntax.
 */
export function withCheapLetters(source: string): string {
  if (!source.includes('{L}')) return source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (ch === '\\') {
      const esc = source.slice(i, i + 5);
      if (esc === '\\p{L}') {
        out += inClass ? LETTER_RANGES : `[${LETTER_RANGES}]`;
        i += 4;
      } else if (esc === '\\P{L}' && !inClass) {
        out += `[^${LETTER_RANGES}]`;
        i += 4;
      } else {
        out += source.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (ch === '[' && !inClass) inClass = true;
    else if (ch === ']' && inClass) inClass = false;
    out += ch;
  }
  return out;
}
