// Match hints for imported claims, which arrive without any: the few most distinctive words of the
// claim text, one group each, so that a sentence must contain all of them to match.
import { detectLanguage } from '../lang/index.ts';
import { HINT_LANGS, type ClaimHints, type HintLang } from '../types.ts';
import { normaliseAlias } from './text-utils.ts';

const STOP: Record<string, string> = {
  en: 'a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down during each even ever every few for from further get got had has have having he her here hers him his how however i if in into is it its just last like made make many may me more most much must my new no nor not now of off on once one only or other our out over own per said same says say she should since so some such than that the their them then there these they this those through to too under until up upon very via was we were what when where which while who whom why will with would year years you your percent people state states time least',
  fr: 'a au aux avec ce ces cette dans de des du elle en est et il ils je la le les leur lui mais me ne nous on ou par pas plus pour qu que qui sa se ses son sont sur ta te tes ton tu un une vous été être avoir fait faire comme tout tous aussi selon après avant depuis entre sans sous très',
  ru: 'а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до его ее ей ему если есть еще же за здесь и из или им их к как когда кто ли либо мне может мы на над надо наш не него нее нет ни них но ну о об однако он она они оно от очень по под после при с со так также такой там те тем то того тоже той только том ты у уже хотя чего чей чем что чтобы чье чья эта эти это я года году год россии',
  uk: 'а але б би був була були було бути в вам вас весь від до для є же за з и із її їх і й коли лише на над не ні ну о однак він вона вони воно по під після при с та так також там те ти то того тому у уже хоча це цей ця ці що щоб як який я року рік',
};
const stopSets = new Map<string, Set<string>>(
  Object.entries(STOP).map(([l, w]) => [l, new Set(w.split(' ').map(normaliseAlias))]),
);

/** Candidate words of a text, normalised, in order of first appearance. */
export function hintWords(text: string, lang: HintLang): string[] {
  const norm = normaliseAlias(text);
  const words =
    lang === 'ja'
      ? (norm.match(/[\p{Script=Han}\p{Script=Katakana}ー]{2,}/gu) ?? [])
      : // Hyphens split words: the matcher tokenises "Self-Defense" as two words too.
        (norm.match(/[\p{L}][\p{L}\p{N}'’]*/gu) ?? []).map((w) => w.replace(/['’]+$/, '').replace(/['’]s$/, ''));
  const stop = stopSets.get(lang);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const w of words) {
    if (seen.has(w) || (lang !== 'ja' && w.length < 4) || stop?.has(w)) continue;
    seen.add(w);
    out.push(w);
  }
  return out;
}

/** Word prefix so that inflected forms still match ("troops" -> "troop*", "Японии" -> "япон*"). */
function termOf(word: string, lang: HintLang): string {
  if (lang === 'ja') return word;
  if (lang === 'en') {
    const stem = word.replace(/(?:'s|ing|ed|es|s)$/, '');
    return stem.length >= 4 && stem !== word ? stem + '*' : word;
  }
  if (lang === 'fr') {
    const stem = word.replace(/(?:es|s|e)$/, '');
    return stem.length >= 4 && stem !== word ? stem + '*' : word;
  }
  return word.length >= 6 ? word.slice(0, word.length - 2) + '*' : word;
}

/**
 * Up to `max` groups from the rarest words (by document frequency over the whole import, then
 * longer first), in the claim's own language only; undefined when no word qualifies.
 */
export function deriveHints(
  text: string,
  lang: HintLang,
  docFreq?: ReadonlyMap<string, number>,
  max = 3,
): ClaimHints | undefined {
  const words = hintWords(text, lang);
  if (words.length === 0) return undefined;
  const ranked = words
    .map((w, i) => ({ w, i, df: docFreq?.get(w) ?? 1 }))
    .sort((a, b) => a.df - b.df || b.w.length - a.w.length || a.i - b.i)
    .slice(0, Math.min(max, words.length))
    .sort((a, b) => a.i - b.i);
  return { groups: ranked.map(({ w }) => ({ name: w, terms: { [lang]: [termOf(w, lang)] } })) };
}

/**
 * The language of a claim among the language packs (script, marker words, letters: see
 * detectLanguage). Latin-script text with no marker word of any pack ("A widely shared photograph
 * shows a 19th-century, Siberian bear-hunting suit.") is taken as English, the usual language of
 * fact-check feeds; 'other' for other scripts.
 */
export function detectHintLang(text: string): HintLang | 'other' {
  const code = detectLanguage(text)?.code;
  if (code) return (HINT_LANGS as readonly string[]).includes(code) ? (code as HintLang) : 'other';
  return /\p{Script=Latin}/u.test(text) ? 'en' : 'other';
}
