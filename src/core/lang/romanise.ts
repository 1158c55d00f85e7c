// Russian and Ukrainian names in the Latin letters of another language's press: the German press writes
// Лавров "Lawrow" and Зеленський "Selenskyj", the Spanish "Lavrov" and "Zelenski", the French "Lavrov"
// and "Zelensky", Путин "Poutine". Each Latin-script pack gives its tables (`romanisation`); the
// officials index romanises every Cyrillic alias with them, so a spelling the dataset does not list is
// still read as the person. Output is folded like a name key: lower case, no diacritics.

export interface RomanTable {
  /**
   * Rules on the whole lower-case Cyrillic word, applied in order before the letters: context ("с"
   * between vowels is "ss" in German), word ends ("ий" is "i" or "ij"). A list of replacements gives
   * one spelling for each (both are in use).
   */
  rules?: readonly (readonly [RegExp, string | readonly string[]])[];
  /**
   * The letters this press writes otherwise than LETTERS ("в=w ж=sch": see `letters`); a letter in
   * neither makes the word unromanisable.
   */
  letters: Readonly<Record<string, string>>;
}

/** A letter table written as "в=w ж=sch ь=" (an empty value drops the letter). */
export function letters(spec: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of spec.split(/\s+/).filter(Boolean)) {
    const [from, to = ''] = pair.split('=');
    out[from] = to;
  }
  return out;
}

/** The letters most Latin-script presses write alike, for Russian and Ukrainian (the tables override). */
export const LETTERS: Readonly<Record<string, string>> = letters(
  'а=a б=b в=v г=g ґ=g д=d е=e ё=io ж=zh з=z и=i і=i ї=i й=i к=k л=l м=m н=n о=o п=p р=r с=s т=t у=u ' +
    "ф=f х=kh ц=ts ч=ch ш=sh щ=shch ъ= ы=y ь= э=e ю=iu я=ia є=ie '= ʼ=",
);

export interface Romanisation {
  ru: RomanTable;
  uk: RomanTable;
}

/** At most this many spellings of one word (rules with alternatives multiply). */
const MAX_SPELLINGS = 4;

/** The spellings of one lower-case Cyrillic word in a table; [] when a letter has no romanisation. */
export function romaniseWord(word: string, table: RomanTable): string[] {
  let forms = [word];
  for (const [re, to] of table.rules ?? []) {
    const alternatives = typeof to === 'string' ? [to] : to;
    const next: string[] = [];
    for (const f of forms) {
      re.lastIndex = 0;
      if (!re.test(f)) {
        next.push(f);
        continue;
      }
      for (const a of alternatives) next.push(f.replace(re, a));
    }
    forms = [...new Set(next)].slice(0, MAX_SPELLINGS);
  }
  const out: string[] = [];
  for (const f of forms) {
    let s = '';
    for (const ch of f) {
      if (ch >= 'a' && ch <= 'z')
        s += ch; // already romanised by a rule
      else if (ch in table.letters) s += table.letters[ch];
      else if (ch in LETTERS) s += LETTERS[ch];
      else return [];
    }
    if (s) out.push(s);
  }
  return [...new Set(out)];
}

/**
 * Spellings of a Cyrillic name (words separated by spaces or hyphens) in a table: every combination of
 * its words' spellings, at most MAX_SPELLINGS; [] when a word cannot be romanised.
 */
export function romaniseName(name: string, table: RomanTable): string[] {
  let acc = [''];
  for (const w of name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean)) {
    const spellings = romaniseWord(w, table);
    if (spellings.length === 0) return [];
    const next: string[] = [];
    for (const a of acc) for (const s of spellings) next.push(a ? `${a} ${s}` : s);
    acc = next.slice(0, MAX_SPELLINGS);
  }
  return acc[0] ? acc : [];
}
