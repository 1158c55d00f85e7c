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
const NOT_A_COUNTRY = new Set([
  ...['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ'],
  // Deprecated codes ICU still names, before the country that replaced them (DD gives "Germany" before
  // DE does): left out, so that each country is filed under its ISO 3166 code.
  ...['AN', 'BU', 'CS', 'DD', 'FX', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR'],
]);

const tables = new Map<string, Map<string, PlaceName[]>>();

/** The first letters a word is filed under (a Cyrillic name is found in all its cases by its start). */
const fileKey = (w: string) => w.slice(0, 3);

function tableFor(pack: LanguagePack): Map<string, PlaceName[]> {
  const lang = pack.code;
  let t = tables.get(lang);
  if (t) return t;
  t = new Map();
  tables.set(lang, t);
  const add = (code: string, name: string) => {
    const words: string[] = [];
    scanWords(name, (s, e) => (words.push(wordForm(name.slice(s, e))), true));
    if (!words.length) return;
    const k = fileKey(words[0]);
    const list = t.get(k);
    if (list) list.push({ code, words });
    else t.set(k, [{ code, words }]);
  };
  // The press's names the browser lacks ("Czech Republic" beside "Czechia"): the pack's.
  for (const [code, list] of Object.entries(pack.countryNames ?? {})) for (const name of list) add(code, name);
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
        add(code, name);
      }
    }
  return t;
}

/** A word written in capitals ("ВМС", "NHK"): an acronym, not the first word of a longer name. */
const acronym = (w: string) => w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase();

/** A word as names are compared: capitals kept for acronyms ("US" is not "us"), else lower case. */
function wordForm(w: string): string {
  return acronym(w) ? w : w.toLowerCase().replace(/ё/g, 'е');
}

/** Whether a word of the text is `name`'s word, in a case form of the language where it has them. */
function sameWord(word: string, name: string, pack: LanguagePack): boolean {
  if (word === name) return true;
  if (name !== name.toLowerCase()) return false;
  if (pack.script === 'cyrillic') {
    // Украина, Украину, Украине, Украиной; Польша, Польшу; not российский (the adjective) nor Кубани
    // (the Kuban, not Куба).
    const base = name.length >= 4 && /[аяйьоеиыуюєії]$/.test(name) ? name.slice(0, -1) : name;
    return word.startsWith(base) && word.length - base.length <= 2;
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
  const table = tableFor(pack);
  if (pack.script === 'japanese') {
    // No spaces to split on: a name is found where it is written, a katakana name not inside a longer
    // katakana word (マリウポリ holds マリ, Mali).
    for (const list of table.values())
      for (const p of list) {
        const name = p.words[0];
        if (p.words.length !== 1 || name.length < 2) continue;
        const kana = isKatakana(name.charCodeAt(0));
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          if (kana && (isKatakana(text.charCodeAt(at - 1)) || isKatakana(text.charCodeAt(at + name.length)))) continue;
          // 南米 (South America), 北米, 中米: 米国家連合 is no United States.
          const prev = text[at - 1];
          if (!kana && prev && '南北中'.includes(prev)) continue;
          found.add(p.code);
          break;
        }
      }
    return found;
  }
  const words: string[] = [];
  const capital: boolean[] = [];
  /** Whether a stop stands between the word and the one before (or it is the first). */
  const opens: boolean[] = [];
  /** Whether only a space or a hyphen stands between the word and the one before: one name may go on. */
  const joined: boolean[] = [];
  /** Whether the word ends in a possessive ("Egypt's"): it ends its name ("Egypt's Sinai"). */
  const possessive: boolean[] = [];
  let last = 0;
  scanWords(text, (s, e) => {
    let w = text.slice(s, e);
    if (pack.code === 'fr' || pack.code === 'en') {
      w = w.replace(/^(?:[lLdD]|[jJ]usqu|[qQ]u)['’](?=\p{Lu})/u, '');
      possessive.push(/['’]s$/.test(w));
      w = w.replace(/['’]s$/, '');
    } else possessive.push(false);
    capital.push(w[0] !== w[0].toLowerCase());
    words.push(wordForm(w));
    opens.push(words.length === 1 || /[.!?:;\n«»"“”]/u.test(text.slice(last, s)));
    joined.push(words.length > 1 && /^[ \u00a0-]$/u.test(text.slice(last, s)));
    last = e;
    return true;
  });
  if (pack.code === 'en' && /(?<![\p{L}.])U\.S\.(?![\p{L}])/u.test(text)) found.add('US');
  for (let i = 0; i < words.length; i++) {
    // Names are written with a capital in every alphabet the packs read (Cyrillic too: «малі» is no Mali).
    if (!capital[i]) continue;
    // Part of a longer name: right after a capitalised word that does not open its sentence ("Jim Jordan"
    // within a sentence, "New Jersey"); not in German, whose nouns all take capitals, nor after an acronym
    // («ВМС Австралии», the navy of Australia; not a possessive one: "the BBC's Russia editor").
    if (
      pack.code !== 'de' &&
      joined[i] &&
      capital[i - 1] &&
      !opens[i - 1] &&
      !(acronym(words[i - 1]) && !possessive[i - 1])
    )
      continue;
    const list = table.get(fileKey(words[i]));
    if (!list) continue;
    for (const p of list) {
      const n = p.words.length;
      if (i + n > words.length) continue;
      // Or right before one ("Maurice Ravel", "Chad Smith"), but in German.
      if (
        pack.code !== 'de' &&
        !possessive[i + n - 1] &&
        joined[i + n] &&
        capital[i + n] &&
        words[i + n] !== words[i + n].toUpperCase()
      )
        continue;
      if (p.words.every((w, k) => sameWord(words[i + k], w, pack))) found.add(p.code);
    }
  }
  return found;
}

const isKatakana = (u: number) => u >= 0x30a1 && u <= 0x30fa;

/** The one-word country names of `pack`'s language (ポーランド, スロバキア): the browser's and the pack's own. */
export function countryNames(pack: LanguagePack): string[] {
  return [...tableFor(pack).values()].flatMap((list) =>
    list.filter((p) => p.words.length === 1).map((p) => p.words[0]),
  );
}
