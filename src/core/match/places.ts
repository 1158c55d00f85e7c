// Country names in a text, in the seven languages the packs read: the claim engine's test that a
// sentence is about the same place as a claim ("Czechia will send soldiers to Latvia" is not "... to
// Ukraine"). The names are the browser's own (Unicode CLDR through Intl.DisplayNames): nothing to bundle
// or keep up to date, and the same in Node for the command line.
import type { LanguagePack } from '../lang/types';
import { scanWords } from '../lang/analyse';

/** A place's name as words: lower case, except names written in capitals ("US", "USA"), kept as written. */
interface PlaceName {
  code: string;
  words: string[];
}

/**
 * Codes Intl.DisplayNames knows that are not one country: unions, the world, pseudo-regions, and
 * "Unknown Region".
 */
const NOT_A_COUNTRY = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

const tables = new Map<string, Map<string, PlaceName[]>>();

/** The first letters a word is filed under (a Cyrillic name is found in all its cases by its start). */
const fileKey = (w: string) => w.slice(0, 3);

function tableFor(lang: string): Map<string, PlaceName[]> {
  let t = tables.get(lang);
  if (t) return t;
  t = new Map();
  tables.set(lang, t);
  let names: Intl.DisplayNames[];
  try {
    names = (['long', 'short'] as const).map(
      (style) => new Intl.DisplayNames([lang], { type: 'region', style, fallback: 'none' }),
    );
  } catch {
    return t;
  }
  const seen = new Set<string>();
  for (let a = 65; a <= 90; a++)
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_A_COUNTRY.has(code)) continue;
      for (const dn of names) {
        let name: string | undefined;
        try {
          name = dn.of(code);
        } catch {
          name = undefined;
        }
        // A code with no long name has no short one either: half the calls.
        if (!name) break;
        if (seen.has(name)) continue;
        seen.add(name);
        const words: string[] = [];
        scanWords(name, (s, e) => (words.push(wordForm(name.slice(s, e))), true));
        if (!words.length) continue;
        const k = fileKey(words[0]);
        const list = t.get(k);
        if (list) list.push({ code, words });
        else t.set(k, [{ code, words }]);
      }
    }
  return t;
}

/** A word as names are compared: capitals kept for acronyms ("US" is not "us"), else lower case. */
function wordForm(w: string): string {
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w : w.toLowerCase().replace(/ё/g, 'е');
}

/** Whether a word of the text is `name`'s word, in a case form of the language where it has them. */
function sameWord(word: string, name: string, pack: LanguagePack): boolean {
  if (word === name) return true;
  if (name !== name.toLowerCase()) return false;
  if (pack.script === 'cyrillic') {
    // Украина, Украину, Украине, Украиной; Польша, Польшу; not российский (the adjective).
    const base = name.length > 4 && /[аяйьоеиыуюєії]$/.test(name) ? name.slice(0, -1) : name;
    return word.startsWith(base) && word.length - base.length <= 3;
  }
  // German genitive ("Polens", "Lettlands").
  return pack.code === 'de' && word === `${name}s`;
}

/**
 * The countries `text` names (ISO 3166 codes), by their names in `pack`'s language. A Latin-script
 * name is only read when written with a capital ("Chad" the country, not a word), and French elisions
 * and English possessives are read through ("l'Ukraine", "Ukraine's").
 */
export function placesIn(text: string, pack: LanguagePack): Set<string> {
  const found = new Set<string>();
  const table = tableFor(pack.code);
  if (pack.script === 'japanese') {
    // No spaces to split on: a name is found where it is written.
    for (const list of table.values())
      for (const p of list)
        if (p.words.length === 1 && p.words[0].length > 1 && text.includes(p.words[0])) found.add(p.code);
    return found;
  }
  const words: string[] = [];
  const capital: boolean[] = [];
  scanWords(text, (s, e) => {
    let w = text.slice(s, e);
    if (pack.code === 'fr' || pack.code === 'en') w = w.replace(/^[a-z]{1,2}['’](?=\p{Lu})/u, '').replace(/['’]s$/, '');
    capital.push(w[0] !== w[0].toLowerCase());
    words.push(wordForm(w));
    return true;
  });
  for (let i = 0; i < words.length; i++) {
    if (pack.script === 'latin' && !capital[i]) continue;
    const list = table.get(fileKey(words[i]));
    if (!list) continue;
    for (const p of list) {
      if (i + p.words.length > words.length) continue;
      if (p.words.every((w, k) => sameWord(words[i + k], w, pack))) found.add(p.code);
    }
  }
  return found;
}
