// Scores sentences against claims' hint groups. One automaton finds every hint term; each claim is
// indexed only under the terms of its rarest group, so a sentence wakes up the few claims whose
// most specific evidence is present, not the thousands that share "Ukraine". All groups must match.
import type { CompiledClaim, CompiledOfficial, HintAnaphora, HintLang } from '../types';
import { HINT_LANGS } from '../types';
import { isCjkUnit, isCyrillicUnit, joinsWord } from '../text/script';
import { AhoCorasick } from './aho-corasick';
import type { PackPart } from './pack';
import { keyOf } from './officials';
import { stemWord } from './slavic';
import { LANGUAGE_PACKS, packFor } from '../lang';
import type { LanguagePack } from '../lang/types';
import { countryNames } from './places';

/** One occurrence of a hint term in the key text. */
export interface TermOccurrence {
  pattern: number;
  start: number;
  end: number;
  /** Whether the term ends inside a word (then only prefix terms "deploy*" may use it). */
  open: boolean;
  /** End of the word the term ends in (= end unless open), so "Ukrain*" reports "Ukraine". */
  wordEnd: number;
  /**
   * A negation word of any language stands one or two words before it in its clause ("nicht mehr in
   * England, sondern in der Ukraine"): set for the terms of claims' `exclude` lists only (see scan).
   */
  negated?: boolean;
  /**
   * Words of an actor (see OWNER_GROUPS) right beside a term of an owned group (see ClaimHints.owns): the
   * patterns of the one before it ("European troops", «европейские войска», 欧州の部隊) and, where none
   * stands before, of the one after it ("soldados europeos"). Set by scan for those terms only.
   */
  ownerBefore?: number[];
  ownerAfter?: number[];
  /**
   * Named as where something goes or is: after a place preposition ("in die Ukraine", "a Ucrania", «в
   * Україну») or before a Japanese postposition of place (ウクライナへ). Set by scan for the terms of the
   * groups a claim's `elsewhere` contrasts with only (see ClaimHints.elsewhere).
   */
  placed?: boolean;
  /** After a word of substitution ("instead of troops", "statt Soldaten"): no evidence. */
  instead?: boolean;
  /** An armed force's word owning materiel ("Bundeswehr stocks", 自衛隊の車両): no troops, still the actor. */
  materiel?: boolean;
  /** After a preposition of origin ("from Ukraine", «из Украины», ウクライナから): no destination. Set for place terms. */
  origin?: boolean;
  /**
   * An actor's word that names the region of a place ("der ukrainischen Region Sumy", "la provincia
   * ucraniana de Sumy", «в Курской области»): no actor there. Set by scan for actors' words only.
   */
  regional?: boolean;
}

/** A claim's evidence in one sentence. */
export interface ClaimEvidence {
  /** Groups met, by terms or by an official the group names. */
  groups: Set<number>;
  /** Occurrences that met a group, with their group. */
  used: { occ: TermOccurrence; group: number }[];
  /** Groups met by an official's mention: group -> official index. */
  byEntity: Map<number, number>;
  excluded: boolean;
  /** The exclusion terms' occurrences that excluded it (see index.ts: only within the claim's clause). */
  exclusions: TermOccurrence[];
}

/**
 * The hint groups that name who acts, by their name in the data (an `actor` sending, the `who` present,
 * the `foreign` troops Russia rejects, the `leaders` of a coalition, the `subject` of remarks, North
 * Korea, Russia): their words beside an owned group's word make it that actor's (see ClaimHints.owns).
 */
const OWNER_GROUPS = new Set(['actor', 'who', 'foreign', 'leaders', 'subject', 'north-korea', 'russia']);
/** The hint groups that name where (a claim's destination, place): such an owner word after a preposition is a place. */
const PLACE_GROUPS = new Set(['destination', 'in-ukraine', 'where', 'place', 'russian-soil', 'inside-russia']);
/**
 * Of those, the group that names the place the act happens in (the Kursk region): a sentence that misses it
 * is about another place ("a cross-border assault into the Kharkiv region" is not the Kursk incursion),
 * however many of the claim's other words it holds. Not Russian soil or sites inside Russia, which a
 * sentence often leaves implied ("the sites from which it is attacked").
 */
const SITE_GROUPS = new Set(['place']);
// Patterns on the folded key text (lower case, Latin letters without accents, Cyrillic) name its letters
// rather than \p{L}: each Unicode property class costs a compile on every page the content script starts on.
// Their words are the language packs' `places` (lang/types.ts PlaceWords), joined across packs.
const PLACES = LANGUAGE_PACKS.flatMap((p) => (p.places ? [{ script: p.script, ...p.places }] : []));
const placeWords = (pick: (w: (typeof PLACES)[number]) => string | undefined, script?: string): string[] =>
  [
    ...new Set(
      PLACES.filter((w) => !script || w.script === script).flatMap((w) =>
        (pick(w) ?? '')
          .split(/\s+/u)
          .filter(Boolean)
          .map((x) => x.replace(/_/g, ' ')),
      ),
    ),
  ].sort((a, b) => b.length - a.length);
const placeAlternations = (pick: (w: (typeof PLACES)[number]) => string | undefined): string =>
  PLACES.flatMap((w) => (pick(w) ? [pick(w)!] : [])).join('|') || '(?!)';
/** Words as an alternation; none as one that matches nothing (an empty alternative would match everywhere). */
const wordsOf = (ws: readonly string[]) =>
  ws.length ? ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|') : '(?!)';
const NOT_KEY_LETTER = '[^a-z\\u0400-\\u052f]';
/** A word for a region right after an adjective (folded key text): "ukrainischen Region", «украинской области». */
const REGION_AFTER = new RegExp(`^\\s+(?:${placeAlternations((w) => w.regionAfter)})(?![a-z\\u0400-\\u052f])`, 'u');
/**
 * A word for a region right before an adjective, after an article, in Romance order (folded key text): "la
 * provincia ucraniana", "la region ukrainienne"; not "in the Kursk region Ukrainian forces …".
 */
const REGION_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.regionBefore?.articles))}) ?(?:${wordsOf(
    placeWords((w) => w.regionBefore?.nouns),
  )})\\s+$`,
  'u',
);
const PREPOSITIONS_LATIN = wordsOf(placeWords((w) => w.prepositions, 'latin'));
const PREPOSITIONS_CYRILLIC = wordsOf(placeWords((w) => w.prepositions, 'cyrillic'));
const PLACE_ARTICLES = wordsOf(placeWords((w) => w.articles));
/**
 * A preposition (perhaps with an article) right before a word, in the Latin-script packs: "in die",
 * "nach", "a", "en", "hacia", "to", "into", "en", "vers", "dans" (folded key text).
 */
const PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PREPOSITIONS_LATIN})(?:\\s(?:${PLACE_ARTICLES}))?\\s$`, 'u');
/** A Russian or Ukrainian preposition of place right before a word (folded key text): «в Україну», «на Украине». */
const CYRILLIC_PLACE_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:${PREPOSITIONS_CYRILLIC})\\s$`, 'u');
/** A Japanese postposition of direction, or a suffix of inside, right after a word: ウクライナへ, ウクライナ国内. */
const JA_PLACE_AFTER = new RegExp(`^(?:${wordsOf(placeWords((w) => w.after))})`, 'u');
/** Japanese nouns of sending right after a place (ウクライナ派兵): the place is where, not whose (see noteOwners). */
const SENDING_AFTER = new Set(placeWords((w) => w.sendingAfter));
/** "inside", "within" (folded key text) right before a word: where an act happens, not a place it passes. */
const INSIDE_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.inside))})\\s(?:(?:${PLACE_ARTICLES})\\s)?$`,
  'u',
);
/** The prepositions of origin of the spaced scripts ("from", "aus", «из»; see PlaceWords.origin). */
const ORIGIN_SPACED = wordsOf([...placeWords((w) => w.origin, 'latin'), ...placeWords((w) => w.origin, 'cyrillic')]);
/** A preposition of origin right before a word, perhaps with an article (folded key text). */
const ORIGIN_BEFORE = new RegExp(`(?:^|${NOT_KEY_LETTER})(?:${ORIGIN_SPACED})(?:\\s(?:${PLACE_ARTICLES}))?\\s$`, 'u');
/** "away from", "far from" (PlaceWords.away): the place is where the act is kept from, the destination denied. */
const AWAY_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.away))})\\s(?:${ORIGIN_SPACED})(?:\\s(?:${PLACE_ARTICLES}))?\\s$`,
  'u',
);
/** A word of substitution right before a word, with an article ("instead of", "statt", «вместо»): see `instead`. */
const INSTEAD_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.instead))})(?:\\s(?:${PLACE_ARTICLES}))?\\s$`,
  'u',
);
/** Words that put a place aside as the only one, right before it: see `notOnly`. */
const NOT_ONLY_BEFORE = new RegExp(`(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.notOnly))})\\s*$`, 'u');
/** Every country's one-word name in every pack, folded (see namesCountry). */
let countryNamesMemo: Set<string> | undefined;
/**
 * Whether a word of folded key text is a country's name ("polen"; «польши», a Cyrillic name in a case form: its
 * name less a final vowel and up to two letters more; a German genitive "polens"), not a word that only starts
 * like one ("britische", «армейских»).
 */
