// Russian/Ukrainian names change with grammatical case (Лавров, Лаврова, Лавровым). Instead of
// listing every form, both aliases and page words are reduced to a stem known from the dataset.

// Case endings a name or title word may carry after its stem (ru + uk). Plural "-ов/-ев/-ів/-ин" are
// left out on purpose: they would turn "Иванов" into a form of "Иван".
const ENDINGS = new Set(
  (
    ' а я у ю е є и і ї ы о й ь ом ем ём єм ой ей ою ею ым им ім ий ый ій ая яя ое ее ую юю ого его ому ему ' +
    'ої ій их ых іх ах ях ам ям ами ями ові еві єві ьо ього ьому ьої ою ей ым єю ' +
    // Nouns in -ий/-ій (Дмитрий, Сергій) decline as stem + -ия/-ія: Дмитрия, Сергія, Сергієм.
    'ия ию ием ии ія ію ієм ії'
  ).split(' '),
);
const MAX_ENDING = 4;
const MIN_STEM = 3;
const STRIP2 = /(ий|ый|ій|ой|ая|яя|ья)$/;
const STRIP1 = /[аяуюеєиіїыоьй]$/;

/** Stem of a folded Cyrillic word: without its final vowel, soft sign or adjective ending. */
export function stemWord(word: string): string {
  let s = word;
  if (STRIP2.test(s) && s.length - 2 >= MIN_STEM) s = s.slice(0, -2);
  else if (STRIP1.test(s) && s.length - 1 >= MIN_STEM) s = s.slice(0, -1);
  return s;
}

/**
 * Length of the known stem `word` is a case form of, or -1. The longest stem wins ("иванова" is a
 * form of "иванов", not of "иван").
 */
export function knownStemLength(word: string, stems: ReadonlySet<string>): number {
  for (let cut = 0; cut <= MAX_ENDING && word.length - cut >= MIN_STEM; cut++) {
    const stem = cut === 0 ? word : word.slice(0, word.length - cut);
    if (stems.has(stem) && ENDINGS.has(word.slice(word.length - cut))) return stem.length;
  }
  return -1;
}

/** Whether `s` is one of the case endings (or empty). */
export function isCaseEnding(s: string): boolean {
  return ENDINGS.has(s);
}

/** A folded Cyrillic word and the stems it may be a case form of (any ending from the table cut off). */
export function caseStems(word: string): string[] {
  const out = [word];
  for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= MIN_STEM; cut++) {
    if (ENDINGS.has(word.slice(word.length - cut))) out.push(word.slice(0, word.length - cut));
  }
  return out;
}

/**
 * Ukrainian softens г, к, х to з, ц, с before the dative and locative -і of a name in -а («Сибіга» ->
 * «Сибізі», like «нога» -> «нозі»): a folded word ending so, and the known stem it is a form of (its
 * last letter restored), or undefined.
 */
export function softenedStem(word: string, stems: ReadonlySet<string>): string | undefined {
  const hard = SOFTENED[word.slice(-2)];
  if (!hard || word.length - 2 < MIN_STEM) return undefined;
  const stem = word.slice(0, -2) + hard;
  return stems.has(stem) ? stem : undefined;
}

const SOFTENED: Record<string, string> = { зі: 'г', ці: 'к', сі: 'х' };