export function namesCountry(key: string): boolean {
  const names = (countryNamesMemo ??= new Set(LANGUAGE_PACKS.flatMap((p) => countryNames(p).map(keyOf))));
  return [...key.matchAll(/[\p{L}]{3,}/gu)].some(({ 0: w }) => {
    if (names.has(w) || (w.endsWith('s') && names.has(w.slice(0, -1)))) return true;
    if (!/[\u0400-\u052f]/u.test(w)) return false;
    for (let cut = 0; cut <= 3 && w.length - cut >= 4; cut++) {
      const stem = w.slice(0, w.length - cut);
      if (names.has(stem) || names.has(`${stem}а`) || names.has(`${stem}я`) || names.has(`${stem}ия`)) return true;
    }
    return false;
  });
}
/** A word of substitution up to five words before (folded key text): "statt wie bisher auf Übungsplätzen ". */
const INSTEAD_WITHIN = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.instead))})(?:\\s[a-z0-9\\u0400-\\u052f]+){0,5}\\s*$`,
  'u',
);
/** The packs' nouns of materiel (PlaceWords.materiel), as an alternation; of the Cyrillic packs only with `cyrillic`. */
const materielNouns = (cyrillic = false): string =>
  PLACES.flatMap((w) => (w.materiel && (!cyrillic || w.script === 'cyrillic') ? [w.materiel.nouns] : [])).join('|') ||
  '(?!)';
/**
 * People or "and" right after a noun of materiel: the force's people who handle it ("SDF vehicle maintenance
 * crews", "Bundeswehr weapons instructors", "vehicles and personnel", 武器専門家): still its troops.
 */
const MATERIEL_PEOPLE =
  '\\s(?:and|und|et|y|и|і|та|maintenance|repair|crews?|mechanics?|personnel|instructors?|specialists?|experts?|technicians?|pilots?|operators?|engineers?|staff|teams?)(?![a-z])|の?(?:整備|要員|専門家|隊員|技術者|操縦士|教官|担当)|[とや](?:隊員|要員|部隊|兵士|兵員|自衛官)(?!用|向け)';
/** A noun of materiel right after an armed force's word, perhaps after Japanese の: "army trucks", 自衛隊の車両. */
const MATERIEL_AFTER = new RegExp(
  `^(?:\\s|の)?(?:${materielNouns()})(?![a-z\\u0400-\\u052f])(?!${MATERIEL_PEOPLE})`,
  'u',
);
/** The words of "of" between a noun of materiel and the force's word ("der", "of the"; "de l'" with no space). */
const MATERIEL_OF = placeWords((w) => w.materiel?.of);
/**
 * A noun of materiel and a word of "of" right before an armed force's word ("aus Beständen der Bundeswehr",
 * "stocks of the army"), or in the Cyrillic packs a noun before the force's genitive («запасов армии»). The
 * Latin-script packs need the "of": a noun alone there may be a verb ("France ships troops").
 */
const MATERIEL_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:(?:${materielNouns()})\\s(?:${wordsOf(MATERIEL_OF.filter((w) => !w.endsWith("'")))})\\s|(?:${materielNouns()})\\s(?:${wordsOf(MATERIEL_OF.filter((w) => w.endsWith("'")))})|(?<!(?:^|[^\\u0400-\\u052f])(?:с|со|із|зі|з|разом)\\s)(?:${materielNouns(true)})\\s)$`,
  'u',
);
/**
 * Whether `after` matches the folded key text right after occurrence `o` (within `afterReach` characters) or
 * `before` the text right before it (within `beforeReach`).
 */
const beside = (
  key: string,
  o: { start: number; wordEnd: number },
  after: RegExp,
  afterReach: number,
  before: RegExp,
  beforeReach: number,
): boolean =>
  after.test(key.slice(o.wordEnd, o.wordEnd + afterReach)) ||
  before.test(key.slice(Math.max(0, o.start - beforeReach), o.start));
/**
 * A Cyrillic word in the instrumental ("з Україною", «с Украиной»): the preposition is "with", not "from"
 * (review r52: "для співпраці з Україною").
 */
const INSTRUMENTAL = /(?:ою|ею|єю|ой|ей|ом|ем|єм)$/u;
/** A request from a place (ウクライナから要請, からの要請): the place asks; it is where troops would go. */
const JA_REQUEST_AFTER = /^から(?:の)?(?:要請|依頼|要望|求め)/u;
/**
 * A Japanese noun of soldiers or an army right after a place (ウクライナ兵, ウクライナ軍): whose they are, not where
 * they go; not before に or へ, nor before の and a place of theirs (ウクライナ軍に教官を, ウクライナ軍の前線に).
 */
const JA_FORCE_AFTER = /^(?:兵(?![器站庫])|軍(?![事需用備])|部隊)(?![にへ]|の(?:前線|陣地|後方|拠点|基地|部隊|支援))/u;
/** Japanese から right after a place (ウクライナから). */
const JA_ORIGIN_AFTER = new RegExp(`^(?:${wordsOf(placeWords((w) => w.origin, 'japanese'))})`, 'u');

/**
 * A word of moving something somewhere, a few words before a preposition of place with no punctuation
 * between (folded key text, every language): "shift to Ukraine", "eine Verlegung in die Ukraine",
 * "trasladar a Ucrania", «перенести навчання в Україну». Whole word forms: not "mandate", not "the war in
 * Ukraine".
 */
const MOTION_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${placeAlternations((w) => w.motion)})(?:[ '][a-z0-9\\u0400-\\u052f]+){1,6}[ ']*$`,
  'u',
);
/**
 * A word of contrast right before a preposition of place (folded key text): "rather than in Ukraine",
 * "statt in der Ukraine", "not in Ukraine", "y no en Ucrania", «а не в Україні».
 */
const CONTRAST_BEFORE = new RegExp(
  `(?:^|${NOT_KEY_LETTER})(?:${wordsOf(placeWords((w) => w.contrast))})[ ']+(?:${PREPOSITIONS_LATIN}|${PREPOSITIONS_CYRILLIC}) (?:(?:${PLACE_ARTICLES}) )?$`,
  'u',
);

/**
 * Whether occurrence `o` of a place is named as where an act goes or happens (see TermOccurrence.placed):
 * after a preposition of place with a word of moving or contrast a few words before it, or after "inside";
 * in Japanese before へ or 国内.
 */
function placedAt(key: string, o: TermOccurrence): boolean {
  if (JA_PLACE_AFTER.test(key.slice(o.wordEnd, o.wordEnd + 2))) return true;
  const before = key.slice(Math.max(0, o.start - 12), o.start);
  if (INSIDE_BEFORE.test(before)) return true;
  if (!PLACE_BEFORE.test(before) && !CYRILLIC_PLACE_BEFORE.test(key.slice(Math.max(0, o.start - 4), o.start)))
    return false;
  const head = key.slice(Math.max(0, o.start - 70), o.start);
  return CONTRAST_BEFORE.test(head) || MOTION_BEFORE.test(head);
}

/** A Russian or Ukrainian adjective's ending: the form an owner takes before a noun («французские войска»). */
const CYRILLIC_ADJECTIVE = /(?:[ыиоі]й|[ая]я|[оеєиыі]е|[оеє]го|[оеє]му|[ыиі]х|[ыиі]ми|[уюя]ю|ої|ій|ім|ою|ей)$/;

/**
 * Whether a hint term's words (folded) hold a negation of `lang` that negates a word of the term: not a
 * negative determiner or "ni" before a noun. An elided negation counts ("n'interdit": "ne").
 */
function negativeIn(term: string, lang: string): boolean {
  let words = termNegations.get(lang);
  if (!words) {
    const pack = packFor(lang);
    const determiners = new Set([...(pack?.negativeDeterminers ?? [])].map(keyOf));
    words = new Set([...(pack?.negations ?? [])].map(keyOf).filter((w) => !determiners.has(w) && w !== 'ni'));
    // A negation the pack elides before a vowel ("n'" for "ne") counts as that negation.
    for (const e of pack?.elisions ?? []) if (words.has(`${keyOf(e)}e`)) words.add(keyOf(e));
    termNegations.set(lang, words);
  }
  return [...term.matchAll(/[\p{L}\p{N}]+/gu)].some((m) => words.has(m[0]));
}
/** Per language, the folded words that make a hint term negative (see negativeIn). */
const termNegations = new Map<string, Set<string>>();

/** Minimum score to report a claim; a sentence missing any group scores at most 0.6. */
export const CLAIM_THRESHOLD = 0.65;

interface ClaimTerms {
  /**
   * Per group: pattern -> prefix allowed. Built with the index; a restored index reads it from `flat`
   * the first time a sentence needs the claim's evidence (see groupsOf).
   */
  groups?: Map<number, boolean>[];
  exclude: Map<number, boolean>;
  /**
   * ClaimHints.elsewhere: the group whose place it contrasts with, and the patterns of its terms (also in
   * `exclude`), which veto only where that group's place is not named as where the act goes (see evidence).
   */
  elsewhere?: [group: number, patterns: number[]];
  /** Per group: officials whose mention meets it. */
  entity: Map<number, number[]>;
  about: number[];
}

interface PackedMeta {
  mask: number;
  /** The groups' terms are in the `flat` array, not here (see groupsOf). */
  terms: [
    exclude: [number, boolean][],
    entity: [number, number[]][],
    about: number[],
    elsewhere?: [group: number, patterns: number[]],
  ][];
  entityClaims: [number, number[]][];
  separable?: Separable[];
  special?: Special[];
  acronyms?: number[];
  stopIn?: [number, string[]][];
  compoundTails?: number[];
  anaphora?: Anaphor[];
}

/**
 * A hint term that is a separable verb ("ablehn*"): its pattern, particle and verb stem, folded, and the
 * language whose pack says where the particle closes its clause (LanguagePack.particleEnd).
 */
type Separable = [pattern: number, particle: string, stem: string, lang: string];

/**
 * A hint term the automaton cannot find by itself, met where its head word is found and the rest holds:
 * - "russisch* Staatsgebiet": a star inside the phrase ends an inflected word ("russisches
 *   Staatsgebiet", "russischem Staatsgebiet"), and the words after it follow;
 * - "~akzeptier*": the word is negated in its clause ("in keiner Form akzeptieren", "no aceptará",
 *   "akzeptiert das nicht"), by a negation of the term's language, at most four words before it or three
 *   after (to the clause's end where the language puts it there: LanguagePack.clauseEndNegation), with
 *   no punctuation between. The negation is part of the term: for a negative claim's own
 *   negation group (see stance.ts polarityGroup) it is the claim's polarity, not the sentence's.
 * Its pattern is a key that never occurs in text (it starts with U+0001); the head is an ordinary one.
 */
type Special = [pattern: number, head: number, headPrefix: boolean, tail: string, tailPrefix: boolean, negLang: string];

/**
 * Words that meet a group only beside a word of another idea (ClaimHints groups' `anaphora`): a pattern
 * no text holds, put in every group with that anaphora, and the patterns that stand for it ([pattern,
 * prefix allowed]) where one of the antecedent patterns is in the sentence too (see scan).
 */
type Anaphor = [pattern: number, anaphors: [number, boolean][], antecedents: [number, boolean][]];

/** Genitive and plural endings German, Spanish, French and English share: see scan. */
const INFLECTION = /^(?:s|es)$/;
/** One word of Latin letters (folded). */
const LATIN_TERM = /^[a-z]+$/;

/** A negation's reach around a "~" term, in words, and the punctuation that stops it. */
const NEG_BEFORE = 4;
const NEG_AFTER = 3;
/** In a verb-final clause, how far back a negation may stand before the verb (see negationNear). */
const NEG_CLAUSE = 12;
const CLAUSE_STOP = /[,.;:!?()\[\]"«»“”„\u2013\u2014]/u;

const CLAUSE_STOPS = new RegExp(CLAUSE_STOP, 'gu');

/** Whether key[start] continues a word of at least three letters before it, up to a space or a dash. */
function compoundTail(key: string, start: number): boolean {
  let k = start;
  while (k > 0 && joinsWord(key, k)) k--;
  return start - k >= 3;
}
/** Words as one regular-expression alternation, the longest first, each escaped. */
function alternation(words: readonly string[]): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** The negation words of every pack, folded as the key text is. */
let anyNegation: Set<string> | undefined;
const negationWords = () => (anyNegation ??= new Set(LANGUAGE_PACKS.flatMap((p) => [...p.negations].map(keyOf))));
/** The packs' words of a clause answering a negation (LanguagePack.negatedContrast), folded, read once. */
let contrastMemo: { next: RegExp; notOnly: Set<string> } | undefined;
function negatedContrast(): { next: RegExp; notOnly: Set<string> } {
  if (contrastMemo) return contrastMemo;
  const all = (pick: (c: NonNullable<LanguagePack['negatedContrast']>) => string) =>
    LANGUAGE_PACKS.flatMap((p) => (p.negatedContrast ? pick(p.negatedContrast).split(' ').map(keyOf) : []));
  const alt = (ws: string[]) => ws.join('|') || '(?!)';
  return (contrastMemo = {
    next: new RegExp(
      `^[^.;:!?,]{0,30},\\s*(?:${alt(all((c) => c.opens))})(?![\\p{L}])(?!\\s+(?:${alt(all((c) => c.also))})(?![\\p{L}]))`,
      'u',
    ),
    notOnly: new Set(all((c) => c.notOnly)),
  });
}
/**
 * Whether one of the two words before key[at] in its clause is a negation of any language; or, for a claim's
 * `elsewhere` place (`place`), the third or fourth, where a clause of contrast follows the term (ending at `end`).
 */
function negatedBefore(key: string, at: number, end: number, place: boolean): boolean {
  const negations = negationWords();
  const before = key.slice(Math.max(0, at - 40), at);
  const cut = Math.max(...[...before.matchAll(CLAUSE_STOPS)].map((m) => m.index + 1), 0);
  const words = [...before.slice(cut).matchAll(/[\p{L}\p{N}'’]+/gu)].map((m) => m[0]);
  if (words.slice(-2).some((w) => negations.has(w))) return true;
  if (!place) return false;
  // "plus seulement au Royaume-Uni", "no longer only in England": the place is not the only one.
  if (NOT_ONLY_BEFORE.test(key.slice(Math.max(0, at - 30), at))) return true;
  // "statt wie bisher auf Übungsplätzen in Großbritannien": the place a word of substitution puts aside; not
  // where another country stands between ("statt in Polen nun in England": Poland is put aside).
  const head = key.slice(Math.max(0, at - 60), at);
  const clause = head.slice(Math.max(...[...head.matchAll(CLAUSE_STOPS)].map((m) => m.index + 1), 0));
  const instead = INSTEAD_WITHIN.exec(clause);
  if (instead && !namesCountry(clause.slice(instead.index))) return true;
  const contrast = negatedContrast();
  if (!contrast.next.test(key.slice(end, end + 40))) return false;
  return [-4, -3].some((k) => negations.has(words.at(k) ?? '') && !contrast.notOnly.has(words.at(k + 1) ?? ''));
}

/** Per pack its stop words and their prefixes, folded, so each pattern costs a lookup per language. */
let stopTablesMemo: { code: string; whole: Set<string>; starts: Set<string> }[] | undefined;
function stopTables(): { code: string; whole: Set<string>; starts: Set<string> }[] {
  return (stopTablesMemo ??= LANGUAGE_PACKS.map((pack) => {
    const whole = new Set<string>();
    const starts = new Set<string>();
    for (const w of pack.stop) {
      const k = keyOf(w);
      whole.add(k);
      for (let i = 1; i <= k.length; i++) starts.add(k.slice(0, i));
    }
    return { code: pack.code, whole, starts };
  }));
}

/** Where a particle closes its clause when the pack says nothing else: punctuation or the line's end. */
const PARTICLE_END = /^\s*(?:[,.;:!?)\u2013\u2014]|$)/u;

export class ClaimsIndex {
  private readonly ac: AhoCorasick;
  private readonly terms: ClaimTerms[] = [];
  /**
   * pattern -> claims anchored on it (the pattern is in the claim's rarest group): for pattern p,
   * anchorList[anchorStart[p] .. anchorStart[p + 1]). Arrays, so that a restored index reads them as
   * views over its pack rather than building a map entry per pattern.
   */
  private anchorStart: Int32Array = new Int32Array(1);
  private anchorList: Int32Array = new Int32Array(0);
  /** official -> claims with a group that official's mention meets. */
  private readonly entityClaims = new Map<number, number[]>();
  /** A special term's tail split into its words, once per tail (see specialTerms). */
  private readonly tailParts = new Map<string, string[]>();
  /** The patterns of claims' `elsewhere` terms, read once (see scan). */
  private elsewhereTermSet: Set<number> | undefined;
  private get elsewhereTerms(): Set<number> {
    return (this.elsewhereTermSet ??= new Set(this.terms.flatMap((t) => t.elsewhere?.[1] ?? [])));
  }
  /** Whether `pattern` is a term of some claim's `elsewhere` place (ClaimHints.elsewhere). */
  isElsewhereTerm(pattern: number): boolean {
    return this.elsewhereTerms.has(pattern);
  }
  /** The actors' patterns (see OWNER_GROUPS), read once (see scan). */
  private ownerSet: Set<number> | undefined;
  /** Per claim, the groups that name an actor (see OWNER_GROUPS), read on first need. */
  private actorGroupsOf: (Set<number> | undefined)[] = [];
  /** Whether group `group` of claim `claim` names an actor (see OWNER_GROUPS). */
  isActorGroup(claim: number, group: number): boolean {
    return this.actorGroups(claim).has(group);
  }
  private actorGroups(claim: number): Set<number> {
    let out = this.actorGroupsOf[claim];
    if (!out) {
      out = new Set();
      (this.claims[claim]?.hints?.groups ?? []).forEach((g, gi) => {
        if (OWNER_GROUPS.has(g.name)) out!.add(gi);
      });
      this.actorGroupsOf[claim] = out;
    }
    return out;
  }
  /** The patterns of the groups claims' `elsewhere` contrasts with, read once (see scan). */
  private elsewhereSet: Set<number> | undefined;
  private get elsewherePlaces(): Set<number> {
    if (!this.elsewhereSet) {
      this.elsewhereSet = new Set();
      this.terms.forEach((t, ci) => {
        if (t.elsewhere) for (const p of this.groupsOf(ci)[t.elsewhere[0]].keys()) this.elsewhereSet!.add(p);
      });
    }
    return this.elsewhereSet;
  }
  /** The patterns that stand for a vocabulary set's anaphora (see Anaphor). */
  private anaphorKeys: Set<number> | undefined;
  private isAnaphorKey(pattern: number): boolean {
    return (this.anaphorKeys ??= new Set(this.anaphora.map((a) => a[0]))).has(pattern);
  }
  /** The patterns of every claim's `exclude` terms, read once (see scan). */
  private excludeSet: Set<number> | undefined;
  private get excludeTerms(): Set<number> {
    return (this.excludeSet ??= new Set(this.terms.flatMap((t) => [...t.exclude.keys()])));
  }
  /** Groups and terms of every claim in one array (see the constructor), from flatStart[claim]. */
  private flat: Int32Array = new Int32Array(0);
  private flatStart: Int32Array = new Int32Array(0);
  /** pattern -> number of claims using it in a group: how generic a term is. */
  private postings: Int32Array = new Int32Array(0);
  /** Hint terms that are separable verbs (see LanguagePack.particles), and their stems' pattern. */
  private separable: Separable[] = [];
  private stemsRe: RegExp | undefined;
  /** Particle + infinitive infix + stem of the separable terms ("auszuschließ") -> their patterns. */
  private infixed = new Map<string, number[]>();
  /** Phrase terms with an inner star and negated terms (see Special), by head pattern. */
  private special: Special[] = [];
  private anaphora: Anaphor[] = [];
  private specialByHead = new Map<number, Special[]>();
  /** Per language, its negations folded (for "~" terms). */
  private negationsOf = new Map<string, Set<string>>();
  /**
   * Patterns met only by a word written with a capital (see upperOnly): those every term of which is an
   * acronym ("US", "USA", "UK", "EU": "told us" and Spanish "usa" (uses) are no United States) or a whole
   * German noun, which German always capitalises ("Militär" is no Spanish "militar"). The name, kept in
   * the pack's format, is the first kind's.
   */
  private acronyms = new Set<number>();
  private notAcronyms = new Set<number>();
  /** pattern -> the languages its terms are written in (while building). */
  private langsOf = new Map<number, Set<string>>();
  /**
   * pattern -> languages in which its word is a stop word though none of its terms is written in them:
   * English "war" is German "war" (was), French "entr*" meets Spanish "entre". See stopIn().
   */
  private stopLangs = new Map<number, string[]>();
  private prefixTerms = new Set<number>();
  /** Patterns that may also end a compound word ("*Soldat*" meets "Elitesoldaten"; see addTerm). */
  private compoundTails = new Set<number>();
  /**
   * Per claim, at 2 * claim: the group its `actor` group owns (ClaimHints.owns) and that actor group; -1
   * where none.
   */
  private owns: Int32Array = new Int32Array(0);
  /** Per claim, a bit for each of its groups that names where its act happens (SITE_GROUPS). */
  private sites: Int32Array = new Int32Array(0);
  /** The patterns of every claim's actor groups (OWNER_GROUPS), sorted: another actor's words. */
  private ownerPatterns: Int32Array = new Int32Array(0);
  /** The patterns of every owned group, sorted: the terms scan looks beside. */
  private ownedPatterns: Int32Array = new Int32Array(0);
  private ownerSets: { owners: Set<number>; places: Set<number>; owned: Set<number> } | undefined;
  private ownedAfterSet: Set<number> | undefined;
  /** The patterns of hint terms negative in their own words, sorted (see negativeTerm). */
  private negativePatterns: Int32Array = new Int32Array(0);
  private negativeSet: Set<number> | undefined;
  /** While building: negative terms (see negativeTerm), and each term's languages (see ownedAfter). */
  private readonly negativeIds = new Set<number>();
  private readonly termLangs = new Map<number, Set<string>>();
  /** The patterns of every claim's place groups (PLACE_GROUPS), sorted: where a place is named (see noteOwners). */
  private placePatterns: Int32Array = new Int32Array(0);
  private placeSet: Set<number> | undefined;
  private ownedSet: Set<number> | undefined;
  /** The owned patterns written in Spanish or French, sorted: an owner after them counts (see noteOwners). */
  private ownedAfterPatterns: Int32Array = new Int32Array(0);

  constructor(
    readonly claims: readonly CompiledClaim[],
    officials: readonly CompiledOfficial[],
    /** This index as `pack()` wrote it for the same claims and officials: restored instead of built. */
    from?: PackPart,
  ) {
    if (from) {
      const m = from.meta as PackedMeta;
      const { flat, flatStart, anchorStart, anchorList, postings } = from.i32;
      const { owns, ownerPatterns, placePatterns, ownedPatterns, ownedAfterPatterns, negativePatterns } = from.i32;
      const { sites } = from.i32;
      if (
        !m ||
        !Array.isArray(m.terms) ||
        !flat ||
        !flatStart ||
        !anchorStart ||
        !anchorList ||
        !postings ||
        !owns ||
        !sites ||
        !ownerPatterns ||
        !placePatterns ||
        !ownedPatterns ||
        !ownedAfterPatterns ||
        !negativePatterns
      )
        throw new Error('ClaimsIndex: not a packed index');
      this.ac = AhoCorasick.restore(from);
      if (postings.length !== this.ac.patternCount || anchorStart.length !== this.ac.patternCount + 1)
        throw new Error('ClaimsIndex: not a packed index');
      for (const [exclude, entity, about, elsewhere] of m.terms)
        this.terms.push({ exclude: new Map(exclude), entity: new Map(entity), about, ...(elsewhere && { elsewhere }) });
      Object.assign(this, { anchorStart, anchorList, postings });
      for (const [k, v] of m.entityClaims) this.entityClaims.set(k, v);
      this.separable = m.separable ?? [];
      this.anaphora = m.anaphora ?? [];
      this.indexSpecial(m.special ?? []);
      this.acronyms = new Set(m.acronyms ?? []);
      this.stopLangs = new Map(m.stopIn ?? []);
      this.compoundTails = new Set(m.compoundTails ?? []);
      this.flat = flat;
      this.flatStart = flatStart;
      // Each claim's owned and actor groups among its own (a bad pack fails here, not while matching).
      if (owns.length !== 2 * this.terms.length || sites.length !== this.terms.length)
        throw new Error('ClaimsIndex: not a packed index');
      for (let ci = 0; ci < this.terms.length; ci++) {
        const groups = flat[flatStart[ci]];
        const [og, ag] = [owns[2 * ci], owns[2 * ci + 1]];
        if ((og !== -1 || ag !== -1) && !(og >= 0 && og < groups && ag >= 0 && ag < groups))
          throw new Error('ClaimsIndex: not a packed index');
        if (sites[ci] >>> Math.min(groups, 31) !== 0) throw new Error('ClaimsIndex: not a packed index');
      }
      Object.assign(this, { owns, sites, ownerPatterns, placePatterns, ownedPatterns, ownedAfterPatterns });
      this.negativePatterns = negativePatterns;
      return;
    }
    // Terms repeat across claims ("troop*"): the trie has about 2 nodes per claim (29k for LIAR's 12.8k),
    // far fewer than the characters of all terms; the table grows if this is short.
    this.ac = new AhoCorasick(claims.length * 4);
    const officialIndex = new Map(officials.map((o, i) => [o.id, i]));
    // Alias words and their stems per official, computed lazily: only officials that claims are
    // about need them.
    const aliasWordCache = new Map<number, { words: string[]; stems: Set<string> }>();
    const aliasWords = (o: number) => {
      let v = aliasWordCache.get(o);
      if (!v) {
        const words = new Set<string>();
        for (const a of officials[o].aliases ?? [])
          for (const w of keyOf(a.text).split(' ')) if (w.length >= 3) words.add(w);
        v = { words: [...words], stems: new Set([...words].map(stemWord)) };
        aliasWordCache.set(o, v);
      }
      return v;
    };
    const postings = new Map<number, number>();
    /** Each distinct anaphora's pattern, by its words (see anaphorOf). */
    const anaphorKeys = new Map<string, number>();
    // Per hint language, the particles of its separable verbs (see noteSeparable), folded once.
    const particlesOf = new Map(
      HINT_LANGS.map((lang) => [lang, packFor(lang)?.particles?.split(' ').map(keyOf)] as const),
    );
    claims.forEach((c) => {
      const about = (c.about ?? []).map((id) => officialIndex.get(id)).filter((x): x is number => x !== undefined);
      const ct: ClaimTerms = { groups: [], exclude: new Map(), entity: new Map(), about };
      (c.hints?.groups ?? []).forEach((g, gi) => {
        const pats = new Map<number, boolean>();
        for (const lang of HINT_LANGS) {
          const particles = particlesOf.get(lang);
          for (const raw of g.terms?.[lang as HintLang] ?? []) {
            const t = this.addTerm(raw, pats, lang);
            if (t && particles && !t.special) this.noteSeparable(t.id, raw, t.term, particles, lang);
            // A group naming an official ("Zelensk*") is also met by that official's mention in any
            // inflected or transliterated form the officials matcher recognises.
            if (!t || t.special || t.term.includes(' ')) continue;
            for (const o of about) {
              const aw = aliasWords(o);
              const hit = t.prefix ? aw.words.some((w) => w.startsWith(t.term)) : aw.stems.has(stemWord(t.term));
              if (!hit) continue;
              const list = ct.entity.get(gi) ?? [];
              if (!list.includes(o)) list.push(o);
              ct.entity.set(gi, list);
            }
          }
        }
        if (g.anaphora) pats.set(this.anaphorOf(g.anaphora, anaphorKeys), false);
        ct.groups!.push(pats);
      });
      for (const lang of HINT_LANGS)
        for (const raw of c.hints?.exclude?.[lang as HintLang] ?? []) this.addTerm(raw, ct.exclude, lang);
      const elsewhere = c.hints?.elsewhere;
      const instead = elsewhere ? (c.hints?.groups ?? []).findIndex((g) => g.name === elsewhere.group) : -1;
      if (elsewhere && instead >= 0) {
        const pats = new Map<number, boolean>();
        for (const lang of HINT_LANGS)
          for (const raw of elsewhere.terms[lang as HintLang] ?? []) this.addTerm(raw, pats, lang);
        for (const [pat, prefix] of pats) if (!ct.exclude.has(pat)) ct.exclude.set(pat, prefix);
        ct.elsewhere = [instead, [...pats.keys()]];
      }
      for (const pats of ct.groups!) for (const p of pats.keys()) postings.set(p, (postings.get(p) ?? 0) + 1);
      this.terms.push(ct);
    });
    // Who owns what (ClaimHints.owns): each claim's owned and actor groups, every actor's words.
    this.owns = new Int32Array(claims.length * 2).fill(-1);
    this.sites = new Int32Array(claims.length);
    const owners = new Set<number>();
    const owned = new Set<number>();
    const places = new Set<number>();
    claims.forEach((c, ci) => {
      const gs = c.hints?.groups ?? [];
      const pats = this.terms[ci].groups!;
      gs.forEach((g, gi) => {
        if (OWNER_GROUPS.has(g.name)) for (const p of pats[gi].keys()) owners.add(p);
        if (PLACE_GROUPS.has(g.name)) for (const p of pats[gi].keys()) places.add(p);
        if (SITE_GROUPS.has(g.name) && gi < 31) this.sites[ci] |= 1 << gi;
      });
      const og = c.hints?.owns === undefined ? -1 : gs.findIndex((g) => g.name === c.hints!.owns);
      const ag = gs.findIndex((g) => g.name === 'actor');
      if (og < 0 || ag < 0) return;
      this.owns[2 * ci] = og;
      this.owns[2 * ci + 1] = ag;
      for (const p of pats[og].keys()) owned.add(p);
    });
    const sorted = (xs: Iterable<number>) => Int32Array.from([...xs].sort((a, b) => a - b));
    this.ownerPatterns = sorted(owners);
    this.placePatterns = sorted(places);
    this.ownedPatterns = sorted(owned);
    this.ownedAfterPatterns = sorted(
      [...owned].filter((p) => [...(this.termLangs.get(p) ?? [])].some((l) => l === 'es' || l === 'fr')),
    );
    this.negativePatterns = sorted(this.negativeIds);
    this.negativeIds.clear();
    this.termLangs.clear();
    const anchors = new Map<number, number[]>();
    this.terms.forEach((ct, ci) => {
      // Anchor on the group whose terms are shared by the fewest claims.
      let best = -1;
      let bestCost = Infinity;
      ct.groups!.forEach((pats, gi) => {
        let cost = 0;
        for (const p of pats.keys()) cost += postings.get(p) ?? 0;
        if (pats.size && cost < bestCost) {
          best = gi;
          bestCost = cost;
        }
      });
      if (best >= 0) for (const p of ct.groups![best].keys()) this.push(anchors, p, ci);
      // A claim anchored on a group that an official can meet must also wake up on that official.
      for (const os of ct.entity.values()) for (const o of os) this.push(this.entityClaims, o, ci);
    });
    // Flat group data for allGroupsMet: per claim its group count, then per group a header
    // (terms * 2 + 1 if an official can meet it) and its terms (pattern * 2 + 1 if a prefix).
    const flat: number[] = [];
    this.flatStart = new Int32Array(this.terms.length);
    this.terms.forEach((ct, ci) => {
      this.flatStart[ci] = flat.length;
      flat.push(ct.groups!.length);
      ct.groups!.forEach((pats, gi) => {
        flat.push(pats.size * 2 + (ct.entity.has(gi) ? 1 : 0));
        for (const [p, prefix] of pats) flat.push(p * 2 + (prefix ? 1 : 0));
      });
    });
    this.flat = Int32Array.from(flat);
    for (const p of this.notAcronyms) this.acronyms.delete(p);
    // Stop words of a language met by another language's term.
    const stops = stopTables();
    for (const [p, langs] of this.langsOf) {
      // An acronym is told apart by its capitals ("USA", not Spanish "usa").
      if (this.acronyms.has(p)) continue;
      const key = this.ac.pattern(p);
      const prefix = this.prefixTerms.has(p);
      const hit = stops.filter((x) => !langs.has(x.code) && (prefix ? x.starts : x.whole).has(key)).map((x) => x.code);
      if (hit.length) this.stopLangs.set(p, hit);
    }
    this.langsOf.clear();
    this.prefixTerms.clear();
    this.indexSpecial(this.special);
    this.ac.build();
    const patterns = this.ac.patternCount;
    this.postings = new Int32Array(patterns);
    for (const [p, n] of postings) this.postings[p] = n;
    this.anchorStart = new Int32Array(patterns + 1);
    for (let p = 0; p < patterns; p++) this.anchorStart[p + 1] = this.anchorStart[p] + (anchors.get(p)?.length ?? 0);
    this.anchorList = new Int32Array(this.anchorStart[patterns]);
    for (const [p, list] of anchors) this.anchorList.set(list, this.anchorStart[p]);
  }

  /** Claim `claim`'s groups as maps (pattern -> prefix allowed), read from `flat` once when restored. */
  private groupsOf(claim: number): Map<number, boolean>[] {
    const ct = this.terms[claim];
    if (ct.groups) return ct.groups;
    const f = this.flat;
    let i = this.flatStart[claim];
    const groups: Map<number, boolean>[] = [];
    for (let gi = 0, n = f[i++]; gi < n; gi++) {
      const count = f[i++] >> 1;
      const pats = new Map<number, boolean>();
      for (let k = 0; k < count; k++) pats.set(f[i + k] >> 1, (f[i + k] & 1) === 1);
      i += count;
      groups.push(pats);
    }
    return (ct.groups = groups);
  }

  private indexSpecial(special: Special[]): void {
    this.special = special;
    this.specialByHead.clear();
    for (const sp of special) {
      const list = this.specialByHead.get(sp[1]);
      if (list) list.push(sp);
      else this.specialByHead.set(sp[1], [sp]);
    }
  }

  /** This index as arrays and a small JSON part (see pack.ts). */
  pack(): PackPart {
    const ac = this.ac.pack();
    const meta: PackedMeta = {
      ...(ac.meta as { mask: number }),
      terms: this.terms.map((t) =>
        t.elsewhere ? [[...t.exclude], [...t.entity], t.about, t.elsewhere] : [[...t.exclude], [...t.entity], t.about],
      ),
      entityClaims: [...this.entityClaims],
      separable: this.separable,
      anaphora: this.anaphora,
      special: this.special,
      acronyms: [...this.acronyms],
      stopIn: [...this.stopLangs],
      compoundTails: [...this.compoundTails],
    };
    const { flat, flatStart, anchorStart, anchorList, postings } = this;
    const { owns, sites, ownerPatterns, placePatterns, ownedPatterns, ownedAfterPatterns, negativePatterns } = this;
    return {
      meta,
      i32: {
        ...ac.i32,
        ...{ flat, flatStart, anchorStart, anchorList, postings },
        ...{ owns, sites, ownerPatterns, placePatterns, ownedPatterns, ownedAfterPatterns, negativePatterns },
      },
      f64: {},
      str: ac.str,
    };
  }

  private push(map: Map<number, number[]>, key: number, value: number): void {
    const list = map.get(key);
    if (!list) map.set(key, [value]);
    else if (list[list.length - 1] !== value) list.push(value);
  }

  private addTerm(
    raw: string,
    into: Map<number, boolean>,
    lang: string,
  ): { term: string; prefix: boolean; id: number; special: boolean } | null {
    let t = raw.trim();
    const negated = t.startsWith('~');
    if (negated) t = t.slice(1).trim();
    // A leading "*" on one word: it may also end a compound ("*Soldat*": "Elitesoldaten").
    const compound = !negated && t.startsWith('*') && !/\s/.test(t);
    if (compound) t = t.slice(1);
    const prefix = t.endsWith('*');
    const body = t.replace(/\*$/, '');
    const star = body.indexOf('*');
    if (!negated && star < 0) {
      const term = keyOf(body);
      if (!term) return null;
      const id = this.ac.add(term);
      let langs = this.termLangs.get(id);
      if (!langs) this.termLangs.set(id, (langs = new Set()));
      langs.add(lang);
      if (term.includes(' ') && negativeIn(term, lang)) this.negativeIds.add(id);
      // An acronym of Latin or Cyrillic capitals ("US", "NATO", «США»); or a whole German noun, which German
      // always writes with a capital: "Militär" is no Spanish "militar" (ayuda militar). Not a prefix
      // ("Nordkorea*" also starts "nordkoreanische") nor a compound's tail ("*Soldat*" in "Elitesoldaten").
      // A pattern is read so only if all its terms are written so.
      if (
        (/^[\p{Lu}\d.]{2,6}$/u.test(body) && /\p{Lu}.*\p{Lu}/u.test(body) && !prefix) ||
        (lang === 'de' && !compound && !prefix && /^\p{Lu}\p{Ll}+$/u.test(body))
      )
        this.acronyms.add(id);
      else this.notAcronyms.add(id);
      // Single words only: a phrase is no stop word.
      if (!term.includes(' ')) {
        let langs = this.langsOf.get(id);
        if (!langs) this.langsOf.set(id, (langs = new Set()));
        langs.add(lang);
        if (prefix) this.prefixTerms.add(id);
      }
      into.set(id, (into.get(id) ?? false) || prefix);
      if (compound) this.compoundTails.add(id);
      return { term, prefix, id, special: false };
    }
    const head = keyOf(star < 0 ? body : body.slice(0, star));
    const tail = star < 0 ? '' : keyOf(body.slice(star + 1));
    if (!head || (star >= 0 && !tail)) return null;
    const headPrefix = star >= 0 || prefix;
    const tailPrefix = star >= 0 && prefix;
    const negLang = negated ? lang : '';
    // A key no text holds, one per distinct special term, so claims sharing it share its pattern.
    const key = `\u0001${negLang}${negated ? '~' : ''}${head}${headPrefix ? '*' : ''}${tail ? ' ' + tail : ''}${tailPrefix ? '*' : ''}`;
    const headId = this.ac.add(head);
    const known = this.ac.patternCount;
    const id = this.ac.add(key);
    if (id === known) this.special.push([id, headId, headPrefix, tail, tailPrefix, negLang]);
    into.set(id, into.get(id) ?? false);
    return { term: key, prefix: false, id, special: true };
  }

  /**
   * The pattern that stands for a group's anaphora (ClaimHints groups' `anaphora`): one per distinct set
   * of words and antecedents, a key no text holds, met in scan where an anaphor and an antecedent are
   * both in the sentence.
   */
  private anaphorOf(a: HintAnaphora, keys: Map<string, number>): number {
    const sig = JSON.stringify([a.terms, a.antecedents]);
    const known = keys.get(sig);
    if (known !== undefined) return known;
    const words = (terms: HintAnaphora['terms']): [number, boolean][] => {
      const into = new Map<number, boolean>();
      for (const lang of HINT_LANGS) for (const raw of terms[lang] ?? []) this.addTerm(raw, into, lang);
      return [...into];
    };
    const id = this.ac.add(`\u0002${keys.size}`);
    this.anaphora.push([id, words(a.terms), words(a.antecedents)]);
    keys.set(sig, id);
    return id;
  }

  /**
   * A verb stem written with its particle and open at the end ("ablehn*", "zurückweis*", lower case: no
   * noun) is a separable verb: noted, so that "lehnt … ab" meets it too (see scan).
   */
  private noteSeparable(pattern: number, raw: string, term: string, particles: readonly string[], lang: string): void {
    if (!raw.trim().endsWith('*') || /[\s\p{Lu}]/u.test(raw.trim())) return;
    const particle = particles.filter((p) => term.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (!particle) return;
    const stem = term.slice(particle.length);
    // A participle ("abgelehnt") does not separate; a stem of two letters would meet too much.
    if (stem.length < 3 || stem.startsWith('ge')) return;
    if (!this.separable.some(([p]) => p === pattern)) this.separable.push([pattern, particle, stem, lang]);
  }

  /** Whether the word of pattern `pattern` is a stop word of language `lang`, or of any with '*' (see stopLangs). */
  stopIn(pattern: number, lang: string): boolean {
    const langs = this.stopLangs.get(pattern);
    return !!langs && (lang === '*' || langs.includes(lang));
  }

  /** Whether any pattern is a stop word of some language (so a sentence's language is worth telling). */
  get hasStopCollisions(): boolean {
    return this.stopLangs.size > 0;
  }

  /** Whether pattern `pattern` is met only by a word written with a capital (an acronym, a German noun: see acronyms). */
  upperOnly(pattern: number): boolean {
    return this.acronyms.has(pattern);
  }

  /** Claims sharing the term: 1 for a term only this claim uses ("Mirage"), many for "Ukraine". */
  postingsOf(pattern: number): number {
    return this.postings[pattern] ?? 0;
  }

  /**
   * The languages whose hint terms of claim `claim` include the term `pattern` ("soldados": es; "Kursk":
   * many), read from the dataset on demand.
   */
  termLanguages(claim: number, pattern: number): string[] {
    const key = this.ac.pattern(pattern);
    const out = new Set<string>();
    for (const g of this.claims[claim]?.hints?.groups ?? [])
      for (const lang of HINT_LANGS)
        if ((g.terms?.[lang as HintLang] ?? []).some((raw) => keyOf(raw.replace(/^\s*\*|\*\s*$/g, '')) === key))
          out.add(lang);
    return [...out];
  }

  /** Terms in a group: a group of two words ("instructor*") is more specific than one of sixty. */
  groupSize(claim: number, group: number): number {
    // From the flat array's group headers: no maps made for a claim only weighed.
    const f = this.flat;
    let i = this.flatStart[claim];
    const groups = f[i++];
    for (let gi = 0; gi < groups; gi++) {
      const n = f[i] >> 1;
      if (gi === group) return n;
      i += n + 1;
    }
    return 0;
  }

  /**
   * Terms in a group in one language: a group's size as a sentence in that language sees it. Terms of
   * every language meet every text, but a group's synonyms in Russian say nothing of how specific its
   * German word is: weighed by the whole group, words added in one language moved other languages'
   * choices between close claims. The whole group where the language has none.
   */
  groupSizeIn(claim: number, group: number, lang: string | undefined): number {
    const n = lang ? this.claims[claim]?.hints?.groups?.[group]?.terms?.[lang as HintLang]?.length : undefined;
    return n || this.groupSize(claim, group);
  }

  groupCount(claim: number): number {
    return this.flat[this.flatStart[claim]];
  }

  /**
   * Whether a sentence that states `claim` by its text alone (claim-text.ts) says something else by the
   * claim's hints: it holds one of the claim's exclusions in its clause, misses two of its groups, misses the group
   * the claim's actor owns (ClaimHints.owns: "enviará a Ucrania 500.000 proyectiles" for "enviará a sus
   * soldados a Ucrania", the weapons instead of the troops), or misses the group naming the place the act
   * happens in (SITE_GROUPS: "a cross-border assault into the Kharkiv region" for the Kursk incursion). A claim without
   * hints is never vetoed.
   */
  textVetoed(
    claim: number,
    occs: readonly TermOccurrence[],
    officials: ReadonlySet<number>,
    /** Whether an exclusion's occurrence is in the clause of the claim's words (see index.ts sameClause). */
    inClause: (o: TermOccurrence) => boolean = () => true,
  ): boolean {
    const count = this.groupCount(claim);
    if (count === 0) return false;
    const ev = this.evidence(claim, occs, officials);
    if (ev.exclusions.some(inClause) || ev.groups.size < count - 1) return true;
    const og = this.owns[2 * claim] ?? -1;
    if (og >= 0 && !ev.groups.has(og)) return true;
    const sites = this.sites[claim] ?? 0;
    for (let gi = 0; sites >>> gi !== 0; gi++) if (sites & (1 << gi) && !ev.groups.has(gi)) return true;
    return false;
  }

  /** Whether an official's mention meets group `group` of `claim` (an actor: "Russia", "France"). */
  metByOfficials(claim: number, group: number): boolean {
    return this.terms[claim].entity.has(group);
  }

  aboutOfficials(claim: number): number[] {
    return this.terms[claim].about;
  }

  /** official -> claims about them, built the first time it is asked for. */
  private claimsAbout: Map<number, number[]> | undefined;

  /**
   * Whether the occurrences (a whole page's) meet, by terms alone, at least two hint groups of one claim
   * about `official`: the page speaks of what the dataset knows them for.
   */
  topicalFor(official: number, occs: readonly TermOccurrence[]): boolean {
    if (!this.claimsAbout) {
      this.claimsAbout = new Map();
      this.terms.forEach((t, ci) => {
        for (const o of t.about) this.push(this.claimsAbout!, o, ci);
      });
    }
    for (const ci of this.claimsAbout.get(official) ?? [])
      if (this.evidence(ci, occs, new Set()).groups.size >= 2) return true;
    return false;
  }

  /**
   * `occs` (one sentence's) with each anaphora's pattern added where one of its words stands in the
   * sentence beside one of its antecedents ("… mit Kiew Militär ins Land zu bringen": "ins Land" is
   * Ukraine there) and `fits` accepts it (see claimMentions: not "al país báltico"). Read per sentence,
   * not per page: a page that names Kyiv once does not make every "ins Land" Ukraine.
   */
  withAnaphora(occs: readonly TermOccurrence[], fits: (anaphor: TermOccurrence) => boolean): readonly TermOccurrence[] {
    if (!this.anaphora.length) return occs;
    const whole = (o: TermOccurrence, list: readonly [number, boolean][]) =>
      list.some(([p, prefix]) => p === o.pattern && (prefix || !o.open));
    let out: TermOccurrence[] | undefined;
    for (const [pattern, anaphors, antecedents] of this.anaphora) {
      if (!occs.some((o) => whole(o, antecedents))) continue;
      for (const o of occs)
        if (whole(o, anaphors) && fits(o))
          (out ??= [...occs]).push({ pattern, start: o.start, end: o.end, open: false, wordEnd: o.wordEnd });
    }
    return out ? out.sort((a, b) => a.end - b.end || a.start - b.start) : occs;
  }

  /** Every hint term occurrence in the key text that starts a word. */
  scan(key: string): TermOccurrence[] {
    let out: TermOccurrence[] = [];
    this.ac.search(key, (pattern, end) => {
      const start = end - this.ac.pattern(pattern).length;
      // Inside a word only as the end of a compound, after at least three letters of it.
      if (joinsWord(key, start) && !(this.compoundTails.has(pattern) && compoundTail(key, start))) return;
      let open = joinsWord(key, end);
      let wordEnd = end;
      while (open && wordEnd < key.length && joinsWord(key, wordEnd)) wordEnd++;
      // A genitive or plural ending after a one-word Latin-script term of four letters or more ("des
      // Nachbarlandes", "Kommandos") closes it: the term names the word in those forms too. Only -s and -es,
      // shared by the four Latin-script packs ("in Russia" + n is "Russian", "deal" + er "dealer"), and -n
      // after -e (German plurals: "Bündnistruppen").
      if (open && end - start >= 4 && LATIN_TERM.test(this.ac.pattern(pattern))) {
        const tail = key.slice(end, wordEnd);
        if (INFLECTION.test(tail) || (tail === 'n' && key.charCodeAt(end - 1) === 101)) open = false;
      }
      out.push({ pattern, start, end, open, wordEnd });
    });
    let extra = false;
    if (this.separable.length && this.splitVerbs(key, out)) extra = true;
    if (this.special.length && this.specialTerms(key, out)) extra = true;
    // A page's text holding an anaphora's key (a control character and a digit) meets nothing.
    if (this.anaphora.length) {
      const keys = new Set(this.anaphora.map((a) => a[0]));
      if (out.some((o) => keys.has(o.pattern))) out = out.filter((o) => !keys.has(o.pattern));
    }
    if (extra) out.sort((a, b) => a.end - b.end || a.start - b.start);
    for (const o of out)
      if (this.excludeTerms.has(o.pattern) && negatedBefore(key, o.start, o.end, this.elsewhereTerms.has(o.pattern)))
        o.negated = true;
    if (this.ownerPatterns.length) {
      const owners = (this.ownerSet ??= new Set(this.ownerPatterns));
      for (const o of out)
        if (owners.has(o.pattern) && beside(key, o, REGION_AFTER, 16, REGION_BEFORE, 16)) o.regional = true;
    }
    // Read only where a place the act happens instead is in the text (most pages have none). After the split
    // verbs' and starred phrases' occurrences: "auf ukrainischen Boden" is placed as "in die Ukraine" is.
    const places = this.elsewherePlaces;
    if (places.size && out.some((o) => this.elsewhereTerms.has(o.pattern)))
      for (const o of out) if (places.has(o.pattern)) o.placed = placedAt(key, o);
    if (this.ownedPatterns.length) this.noteOwners(key, out);
    // What a word of substitution names is what is not done ("Statt Soldaten schickt Berlin Luftabwehr").
    // Troops and the like only (the owned groups' words): "Mut statt Feigheit" is the claim "not cowards".
    if (this.ownedPatterns.length) {
      const owned = (this.ownedSet ??= new Set(this.ownedPatterns));
      for (const o of out)
        if (owned.has(o.pattern) && INSTEAD_BEFORE.test(key.slice(Math.max(0, o.start - 20), o.start)))
          o.instead = true;
      // An armed force's word that owns materiel names its things, not its troops ("Self-Defense Force
      // destroyers" in the Gulf of Aden, "ein Patriot-System aus Beständen der Bundeswehr", 自衛隊の車両).
      for (const o of out)
        if (owned.has(o.pattern) && beside(key, o, MATERIEL_AFTER, 40, MATERIEL_BEFORE, 32)) o.materiel = true;
    }
    // A place after a preposition of origin is where someone comes from, not where they go.
    if (this.placePatterns.length) {
      const places = (this.placeSet ??= new Set(this.placePatterns));
      for (const o of out)
        if (
          places.has(o.pattern) &&
          ((ORIGIN_BEFORE.test(key.slice(Math.max(0, o.start - 16), o.start)) &&
            !AWAY_BEFORE.test(key.slice(Math.max(0, o.start - 24), o.start)) &&
            !INSTRUMENTAL.test(key.slice(o.start, o.wordEnd))) ||
            (JA_ORIGIN_AFTER.test(key.slice(o.wordEnd, o.wordEnd + 2)) &&
              !JA_REQUEST_AFTER.test(key.slice(o.wordEnd, o.wordEnd + 6))) ||
            JA_FORCE_AFTER.test(key.slice(o.wordEnd, o.wordEnd + 8)))
        )
          o.origin = true;
    }
    return out;
  }

  /**
   * Marks the terms of owned groups (ClaimHints.owns) that have an actor's word right beside them: the
   * word before ("European troops"; in Russian and Ukrainian an adjective, «европейские войска», not
   * «на Украину контингент»; in Japanese joined or through の: 欧州の部隊), else, in Latin script, the
   * word after ("soldados europeos").
   */
  private noteOwners(key: string, out: TermOccurrence[]): void {
    const sets = (this.ownerSets ??= {
      owners: new Set(this.ownerPatterns),
      places: new Set(this.placePatterns),
      owned: new Set(this.ownedPatterns),
    });
    const byEnd = new Map<number, TermOccurrence[]>();
    const byStart = new Map<number, TermOccurrence[]>();
    const add = (m: Map<number, TermOccurrence[]>, k: number, x: TermOccurrence) => {
      const list = m.get(k);
      if (list) list.push(x);
      else m.set(k, [x]);
    };
    const owners = out.filter((x) => sets.owners.has(x.pattern));
    if (!owners.length) return;
    // Where a place's name starts (any of its patterns: "Ukraine" and "Ukrain*" are two).
    const placeStarts = new Set(out.filter((x) => sets.places.has(x.pattern)).map((x) => x.start));
    for (const x of owners) {
      // A place after a preposition is where, not whose ("in die Ukraine Soldaten", "a Ucrania tropas").
      if (placeStarts.has(x.start) && PLACE_BEFORE.test(key.slice(Math.max(0, x.start - 12), x.start))) continue;
      add(byEnd, x.wordEnd, x);
      add(byStart, x.start, x);
    }
    if (!byEnd.size) return;
    for (const o of out) {
      if (!sets.owned.has(o.pattern)) continue;
      const c = key.charCodeAt(o.start);
      let before: TermOccurrence[] | undefined;
      if (isCjkUnit(c))
        // A place joined to a noun of sending (ウクライナ派兵) is where it goes: no owner.
        before = SENDING_AFTER.has(key.slice(o.start, o.end))
          ? undefined
          : (byEnd.get(o.start) ?? (key[o.start - 1] === 'の' ? byEnd.get(o.start - 1) : undefined));
      else {
        before = byEnd.get(o.start - 1);
        if (before && isCyrillicUnit(c))
          before = before.filter((x) => CYRILLIC_ADJECTIVE.test(key.slice(x.start, x.wordEnd)));
      }
      before = before?.filter((x) => x !== o);
      if (before?.length) {
        o.ownerBefore = before.map((x) => x.pattern);
        continue;
      }
      if (isCjkUnit(c) || isCyrillicUnit(c)) continue;
      const after = byStart.get(o.wordEnd + 1)?.filter((x) => x !== o);
      if (after?.length) o.ownerAfter = after.map((x) => x.pattern);
    }
  }

  /**
   * Whether the owned-group term `o` of `claim` belongs to another actor than the claim's (see
   * noteOwners): the word before it is none of the claim's actor's; with none before, the word after
   * is none of them and the term is Spanish or French, where the adjective follows its noun.
   */
  private ownedElsewhere(o: TermOccurrence, actor: Map<number, boolean>): boolean {
    if (o.ownerBefore) return !o.ownerBefore.some((p) => actor.has(p));
    if (!o.ownerAfter || o.ownerAfter.some((p) => actor.has(p))) return false;
    return (this.ownedAfterSet ??= new Set(this.ownedAfterPatterns)).has(o.pattern);
  }

  /** Occurrences of the special terms (see Special) whose heads are among `out`. Returns whether any. */
  private specialTerms(key: string, out: TermOccurrence[]): boolean {
    let found = false;
    const n = out.length;
    for (let i = 0; i < n; i++) {
      const o = out[i];
      const list = this.specialByHead.get(o.pattern);
      if (!list) continue;
      for (const [pattern, , headPrefix, tail, tailPrefix, negLang] of list) {
        if (o.open && !headPrefix) continue;
        let start = o.start;
        let end = o.wordEnd;
        if (tail) {
          // Word by word: a word of the tail written with a star of its own ("прям* военн* конфликт*") may
          // go on, as its last word may with the term's final star.
          let parts = this.tailParts.get(tail);
          if (!parts) this.tailParts.set(tail, (parts = tail.split(' ')));
          let ok = true;
          for (let k = 0; k < parts.length && ok; k++) {
            const open = parts[k].endsWith('*');
            const word = open ? parts[k].slice(0, -1) : parts[k];
            if (key.charCodeAt(end) !== 32 || !key.startsWith(word, end + 1)) ok = false;
            else {
              end += 1 + word.length;
              if (joinsWord(key, end)) {
                if (!open && !(tailPrefix && k === parts.length - 1)) ok = false;
                else while (end < key.length && joinsWord(key, end)) end++;
              }
            }
          }
          if (!ok) continue;
        }
        if (negLang) {
          const at = this.negationNear(key, start, end, negLang);
          if (!at) continue;
          start = Math.min(start, at[0]);
          end = Math.max(end, at[1]);
        }
        out.push({ pattern, start, end, open: false, wordEnd: end });
        found = true;
      }
    }
    return found;
  }

  /** A negation of `lang` within reach of key[start, end) in its clause (see Special), as its range. */
  private negationNear(key: string, start: number, end: number, lang: string): [number, number] | undefined {
    let neg = this.negationsOf.get(lang);
    if (!neg) {
      const pack = packFor(lang);
      neg = new Set([...(pack?.negations ?? []), ...(pack?.negativeDeterminers ?? [])].map(keyOf));
      this.negationsOf.set(lang, neg);
    }
    const wordRe = /[\p{L}\p{N}'’]+/gu;
    // Before: the words of the clause up to the term, the nearest first.
    const before = key.slice(Math.max(0, start - 80), start);
    const cut = Math.max(...[...before.matchAll(new RegExp(CLAUSE_STOP, 'gu'))].map((m) => m.index + 1), 0);
    const words = [...before.slice(cut).matchAll(wordRe)];
    const base = start - before.length + cut;
    // A verb-final language (see clauseEndNegation) negates its clause's last verb from the clause's start
    // ("dass Moskau keinerlei Soldaten aus Nato-Staaten auf ukrainischem Gebiet hinnehmen werde"): back
    // to the word that opens the clause, at most NEG_CLAUSE words.
    const opener = packFor(lang)?.clauseEndNegation;
    const limit = opener ? NEG_CLAUSE : NEG_BEFORE;
    // Elisions count: "n'acceptera" (n' for ne), "d'aucune façon" (aucune).
    const isNeg = (w: string) => {
      if (neg.has(w)) return true;
      const bare = w.replace(/^\p{L}['’](?=\p{L})/u, '').replace(/['’]$/u, '');
      return neg.has(bare) || (bare !== w && bare.length === 1 && neg.has(`${bare}e`));
    };
    for (let k = words.length - 1, seen = 0; k >= 0 && seen < limit; k--, seen++) {
      if (isNeg(words[k][0])) return [base + words[k].index, base + words[k].index + words[k][0].length];
      if (opener && opener.test(` ${words[k][0]} `)) break;
    }
    const after = key.slice(end, end + 60);
    const stop = CLAUSE_STOP.exec(after);
    const clause = stop ? after.slice(0, stop.index) : after;
    // Where the language closes its clause with the negation ("akzeptiert … nicht"), to the clause's end.
    const reach = packFor(lang)?.clauseEndNegation ? Infinity : NEG_AFTER;
    let seen = 0;
    for (const w of clause.matchAll(wordRe)) {
      if (++seen > reach) break;
      if (isNeg(w[0])) return [end + w.index, end + w.index + w[0].length];
    }
    return undefined;
  }

  /**
   * A separable verb's finite form with its particle closing the clause ("Moskau lehne jede Präsenz …
   * ab", "weist die Berichte zurück"): an occurrence of the hint term at the verb. Returns whether any.
   */
  private splitVerbs(key: string, out: TermOccurrence[]): boolean {
    if (!this.stemsRe) {
      // "nicht auszuschließen": a language's infinitive infix between particle and stem (see
      // LanguagePack.particleInfix); the term is met where the infinitive stands, read in the same pass.
      for (const [pattern, particle, stem, lang] of this.separable) {
        const infix = packFor(lang)?.particleInfix;
        if (!infix) continue;
        const form = particle + keyOf(infix) + stem;
        this.infixed.set(form, [...(this.infixed.get(form) ?? []), pattern]);
      }
      const forms = [...this.separable.map((x) => x[2]), ...this.infixed.keys()];
      this.stemsRe = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(forms)})`, 'gu');
    }
    let found = false;
    for (const m of key.matchAll(this.stemsRe)) {
      const start = m.index;
      let wordEnd = start + m[0].length;
      while (wordEnd < key.length && joinsWord(key, wordEnd)) wordEnd++;
      const infixed = this.infixed.get(m[0]);
      if (infixed) {
        const end = start + m[0].length;
        for (const pattern of infixed) out.push({ pattern, start, end, open: wordEnd > end, wordEnd });
        found = true;
        continue;
      }
      // The rest of the clause: to the next full stop, semicolon, colon or line end, 160 characters at most.
      const stop = /[.;:!?\n]/.exec(key.slice(wordEnd, wordEnd + 160));
      const clause = key.slice(wordEnd, wordEnd + (stop ? stop.index + 1 : 160));
      for (const [pattern, particle, stem, lang] of this.separable) {
        if (stem !== key.slice(start, start + m[0].length)) continue;
        const end = packFor(lang)?.particleEnd ?? PARTICLE_END;
        let at = -1;
        for (let k = clause.indexOf(particle); k >= 0; k = clause.indexOf(particle, k + 1)) {
          if (/[\p{L}\p{N}]/u.test(clause[k - 1] ?? ' ') === false && end.test(clause.slice(k + particle.length))) {
            at = k;
            break;
          }
        }
        if (at < 0) continue;
        out.push({ pattern, start, end: start + stem.length, open: wordEnd > start + stem.length, wordEnd });
        found = true;
      }
    }
    return found;
  }

  /**
   * Sentence stamps, so no Set or Map is built per sentence: per claim (already a candidate), per
   * pattern (occurs in the sentence; occurs ending a word).
   */
  private seen = new Int32Array(0);
  private termSeen = new Int32Array(0);
  private termClosed = new Int32Array(0);
  private stamp = 0;

  /**
   * Claims worth scoring for a sentence with these term occurrences and officials (first-seen order).
   * Also notes the sentence's terms for allGroupsMet().
   */
  candidates(occs: readonly TermOccurrence[], officials: Iterable<number>): number[] {
    if (this.seen.length !== this.terms.length) this.seen = new Int32Array(this.terms.length);
    if (this.termSeen.length !== this.ac.patternCount) {
      this.termSeen = new Int32Array(this.ac.patternCount);
      this.termClosed = new Int32Array(this.ac.patternCount);
    }
    const seen = this.seen;
    const stamp = ++this.stamp;
    for (const o of occs) {
      this.termSeen[o.pattern] = stamp;
      if (!o.open) this.termClosed[o.pattern] = stamp;
    }
    const out: number[] = [];
    const take = (list: number[] | undefined) => {
      if (!list) return;
      for (const c of list) {
        if (seen[c] === stamp) continue;
        seen[c] = stamp;
        out.push(c);
      }
    };
    const { anchorStart, anchorList } = this;
    for (const o of occs)
      for (let k = anchorStart[o.pattern], end = anchorStart[o.pattern + 1]; k < end; k++) {
        const c = anchorList[k];
        if (seen[c] === stamp) continue;
        seen[c] = stamp;
        out.push(c);
      }
    for (const o of officials) take(this.entityClaims.get(o));
    return out;
  }

  /**
   * Whether every group of `claim` is met (by a term or by an official) in the sentence last given to
   * candidates(). A claim missing a group scores below the threshold whatever else it has, so most
   * candidates a sentence wakes up (anchored on "recent" or "attack*") are dropped here with one
   * array read per term, before evidence() is built.
   */
  allGroupsMet(claim: number, officials: ReadonlySet<number>): boolean {
    // A sentence wakes up ~200 candidates for each one that meets all groups: read them from one
    // flat array (a claim's groups are contiguous) rather than through objects and arrays per claim.
    const f = this.flat;
    const { termSeen, termClosed, stamp } = this;
    let i = this.flatStart[claim];
    const groups = f[i++];
    for (let gi = 0; gi < groups; gi++) {
      const header = f[i++];
      const n = header >> 1;
      let met = false;
      for (let k = 0; k < n; k++) {
        const e = f[i + k];
        const p = e >> 1;
        // An occurrence ending inside a word ("deploy" in "deployed") counts for prefix terms only.
        if (termSeen[p] === stamp && (termClosed[p] === stamp || (e & 1) === 1)) {
          met = true;
          break;
        }
      }
      i += n;
      if (!met) {
        if ((header & 1) === 0) return false;
        const os = this.terms[claim].entity.get(gi);
        if (!os || !os.some((o) => officials.has(o))) return false;
      }
    }
    return true;
  }

  /** Whether `pattern` is one of `claim`'s exclusion terms. */
  excludes(claim: number, pattern: number): boolean {
    return this.terms[claim].exclude.has(pattern);
  }

  /**
   * Whether a pattern is a hint term whose words hold a negation of its own language that negates the
   * term's own word ("ferme pas la porte", "rien n'interdit", "nicht ausgeschlossen", "no devolver"): not a
   * negative determiner or "ni" before a noun ("ningún militar", "ni un militar", "No 10"), whose negation
   * is the sentence's. Decided per term where it is added (see addTerm).
   */
  negativeTerm(pattern: number): boolean {
    return (this.negativeSet ??= new Set(this.negativePatterns)).has(pattern);
  }

  /**
   * Whether a longer occurrence of a term of one of `claim`'s groups naming where its act happens
   * (SITE_GROUPS) covers `o` (an exclusion's): "the last village of the Kursk region" names the place
   * whole, its "village" excludes nothing. Not other groups' terms: "peacekeepers" around "peacekeep*",
   * "fuerzas de paz" around "paz" keep their exclusions.
   */
  private insideSiteTerm(claim: number, o: TermOccurrence, occs: readonly TermOccurrence[]): boolean {
    const sites = this.sites[claim] ?? 0;
    if (!sites) return false;
    const groups = this.groupsOf(claim);
    return occs.some(
      (x) =>
        x !== o &&
        x.start <= o.start &&
        x.end >= o.end &&
        x.end - x.start > o.end - o.start &&
        groups.some((g, gi) => {
          if (!(sites & (1 << gi))) return false;
          const prefix = g.get(x.pattern);
          return prefix !== undefined && (prefix || !x.open);
        }),
    );
  }

  /** Which groups of `claim` the sentence meets. */
  evidence(claim: number, occs: readonly TermOccurrence[], officials: ReadonlySet<number>): ClaimEvidence {
    const ct = this.terms[claim];
    const groups = this.groupsOf(claim);
    const ev: ClaimEvidence = { groups: new Set(), used: [], byEntity: new Map(), excluded: false, exclusions: [] };
    const og = this.owns[2 * claim] ?? -1;
    const actor = og >= 0 ? groups[this.owns[2 * claim + 1]] : undefined;
    // "Die Ausbildung bleibe in Großbritannien, eine Verlegung in die Ukraine sei nicht geplant": where
    // the sentence names the claim's place as where the act goes, the place it happens instead is a
    // contrast, no veto (ClaimHints.elsewhere).
    const contrasted =
      ct.elsewhere !== undefined &&
      occs.some((o) => o.placed && groups[ct.elsewhere![0]].has(o.pattern) && !this.isAnaphorKey(o.pattern));
    const anaphorPlaced =
      ct.elsewhere !== undefined &&
      occs.some((o) => this.isAnaphorKey(o.pattern) && groups[ct.elsewhere![0]].has(o.pattern));
    for (const o of occs) {
      const ex = ct.exclude.get(o.pattern);
      // "not in England but in Ukraine": a negated exclusion term excludes nothing; nor does one inside a
      // longer term of the place the claim's act happens in ("the last village" of a region retaken whole).
      if (
        ex !== undefined &&
        (ex || !o.open) &&
        !o.negated &&
        !((contrasted || anaphorPlaced) && ct.elsewhere![1].includes(o.pattern)) &&
        !this.insideSiteTerm(claim, o, occs)
      ) {
        ev.excluded = true;
        ev.exclusions.push(o);
      }
      for (let gi = 0; gi < groups.length; gi++) {
        const prefix = groups[gi].get(o.pattern);
        if (prefix === undefined || (o.open && !prefix)) continue;
        // "European troops" are no evidence that Germany sends troops (ClaimHints.owns).
        if (gi === og && (o.ownerBefore || o.ownerAfter) && this.ownedElsewhere(o, actor!)) continue;
        // "In der ukrainischen Region Sumy": a region's adjective is no actor.
        if (o.regional && this.actorGroups(claim).has(gi)) continue;
        // "Rekruten aus der Ukraine": where they come from is not where the claim's act goes. (Not a place the
        // act happens in: "вибила ЗСУ з усіх населених пунктів Курщини" is the Kursk region retaken.)
        if (o.origin && this.claims[claim]?.hints?.groups[gi]?.name === 'destination') continue;
        // Not for a claim that is itself a negation ("Mut statt Feigheit" is Macron's "not cowards").
        if (o.instead) continue;
        if (o.materiel && !this.actorGroups(claim).has(gi)) continue;
        ev.groups.add(gi);
        ev.used.push({ occ: o, group: gi });
      }
    }
    for (const [gi, os] of ct.entity) {
      if (ev.groups.has(gi)) continue;
      const o = os.find((x) => officials.has(x));
      if (o === undefined) continue;
      ev.groups.add(gi);
      ev.byEntity.set(gi, o);
    }
    return ev;
  }
}
