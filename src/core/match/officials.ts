// Finds officials in page text with one automaton over all folded aliases and titles, then applies
// the surname rules (full name earlier on the page, or an adjacent title; never after another given name).
import type { CompiledOfficial, Role } from '../types';
import { comparePartialDates, roleCovers } from '../dates';
import { fold, nameKey, normalise, type Normalised } from '../text/normalise';
import { splitSentences, type Span } from '../text/sentences';
import {
  isCjkUnit,
  isCyrillicUnit,
  isKatakanaUnit,
  isLowerUnit,
  isUpperUnit,
  isWordUnit,
  joinsWord,
  scriptOf,
} from '../text/script';
import { detectLanguage, LANGUAGE_PACKS } from '../lang';
import { countryNames } from './places';
import { romaniseName, romaniseWord } from '../lang/romanise';
import { AhoCorasick } from './aho-corasick';
import { StringList, type PackPart } from './pack';
import { caseStems, isCaseEnding, knownStemLength, softenedStem, stemWord } from './slavic';
import {
  ADJECTIVE_BEFORE_TITLE,
  COPULAS,
  CAPACITY_BEFORE,
  CAPACITY_END,
  OFFICE_AFTER,
  TIMES_BEFORE_TITLE,
  GLUED_TIMES,
  LEAVING_TIMES,
  QUESTION_OPENERS,
  ROLE_ARTICLES_LATIN,
  ROLE_ARTICLES_QUALIFIED_AFTER,
  ROLE_NOUNS_CYRILLIC,
  ROLE_NOUNS_LATIN,
  ROLE_VERBS,
  SUBJECT_VERBS,
  OFFICE_BEFORE,
  APPOSITION_AFTER,
  ARTICLE_BEFORE_SURNAME,
  DEFINITE_BEFORE,
  FEMININE_BEFORE,
  GENERIC_TITLES,
  NAMED_PLACE_AFTER,
  NATIONALITY_AFTER,
  NOUN_ARTICLE_BEFORE,
  PLACE_APPOSITION,
  COMPANY_APPOSITION,
  TITLE_OF_AFTER,
  titleOfCountry,
  HONORIFICS,
  HONORIFIC_GENDER,
  JA_AFTER_SURNAME,
  NOT_GIVEN_NAMES,
  NOUNS_BEFORE_NAME,
  INVERTED_QUESTIONS,
  THEN_WORDS,
  nounBeforeName,
  THING_AFTER_SURNAME,
  STATE_ABBREVIATIONS,
  STATE_CODES,
  STATE_NAMES,
  THING_BEFORE_SURNAME,
  VENUE_BEFORE_ARTICLE,
  workTitle,
  GENERATION_AFTER,
  UNRELATED_AFTER,
} from './titles';

// In Latin-script languages a title stands for its one holder after a definite article or a
// possessive ("the French president's", "le président de la République", "Russia's foreign minister");
// "a Kremlin spokesman" or "devenu président de la République" (a film character) do not.
// The article or possessive must be on the same line: a block boundary ("\n") separates them, so a
// title's reading never depends on the previous paragraph (and matching a page block by block is exact).
// DEFINITE_BEFORE and the other context patterns are built from the language packs (match/titles.ts).
/** The katakana middle dot (・), between the parts of a foreign name or a name and its title. */
const MIDDLE_DOT = 0x30fb;
/** English "-elect" between a title and a surname ("President-elect Trump"; canon text, where a hyphen is a space). */
const ELECT_BEFORE = /^ elect $/;
const ELECT_LENGTH = '-elect '.length;
/** A title's end, a comma and perhaps an honorific right before a name. */
const APPOSITION_BEFORE = /,[ \u00a0](?:([\p{L}.-]+)[ \u00a0])?$/u;

const APPOSITION_AFTER_WHOLE = new RegExp(APPOSITION_AFTER.source + '$', 'u');
const APPOSITION_BEFORE_WHOLE = new RegExp('^' + APPOSITION_BEFORE.source, 'u');
/**
 * A country or its people between a name and the title in apposition to it ("Andrii Sybiha, Ukraine's
 * foreign minister"; "Jens Stoltenberg, the Norwegian finance minister"; "…, then Hungary's foreign
 * minister"): the title is the name's.
 */
const APPOSITION_OWNER = /^,[ \u00a0](?:(?:the|then|the then|then the)[ \u00a0])?\p{Lu}\p{L}+(?:['’]s)?[ \u00a0]$/u;

/**
 * What follows a Japanese word that is a thing, not the person: a game, cards, a tower, a hotel, a winery, a
 * style (ナルイシキン・バロック), a university, a company (社, 製薬), a family (ナルイシキン家), a card soldier
 * (トランプ兵), a shop (…の専門店: the Quebec dish プーチン), a sign (マクロン記号:
 * the macron over a vowel); a street, an airport or a media company only after ・ (トランプ劇場, ゼレンスキー空港から
 * 直行 in a headline name the person); another katakana word after ・ that no title follows (トランプ・タージ・マハル, a
 * casino; not マクロン・フランス大統領).
 */
const JA_THING_AFTER_SURNAME =
  /^(?:[やとでをの]?(?:かるた|カルタ|ゲーム|カード|札(?!束)|手品|マジック|遊び|遊ん|遊ぶ|七並べ|ババ抜き|大富豪|神経衰弱|ポーカー|占い|すごろく|双六)|・?(?:タワー|ホテル|ゴルフ|ワイナリー|ワイン|財団|大学|稜堡|バロック|様式)|・(?:通り|空港|メディア)|・[\u30a1-\u30fa\u30fc]{2,}(?![\u30a1-\u30fa\u30fc\u4e00-\u9fff]|$)|の?専門店|を(?:発売|販売)(?=し|す|さ|中|予定|へ|開始)|製薬|記号|符号|兵(?![\u4e00-\u9fff])|社(?![会長説員内外民交])|家(?![\u4e00-\u9fff]))/u;

/** A word list as a regex alternation; an apostrophe matches ' and ’. */
const alternation = (ws: readonly string[]): string =>
  ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’ʼ]/g, "['’ʼ]")).join('|');
/**
 * A word of a former holder in a sentence-opening office phrase: the packs' `timesBeforeTitle` former words
 * ("former", "frühere", "ancien"), or the prefix ex- ("El excanciller", "l'ex-ministre").
 */
/**
 * Whether a word says "former": one of the packs' words of time before a title, or one written onto an
 * office's word (timesBeforeTitle.glued: "Ex-Präsident", "exministro", "Altkanzler", «экспрезидент»).
 */
const formerWord = (w: string): boolean => {
  if (TIMES_BEFORE_TITLE.get(fold(w)) === 'former') return true;
  const lower = w.toLowerCase();
  for (const g of GLUED_TIMES) {
    if (!lower.startsWith(g) || lower.length === g.length) continue;
    const rest = lower.slice(g.length);
    if (rest[0] === '-' ? rest.length > 1 : ROLE_NOUN_SET.has(rest)) return true;
  }
  return false;
};
/**
 * Whether a title holds the office's word `noun` (lower case) as a word of its own or as the head of a
 * compound ("Bundeskanzler", "Nato-Generalsekretär"), not after a vice- or deputy prefix ("vicepresidente",
 * "Vizepräsident").
 */
const titleHoldsNoun = (title: string, noun: string): boolean =>
  title
    .toLowerCase()
    .split(/[\s-]+/u)
    .some((w) => w === noun || (w.endsWith(noun) && !/^(?:vi[cz]e|deputy|stellvertret)/u.test(w)));
const ROLE_NOUN_SET = new Set([...ROLE_NOUNS_LATIN, ...ROLE_NOUNS_CYRILLIC]);
// The patterns below name the Latin letters (Latin-1 and Latin Extended-A) rather than \p{L}: the content
// script compiles them on every page, and each Unicode property class costs about a millisecond there.
const LATIN = 'a-zA-ZÀ-ÖØ-öø-ÿĀ-ſ';
/** A sentence's start (text's start, a line's, or after . ! ?) and a definite article. */
const ROLE_START = `(^|\\n|[.!?]["”»’)]?\\s+)`;
/** The article, up to three words, and the word for the office (or a German compound ending in it). */
const ROLE_PHRASE = `((?:${alternation(ROLE_ARTICLES_LATIN)})\\s?(?:[${LATIN}-]+\\s+){0,3}?(?:[${LATIN}-]*?)(${alternation(ROLE_NOUNS_LATIN)}))(?![${LATIN}])`;
const ROLE_OPENING_ALL = new RegExp(`${ROLE_START}${ROLE_PHRASE}`, 'gi');
const CYR = "а-яёєіїґ'’ʼ";
/** A sentence's start, capitalised adjectives (up to two) and the word for the office, or that word capitalised. */
const CYRILLIC_ROLE_OPENING_ALL = new RegExp(
  `${ROLE_START}((?:[А-ЯЁЄІЇҐ][${CYR}-]+\\s+(?:[${CYR}-]+\\s+)?)?(?<![${CYR}])(${alternation([
    ...ROLE_NOUNS_CYRILLIC,
    ...ROLE_NOUNS_CYRILLIC.map((w) => w[0].toUpperCase() + w.slice(1)),
  ])}))(?![${CYR}-])`,
  'gu',
);
/** Genitive qualifiers after it: capitalised countries or acronyms, or lower-case words (up to three). */
const CYRILLIC_QUALIFIERS_AFTER = new RegExp(
  `^(?:\\s+(?:[А-ЯЁЄІЇҐ][${CYR}А-ЯЁЄІЇҐ]*|[${CYR}]{4,})(?![${CYR}А-ЯЁЄІЇҐ-])){1,3}`,
  'u',
);
/** A lower-case word right after the office's word (its qualifier: "français", "ucraniano"). */
const ROLE_QUALIFIER_AFTER = /^\s+([a-zß-öø-ÿ]{4,})/;
/** Whether a word starts with a capital (its first letter changes in lower case). */
const capitalised = (w: string): boolean => !!w && w[0] !== w[0].toLowerCase();

/** What ends right before a Japanese word that is a town: a part of a country (南部: the south) or a state, a city. */
const JA_PLACE_BEFORE_SURNAME = /(?:[東西南北中]部|(?<![欧豪亜])州|市|県|郊外|近郊)$/u;

// Dative and instrumental endings of a masculine Cyrillic surname (Макрону, Лаврову, Лавровым, Шольцем).
const OBLIQUE_MASCULINE = /[\u0400-\u052f]{3}(у|ю|ым|ом|ем|ім|ові|еві|ского|ського|цкого|цького|е|і)$/u;

/** A Russian or Ukrainian preposition that takes the locative (among other cases), right before a word. */
const LOCATIVE_PREPOSITION = /(?:^|[^\p{L}])(?:в|во|на|о|об|обо|при|по)\s+$/iu;

/** A Cyrillic word ending in a consonant (a surname that declines as a noun: Трамп, Лавров). */
const CONSONANT_END = /[бвгджзклмнпрстфхцчшщ]$/;

/**
 * Whether `word` is `surname` (folded, ending in a consonant) with an adjective's ending («лавровый»,
 * «лаврового»), which no case of a noun surname has.
 */
function adjectiveForm(surname: string, word: string): boolean {
  if (!CONSONANT_END.test(surname) || !word.startsWith(surname)) return false;
  return /^(?:ый|ий|ій|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ыми|ими)$/.test(word.slice(surname.length));
}

/** The last letter a given name takes before a surname in that case: dative, instrumental, genitive. */
function obliqueGivenEnds(ending: string): string {
  if (ending.endsWith('м')) return 'м';
  if (ending.endsWith('ого')) return 'аяиыі';
  // Dative or locative of a name in -а, locative of one in a consonant («Сибиге», «о Лаврове»,
  // «Сибізі»): Андрею, Андрее, Андрію, Марии.
  if (ending === 'е' || ending === 'і') return 'уюеиі';
  return 'уюі';
}

const JA_COUNTRY_ABBREVIATIONS = '伊英仏独米露中韓豪加印波洪宇';
/** Kanji that make a title before them part of a compound: 府 office, 選 election, 官邸 residence, 令 decree. */
const JA_TITLE_COMPOUND = '府選官令室庁邸夫';

type PayloadType = 'full' | 'surname' | 'title';
interface Payload {
  type: PayloadType;
  /** Official index; -1 for a generic title. */
  official: number;
  /** The alias or title as written in the dataset, for `why`. */
  source: string;
  /** Where `source` is: the official's alias or title (see titlesOf) at this index, or GENERIC_TITLES' (official -1). */
  ref: number;
}

/** A title of an official's, with the roles it belongs to (undefined: any of their roles). */
interface OfficialTitle {
  text: string;
  roles?: number[];
}

/**
 * An official's titles: their own (any role) first, then each title of their roles once, with every
 * role that lists it (the dataset's order, so a packed index's references stay valid).
 */
function titlesOf(o: CompiledOfficial): OfficialTitle[] {
  const out: OfficialTitle[] = (o.titles ?? []).map((text) => ({ text }));
  const byText = new Map<string, OfficialTitle>();
  (o.roles ?? []).forEach((r, j) => {
    for (const text of r.titles ?? []) {
      const t = byText.get(text);
      if (t) t.roles!.push(j);
      else {
        const nt = { text, roles: [j] };
        byText.set(text, nt);
        out.push(nt);
      }
    }
  });
  return out;
}

const PAYLOAD_TYPES: readonly PayloadType[] = ['full', 'surname', 'title'];

/** An official found in the text, in original offsets. */
export interface OfficialHit {
  official: number;
  start: number;
  end: number;
  score: number;
  why: string;
  /** A title standing for an official already named ("the foreign minister"): used for attributions only. */
  titleOnly?: boolean;
  /**
   * A surname alone, linked because news copy names the official so (`bySurname`): too weak to make a
   * title before it stand for them (nor to count as the page naming them); a title after it does.
   */
  bySurname?: boolean;
}

/**
 * What a page remembers between the blocks matched so far, so that matching a page in several parts
 * (the annotator's slices) finds exactly what one call over the whole text finds.
 */
export interface PageMemory {
  /** official -> position of its latest full mention, in a page-wide canon coordinate (`base` + offset). */
  lastFull: Map<number, number>;
  /** Officials named (by name or linked surname) in earlier parts. */
  named: Set<number>;
  /** Officials linked by their surname alone (`bySurname`) in earlier parts. */
  surnamed: Set<number>;
  /** Page-wide canon coordinate of the current part's first character. */
  base: number;
  /**
   * The whole page, when it is matched in parts: who the page names is read from all of it before the
   * first part, so a headline's surname links to the body's full name in parts as in one call.
   */
  text?: string;
  /** The whole page's length when only a part of it is matched (MatchOptions.pageChars). */
  chars?: number;
  /** Who the whole page names (filled on the first part). */
  page?: PageNames;
  /** The article's date (MatchOptions.date). */
  date?: string;
  /**
   * Whether the whole page speaks of what the dataset's claims about an official say (see
   * PageNames.topical); set by the matcher, which knows the claims.
   */
  topical?: (official: number) => boolean;
}

/** What the whole page says about who it names: read before any surname or bare title is linked. */
export interface PageNames {
  /** Officials the page names unambiguously: full name, given-name variant + surname, or title + surname. */
  named: Set<number>;
  /** Surname patterns the page also gives to someone else ("Brigitte Macron", "Hiroshi Yamazaki"). */
  othersWithSurname: Set<number>;
  /**
   * Officials whose full name the page gives to a namesake it says is not them ("Pete Hegseth – no relation
   * – coaches …"): their surname alone on that page is the namesake's too (see UNRELATED_AFTER).
   */
  unrelated?: Set<number>;
  /**
   * Officials marked `bySurname: true` whose surname stands alone somewhere on the page with nothing
   * against it ("Putin warns the West"): with `named`, who makes the page a political story.
   */
  surnamed: Set<number>;
  /**
   * Whether the page holds the words of two hint groups of a claim about the official (troops and
   * Ukraine for a claim about Olaf Scholz): a story on what the dataset knows them for.
   */
  topical?: (official: number) => boolean;
  /** The whole page's text, as read for these names. */
  text?: string;
  /** Surnames (as written) the page uses as a word rather than a name (see wordNotName), read once each. */
  wordsNotNames?: Map<string, boolean>;
}

/** Memory for one page; `text` is the whole page when it is going to be matched in parts. */
export function newPageMemory(text?: string): PageMemory {
  return { lastFull: new Map(), named: new Set(), surnamed: new Set(), base: 0, text };
}

/** One or two initials before a surname («В.», «С.В.», "S."). */
// «Дж.» is the one Cyrillic initial of two letters (Джон, Джо, Джеймс).
const INITIALS = /^(?:\p{Lu}|Дж)\.(?:-?\p{Lu}\.)?$/u;

/** What stands right before a surname. */
type Before =
  | { kind: 'none' }
  /** Another person's given name ("Brigitte Macron"): never this official. */
  | { kind: 'other' }
  /** Another person's initial («Д. Лавров»): not this official here, nothing said of the rest of the page. */
  | { kind: 'initial' }
  /** The official's own given name in another spelling or case ("Эмманюэль Макрон"): a full mention. */
  | { kind: 'variant'; official: number; start: number; word: string; given: string };

/** The text prepared for matching: folded, dashes as spaces, Cyrillic words reduced to known stems. */
export interface PreparedText {
  norm: Normalised;
  /** Folded text with '-' as ' ' (same length as norm.text). */
  key: string;
  /** Key text with Cyrillic case endings removed, and its map to key offsets. */
  canon: string;
  canonStart: Int32Array | null;
  canonEnd: Int32Array | null;
}

/** Folds a dataset string for the automata: the shared name key (src/core/text), also the validator's. */
export function keyOf(s: string): string {
  return nameKey(s);
}

const CYRILLIC_WORD = /[\u0400-\u052f][\u0400-\u052f']*/g;
// Words of Cyrillic or Latin script, for the pass that stems case endings and drops patronymics.
const WORD = /[\u0400-\u052fa-z][\u0400-\u052fa-z']*/g;
// Transliterated patronymics: Viktorovich, Vladimirovna; German Wladimirowitsch, French Viktorovitch.
const LATIN_PATRONYMIC = /^[a-z]{2,}(?:ovich|evich|ovna|evna|ivna|owitsch|ewitsch|owna|ewna|ovitch|evitch)$/;
const LATIN_PATRONYMIC_ANYWHERE = /[a-z](?:ovich|evich|ovna|evna|ivna|owitsch|ewitsch|owna|ewna|ovitch|evitch)\b/;
const MAY_HOLD_PATRONYMIC = /(?:vich|vna|witsch|wna|vitch|ич|вна|чна|івна|ївна)/;
// Russian and Ukrainian patronymics in any case: Викторович, Викторовича, Олександрович, Олександровичем.
const PATRONYMIC =
  /^[\u0400-\u052f]{2,}(?:ович|евич|ёвич|йович|ьович|івна|ївна|овна|евна|ична)(?:а|у|ем|ом|е|і|ы|ой|ою|ей|им|ем|ю)?$/;

function stemCyrillicWords(key: string): string {
  return key.replace(CYRILLIC_WORD, (w) => stemWord(w));
}

// Latin transliterations of Slavic names vary at the end: Zelensky/Zelenskyy/Zelenskiy/Zelenski,
// Sergey/Sergei/Sergueï. Generate the variants from the alias instead of loosening the text.
function latinVariants(word: string): string[] {
  const inner = innerVariants(word);
  return inner.length === 1 ? endingVariants(word) : [...new Set(inner.flatMap(endingVariants))];
}

/** The variants of a romanised word's ending (see latinVariants). */
function endingVariants(word: string): string[] {
  // The older French and German style writes -ov, -ev as -off, -eff ("Peskoff", "Rachmaninoff").
  if (word.length >= 5 && /[oe]v$/.test(word)) return [word, `${word.slice(0, -1)}ff`];
  // Every rule below rewrites a final -y, -i or -j: other words (most names) have no variants.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x79 && last !== 0x69 && last !== 0x6a) return [word];
  const out = new Set<string>([word]);
  const m = /^(.*[a-z](?:sk|ck|tsk|zk|sky?k?))(yy|iy|yi|ij|y|i)$/.exec(word);
  if (m) for (const e of ['y', 'yy', 'iy', 'yi', 'ij', 'i']) out.add(m[1] + e);
  // A Ukrainian adjectival surname's -yi after another consonant: "Tykhyi", "Tykhyy", "Tykhiy".
  const a = m ? null : /^(.*[a-z]{2}[b-df-hj-np-tv-xz])(yy|iy|yi)$/.exec(word);
  if (a) for (const x of ['yy', 'iy', 'yi']) out.add(a[1] + x);
  const e = /^(.*[a-z]{2})(ey|ei|ej)$/.exec(word);
  if (e) for (const x of ['ey', 'ei', 'ej']) out.add(e[1] + x);
  for (const w of [...out]) if (/guei$|guey$/.test(w)) out.add(w.replace(/gue(i|y)$/, 'ge$1'));
  for (const w of [...out]) if (/ge(i|y)$/.test(w)) out.add(w.replace(/ge(i|y)$/, 'gue$1'));
  return [...out];
}

/**
 * Variants inside a romanised word: a Ukrainian «г» written "h" (the national system) or "g" (the Russian
 * way: "Sybiha" / "Sybiga"), not in a digraph ("kh", "zh", "sh", "ch"); German's "ss" for a Russian «с»
 * between vowels, written once elsewhere ("Gerassimow" / "Gerasimow"). At most one rule per word; the ending's
 * variants apply to each ("Hryhoriy", "Hrygoriy", "Hrygorii").
 */
function innerVariants(word: string): string[] {
  if (/(?<=[aeiouy])h(?=[aeiouy])/.test(word) && !/[kzsc]h/.test(word))
    return [word, word.replace(/(?<=[aeiouy])h(?=[aeiouy])/g, 'g')];
  if (/(?<=[aeiouy])ss(?=[aeiouy])/.test(word)) return [word, word.replace(/(?<=[aeiouy])ss(?=[aeiouy])/g, 's')];
  return [word];
}

const LATIN_WORD = /^[a-z']+$/;

/**
 * Whether a Latin name followed by "s" at `end` of the canon text is a German genitive ("Selenskyjs",
 * "Waleri Gerassimows"): the "s" ends the word, the name does not end in an s sound, and the text
 * around it is German (English "the Bidens" is a family).
 */
function germanGenitive(canon: string, end: number, pattern: string, text: string, p: PreparedText): boolean {
  if (canon[end] !== 's' || joinsWord(canon, end + 1) || !/[a-z]$/.test(pattern) || /[sxzß]$/.test(pattern))
    return false;
  const at = p.norm.starts[p.canonStart ? p.canonStart[end] : end] ?? 0;
  return detectLanguage(text.slice(Math.max(0, at - 120), at + 120))?.code === 'de';
}

/** The packs that say how their press writes Russian and Ukrainian names (see lang/romanise.ts). */
const ROMANISING = LANGUAGE_PACKS.filter((p) => p.romanisation);
const CYRILLIC = /[\u0400-\u052f]/;
/** Countries (ISO 3166-1 alpha-2) whose official script is Cyrillic. */
const CYRILLIC_COUNTRIES = new Set(['RU', 'UA', 'BY', 'BG', 'RS', 'MK', 'ME', 'MN', 'KZ', 'KG', 'TJ']);

/**
 * Whether an official holds or held a role in a country that writes Cyrillic: their Latin names are
 * transliterations, which vary (Zelensky, Zelenskyy, Selenskyj); a Polish or French name has one
 * spelling ("Sikorski": "Sikorsky" is the helicopter maker).
 */
function writesCyrillic(o: CompiledOfficial): boolean {
  return (o.roles ?? []).some((r) => r.country !== undefined && CYRILLIC_COUNTRIES.has(r.country));
}

interface Romanised {
  key: string;
  kind: 'full' | 'surname';
  /** The Cyrillic alias it was written from (index into the official's aliases). */
  ref: number;
  /** The word it was written from, where it is part of that alias (a full name's surname). */
  source?: string;
}

/**
 * An official's Cyrillic aliases as the German, Spanish and French press write them ("Sergej Lawrow",
 * "Serguéi Lavrov", "Vladimir Poutine"), folded: spellings the dataset need not list. Forms with a
 * patronymic (three words and more) are left out. Keys the official's own aliases already have too.
 */
function romanisedAliases(o: CompiledOfficial): Romanised[] {
  const out: Romanised[] = [];
  // Only for officials of a country that writes Cyrillic: a Western name in Cyrillic («Сикорский»,
  // «Трамп») is itself a transliteration, and romanised back it is another name ("Sikorsky", the
  // helicopter maker; "Tramp"), not a spelling the press uses.
  if (!writesCyrillic(o)) return out;
  // A full name's last word is its surname too, where the official lists no Cyrillic surname
  // («Георгий Тихий»: "Tíjii" after "Gueorgui Tíjii" is him, as "Tykhyi" is after "Heorhii Tykhyi").
  const cyrillicSurname = (o.aliases ?? []).some((a) => a.kind === 'surname' && CYRILLIC.test(a.text));
  (o.aliases ?? []).forEach((a, ref) => {
    const words = a.text.trim().split(/\s+/);
    if (!CYRILLIC.test(a.text) || words.length > 2) return;
    const source = a.lang === 'uk' ? 'uk' : 'ru';
    const kind = a.kind === 'surname' ? 'surname' : 'full';
    for (const p of ROMANISING) {
      const table = p.romanisation![source];
      for (const key of romaniseName(a.text, table)) out.push({ key, kind, ref });
      if (kind === 'full' && words.length === 2 && !cyrillicSurname)
        for (const key of romaniseName(words[1], table)) out.push({ key, kind: 'surname', ref, source: words[1] });
    }
  });
  return out;
}

/**
 * The surname of a Japanese full alias written with a middle dot (カヤ・カラス -> カラス), where the
 * official has no Japanese surname alias: news copy writes the surname before a title (カラス上級代表).
 * Like any surname not marked `bySurname`, it links only beside a title or after the full name.
 */
function japaneseSurnames(o: CompiledOfficial): Romanised[] {
  const aliases = o.aliases ?? [];
  if (aliases.some((a) => a.kind === 'surname' && JA_KANA.test(a.text))) return [];
  const out: Romanised[] = [];
  aliases.forEach((a, ref) => {
    const parts = a.kind === 'surname' || !JA_KANA.test(a.text) ? [] : a.text.split('・');
    if (parts.length >= 2 && parts[parts.length - 1].length >= 2)
      out.push({ key: keyOf(parts[parts.length - 1]), kind: 'surname', ref });
  });
  return out;
}
const JA_KANA = /^[\u30a0-\u30ff]+$/;

/**
 * A Japanese official's name written from the other reading of ざき, -zaki or -saki (山崎: "Yamazaki" and
 * "Yamasaki", «Ямадзаки» and «Ямасаки»): the press writes both. Only for an official of Japan.
 */
function japaneseReadings(o: CompiledOfficial): Romanised[] {
  if (!(o.roles ?? []).some((r) => r.country === 'JP')) return [];
  const out: Romanised[] = [];
  (o.aliases ?? []).forEach((a, ref) => {
    const other = a.text.replace(/zaki\b/g, 'saki').replace(/дзаки(?![\u0400-\u052f])/g, 'саки');
    if (other !== a.text) out.push({ key: keyOf(other), kind: a.kind === 'surname' ? 'surname' : 'full', ref });
  });
  return out;
}

/** Spellings an official's aliases imply: romanised Cyrillic names, Japanese surnames and readings. */
function derivedAliases(o: CompiledOfficial): Romanised[] {
  return [...romanisedAliases(o), ...japaneseSurnames(o), ...japaneseReadings(o)];
}

/** The honorific key of a word ("Mr." -> "mr", «Г-жа» -> "г-жа") if it is one (see HONORIFICS). */
function honorific(word: string | undefined): string | undefined {
  if (!word) return undefined;
  const key = fold(word).replace(/\.$/, '');
  return HONORIFICS.has(key) ? key : undefined;
}

/** The honorific right before offset `at` of `text`, as written ("Ms" of "Ms Watson"), if there is one. */
function honorificBefore(text: string, at: number): string | undefined {
  const word = /([\p{L}.-]+)[ \u00a0]$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return honorific(word) ? word : undefined;
}

/**
 * The Russian and Ukrainian press spell a foreign name's soft L and double letters either way
 * («Столтенберг» and «Стольтенберг», «Барро» and «Баро», «Каллас» and «Калас»): the other spellings of
 * a Cyrillic alias of an official from a country that does not write Cyrillic, a «й» before a
 * iotated vowel («Сийярто», «Сиярто»), a Polish -ski («Сікорскі») and a final «е» or «э» («Сежурне», «Сежурнэ»). Generated from
 * the alias rather than loosening the text; at most four.
 */
export function cyrillicVariants(key: string): string[] {
  if (!CYRILLIC.test(key)) return [key];
  const out = new Set<string>([key]);
  // Л before a consonant, with or without the soft sign.
  const soft = (w: string) => w.replace(/л(ь?)(?=[бвгджзкмнпрстфхцчшщ])/g, (_, ь: string) => (ь ? 'л' : 'ль'));
  // A doubled consonant written once (not «нн»: Russian writes it in its own words' endings).
  const single = (w: string) => w.replace(/([бвгджзклмпрстфхцчшщ])\1/g, '$1');
  // An English or German H opening a word of a name: Ukrainian writes it «Г» or, more and more, «Х» («Джон Гілі» and
  // «Джон Хілі» for John Healey, «Хегсет» for Hegseth).
  const aitch = (w: string) => w.replace(/(^|\s)г/g, '$1х');
  for (const w of [key, soft(key)]) {
    out.add(w);
    out.add(single(w));
  }
  if (/(?:^|\s)г/.test(key)) return [...[...out].slice(0, 3), aitch(key)];
  // A «й» between a vowel and a iotated vowel written or not («Сийярто» and «Сиярто», as given names: see
  // sameGivenName).
  const unyot = key.replace(YOT, '$1');
  if (unyot !== key) return [...[...out].slice(0, 3), unyot];
  // A Polish -ski written as in Polish («Сікорскі», «Сикорски») beside the Slavic adjective («Сікорський»).
  const ski = key.replace(/ський$/, 'скі').replace(/ский$/, 'ски');
  if (ski !== key) return [...[...out].slice(0, 3), ski];
  // A French final -é written «е» or «э» («Сежурне» and «Сежурнэ»).
  const eh = /е$/.test(key) ? key.replace(/е$/, 'э') : key.replace(/э$/, 'е');
  if (eh !== key) return [...[...out].slice(0, 3), eh];
  return [...out].slice(0, 4);
}

/** What ends a sentence for an alias's `notWhen.sentence` words: a stop, a line break. */
const SENTENCE_END = /[.!?\n。！？]/;
/** How far from a surname its `notWhen.sentence` words are looked for, each side (characters). */
const SENTENCE_REACH = 300;

/**
 * Where the sentence before the one holding `at` starts (0 at the text's start): two sentence ends back,
 * a line break, 。！？, or a stop followed by a space that ends no abbreviation ("Mr.", "U.S.", "J.").
 */
function sentenceBefore(text: string, at: number): number {
  let ends = 0;
  for (let k = at - 1; k > 0 && at - k < 2000; k--) {
    const c = text[k];
    const end =
      c === '\n' ||
      '。！？'.includes(c) ||
      ('.!?'.includes(c) &&
        /\s/u.test(text[k + 1] ?? ' ') &&
        !(c === '.' && ABBREVIATION_END.test(text.slice(Math.max(0, k - 5), k))));
    if (end && ++ends === 2) return k + 1;
  }
  return 0;
}

/** The end of an abbreviation before a stop: an initial ("J", "U.S"), or a short honorific or rank. */
const ABBREVIATION_END =
  /(?:(?:^|[^\p{L}])\p{Lu}|\.\p{Lu}|(?:^|[^\p{L}])(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|St|Jr|Sr|Prof|г|гг|см))$/u;

/** Whether folded `word` is one of `list` (lower case, folded here; a trailing `*` is a prefix). */
function matchesWord(word: string, list: readonly string[]): boolean {
  return list.some((w) => (w.endsWith('*') ? word.startsWith(fold(w.slice(0, -1))) : word === fold(w)));
}

/** A middle dot between two katakana (letters or the long-vowel mark), as folded. */
const JA_DOT_BETWEEN_KANA = /(?<=[\u30a1-\u30fc])・(?=[\u30a1-\u30fc])/g;

function aliasVariants(key: string, transliterated: boolean): string[] {
  let forms = aliasForms(key, transliterated);
  // A Japanese full name's last vowel is written short or long (ジャン・ノエル・バロ / バロー, Barrot): the long
  // form too. Only a full name (a dot in it), where the given name keeps the rest from another word.
  if (key.includes('・') && /[\u30a1-\u30fa]$/u.test(key)) forms = [...forms, ...forms.map((f) => `${f}ー`)];
  // And a doubled consonant written once (グラント・シャップス / シャプス), in a full name too.
  if (key.includes('・') && /ッ(?=[\u30a1-\u30fa])/u.test(key))
    forms = [...forms, ...forms.map((f) => f.replace(/ッ(?=[\u30a1-\u30fa])/gu, ''))];
  // Before a country run on without a dot (キア・スターマーイギリス首相) the page's folding drops a final
  // long-vowel mark between katakana: the form without it too, which only countryThenTitle lets through.
  if (!/[\u30a1-\u30fa]ー$/u.test(key) || /スキー$/.test(key)) return forms;
  return [...forms, ...forms.filter((f) => f.endsWith('ー')).map((f) => f.slice(0, -1))];
}

/**
 * The Japanese press writes a foreign name's sounds Japanese lacks in an older, plainer way as well:
 * ティ as チ (オースティン / オースチン), ディ as ジ (ウラディミール / ウラジミール), ウォ for a Slavic "v" as ボ
 * (ウォロディミル / ボロディミル; ヴ is folded to バ行 already). Read on an alias as written, not folded.
 */
const KANA_PLAIN: [RegExp, string][] = [
  // German "-rich" as リヒ or リッヒ (フリードリヒ / フリードリッヒ).
  [/リヒ(?=・|$)/g, 'リッヒ'],
  [/ティ/g, 'チ'],
  [/ディ/g, 'ジ'],
  [/(?<=^|・)ウォ/g, 'ボ'],
];
/** The plainer forms of a katakana alias as written (KANA_PLAIN), the alias first; at most four. */
export function kanaVariants(alias: string): string[] {
  if (!/[\u30a1-\u30fa]/u.test(alias)) return [alias];
  const out = new Set<string>([alias]);
  for (const [re, plain] of KANA_PLAIN) for (const w of [...out]) out.add(w.replace(re, plain));
  return [...out].slice(0, 4);
}

/** The keys an alias is matched by: its forms (aliasVariants) for each of its katakana renderings. */
function aliasKeys(alias: string, transliterated: boolean): string[] {
  const kana = kanaVariants(alias);
  if (kana.length === 1) return aliasVariants(keyOf(alias), transliterated);
  return [...new Set(kana.flatMap((k) => aliasVariants(keyOf(k), transliterated)))];
}

/**
 * A folded katakana given name as compared with another (folding makes small kana large, drops ー and writes
 * ア or ヤ after the i-row as ャ: マリヤ / マリア, see foldYa): KANA_PLAIN's plain forms (テイ, デイ), then ャ for
 * the ア after the チ or ジ they make, as folding would have written it (セバスティアン / セバスチャン), and a final ヌ
 * as ン (French "-ne": ステファヌ / ステファン).
 */
function kanaCanon(name: string): string {
  return name
    .replace(/テイ/gu, 'チ')
    .replace(/デイ/gu, 'ジ')
    .replace(/(?<=[チジ])ア/gu, 'ャ')
    .replace(/^ウオ/u, 'ボ')
    .replace(/ヌ$/u, 'ン');
}

/**
 * A folded Latin or Cyrillic surname as the press of one language or another spells its sounds, vowels kept: sch
 * as sh, ch and kh as h, w as v, z as s, j and y as i, ii and doubled letters once, ь and ъ dropped, э, ё and є as е,
 * ы and і as и, ю as у («Рютте» / «Рутте», «Сежурне» / «Сежюрне»), г and х as one («Сибига» / «Сибиха»): "Sirsky" and "Syrskyi", "Zacharowa" and "Zakharova",
 * «Хегсэт» and «Хегсет» are one; "Potanin" and "Putin", "Peskin" and "Peskov", "Rutter" and "Rutte" are not.
 */
function spelledAlike(word: string): string {
  const w = word
    .replace(/tsch/gu, 'ch')
    .replace(/sch/gu, 'sh')
    .replace(/[kc]h/gu, 'h')
    .replace(/w/gu, 'v')
    .replace(/z/gu, 's')
    .replace(/[jy]/gu, 'i')
    .replace(/[ьъ]/gu, '')
    .replace(/[эёє]/gu, 'е')
    .replace(/ю/gu, 'у')
    .replace(/[ыі]/gu, 'и')
    .replace(/[хґ]/gu, 'г');
  let out = '';
  for (const ch of w) if (!out.endsWith(ch)) out += ch;
  return out;
}

/**
 * Whether two folded given names of four letters or more differ in one inner letter that spells the same sound
 * (Kaia / Kaja, «Сергей» / «Серґей»); not Roberto / Robert, Marcos / Marco, Maria / Mario, Ronald / Donald.
 */
function otherInnerLetter(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 4) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  let diff = 0;
  for (let i = 1; i < a.length - 1; i++) {
    if (a[i] === b[i]) continue;
    if (++diff > 1 || !ALIKE_LETTERS.some((set) => set.includes(a[i]) && set.includes(b[i]))) return false;
  }
  return diff === 1;
}
/**
 * Whether two folded given names of four letters or more are one name as the press of one language or another writes
 * it: the same but for a final i, j or y (a Russian "-ий": Wassilij / Wassili, Heorhij / Heorhii, Dmitrij / Dmitri),
 * or as long as each other and the same sounds by spelledAlike («Хеорхий» / «Георгий»). Not a doubled letter (Lloyd
 * / Loyd) nor an inner letter more (Kaja / Kaija).
 */
function givenAlike(a: string, b: string): boolean {
  if (a === b || a.length < 4 || b.length < 4) return false;
  const stem = (w: string) => w.replace(/[ijy]+$/u, '');
  if (stem(a).length >= 4 && stem(a) === stem(b)) return true;
  return a.length === b.length && spelledAlike(a) === spelledAlike(b);
}
/** Letters that spell one sound in one language or another (Kaia / Kaja, Olaf / Olav); not c and i (Marco / Mario). */
const ALIKE_LETTERS: readonly string[] = ['ijy', 'vwf', 'kcq', 'sz', 'иіыій', 'еэє', 'кг'];

/** The officials' two-word full names, and the sorted keys that find them (see OfficialsIndex.variantTableOf). */
interface VariantTable {
  keys: StringList;
  entry: Int32Array;
  given: StringList;
  surname: StringList;
  official: Int32Array;
}
/** An alias of two words in Latin or Cyrillic letters. */
const SPACED_FULL_NAME = new RegExp(`^([${LATIN}${CYR}А-ЯЁЄІЇҐ-]{2,}) ([${LATIN}${CYR}А-ЯЁЄІЇҐ-]{2,})$`, 'u');
/** Two capitalised words in page text, no third after them (a title may stand before: "General Oleksandr Sirsky"). */
const LATIN_PAIR = new RegExp(
  `(?<![${LATIN}'’-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+) ([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)(?![${LATIN}'’-]| [A-ZÀ-ÖØ-Þ])`,
  'gu',
);
const CYRILLIC_PAIR = new RegExp(
  `(?<![${CYR}А-ЯЁЄІЇҐ-])([А-ЯЁЄІЇҐ][${CYR}-]+) ([А-ЯЁЄІЇҐ][${CYR}-]+)(?![${CYR}А-ЯЁЄІЇҐ-]| [А-ЯЁЄІЇҐ])`,
  'gu',
);

/** Two katakana words joined by a middle dot in page text, no katakana word before them (ラドスラフ・シコルスキ). */
const KATAKANA_PAIR =
  /(?<![\u30a1-\u30fc・])([\u30a1-\u30fa\u30fc]{2,})・([\u30a1-\u30fa\u30fc]{2,})(?![\u30a1-\u30fc])/gu;
/** A word for an office, as the last word of a Japanese title (長官 of 国防長官). */
const JA_OFFICE_WORD =
  /^(?:大統領|首相|長官|外相|国防相|総司令官|司令官|事務総長|報道官|大使|副議長|議長|補佐官|調整官|参謀総長|上級代表)/u;
/** A katakana word of three kana or more, not beside another (a surname alone: ゼレンシキー大統領). */
const KATAKANA_WORD = /(?<![\u30a1-\u30fc・])[\u30a1-\u30fa\u30fc]{3,}(?![\u30a1-\u30fc])/gu;
const SMALL_KANA: Record<string, string> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
};
/**
 * A katakana name as the Japanese press's several spellings of one foreign name share it: the long-vowel mark,
 * the small ッ and the middle dot dropped, ヴ as the バ row, ティ and ディ as チ and ジ, トゥ and ドゥ as ト and ド, an
 * opening ウォ as ボ, small kana large, and an イ after the i row dropped (ゼレンスキイ / ゼレンスキー, ヘオルヒイ /
 * ヘオルヒー, ナルイシュキン / ナルイシキン differ by one kana at most then).
 */
export function kanaKey(name: string): string {
  return name
    .replace(/[ーッ・]/gu, '')
    .replace(/ヴ([ァィェォ])/gu, (_, v: string) => ({ ァ: 'バ', ィ: 'ビ', ェ: 'ベ', ォ: 'ボ' })[v]!)
    .replace(/ヴ/gu, 'ブ')
    .replace(/ティ/gu, 'チ')
    .replace(/ディ/gu, 'ジ')
    .replace(/([トド])ゥ/gu, '$1')
    .replace(/^ウォ/u, 'ボ')
    .replace(/[ァィゥェォャュョヮ]/gu, (c) => SMALL_KANA[c])
    .replace(/(?<=[イキシチニヒミリギジビピ])イ/gu, '');
}
/**
 * Whether two kana keys (kanaKey) are one name as the Japanese press spells it, the shorter of three kana or more:
 * the same, or one of the swaps its spellings make (review r92: any other kana apart is another name, a word or the
 * other gender's form, ペトコフ for ペスコフ, ゼレンスカ for ゼレンスキ, ラブロワ for ラブロフ): ス or シ before キ
 * (ゼレンシキー, シルシキー), a last ス or ト (ヘグセット), ア or ヤ (フィヤラ), ワ or ラ (ラドスラフ), ハ or ガ
 * (シビガ), ワ or バ (ザハロバ), タ or ト (タスク), セ or ゼ (ヘグゼス), and a ユ, ヨ or ヤ after シ or キ (ナルイシュキン).
 */
function kanaNear(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.min(a.length, b.length) < 3) return false;
  if (a.length === b.length) {
    let at = -1;
    for (let i = 0; i < a.length; i++) {
      if (a[i] === b[i]) continue;
      if (at >= 0) return false;
      at = i;
    }
    const pair = a[at] + b[at];
    if (pair === 'スシ' || pair === 'シス') return a[at + 1] === 'キ';
    if (pair === 'スト' || pair === 'トス') return at === a.length - 1;
    return ['アヤ', 'ヤア', 'ワラ', 'ラワ', 'ワバ', 'バワ', 'ハガ', 'ガハ', 'タト', 'トタ', 'セゼ', 'ゼセ'].includes(
      pair,
    );
  }
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++)
    if ('ユヨヤ'.includes(long[i]) && 'シキ'.includes(long[i - 1]) && long.slice(0, i) + long.slice(i + 1) === short)
      return true;
  return false;
}

function aliasForms(key: string, transliterated: boolean): string[] {
  // A Japanese full name is also written without its middle dot, or with a space or ＝ there, which page
  // text loses between katakana (normalise): ドミトリーペスコフ, フリードリヒ メルツ, エマニュエル＝マクロン.
  // Folded again: a long-vowel mark the dot stood after is between katakana now (ドミトリー・ペスコフ).
  const joined = key.includes('・') ? keyOf(key.replace(JA_DOT_BETWEEN_KANA, '')) : key;
  // Japanese writes Slavic -ski/-sky names with or without the long vowel (シコルスキ, シコルスキー), and a
  // final -berg or -burg the English way or the German way (ストルテンベルグ, ストルテンベルク).
  const end = /スキー?$/.test(key)
    ? key.endsWith('ー')
      ? key.slice(0, -1)
      : `${key}ー`
    : /[ベブ]ル[グク]$/.test(key)
      ? key.slice(0, -1) + (key.endsWith('グ') ? 'ク' : 'グ')
      : undefined;
  if (end !== undefined) {
    const forms = [key, end];
    return joined === key ? forms : [...forms, ...forms.map((f) => keyOf(f.replace(JA_DOT_BETWEEN_KANA, '')))];
  }
  if (joined !== key) return [key, joined];
  // Latin variants only for names romanised from Cyrillic (see writesCyrillic); Cyrillic ones only for
  // names written into Cyrillic from another script.
  if (!transliterated) return cyrillicVariants(key);
  const words = key.split(' ');
  // Most aliases have no variant at all: one pattern, no combinations to build.
  if (words.every((w) => !LATIN_WORD.test(w) || latinVariants(w).length === 1)) return [key];
  let acc: string[] = [''];
  for (const w of words) {
    const vs = LATIN_WORD.test(w) ? latinVariants(w) : [w];
    const next: string[] = [];
    for (const a of acc) for (const v of vs) next.push(a ? `${a} ${v}` : v);
    acc = next.slice(0, 64);
  }
  return acc;
}

interface Raw {
  pattern: number;
  start: number;
  end: number;
}

interface Scan {
  names: Raw[];
  titles: Raw[];
  titlesByEnd: Map<number, Raw[]>;
  titlesByStart: Map<number, Raw[]>;
}

/** Levenshtein distance, stopping early past `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * Whether a folded page word is a spelling or case form of a folded given name from the dataset:
 * transliterations differ by a letter or two (Эммануэль/Эмманюэль, Volodymyr/Volodimir), and Slavic
 * words also by their case ending (Эмманюэлем). Short names must match exactly.
 */
/**
 * A title and its declined forms: a German adjective before the office takes -e or -en after an
 * article ("ukrainischer Außenminister", "der ukrainische Außenminister", "dem ukrainischen ..."), and
 * the office itself its genitive or weak ending ("des Kanzlers", "des US-Präsidenten", "des
 * französischen Präsidenten"). Only a German office word takes one (see germanOfficeEnding).
 */
function titleForms(title: string): string[] {
  const m = /^(\p{Ll}+(?:isch|sch))er(?= \p{Lu})/u.exec(title);
  // German by its spelling: one word ("Kanzler", "Außenminister"), a German adjective, or an umlaut; not
  // "Foreign Minister", whose plural would read as a title.
  const german = !title.includes(' ') || !!m || /[äöüß]/iu.test(title);
  const ending = german ? germanOfficeEnding(title) : undefined;
  if (!m) return ending ? [title, title + ending] : [title];
  const rest = title.slice(m[0].length);
  const forms = [title, `${m[1]}e${rest}`, `${m[1]}en${rest}`];
  // "des ukrainischen Präsidenten", "des ukrainischen Außenministers": the adjective's -en with the noun's.
  return ending ? [...forms, `${m[1]}en${rest}${ending}`] : forms;
}

/**
 * What the last word of a German office title takes when declined, or undefined: a weak noun (Präsident,
 * Diplomat) -en in the genitive, dative and accusative; one in -er or -chef (Kanzler, Außenminister,
 * Sprecher, Regierungschef) -s in the genitive; "Außenbeauftragte" -n.
 */
function germanOfficeEnding(title: string): string | undefined {
  const word = /[^\s-]+$/u.exec(title)?.[0] ?? '';
  if (!word || word[0] === word[0].toLowerCase()) return undefined;
  const w = word.toLowerCase();
  if (/(?:präsident|diplomat)$/u.test(w)) return 'en';
  if (/(?:kanzler|minister|sprecher|chef|botschafter)$/u.test(w)) return 's';
  if (w.endsWith('beauftragte')) return 'n';
  return undefined;
}

/**
 * Whether the katakana run at `end` of `canon` is a country's name (in Japanese) that a kanji word follows:
 * the country of a title written on after a name without a dot (ドナルド・トゥスクポーランド首相, ロベルト・フィツォ
 * スロバキア首相), not more of a longer katakana name.
 */
function countryThenTitle(canon: string, end: number): boolean {
  let k = end;
  while (k < canon.length && isKatakanaUnit(canon.charCodeAt(k))) k++;
  if (k < end + 2 || !/\p{Script=Han}/u.test(canon[k] ?? '')) return false;
  // As the page text is folded (a long-vowel mark between katakana dropped: ポランド).
  jaCountries ??= new Set(countryNames(LANGUAGE_PACKS.find((l) => l.code === 'ja')!).map((n) => normalise(n).text));
  return jaCountries.has(canon.slice(end, k));
}
let jaCountries: Set<string> | undefined;

/** Particles that make the word before them a sentence's subject or topic (大統領は, 首相が, 外相も). */
const JA_SUBJECT_AFTER = /^[はがも]$/u;

/**
 * Where Japanese `title` beside name hit `h` ends, or -1: right after the name, perhaps after a
 * one-character country or a middle dot and a country in katakana (トランプ米大統領, メドベージェフ・ロシア
 * 安保会議副議長), or ending the kanji compound right after it where that compound is one of their titles
 * (ペスコフ大統領報道官: 報道官; not プーチン大統領報道官); or right before it, perhaps with の (ポーランド首相の
 * トゥスク氏: then the name's end).
 */
function jaTitleBeside(
  text: string,
  h: OfficialHit,
  title: string,
  /** Whether a compound title is one of the official's own (大統領報道官 is Peskov's, not Putin's). */
  ownCompound: (official: number, compound: string) => boolean = () => false,
): number {
  const after = text.slice(h.end, h.end + 24);
  const dotted = /^[・･][\u30a1-\u30fa\u30fc]+/u.exec(after)?.[0].length ?? -1;
  const at = after.startsWith(title)
    ? 0
    : JA_COUNTRY_ABBREVIATIONS.includes(after[0]) && after.startsWith(title, 1)
      ? 1
      : dotted > 0 && after.startsWith(title, dotted)
        ? dotted
        : -1;
  if (at >= 0) return h.end + at + title.length;
  // The end of a compound title right after the name (ペスコフ大統領報道官: 報道官); not a former or a
  // future holder's (トランプ前大統領, 元首相, 次期大統領).
  const compound = /^(?![前元]|次期)[\u4e00-\u9fff]{2,10}/u.exec(after)?.[0];
  if (compound && compound.length > title.length && compound.endsWith(title) && ownCompound(h.official, compound))
    return h.end + compound.length;
  const before = text.slice(Math.max(0, h.start - title.length - 1), h.start);
  return before.endsWith(title) || before.endsWith(title + 'の') ? h.end : -1;
}

/**
 * Whether a page uses a surname (`word`, as written) as a word, not a name: it writes it in lower case as a
 * whole word somewhere, and capitalised only where a sentence opens ("Séjourné à Lisbonne six ans, …; il a
 * séjourné ailleurs"). Capitalised inside a sentence anywhere, it is a name. Read once per page and word.
 */
function wordNotName(pageText: string, word: string, page: PageNames): boolean {
  const cache = (page.wordsNotNames ??= new Map());
  let v = cache.get(word);
  if (v === undefined) {
    const lower = word.toLowerCase();
    const whole = (at: number, w: string) =>
      !isWordUnit(pageText.charCodeAt(at - 1) || 32) && !isWordUnit(pageText.charCodeAt(at + w.length) || 32);
    let written = false;
    for (let at = pageText.indexOf(lower); at >= 0 && !written; at = pageText.indexOf(lower, at + 1))
      written = whole(at, lower);
    v = written;
    for (let at = pageText.indexOf(word); at >= 0 && v; at = pageText.indexOf(word, at + 1))
      if (whole(at, word) && !opensProse(pageText, at)) v = false;
    cache.set(word, v);
  }
  return v;
}

/** Whether `os` opens a sentence of prose: at the text's or a line's start, or after a stop and a space. */
function opensProse(text: string, os: number): boolean {
  return os === 0 || /(?:^|\n|[.!?…][»"”’)]?\s+)$/u.test(text.slice(Math.max(0, os - 4), os));
}

/** Whether `os` opens a sentence: at the text's or a line's start, or after 。！？ or an opening bracket. */
function opensSentence(text: string, os: number): boolean {
  return os === 0 || /[\n。！？「『（(]/u.test(text[os - 1]);
}

/**
 * A Japanese description of where a holder came from, before their title at a sentence's opening: X出身の
 * (財務相出身の首相: the prime minister who was finance minister) or 元Xの (元テレビ司会者の長官). It tells who
 * the holder was, not which office: the title still names the holder the sentence before names.
 */
const JA_ORIGIN_BEFORE_TITLE =
  /(?:[\p{Script=Han}\p{Script=Katakana}ー]{1,12}出身|元[\p{Script=Han}\p{Script=Katakana}ー]{1,12})の$/u;

/**
 * Whether Japanese `title` is written again in `between` as a holder's title: not as the head of a
 * longer word (大統領専用機: the presidential plane, 首相官邸: the prime minister's residence).
 */
function titleAgain(between: string, title: string): boolean {
  for (let at = between.indexOf(title); at >= 0; at = between.indexOf(title, at + 1))
    if (!/\p{Script=Han}/u.test(between[at + title.length] ?? '')) return true;
  return false;
}

/** Japanese honorifics that follow a name: 同氏 is a pronoun ("he"), not a title (see sameAsBefore). */
const JA_HONORIFICS = ['氏', 'さん', '様'];
/**
 * Whether the Japanese title at `os` opens with 同 ("the same", "the said"), itself no part of a longer
 * word (共同, 合同): 同長官 is the secretary named before.
 */
function sameAsBefore(text: string, os: number): boolean {
  return os > 0 && text[os - 1] === '同' && !/\p{Script=Han}/u.test(text[os - 2] ?? '');
}

/**
 * Katakana that Japanese writes for one foreign sound (after the fold has turned ヴ into the b-row): v as ワ
 * or バ (ワレリー / ヴァレリー, Valery), ウ or ブ (ウラジーミル / ヴラジーミル), a long vowel as ー or イ
 * (ドミトリー / ドミトリイ), a small vowel or a full one, an English th as ソ or ト (アンソニー / アントニー,
 * Anthony / Antony).
 */
const KANA_VARIANTS = new Set(
  ['ワバ', 'ウブ', 'ーイ', 'ィイ', 'ァア', 'ゥウ', 'ェエ', 'ォオ', 'ソト'].flatMap((p) => [p, p[1] + p[0]]),
);
/**
 * Whether two folded katakana given names are one name transliterated two ways: the same length, four
 * units or more, and one unit apart by a pair of KANA_VARIANTS. Any other unit is another name (ロベルト /
 * ロベルタ, ドナルド / ロナルド, マリア / マリナ).
 */
/**
 * A given name's Russian and Ukrainian forms in katakana, folded (see sameKanaName): the Japanese press often
 * writes a Ukrainian official's given name the Russian way (ドミトリー・クレバ for Dmytro Kuleba).
 */
let ruUkKanaMemo: Map<string, string> | undefined;
const ruUkKana = (): Map<string, string> =>
  (ruUkKanaMemo ??= new Map(
    [
      ['ドミトリー', 'ドミトロ'],
      ['セルゲイ', 'セルヒー'],
      ['アンドレイ', 'アンドリー'],
      ['ゲオルギー', 'ヘオルヒー'],
      ['アレクサンドル', 'オレクサンドル'],
      ['ウラジーミル', 'ヴォロディミル'],
    ].flatMap(([ru, uk]) => [
      [fold(ru), fold(uk)],
      [fold(uk), fold(ru)],
    ]),
  ));
function sameKanaName(a: string, b: string): boolean {
  if (a !== b && kanaCanon(a) === kanaCanon(b) && a.length >= 3) return true;
  if (ruUkKana().get(a) === b) return true;
  // A last vowel written short or long (ドミトリ / ドミトリー), four units or more before it.
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (short.length >= 4 && long === `${short}ー` && /^[\u30a1-\u30fa]+$/u.test(short)) return true;
  if (a.length !== b.length || a.length < 4 || !/^[\u30a1-\u30fa\u30fc]+$/u.test(a + b)) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && (++diff > 1 || !KANA_VARIANTS.has(a[i] + b[i]))) return false;
  return diff === 1;
}

/**
 * What a Latin given name takes at its end to become another name (Robert-o, Daniel-a, Emmanuel-le, and
 * the Spanish and Portuguese -s: Marco-s, Carlo-s). Not "i": "Dmitri" and "Dmitrii", "Heorhi" and
 * "Heorhii" are one name romanised two ways.
 */
const ANOTHER_NAME_ENDING = /^(?:[aeo]|le|s)$/;
/** A «й» between a vowel and a iotated vowel (see sameGivenName; `replace` resets its lastIndex). */
const YOT = /([аеиоуыэюяєії])й(?=[яюеє])/g;
function sameGivenName(word: string, given: string): boolean {
  if (word === given) return true;
  // A «й» between a vowel and a iotated vowel is written or not (Кайя / Кая Каллас, Майя / Мая).
  if (word.includes('й') || given.includes('й')) {
    const [w, g] = [word.replace(YOT, '$1'), given.replace(YOT, '$1')];
    if (w !== word || g !== given) return sameGivenName(w, g);
  }
  // German and English write Cyrillic кс as x: Olexander, Alexej are Oleksandr, Aleksei.
  if (/^[a-z]/.test(word) && (word.includes('x') || given.includes('x')))
    return sameGivenName(word.replace(/x/g, 'ks'), given.replace(/x/g, 'ks'));
  // A Latin name with a vowel more at its end is another name, not a spelling: Roberto is not Robert
  // (Fico), Emmanuelle not Emmanuel, Daniela not Daniel.
  const [long, short] = word.length > given.length ? [word, given] : [given, word];
  if (/^[a-z]/.test(short) && long.startsWith(short) && ANOTHER_NAME_ENDING.test(long.slice(short.length)))
    return false;
  // Short Cyrillic given names decline too («Кая», «Каєю»): the name less its final vowel, then an ending;
  // after a vowel, a «й» may come first («Кайей», the instrumental the Russian press also writes).
  if (given.length <= 4 && /[\u0400-\u052f]/.test(word)) {
    const stem = given.replace(/[аяеєиіоуюь]$/, '');
    const rest = word.slice(stem.length);
    const ending = /[аеиоуяюєії]$/.test(stem) ? rest.replace(/^й(?=[еєиі])/, '') : rest;
    if (stem.length >= 2 && stem !== given && word.startsWith(stem) && isCaseEnding(ending)) return true;
  }
  const forms = /[\u0400-\u052f]/.test(word) ? caseStems(word) : [word];
  for (const f of forms) {
    if (f === given) return true;
    const len = Math.min(f.length, given.length);
    if (len < 5) continue;
    if (editDistance(f, given, len >= 8 ? 2 : 1) <= (len >= 8 ? 2 : 1)) return true;
  }
  return false;
}

/**
 * The official's Latin given name a Cyrillic page word spells (or a case form of it): «Кейр» is Keir
 * as the press romanises it, where the dataset lists only «Кир». Exact: short names differ by a letter.
 */
function romanGivenName(word: string, given: readonly string[]): string | undefined {
  if (!CYRILLIC.test(word) || !given.some((g) => /^[a-z]/.test(g))) return undefined;
  return romanForms(word).find((r) => given.includes(r));
}

/** A Cyrillic word's Latin spellings in every romanising pack, its case forms too; read once per word. */
const ROMAN_FORMS = new Map<string, string[]>();
function romanForms(word: string): string[] {
  let forms = ROMAN_FORMS.get(word);
  if (!forms) {
    const out = new Set<string>();
    for (const form of caseStems(word))
      for (const p of ROMANISING)
        for (const table of [p.romanisation!.ru, p.romanisation!.uk])
          for (const r of romaniseWord(form, table)) out.add(r);
    if (ROMAN_FORMS.size > 5_000) ROMAN_FORMS.clear();
    ROMAN_FORMS.set(word, (forms = [...out]));
  }
  return forms;
}

/**
 * Where a surname stands in the text, whole words: as written, and for a Cyrillic one in its case
 * forms too (Тихий: Тихого, Тихому), the stem followed by a case ending.
 */
function surnameForms(text: string, word: string): [number, number][] {
  const out: [number, number][] = [];
  const cyrillic = CYRILLIC.test(word);
  const stem = cyrillic ? word.slice(0, stemWord(word.toLowerCase()).length) : word;
  for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
    if (at > 0 && isWordUnit(text.charCodeAt(at - 1))) continue;
    let end = at + stem.length;
    while (end < text.length && isWordUnit(text.charCodeAt(end))) end++;
    const rest = text.slice(at + stem.length, end);
    if (cyrillic ? isCaseEnding(rest) || at + word.length === end : rest === '') out.push([at, end]);
  }
  return out;
}

/**
 * The length of a word of time written onto the title at `start` of the canon text ("ex" of "exmandatario";
 * GLUED_TIMES), or 0.
 */
function gluedBefore(canon: string, start: number): number {
  let k = start;
  // No further back than the longest such word: a long run of letters ("presidentepresidente…") is none.
  while (k > 0 && start - k <= GLUED_LONGEST && joinsWord(canon, k)) k--;
  return k < start && GLUED_TIMES.has(canon.slice(k, start)) ? start - k : 0;
}
const GLUED_LONGEST = Math.max(0, ...[...GLUED_TIMES].map((w) => w.length));

/**
 * Where the sentence of running prose that holds `text` from `start` to `end` ends, or -1: one that ends
 * with a full stop, a question or an exclamation mark within its line, of eight words or more (the project's
 * sentence splitter: abbreviations, initials and decimals end none). A headline ("Merz warnt vor Zöllen.")
 * is shorter or has no stop; the story under it may be about someone else.
 */
function proseSentenceEnd(text: string, start: number, end: number): number {
  if (sentenceCache?.text !== text) sentenceCache = { text, spans: splitSentences(text) };
  const spans = sentenceCache.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= start) lo = mid;
    else hi = mid - 1;
  }
  const span = spans[lo];
  if (!span || span.start > start || span.end < end || !/[.!?]["'»”’)]*$/u.test(text.slice(span.end - 3, span.end)))
    return -1;
  let words = 0;
  for (const w of text.slice(span.start, span.end).split(/\s+/u)) if (/\p{L}/u.test(w) && ++words >= 8) return span.end;
  return -1;
}
/** The last text split into sentences (a page's lines are read one after another). */
let sentenceCache: { text: string; spans: Span[] } | undefined;

/** The word of time right before a title at `start` of the canon text ("frühere", «нынешний»), if any. */
function timeBeforeTitle(canon: string, start: number): 'former' | 'current' | undefined {
  if (gluedBefore(canon, start)) return 'former';
  const word = /([\p{L}-]+)\s+$/u.exec(canon.slice(Math.max(0, start - 24), start));
  return word ? TIMES_BEFORE_TITLE.get(word[1]) : undefined;
}

let functionWords: ReadonlySet<string> | undefined;
/**
 * A stop word of any language: not the adjective of "l'équipementier italien Macron" ("le musée où Macron a
 * inauguré", "le pont entre Macron et Merz": the noun is no name of his). The set is made the first time a
 * place noun stands two words before a surname, not when a page loads.
 */
const isFunctionWord = (w: string) => (functionWords ??= new Set(LANGUAGE_PACKS.flatMap((p) => [...p.stop]))).has(w);

/** Whether a word before a surname makes it a place, a building or a company (THING_BEFORE_SURNAME). */
function thingBefore(folded: string): boolean {
  // A word with a full stop is a listed abbreviation ("вул.", "St.") or the end of a sentence («… оборонних
  // компаній. Хілі оглянув …»): the surname then opens the next one.
  if (folded.endsWith('.')) return THING_BEFORE_SURNAME.includes(folded);
  return THING_BEFORE_SURNAME.some((x) => (x.endsWith('*') ? folded.startsWith(x.slice(0, -1)) : folded === x));
}

/**
 * Whether the word after a surname ending at `end` makes it a place or a thing (THING_AFTER_SURNAME):
 * "on Lavrov Street." ends a sentence, so the word is read with and without its dot ("St." keeps it).
 */
function thingAfter(text: string, end: number): boolean {
  const after = /^[ \u00a0]+([\p{L}.]+)/u.exec(text.slice(end, end + 30));
  const thing = (w: string) => THING_AFTER_SURNAME.has(fold(w)) || THING_AFTER_SURNAME.has(fold(w.replace(/\.$/, '')));
  if (!after) return false;
  if (thing(after[1])) return true;
  // The surname opening a longer capitalised name that ends in a word for a building or a venue: "Trump
  // Ocean Club", "Trump International Hotel". Only those: a headline in title case capitalises every word
  // ("Trump Berates News Media").
  // The venue's word ends the name, and the line is no headline in title case ("Trump Buys New Golf Club
  // in Scotland": no lower-case word of four letters or more but a preposition).
  const run = /^(?:[ \u00a0]+\p{Lu}[\p{L}'’-]*){1,2}[ \u00a0]+(\p{Lu}\p{L}*)(?![ \u00a0]*\p{Lu})/u.exec(
    text.slice(end, end + 60),
  );
  if (!run || !VENUE_AFTER_NAME.test(run[1])) return false;
  const from = Math.max(text.lastIndexOf('\n', end) + 1, end - 200);
  const to = text.indexOf('\n', end);
  const line = text.slice(from, to < 0 ? end + 200 : Math.min(to, end + 200));
  return (line.match(/(?<![\p{L}'’-])\p{Ll}{4,}/gu) ?? []).some((w) => !TITLE_CASE_LOWER.has(w));
}

/** The last word of a building's or a venue's name (see thingAfter). */
const VENUE_AFTER_NAME = /^(?:Hotels?|Towers?|Club|Resort|Casino|Plaza|Building|Estate|Golf|Stadium|Arena|Airport)$/u;
/** Words a headline in title case writes in lower case, four letters or more (see thingAfter). */
const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'onto', 'over', 'upon', 'than', 'that']);

/**
 * Whether a Cyrillic surname read inside a sentence is the man: not capitalised for another reason
 * (first in its sentence or line, after an opening quote: a title such as «Тихий Дон»; part of a proper
 * name, «Тихий океан»), not after another capitalised word (a woman's or another man's given name,
 * «Оленою Тихою»), nor after a street or place word («вулиці Тихій»), and for an adjective-like surname
 * (Тихий) only in its masculine forms (Тихого, Тихому, Тихим), not Тиха, Тихе, Тихою.
 */
function cyrillicSurnameInside(text: string, word: string, at: number, end: number): boolean {
  let k = at;
  while (k > 0 && /[\s(—–-]/u.test(text[k - 1])) k--;
  if (k === 0 || /[.!?…:;\n«"„“'‘‹]/u.test(text[k - 1])) return false;
  if (thingAfter(text, end)) return false;
  const before = /(\S+)\s+$/u.exec(text.slice(Math.max(0, at - 30), at))?.[1] ?? '';
  if (/^\p{Lu}/u.test(before) || thingBefore(fold(before))) return false;
  const lower = word.toLowerCase();
  if (/(?:ий|ый|ій|ой)$/u.test(lower)) {
    const stem = stemWord(lower);
    return /^(?:ий|ый|ій|ой|ого|ому|им|ым|ім|ом)$/u.test(text.slice(at, end).toLowerCase().slice(stem.length));
  }
  return true;
}

/**
 * Whether the Cyrillic surname `word` at [at, end), as written there, opens a sentence and a verb of saying
 * follows it, perhaps after an adverb («Тихий додав», «Тихий також наголосив», «Тихий заявил»): the man,
 * not the adjective it also is, which a noun would follow («Тихий океан», «Тихий острів»).
 */
function cyrillicSurnameOpening(text: string, word: string, at: number, end: number): boolean {
  if (text.slice(at, end) !== word) return false;
  let k = at;
  while (k > 0 && /[\s—–-]/u.test(text[k - 1])) k--;
  if (k > 0 && !/[.!?…\n]/u.test(text[k - 1])) return false;
  // The next word, or the one after an adverb ("також", "также"): a verb of the sentence's language, a past
  // no noun ends as («назвав», «заявил») or one of its cue words, lower case: not «Тихий острів», «остров».
  const verbs = SUBJECT_VERBS.get(detectLanguage(text.slice(Math.max(0, at - 120), end + 120))?.code ?? '');
  if (!verbs) return false;
  const [first, second] =
    /^\s+([а-яёєіїґ'’ʼ]+)(?:\s+([а-яёєіїґ'’ʼ]+))?/u.exec(text.slice(end, end + 40))?.slice(1) ?? [];
  const verb = first && verbs.adverbs.has(first) ? second : first;
  return !!verb && (verbs.past.test(verb) || (verbs.ending.test(verb) && verbs.isCue(fold(verb))));
}

/** Whether the word at `at` opens a sentence (or the text, or a line) that ends in a question mark. */
function opensQuestion(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /[\s«"„“'‘(¿¡]/u.test(text[k - 1])) k--;
  if (k > 0 && !/[.!?…\n]/u.test(text[k - 1])) return false;
  const end = text.slice(at).search(/[.!?？\n]/u);
  return end >= 0 && /[?？]/u.test(text[at + end]);
}

/** A sentence-opening phrase naming an office (see OfficialsIndex.roleNounHits). */
interface RolePhrase {
  /** Where the sentence before ends (its stop or line break). */
  sep: number;
  start: number;
  end: number;
  /** The word for the office, lower case. */
  noun: string;
  /** Stems (or acronyms) of the words that qualify it, which the holder's titles must hold. */
  qualifiers: string[];
  /** A word of time before it ("frühere", "ex-"): any role's titles count. */
  past: boolean;
  /**
   * Russian, Ukrainian: the noun is a whole word of a title, qualifiers are stems of title words (see
   * cyrillicStem), and genitive qualifiers may follow the noun (read against the holder's titles).
   */
  cyrillic?: boolean;
}

/**
 * Latin script: a capitalised definite article, lower-case words and the word for the office (or a
 * German compound ending in it); its qualifiers are the words between and the lower-case one after it.
 */
function latinRolePhrases(text: string): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (const m of text.matchAll(ROLE_OPENING_ALL)) {
    const start = m.index + m[1].length;
    const end = start + m[2].length;
    // An elided article ("L’église") is a word of its own.
    const words = m[2].replace(/^(L['’])(?=\p{L})/u, '$1 ').split(/\s+/u);
    // A compound with the noun at its head ("chef-d’œuvre"), or an office of something ("porte-parole du
    // Kremlin", "the minister of Hungary": a listed title's business, see the bare titles).
    if (/^(?:-|\s+(?:of|de|des|du|del|von|der|d['’]))/u.test(text.slice(end, end + 5))) continue;
    if (!capitalised(words[0]) || words.slice(1, -1).some(capitalised)) continue;
    // A name right after the phrase ("Le Premier ministre Lecornu", "Der japanische Botschafter Kazuyuki
    // Yamazaki"): the sentence names its holder itself.
    if (capitalised(text.slice(end, end + 4).replace(/^\s*,?\s*/, ''))) continue;
    // "Le ministre italien" after Barrot is Tajani, not him: the qualifiers must be in the holder's titles.
    // After the word where the pack says a word there qualifies it (roles.qualifiersAfter: French and Spanish
    // adjectives, an English noun making another office, "The chief executive"), not a verb there
    // (roles.verbEndings: "The former president talked"); German puts none there ("Der Generalsekretär sprach").
    const article = words[0].toLowerCase().replace('’', "'");
    let next = ROLE_ARTICLES_QUALIFIED_AFTER.has(article)
      ? ROLE_QUALIFIER_AFTER.exec(text.slice(end, end + 30))?.[1]
      : undefined;
    if (next && ROLE_ARTICLES_QUALIFIED_AFTER.get(article)?.test(next)) next = undefined;
    const qualifiers = [...words.slice(1, -1), ...(next ? [next] : [])]
      .map((w) => w.toLowerCase())
      .filter((w) => w.length >= 4 && !formerWord(w) && !ROLE_VERBS.has(w))
      .map((w) => w.slice(0, Math.max(4, w.length - 2)));
    // The first part of a hyphenated compound says whose office it is ("UN-Generalsekretär", "Nato-Chef"):
    // the holder's titles must have it so.
    const last = words[words.length - 1];
    if (last.includes('-')) qualifiers.push(`${last.slice(0, last.lastIndexOf('-')).toLowerCase()}-`);
    out.push({ sep: m.index, start, end, noun: m[3].toLowerCase(), qualifiers, past: words.some(formerWord) });
  }
  return out;
}

/**
 * Russian and Ukrainian, which have no articles: capitalised adjectives (up to two) and the word for the
 * office, or that word capitalised; genitive qualifiers after it are read against the holder's titles.
 */
function cyrillicRolePhrases(text: string): RolePhrase[] {
  const out: RolePhrase[] = [];
  for (const m of text.matchAll(CYRILLIC_ROLE_OPENING_ALL)) {
    const start = m.index + m[1].length;
    const before = m[2].split(/\s+/u).slice(0, -1);
    // "Бывший американский президент": a word of time lets every role's titles count; it qualifies nothing.
    const qualifiers = before.filter((w) => w.length >= 3 && !formerWord(w)).map(cyrillicStem);
    out.push({
      sep: m.index,
      start,
      end: start + m[2].length,
      noun: apostrophes(m[3].toLowerCase()),
      qualifiers,
      past: before.some(formerWord),
      cyrillic: true,
    });
  }
  return out;
}

/** ' and ʼ as ’, the dataset's apostrophe («прем'єр», «премʼєр»). */
const apostrophes = (w: string): string => w.replace(/['ʼ]/g, '’');

/**
 * A Cyrillic qualifier as compared with the words of a holder's titles: an acronym whole («МИД», «США»),
 * another word its first five letters, lower case, with ц as ч («Німецький» and «Німеччини»: «німеч»;
 * «Словенский» is not «Словакии»).
 */
const cyrillicStem = (w: string): string =>
  /^[А-ЯЁЄІЇҐA-Z]+$/.test(w) ? w.toLowerCase() : apostrophes(w.toLowerCase()).replace(/ц/g, 'ч').slice(0, 5);
/** A title word as compared with a Cyrillic qualifier (see cyrillicStem). */
const cyrillicTitleWord = (w: string): string => apostrophes(w).replace(/ц/g, 'ч');

/**
 * The other half of a hyphenated compound around [os, oe) ("Austin-Healey", "Trump-Putin"), as written;
 * "" when the hyphen has no word beside it, undefined when the word is in no compound.
 */
function compoundPartner(text: string, os: number, oe: number): string | undefined {
  if (text[os - 1] === '-') return /(\p{L}*)-$/u.exec(text.slice(Math.max(0, os - 30), os))?.[1] ?? '';
  if (text[oe] === '-') return /^-(\p{L}*)/u.exec(text.slice(oe, oe + 30))?.[1] ?? '';
  return undefined;
}

/** Plural-only endings of a Russian or Ukrainian surname (genitive, locative, instrumental plural). */
const PLURAL_FAMILY = /[\u0400-\u04ff](?:ых|их|іх|ыми|ими)$/u;

const OPEN_QUOTES = '«“„"\'‘‹';
const CLOSE_QUOTES = '»”“"\'’›';

/** What may stand between two names of one list: a comma, or a conjunction of the packs' languages. */
const LIST_JOINER = /^\s*(?:[,、]|(?:,\s*)?(?:and|und|y|e|et|и|і|та|й|та й)(?=\s))\s*$|^と$/u;

/** Whether hits `a` and `b` are next to each other in a list ("Lawrow und Rubio", "Rubio, Hegseth"). */
function listNeighbours(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (second.start < first.end || second.start - first.end > 8) return false;
  return LIST_JOINER.test(text.slice(first.end, second.start));
}

export class OfficialsIndex {
  private readonly ac: AhoCorasick;
  /** Per pattern (read through payloadsOf: a restored index fills it on first need). */
  private readonly payloads: Payload[][] = [];
  private stems = new Set<string>();
  /** Officials that carry each surname pattern (read through ownersOf). */
  private readonly surnameOwners = new Map<number, number[]>();
  /** A restored index's payloads, flat: pattern p's are at payStart[p] .. payStart[p + 1]. */
  private packed:
    { payStart: Int32Array; payType: Int32Array; payOfficial: Int32Array; payRef: Int32Array } | undefined;
  private readonly jaAfter: string[];
  private readonly genericTitles: Set<string>;
  /** Per official, read on first need (few officials ever are): given names and surnames, folded. */
  private readonly givenNames: (string[] | undefined)[] = [];
  private titleHeadSet: Set<string> | undefined;
  /** Per official, read on first need: see titlesOf. */
  private readonly titleLists: (OfficialTitle[] | undefined)[] = [];
  private readonly cyrillicTitleWords: (ReadonlySet<string> | undefined)[] = [];
  /** Per official: its titles and offices, folded, each between spaces (see hasTitleWords). */
  private readonly titleWordLists: (string[] | undefined)[] = [];
  private readonly surnames: (Set<string> | undefined)[] = [];
  private readonly unlistedSurnames: (string[] | undefined)[] = [];

  constructor(
    readonly officials: readonly CompiledOfficial[],
    /** This index as `pack()` wrote it for the same officials: restored instead of built. */
    from?: PackPart,
  ) {
    this.jaAfter = JA_AFTER_SURNAME.map(keyOf);
    this.genericTitles = new Set(GENERIC_TITLES.map((t) => stemCyrillicWords(keyOf(t))));
    if (from) {
      const { payStart, payType, payOfficial, payRef } = from.i32;
      if (!payStart || !payType || !payOfficial || !payRef) throw new Error('OfficialsIndex: not a packed index');
      this.packed = { payStart, payType, payOfficial, payRef };
      this.stems = new Set(from.str.stems.toArray());
      const { variantKeys: keys, variantGiven: given, variantSurname: surname } = from.str;
      const { variantEntry: entry, variantOfficial: official } = from.i32;
      if (keys && given && surname && entry && official) this.variantTable = { keys, entry, given, surname, official };
      const { kanaGiven, kanaSurname, kanaGivenFolded } = from.str;
      const kanaOfficial = from.i32.kanaOfficial;
      if (kanaGiven && kanaSurname && kanaGivenFolded && kanaOfficial)
        this.kanaNames = Array.from(kanaOfficial, (official, i) => {
          const given = kanaGiven.get(i);
          return given
            ? { official, given, surname: kanaSurname.get(i), givenFolded: kanaGivenFolded.get(i) }
            : { official, surname: kanaSurname.get(i) };
        });
      this.ac = AhoCorasick.restore({ ...from, str: { patterns: from.str.patterns } });
      return;
    }
    let chars = 0;
    for (const o of officials) {
      for (const a of o.aliases ?? []) chars += a.text.length;
      for (const t of titlesOf(o)) chars += t.text.length;
    }
    // Names share prefixes: the trie has about two thirds as many nodes as the aliases have characters
    // (424k for 645k at scale). A table sized to that is half as big (12 MB less to allocate and
    // fill, fewer cache misses when matching); it grows if a dataset needs more.
    this.ac = new AhoCorasick(Math.ceil(chars * 0.75));
    officials.forEach((o, i) => {
      const seen = new Set<string>();
      const transliterated = writesCyrillic(o);
      (o.aliases ?? []).forEach((a, ref) => {
        const type: PayloadType = a.kind === 'surname' ? 'surname' : 'full';
        for (const v of aliasKeys(a.text, transliterated)) {
          if (!v || seen.has(type + v)) continue;
          seen.add(type + v);
          this.addPattern(v, { type, official: i, source: a.text, ref });
        }
      });
      for (const r of derivedAliases(o)) {
        if (seen.has(r.kind + r.key)) continue;
        seen.add(r.kind + r.key);
        this.addPattern(r.key, { type: r.kind, official: i, source: r.source ?? o.aliases![r.ref].text, ref: r.ref });
      }
      this.titlesOf(i).forEach((t, ref) => {
        for (const form of titleForms(t.text))
          this.addPattern(keyOf(form), { type: 'title', official: i, source: t.text, ref });
      });
    });
    GENERIC_TITLES.forEach((t, ref) => this.addPattern(keyOf(t), { type: 'title', official: -1, source: t, ref }));
    this.ac.build();
  }

  /**
   * This index as arrays (see pack.ts): the automaton, each pattern's payloads, the Cyrillic stems, the two-word
   * names' table (variantTableOf).
   */
  pack(): PackPart {
    const ac = this.ac.pack();
    const variants = this.variantTableOf();
    const kana = this.kanaNamesOf();
    const n = ac.str.patterns.length;
    const payStart = new Int32Array(n + 1);
    const type: number[] = [];
    const official: number[] = [];
    const ref: number[] = [];
    for (let p = 0; p < n; p++) {
      payStart[p] = type.length;
      for (const x of this.payloadsOf(p)) {
        type.push(PAYLOAD_TYPES.indexOf(x.type));
        official.push(x.official);
        ref.push(x.ref);
      }
    }
    payStart[n] = type.length;
    return {
      meta: ac.meta,
      i32: {
        ...ac.i32,
        payStart,
        payType: Int32Array.from(type),
        payOfficial: Int32Array.from(official),
        payRef: Int32Array.from(ref),
        variantEntry: variants.entry,
        variantOfficial: variants.official,
        kanaOfficial: Int32Array.from(kana, (n) => n.official),
      },
      f64: {},
      str: {
        patterns: ac.str.patterns,
        stems: StringList.of([...this.stems]),
        variantKeys: variants.keys,
        variantGiven: variants.given,
        variantSurname: variants.surname,
        kanaGiven: StringList.of(kana.map((n) => n.given ?? '')),
        kanaSurname: StringList.of(kana.map((n) => n.surname)),
        kanaGivenFolded: StringList.of(kana.map((n) => n.givenFolded ?? '')),
      },
    };
  }

  /** What a pattern stands for: full names, surnames and titles, with their officials. */
  private payloadsOf(pattern: number): Payload[] {
    let list = this.payloads[pattern];
    if (list) return list;
    list = [];
    const pk = this.packed;
    if (pk) {
      for (let k = pk.payStart[pattern]; k < pk.payStart[pattern + 1]; k++) {
        const type = PAYLOAD_TYPES[pk.payType[k]];
        const official = pk.payOfficial[k];
        const ref = pk.payRef[k];
        // A generic title belongs to no official (-1).
        const o = official >= 0 ? this.officials[official] : undefined;
        const source =
          type !== 'title'
            ? (o?.aliases?.[ref]?.text ?? '')
            : official < 0
              ? GENERIC_TITLES[ref]
              : (this.titlesOf(official)[ref]?.text ?? '');
        list.push({ type, official, source, ref });
      }
    }
    return (this.payloads[pattern] = list);
  }

  /** Officials that carry a surname pattern, in dataset order; undefined when it is no one's surname. */
  private ownersOf(pattern: number): number[] | undefined {
    if (!this.packed) return this.surnameOwners.get(pattern);
    let owners = this.surnameOwners.get(pattern);
    if (!owners) {
      owners = [];
      for (const x of this.payloadsOf(pattern))
        if (x.type === 'surname' && !owners.includes(x.official)) owners.push(x.official);
      this.surnameOwners.set(pattern, owners);
    }
    return owners.length ? owners : undefined;
  }

  /** An official's given names (first words of full aliases), folded; Cyrillic ones also as stems. */
  private givenNamesOf(o: number): string[] {
    let list = this.givenNames[o];
    if (!list) {
      const out = new Set<string>();
      for (const a of this.officials[o].aliases ?? []) {
        if (a.kind === 'surname') continue;
        // Japanese writes a foreign full name as given name, middle dot, surname (ワレリー・ゲラシモフ).
        const dotted = /^([\u30a1-\u30fa\u30fc]{2,})[・･]/u.exec(a.text);
        if (dotted) out.add(fold(dotted[1]));
        const words = keyOf(a.text).split(' ');
        if (words.length < 2 || words[0].length < 2) continue;
        out.add(words[0]);
        if (/[\u0400-\u052f]/.test(words[0])) out.add(stemWord(words[0]));
      }
      for (const r of derivedAliases(this.officials[o])) {
        const words = r.key.split(' ');
        if (r.kind === 'full' && words.length >= 2 && words[0].length >= 2) out.add(words[0]);
      }
      list = this.givenNames[o] = [...out];
    }
    return list;
  }

  /**
   * The first word of every official's titles, folded (Cyrillic ones also as stems): a capitalised
   * «Головнокомандувач» or "Foreign" before a surname opens a title, it is not a given name.
   */
  private titleHeads(): Set<string> {
    if (!this.titleHeadSet) {
      const set = (this.titleHeadSet = new Set());
      for (let o = 0; o < this.officials.length; o++)
        for (const { text: t } of this.titlesOf(o)) {
          const head = keyOf(t).split(' ')[0];
          if (head.length < 2) continue;
          set.add(head);
          if (/[\u0400-\u052f]/.test(head)) set.add(stemWord(head));
        }
    }
    return this.titleHeadSet;
  }

  /**
   * Whether official `o` held, on `date`, a role whose titles hold the office's word `noun` (lower case): then
   * "the former …" is not them. Undated: no.
   */
  private holdsOfficeOn(o: number, noun: string, date: string | undefined): boolean {
    if (date === undefined) return false;
    const roles = this.officials[o].roles ?? [];
    const covering = roles.some((r) => roleCovers(r, date));
    // A role's own titles while it covers the date; the official's own titles (any role) while one does,
    // unless they say "former" ("expresidente ruso").
    return (
      roles.some((r) => roleCovers(r, date) && titleHoldsNoun(r.title, noun)) ||
      this.titlesOf(o).some(
        (t) =>
          (t.roles
            ? t.roles.some((j) => roles[j] && roleCovers(roles[j], date))
            : covering && !t.text.split(/[\s-]+/u).some(formerWord)) && titleHoldsNoun(t.text, noun),
      )
    );
  }

  private titlesOf(o: number): OfficialTitle[] {
    return (this.titleLists[o] ??= titlesOf(this.officials[o]));
  }

  /** Whether one of an official's titles or offices (folded) holds a generic title's words ("president"). */
  private hasTitleWords(o: number, title: string): boolean {
    const words = ` ${title} `;
    const list = (this.titleWordLists[o] ??= [
      ...this.titlesOf(o).map((t) => t.text),
      ...(this.officials[o].roles ?? []).map((r) => r.title),
    ].map((t) => ` ${stemCyrillicWords(keyOf(t))} `));
    return list.some((t) => t.includes(words));
  }

  /**
   * The roles a title pattern stands for, per official that has it: undefined where it is one of the
   * official's own titles (any role), else the roles that list it.
   */
  private titleRoles(pattern: number): Map<number, number[] | undefined> {
    const out = new Map<number, number[] | undefined>();
    for (const x of this.payloadsOf(pattern)) {
      if (x.type !== 'title' || x.official < 0) continue;
      const roles = this.titlesOf(x.official)[x.ref]?.roles;
      if (out.has(x.official) && (out.get(x.official) === undefined || roles === undefined)) {
        out.set(x.official, undefined);
        continue;
      }
      out.set(x.official, roles && [...new Set([...(out.get(x.official) ?? []), ...roles])]);
    }
    return out;
  }

  /** The surnames of the officials named by surname alone (`bySurname: true`), folded. Read once. */
  private bySurnameKeySet: Set<string> | undefined;
  private bySurnameKeys(): Set<string> {
    if (!this.bySurnameKeySet) {
      this.bySurnameKeySet = new Set();
      this.officials.forEach((o, i) => {
        if (o.bySurname === true) for (const k of this.surnamesOf(i)) this.bySurnameKeySet!.add(k);
      });
    }
    return this.bySurnameKeySet;
  }

  /**
   * Whether surname pattern `pattern` and the word beside it in a hyphenated pair are both surnames of
   * officials the press names by surname alone (`bySurname: true`): "la cumbre Trump-Putin", "el tándem
   * Macron-Merz" are people, as their surnames alone are; "Austin-Healey" is not.
   */
  private surnamePair(pattern: number, word: string): boolean {
    return (
      (this.ownersOf(pattern) ?? []).some((o) => this.officials[o].bySurname === true) &&
      this.bySurnameKeys().has(keyOf(word))
    );
  }

  /** An official's surnames and their Latin variants, folded. */
  private surnamesOf(o: number): Set<string> {
    let set = this.surnames[o];
    if (!set) {
      set = this.surnames[o] = new Set();
      for (const a of this.officials[o].aliases ?? [])
        if (a.kind === 'surname') for (const v of aliasKeys(a.text, writesCyrillic(this.officials[o]))) set.add(v);
      for (const r of derivedAliases(this.officials[o])) if (r.kind === 'surname') set.add(r.key);
    }
    return set;
  }

  private addPattern(key: string, payload: Payload): void {
    if (!key) return;
    if (MAY_HOLD_PATRONYMIC.test(key)) {
      key = key
        .split(' ')
        .filter((w, i, ws) => !(i > 0 && i < ws.length - 1 && (PATRONYMIC.test(w) || LATIN_PATRONYMIC.test(w))))
        .join(' ');
    }
    let pattern = key;
    if (/[\u0400-\u052f]/.test(key)) {
      for (const w of key.match(CYRILLIC_WORD) ?? []) this.stems.add(stemWord(w));
      pattern = stemCyrillicWords(key);
    }
    const id = this.ac.add(pattern);
    (this.payloads[id] ??= []).push(payload);
    if (payload.type === 'surname') {
      const owners = this.surnameOwners.get(id);
      if (!owners) this.surnameOwners.set(id, [payload.official]);
      else if (!owners.includes(payload.official)) owners.push(payload.official);
    }
  }

  /** Folds the page text and reduces Cyrillic words to the stems this index knows. */
  prepare(text: string): PreparedText {
    const norm = normalise(text);
    const key = norm.text.replace(/-/g, ' ');
    if (!/[\u0400-\u052f]/.test(key) && !LATIN_PATRONYMIC_ANYWHERE.test(key))
      return { norm, key, canon: key, canonStart: null, canonEnd: null };
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let last = 0;
    const pushRange = (from: number, to: number) => {
      parts.push(key.slice(from, to));
      for (let k = from; k < to; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(key); m; m = WORD.exec(key)) {
      const ws = m.index;
      const we = ws + m[0].length;
      // Only whole words: a Cyrillic run glued to Latin letters or digits is left as it is.
      if ((ws > 0 && isWordUnit(key.charCodeAt(ws - 1))) || (we < key.length && isWordUnit(key.charCodeAt(we))))
        continue;
      // A patronymic between given name and surname ("Сергей Викторович Лавров") is left out, so the
      // two-word alias matches the three-word form in any case. Written with a capital after a word, as
      // a patronymic after a given name is: «Верховна представниця ЄС» opens a title (-овна), and a
      // sentence's first word follows no given name.
      if (
        (PATRONYMIC.test(m[0]) || LATIN_PATRONYMIC.test(m[0])) &&
        isUpperUnit(text.charCodeAt(norm.starts[ws])) &&
        isWordUnit(key.charCodeAt(ws - 2)) &&
        key[ws - 1] === ' ' &&
        key[we] === ' ' &&
        isWordUnit(key.charCodeAt(we + 1))
      ) {
        pushRange(last, ws);
        last = we + 1;
        continue;
      }
      if (!isCyrillicUnit(key.charCodeAt(ws))) continue;
      const L = knownStemLength(m[0], this.stems);
      if (L <= 0 || L === m[0].length) {
        // «Сибізі»: the stem «сибіг» with its last letter softened; the canon text gets the stem back,
        // one letter for one, so offsets map as they do for any stem.
        const soft = L <= 0 ? softenedStem(m[0], this.stems) : undefined;
        if (!soft) continue;
        pushRange(last, ws + soft.length - 1);
        parts.push(soft[soft.length - 1]);
        starts.push(ws + soft.length - 1);
        ends.push(we);
        last = we;
        continue;
      }
      pushRange(last, ws + L);
      ends[ends.length - 1] = we; // the stem's last letter stands for the whole inflected word
      last = we;
    }
    pushRange(last, key.length);
    return {
      norm,
      key,
      canon: parts.join(''),
      canonStart: Int32Array.from(starts),
      canonEnd: Int32Array.from(ends),
    };
  }

  /** Original offsets of a canon range. */
  private toOriginal(p: PreparedText, start: number, end: number): [number, number] {
    const ks = p.canonStart ? p.canonStart[start] : start;
    const ke = p.canonEnd ? p.canonEnd[end - 1] : end;
    return [p.norm.starts[ks], p.norm.ends[ke - 1]];
  }

  /** Automaton hits in the canon text: candidate names (capitalised) and titles, in canon offsets. */
  private scan(text: string, p: PreparedText): Scan {
    const canon = p.canon;
    const names: Raw[] = [];
    const titles: Raw[] = [];
    const titlesByEnd = new Map<number, Raw[]>();
    const titlesByStart = new Map<number, Raw[]>();
    this.ac.search(canon, (pattern, matchEnd) => {
      const pat = this.ac.pattern(pattern);
      const start = matchEnd - pat.length;
      // A title may carry a word of time written onto it ("el exmandatario"): its own start stands in a word.
      if (
        joinsWord(canon, start) &&
        !(gluedBefore(canon, start) && this.payloadsOf(pattern).some((x) => x.type === 'title'))
      )
        return;
      let end = matchEnd;
      if (joinsWord(canon, end)) {
        // German names take an -s in the genitive ("die Äußerungen Selenskyjs", "Putins Rede").
        if (germanGenitive(canon, end, pat, text, p)) end++;
        // Japanese runs a country in katakana on into the title after a name (ドナルド・トゥスクポーランド首相).
        else if (!countryThenTitle(canon, end)) return;
      }
      const pl = this.payloadsOf(pattern);
      const raw = { pattern, start, end };
      if (pl.some((x) => x.type !== 'title')) {
        // Names are capitalised in news copy; a lower-case "macron" is a word, not the president.
        const [os] = this.toOriginal(p, start, end);
        const c = text.charCodeAt(os);
        if (!isLowerUnit(c)) names.push(raw);
      }
      // A Japanese title running on into a compound names an office or an act, not its holder:
      // ロシア大統領府 (the presidential administration), 大統領選 (the election), 首相官邸 (the residence).
      if (pl.some((x) => x.type === 'title') && !JA_TITLE_COMPOUND.includes(canon[end] ?? '')) {
        titles.push(raw);
        const byEnd = titlesByEnd.get(end) ?? [];
        byEnd.push(raw);
        titlesByEnd.set(end, byEnd);
        const byStart = titlesByStart.get(start) ?? [];
        byStart.push(raw);
        titlesByStart.set(start, byStart);
      }
    });
    names.sort((a, b) => a.start - b.start || b.end - a.end);
    titles.sort((a, b) => a.start - b.start || b.end - a.end);
    return { names, titles, titlesByEnd, titlesByStart };
  }

  /**
   * Who a page names, read from all of it: full names, a known given name in another spelling with the
   * surname, a surname beside a title; and surnames the page also gives to other people.
   */
  private pageNames(text: string, p: PreparedText, sc: Scan): PageNames {
    const page: PageNames = { named: new Set(), othersWithSurname: new Set(), surnamed: new Set(), text };
    let occupiedTo = -1;
    for (const n of sc.names) {
      if (n.start < occupiedTo) continue;
      const full = this.payloadsOf(n.pattern).find((x) => x.type === 'full');
      if (full) {
        // "Donald Trump Jr." names the son, as in match: not the official (nor, later, his titles).
        const [, oe] = this.toOriginal(p, n.start, n.end);
        if (UNRELATED_AFTER.test(text.slice(oe, oe + 80))) (page.unrelated ??= new Set()).add(full.official);
        else if (!GENERATION_AFTER.test(text.slice(oe, oe + 12))) page.named.add(full.official);
        occupiedTo = n.end;
        continue;
      }
      const owners = this.ownersOf(n.pattern);
      if (!owners) continue;
      const before = this.before(text, p, n, owners, sc);
      if (before.kind === 'other') page.othersWithSurname.add(n.pattern);
      else if (before.kind === 'variant') page.named.add(before.official);
      else {
        const t = this.titleLink(p, n, owners, sc, new Map(), 0);
        if (t) page.named.add(t.official);
        // A page that names a thing after the surname ("le groupe pharmaceutique allemand Merz", "the
        // album «Tusk»") gives the surname to something else: alone elsewhere, it may be that thing too.
        // Not one named with a word after it ("Trump Tower", "Lavrov Street"): that thing's name has the
        // word, and the surname alone elsewhere is still the person.
        else if (!isCjkUnit(p.canon.charCodeAt(n.start)) && this.placeOrThing(text, p, n)) {
          if (!thingAfter(text, this.toOriginal(p, n.start, n.end)[1])) page.othersWithSurname.add(n.pattern);
        } else if (owners.length === 1 && this.officials[owners[0]].bySurname === true) page.surnamed.add(owners[0]);
      }
      occupiedTo = n.end;
    }
    return page;
  }

  /**
   * Officials in `text`. With `memory`, `text` is one part of a page (whole lines: it starts after a
   * "\n" or at the page start) and earlier parts' full names still link surnames and titles; who the
   * whole page names (`memory.text`, read once) links surnames and titles anywhere on it.
   */
  match(text: string, p: PreparedText, memory: PageMemory = newPageMemory()): OfficialHit[] {
    const canon = p.canon;
    const base = memory.base;
    const sc = this.scan(text, p);
    if (!memory.page) {
      const whole = memory.text;
      if (whole === undefined || whole === text) memory.page = this.pageNames(text, p, sc);
      else {
        // Matching in parts: one extra pass over the page, on the first part only.
        const wp = this.prepare(whole);
        memory.page = this.pageNames(whole, wp, this.scan(whole, wp));
      }
    }
    const page = memory.page;
    page.topical ??= memory.topical;

    const hits: OfficialHit[] = [];
    /** Surnames of one official each, with nothing for or against them: linked in a list below. */
    const listed: OfficialHit[] = [];
    const lastFull = memory.lastFull; // official -> start of its latest full mention (page-wide)
    let occupiedTo = -1;
    for (const n of sc.names) {
      if (n.start < occupiedTo) continue;
      const pl = this.payloadsOf(n.pattern);
      const full = pl.find((x) => x.type === 'full');
      const [os, oe] = this.toOriginal(p, n.start, n.end);
      if (full) {
        // "Donald Trump Jr.", "Juan Carlos Pérez III": the son (or another generation), not the official.
        // "Olaf Scholz – weder verwandt noch verschwägert mit dem früheren Bundeskanzler": a namesake.
        if (GENERATION_AFTER.test(text.slice(oe, oe + 12)) || UNRELATED_AFTER.test(text.slice(oe, oe + 80))) {
          occupiedTo = n.end;
          continue;
        }
        // Several officials may share one full alias; the first listed wins, deterministically.
        hits.push({ official: full.official, start: os, end: oe, score: 1, why: `alias '${full.source}'` });
        lastFull.set(full.official, base + n.start);
        occupiedTo = n.end;
        continue;
      }
      const linked = this.linkSurname(text, p, n, sc, lastFull, base, page);
      if (!linked) continue;
      if (linked.listOnly) {
        listed.push({ official: linked.official, start: os, end: oe, score: linked.score, why: linked.why });
        continue;
      }
      hits.push({
        official: linked.official,
        start: linked.start ?? os,
        end: oe,
        score: linked.score,
        why: linked.why,
        ...(linked.bySurname ? { bySurname: true } : {}),
      });
      if (linked.full) lastFull.set(linked.official, base + n.start);
      occupiedTo = n.end;
    }
    // A surname in a list with officials found here ("Lawrow und Rubio kamen in Riad zusammen",
    // "Rubio, Hegseth y Kallas"): the list is of officials, and it is the one official with that name.
    // Repeated until the list is read, since a list may open with such a surname.
    for (let grew = true; grew && listed.length;) {
      grew = false;
      for (let k = 0; k < listed.length; k++) {
        const c = listed[k];
        if (!hits.some((h) => listNeighbours(text, h, c))) continue;
        hits.push({ ...c, why: `${c.why}, in a list with officials` });
        listed.splice(k--, 1);
        grew = true;
      }
    }
    hits.sort((a, b) => a.start - b.start);

    // A title standing alone ("the French president's remarks", "the foreign minister said"):
    // - when exactly one of its holders is named on the page (anywhere: a headline's title before the
    //   body's name too), it refers to them;
    // - when the page names none of them, one official in the whole dataset holds it, the title is
    //   specific (not "President", "UN ambassador") and that official held it on the page's date, it is
    //   inferred to name them: "the French president" of a 2015 article is not Emmanuel Macron, and an
    //   undated page's is no one;
    // - when the page names none of them in full but one earlier by surname alone (`bySurname`), it
    //   refers to that one.
    // A holder the page names must have held an office on the page's date (heldAnyOn).
    // Either way only where it reads as one office's holder: after "the" (or opening a line, as in a
    // headline), not qualified ("the Turkish foreign minister", "the president of the jury"), and not
    // followed by someone else's name ("President Erdogan", "the French president, Charles de Gaulle").
    const titleHits: OfficialHit[] = [];
    const namedBefore = new Set<number>(memory.named);
    const surnamedBefore = new Set<number>(memory.surnamed);
    /** Of those, named by an honorific and the surname ("Herr Merz", "Mr Healey"): as sure as in full. */
    const honouredBefore = new Set<number>();
    /**
     * And those named by the surname in a sentence of the body ("Mit Merz’ Vorstoß … ist die Koalition wenig
     * glücklich, heißt es …"; see proseSentenceEnd), with where that sentence ends: as sure as in full for
     * a title in a later sentence ("Der Kanzler habe …"), not in their own («после его избрания канцлером»).
     */
    const proseBefore = new Map<number, number>();
    let ni = 0;
    let lastTitleEnd = -1;
    for (const t of sc.titles) {
      const [os, oe] = this.toOriginal(p, t.start - gluedBefore(canon, t.start), t.end);
      while (ni < hits.length && hits[ni].start < os) {
        const h = hits[ni++];
        if (!h.bySurname) namedBefore.add(h.official);
        else {
          surnamedBefore.add(h.official);
          if (honorificBefore(text, h.start)) honouredBefore.add(h.official);
          if (!proseBefore.has(h.official)) {
            const stop = proseSentenceEnd(text, h.start, h.end);
            if (stop >= 0) proseBefore.set(h.official, stop);
          }
        }
      }
      const owners = [
        ...new Set(
          this.payloadsOf(t.pattern)
            .filter((x) => x.type === 'title' && x.official >= 0)
            .map((x) => x.official),
        ),
      ];
      if (os < lastTitleEnd) continue;
      /** A Japanese title from `start` to the title's end, for `holder`, named just before with it. */
      const inferBack = (holder: number, start: number, what: string) => {
        titleHits.push({
          official: holder,
          start,
          end: oe,
          score: 0.8,
          why: `${what} ${this.officials[holder].name}, named just before with that title (inferred)`,
        });
        lastTitleEnd = oe;
      };
      // Japanese 同 + a title (同長官, 同報道官: "the said secretary"): the official named last before it in
      // the block with that title right after their name ("ヘグセス米国防長官が…。同長官は…").
      // Not 同氏, a pronoun ("he") rather than a title.
      if (isCjkUnit(canon.charCodeAt(t.start)) && sameAsBefore(text, os)) {
        const title = text.slice(os, oe);
        if (JA_HONORIFICS.includes(title)) continue;
        // The title anywhere in the run of characters after the name (ヘグセス米国防長官: 同長官).
        // Or in brackets right after the name (ネベンジャ氏（ロシア国連大使）: 同大使).
        const holder = this.jaTitleHolder(text, hits, ni, os - 1, title, (h) => {
          const at = /^[^、。，,（）()\s「」]{0,14}/u.exec(text.slice(h.end, h.end + 15))![0].indexOf(title);
          if (at >= 0) return h.end + at + title.length;
          const bracket = /^(?:氏|さん)?[（(]([^）)]{0,16})[）)]/u.exec(text.slice(h.end, h.end + 22));
          const inside = bracket ? bracket[1].indexOf(title) : -1;
          return inside < 0 ? -1 : h.end + bracket![0].indexOf(bracket![1]) + inside + title.length;
        });
        if (holder !== undefined) inferBack(holder, os - 1, `'${text.slice(os - 1, oe)}' for`);
        continue;
      }
      // A former holder's title opening a sentence (前首相は…, 元大統領は…): the official named just before with
      // that title beside their name (前首相のオラフ・ショルツ氏は…。前首相は…).
      if (
        isCjkUnit(canon.charCodeAt(t.start)) &&
        JA_SUBJECT_AFTER.test(text[oe] ?? '') &&
        os > 0 &&
        '前元'.includes(text[os - 1]) &&
        opensSentence(text, os - 1)
      ) {
        const title = text.slice(os - 1, oe);
        const holder = this.jaTitleHolder(text, hits, ni, os - 1, title);
        if (holder !== undefined) inferBack(holder, os - 1, `'${title}' opening a sentence, for`);
        continue;
      }
      // A Japanese title opening a sentence as its subject (大統領は, 首相が: the press's way of naming again
      // the holder it has just named with that title): the official named last before it in the block with
      // that title beside their name (トランプ米大統領, ポーランド首相のトゥスク氏), where the title is not
      // written again in between (beside someone else's name: 岸田首相); or else the one official the
      // sentence before names, where they hold that title.
      // Perhaps after a description of where the holder came from (財務相出身の首相は, JA_ORIGIN_BEFORE_TITLE).
      const origin = isCjkUnit(canon.charCodeAt(t.start))
        ? (JA_ORIGIN_BEFORE_TITLE.exec(text.slice(Math.max(0, os - 16), os))?.[0].length ?? 0)
        : 0;
      const opens = opensSentence(text, os) ? os : origin && opensSentence(text, os - origin) ? os - origin : -1;
      if (isCjkUnit(canon.charCodeAt(t.start)) && JA_SUBJECT_AFTER.test(text[oe] ?? '') && opens >= 0) {
        const title = text.slice(os, oe);
        // Or the one official of the sentence before who holds the title (ドナルド・トランプ氏が…。大統領は…).
        const since = sentenceBefore(text, opens);
        const before = hits.slice(0, ni).filter((h) => h.start >= since && !h.titleOnly);
        const inSentence = [...new Set(before.map((h) => h.official))];
        // Named there as a former or future holder (トランプ前大統領, 元首相, 次期大統領): not the one the bare
        // title names.
        const former = (o: number) =>
          before.some((h) => h.official === o && /^(?:[前元]|次期)/u.test(text.slice(h.end, h.end + 2)));
        const holds = (o: number) =>
          owners.includes(o) && this.heldAnyOn(o, memory.date, this.titleRoles(t.pattern).get(o));
        const beside = this.jaTitleHolder(text, hits, ni, os, title);
        // The title written beside the name is the page's word for them (their office then); another holder
        // of the title that the sentence before names (without it) makes it anyone's (トランプ米大統領は…。
        // プーチン氏は…。大統領は…).
        const holder =
          beside !== undefined
            ? !inSentence.some((o) => o !== beside && holds(o))
              ? beside
              : undefined
            : inSentence.length === 1 && holds(inSentence[0]) && !former(inSentence[0])
              ? inSentence[0]
              : undefined;
        if (holder !== undefined) {
          inferBack(holder, opens, `'${text.slice(opens, oe)}' opening a sentence, for`);
          continue;
        }
      }
      if (!owners.length) continue;
      // Next to a name ("Foreign Minister Sergey Lavrov"), the name speaks for itself; on the same line
      // only, since a name in the next block is not beside the title.
      const prev = ni > 0 ? hits[ni - 1] : undefined;
      const next = hits[ni];
      // A country's acronym may stand between («держсекретарем США Марко Рубіо», "EU-Außenbeauftragte").
      // Not across a sentence's end: "… с Владимиром Зеленским. Британский премьер …" opens another.
      const beside = (a: number, b: number) =>
        (b - a <= 2 && !/[\n.!?。]/u.test(text.slice(a, b))) ||
        /^[ \u00a0]\p{Lu}{2,4}[ \u00a0]$/u.test(text.slice(a, b));
      // Or in apposition to it ("Watson, the NSC spokeswoman"; "the NSC spokeswoman, Ms Watson").
      const apposed = (a: number, b: number, re: RegExp) => {
        if (b - a > 24) return false;
        const m = re.exec(text.slice(a, b).toLowerCase());
        return !!m && (!m[1] || honorific(m[1]) !== undefined);
      };
      // Opened by a word of time ("…, then the defence secretary"), it is the name's only where a comma or a
      // stop closes it: "Trump spoke to Putin, then the defense secretary told reporters …" is afterwards.
      const timeFirst = prev && /^,\s+(\p{L}+)/u.exec(text.slice(prev.end, os))?.[1];
      const closed = !timeFirst || !TIMES_BEFORE_TITLE.has(fold(timeFirst)) || /^\s*[,.;:)]/u.test(text.slice(oe));
      if (
        (prev &&
          closed &&
          (beside(prev.end, os) ||
            apposed(prev.end, os, APPOSITION_AFTER_WHOLE) ||
            APPOSITION_OWNER.test(text.slice(prev.end, os)))) ||
        (next && (beside(oe, next.start) || apposed(oe, next.start, APPOSITION_BEFORE_WHOLE)))
      )
        continue;
      const title = this.ac.pattern(t.pattern);
      if (this.genericTitles.has(title)) {
        // "The foreign minister said", "the president": too common to badge on their own (the page may
        // name any president), but they stand for the one holder named earlier when reading who speaks.
        // Badged (inferred) only where a reader could not take it for anyone else: that holder named in
        // the same block less than 400 characters before, in office on the page's date (an undated page
        // passes), the title reading as one holder (standsForHolder), no official named right after it
        // in the same sentence ("le président russe Vladimir Poutine": his title, already badged) and
        // not in Japanese, where titles follow other people's names too (岸田首相); see sameAsBefore.
        // "Olaf Scholz hat Lindner entlassen. Der Kanzler will …" is Scholz.
        // Named in full, or by an honorific and the surname ("„Herr Merz, …“ … Der Kanzler ging …"); not
        // by the surname alone ("Merz warnt vor Zöllen. Der Kanzler …" may be a headline over another story).
        const time = timeBeforeTitle(canon, t.start);
        const earlier = owners.filter(
          (o) =>
            (namedBefore.has(o) || honouredBefore.has(o) || (proseBefore.get(o) ?? Infinity) <= os) &&
            this.fitsTime(o, this.titleRoles(t.pattern).get(o), time, memory.date),
        );
        // Several holders named before: the one the sentence before names, where it names no other
        // official the title could stand for ("… meet Vladimir Putin. Trump made the remarks in the Oval
        // Office. The president said …" is Trump; "Macron met Trump. The president said …" is either).
        const since = earlier.length > 1 ? sentenceBefore(text, os) : -1;
        const recent =
          earlier.length < 2
            ? []
            : [
                ...new Set(
                  hits
                    .slice(0, ni)
                    .filter((h) => h.start >= since && this.hasTitleWords(h.official, title))
                    .map((h) => h.official),
                ),
              ];
        if (earlier.length === 1 || (recent.length === 1 && earlier.includes(recent[0]))) {
          const holder = earlier.length === 1 ? earlier[0] : recent[0];
          let lastEnd = -1;
          for (let k = ni - 1; k >= 0 && lastEnd < 0; k--) if (hits[k].official === holder) lastEnd = hits[k].end;
          const next = hits[ni];
          const nameAfter = !!next && next.start - oe <= 40 && !/[.!?\n]/.test(text.slice(oe, next.start));
          // In the same block: a page matched in parts (whole lines) reads it as one call does. Last, no
          // other official named before it in the block whose titles or offices have the word ("Emmanuel
          // Macron met Donald Trump. The president said …": either).
          const badged =
            lastEnd >= 0 &&
            os - lastEnd <= 400 &&
            !text.slice(lastEnd, os).includes('\n') &&
            !nameAfter &&
            !isCjkUnit(canon.charCodeAt(t.start)) &&
            // A former holder ("the former president") held it before the page's date (fitsTime), not on it.
            (time === 'former' || this.heldAnyOn(holder, memory.date, this.titleRoles(t.pattern).get(holder))) &&
            this.standsForHolder(text, canon, t.start, os, oe) &&
            !hits
              .slice(0, ni)
              .some((h) => h.official !== holder && h.start >= since && this.hasTitleWords(h.official, title));
          titleHits.push({
            official: holder,
            start: os,
            end: oe,
            score: 0.8,
            why: badged
              ? `title '${title}' for ${this.officials[holder].name}, named just before (inferred)`
              : `title '${title}' for an official named earlier`,
            titleOnly: !badged,
          });
          lastTitleEnd = oe;
        }
        continue;
      }
      if (!this.standsForHolder(text, canon, t.start, os, oe)) continue;
      // "the former …", «нынешний …»: only holders whose role with the title has ended, or has not.
      const time = timeBeforeTitle(canon, t.start);
      const roles = new Map([...this.titleRoles(t.pattern)].filter(([o, r]) => this.fitsTime(o, r, time, memory.date)));
      // A former holder held it before the page's date, not on it (fitsTime checked that): no date then.
      const chosen = this.titleHolder(
        roles,
        page,
        namedBefore,
        surnamedBefore,
        time === 'former' ? undefined : memory.date,
      );
      if (!chosen) continue;
      // Their own name close by in the same sentence ("Верховный представитель ЕС по иностранным делам
      // Кая Каллас", "メドヴェージェフ氏（ロシア安全保障会議副議長）"): the title is the name's, which speaks.
      if (this.nearOwnName(text, hits, chosen.official, os, oe)) continue;
      const name = this.officials[chosen.official].name;
      titleHits.push({
        official: chosen.official,
        start: os,
        end: oe,
        score: chosen.score,
        why:
          chosen.by === 'named'
            ? `title '${title}' for ${name}, named on this page (inferred)`
            : chosen.by === 'surname'
              ? `title '${title}' for ${name}, named earlier by surname (inferred)`
              : `specific title '${title}' (inferred: the page names no holder of it in office then; held on the page's date ${memory.date})`,
      });
      lastTitleEnd = oe;
    }
    hits.push(...this.unlistedSurnameHits(text, page, [...hits, ...titleHits]));
    hits.push(...this.nameVariantHits(text, [...hits, ...titleHits]));
    titleHits.push(...this.roleNounHits(text, hits, titleHits, memory.date));
    for (const h of hits) (h.bySurname ? memory.surnamed : memory.named).add(h.official);
    memory.base = base + canon.length + 1;
    hits.push(...titleHits);
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    return hits;
  }

  /**
   * A sentence that opens with a word for an office ("Le ministre français a rencontré …", "El mandatario
   * ucraniano intervino …", "The Russian envoy said …", "Der frühere russische Präsident ist …", «Французский
   * лидер также обсудил …», «Глава МИД обсудит …»), right after a sentence of the same block that names one
   * official: that official, where their titles (any language) hold that word and its qualifiers (see
   * latinRolePhrases, cyrillicRolePhrases, roleHolder). Not where a name or a listed title is already there,
   * nor where the sentence names someone itself.
   */
  private roleNounHits(
    text: string,
    hits: readonly OfficialHit[],
    titled: readonly OfficialHit[],
    /** The page's date: a former holder's phrase ("The former president") is one whose role had ended then. */
    date?: string,
  ): OfficialHit[] {
    const out: OfficialHit[] = [];
    const taken = [...hits, ...titled];
    for (const r of [...latinRolePhrases(text), ...cyrillicRolePhrases(text)]) {
      let { end } = r;
      if (taken.some((h) => h.start < end && r.start < h.end)) continue;
      const sentenceEnd = text.slice(end).search(/[.!?\n]/u);
      const upTo = sentenceEnd < 0 ? text.length : end + sentenceEnd;
      if (hits.some((h) => h.start >= r.start && h.start < upTo)) continue;
      const o = this.roleHolder(text, hits, r);
      if (o === undefined) continue;
      // As for the bare titles (heldAnyOn): "the former president" on a page from his term is not him ("El
      // expresidente …" after Trump's name in 2025), the current one no holder out of office.
      const leaving = text
        .slice(r.start, r.end)
        .split(/\s+/u)
        .some((w) => LEAVING_TIMES.has(fold(w)));
      if (!leaving && (r.past ? this.holdsOfficeOn(o, r.noun, date) : !this.heldAnyOn(o, date))) continue;
      if (r.cyrillic) {
        // Genitive qualifiers right after the noun, while the official's titles hold them («Франции», «США»,
        // «МИД», «закордонних справ»); then a verb of the sentence's language or an adverb ends the phrase
        // («обсудил», «також»). Any other word is another office: a capitalised one («Премьер-министр
        // Италии»), a lower-case one too («Глава российской дипломатии», «Лидер оппозиции»).
        const words = this.titleWordsOf(o);
        const verbs = SUBJECT_VERBS.get(detectLanguage(text.slice(r.sep, upTo))?.code ?? '');
        let other = false;
        for (const w of CYRILLIC_QUALIFIERS_AFTER.exec(text.slice(end, end + 60))?.[0]
          .trim()
          .split(/\s+/u) ?? []) {
          const stem = cyrillicStem(w);
          if (![...words].some((t) => t.startsWith(stem) && (stem.length >= 5 || t === stem))) {
            other = !(verbs && (verbs.adverbs.has(w) || verbs.ending.test(w)));
            break;
          }
          end = text.indexOf(w, end) + w.length;
        }
        if (other) continue;
      }
      const phrase = text.slice(r.start, end);
      out.push({
        official: o,
        start: r.start,
        end,
        score: 0.7,
        why: `'${phrase}' opening a sentence, for ${this.officials[o].name}, named in the sentence before (inferred)`,
      });
    }
    return out;
  }

  /**
   * The one official the sentence ending at `sep` names (in the same block, not at its start): in full, or by
   * the surname in a sentence of running prose (Latin script; Russian and Ukrainian decline the surname).
   */
  private soleNamedBefore(
    text: string,
    hits: readonly OfficialHit[],
    sep: number,
    cyrillic: boolean | undefined,
  ): number | undefined {
    if (sep === 0 || text[sep] === '\n') return undefined;
    const head = text.slice(0, sep);
    const from = Math.max(head.lastIndexOf('\n'), head.search(/[.!?][^.!?]*$/u)) + 1;
    // Latin script: named in full, or by the surname in a sentence of running prose, not in a headline ("Merz
    // warnt vor Zöllen. Der Kanzler …" may head another story), as for the bare titles. (Russian and Ukrainian
    // decline the surname: «Визит Макрона в Пекин завершился. Французский лидер …» reads as it is.)
    // The sentence before is one sentence: whether it is prose is read once (a hostile page may hold
    // thousands of surnames in it).
    let prose: boolean | undefined;
    const inSentence = [
      ...new Set(
        hits
          .filter(
            (h) =>
              !h.titleOnly &&
              h.start >= from &&
              h.end <= sep + 1 &&
              (cyrillic ||
                !h.bySurname ||
                !!honorificBefore(text, h.start) ||
                (prose ??= proseSentenceEnd(text, h.start, h.end) >= 0)),
          )
          .map((h) => h.official),
      ),
    ];
    return inSentence.length === 1 ? inSentence[0] : undefined;
  }

  /**
   * The one official the sentence before the phrase (in the same block) names, where their titles hold its
   * word for the office and every qualifier; their own titles and those of a role without an end, every
   * role's with a word of time (`past`: "Der frühere russische Präsident", "El excanciller"). Latin script:
   * the word and the qualifiers' stems anywhere in a title ("Nato-Chef"); Cyrillic: the word a whole title
   * word («министр» is not in «премьер-министр»), the qualifiers the start of one (see cyrillicStem).
   */
  private roleHolder(text: string, hits: readonly OfficialHit[], r: RolePhrase): number | undefined {
    const { sep, noun, qualifiers, past, cyrillic } = r;
    const o = this.soleNamedBefore(text, hits, sep, cyrillic);
    if (o === undefined) return undefined;
    const roles = this.officials[o].roles ?? [];
    // A title of the official's own that says "former" ("russischer Ex-Präsident") is no current one.
    const current = (t: OfficialTitle) =>
      (!t.roles || t.roles.some((j) => !roles[j]?.to)) && !t.text.split(/[\s-]+/u).some(formerWord);
    const titles = this.titlesOf(o)
      .filter((t) => past || current(t))
      .map((t) => t.text.toLowerCase());
    if (cyrillic) {
      if (!titles.some((t) => t.split(/\s+/u).some((w) => apostrophes(w) === noun))) return undefined;
      const words = this.titleWordsOf(o);
      const fits = (q: string) => [...words].some((w) => w.startsWith(q) && (q.length >= 5 || w === q));
      return qualifiers.every(fits) ? o : undefined;
    }
    if (!titles.some((t) => titleHoldsNoun(t, noun))) return undefined;
    const all = this.titlesOf(o).map((t) => t.text.toLowerCase());
    return qualifiers.every((w) => all.some((t) => t.includes(w))) ? o : undefined;
  }

  /** The words of an official's titles (every role's), as compared with Cyrillic qualifiers (cyrillicTitleWord). */
  private titleWordsOf(o: number): ReadonlySet<string> {
    return (this.cyrillicTitleWords[o] ??= new Set(
      this.titlesOf(o).flatMap((t) => t.text.toLowerCase().split(/\s+/u).map(cyrillicTitleWord)),
    ));
  }

  /**
   * Surnames the dataset does not list alone, linked where something names them: an honorific before the
   * surname of an official the page names in full, where the dataset lists no
   * such surname alone because it is also a common word («Тихий» is "quiet"): «Пан Тихий», "Mr Tykhyi",
   * before or after «Георгій Тихий»; or a headline's speaker («Тихий: …»). The surname is the last word
   * of one of the official's full names.
   */
  private unlistedSurnameHits(text: string, page: PageNames, taken: readonly OfficialHit[]): OfficialHit[] {
    const out: OfficialHit[] = [];
    for (const o of page.named) {
      for (const word of this.unlistedSurnamesOf(o)) {
        for (const [at, end] of surnameForms(text, word)) {
          const h = honorificBefore(text, at);
          // Or a headline's speaker: «Тихий: Україна не визнає …», the surname opening a line before a colon.
          const speaker = !h && end - at === word.length && (at === 0 || text[at - 1] === '\n') && text[end] === ':';
          // Or, in Russian and Ukrainian, the surname in any case inside a sentence, where the word it
          // also is would not be capitalised: «За словами Тихого», not «Тихий ранок» nor «Тихий океан».
          const inside = !h && !speaker && CYRILLIC.test(word) && cyrillicSurnameInside(text, word, at, end);
          // Or the surname as is opening a sentence before a verb in the past («Тихий додав», «Тихий
          // заявил»), where the adjective would stand before a noun («Тихий океан»).
          const opening =
            !h && !speaker && !inside && CYRILLIC.test(word) && cyrillicSurnameOpening(text, word, at, end);
          if (!h && !speaker && !inside && !opening) continue;
          if ([...taken, ...out].some((x) => x.start < end && at < x.end)) continue;
          out.push({
            official: o,
            start: at,
            end,
            score: 0.8,
            why: h
              ? `'${h}' + surname '${word}' of ${this.officials[o].name}, named on this page`
              : speaker
                ? `surname '${word}' opening a line before a colon (a speaker), of ${this.officials[o].name}, named on this page`
                : opening
                  ? `surname '${word}' opening a sentence before a verb, of ${this.officials[o].name}, named on this page`
                  : `surname '${word}' inside a sentence, of ${this.officials[o].name}, named on this page`,
          });
        }
      }
    }
    return out;
  }

  /**
   * The officials' two-word full names in Latin or Cyrillic letters, each part folded, keyed by each part in
   * sorted order: looked up by binary search (variantRows), so that a packed index needs no build.
   */
  private variantTable: VariantTable | undefined;
  /** Each two-word name's surname as spelledAlike reads it, by entry (see variantAlike). */
  private variantAlikes: Map<number, string> | undefined;
  private variantTableOf(): VariantTable {
    if (this.variantTable) return this.variantTable;
    const given: string[] = [];
    const surname: string[] = [];
    const official: number[] = [];
    const keyed: [string, number][] = [];
    for (let o = 0; o < this.officials.length; o++)
      for (const a of this.officials[o].aliases ?? []) {
        const m = SPACED_FULL_NAME.exec(a.text);
        if (!m) continue;
        const e = official.length;
        given.push(fold(m[1]));
        surname.push(fold(m[2]));
        official.push(o);
        keyed.push([given[e], e], [surname[e], e]);
      }
    keyed.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] - y[1]));
    return (this.variantTable = {
      keys: StringList.of(keyed.map(([k]) => k)),
      entry: Int32Array.from(keyed.map(([, e]) => e)),
      given: StringList.of(given),
      surname: StringList.of(surname),
      official: Int32Array.from(official),
    });
  }

  /** The first three letters of every key of the two-word names' table (a page's pairs are tried against it first). */
  private variantPrefixes: Set<string> | undefined;
  private variantPrefixesOf(): Set<string> {
    if (this.variantPrefixes) return this.variantPrefixes;
    const keys = this.variantTableOf().keys;
    const out = new Set<string>();
    for (let i = 0; i < keys.length; i++) out.add(keys.get(i).slice(0, 3));
    return (this.variantPrefixes = out);
  }

  /** The rows of the two-word names' table whose key is `key` (binary search, nothing sliced out). */
  private variantRows(key: string): [number, number] {
    const t = this.variantTableOf();
    let lo = 0;
    let hi = t.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (t.keys.compare(mid, key) < 0) lo = mid + 1;
      else hi = mid;
    }
    let end = lo;
    while (end < t.keys.length && t.keys.equals(end, key)) end++;
    return [lo, end];
  }

  /** Entry `e`'s surname as spelledAlike reads it, computed once per entry (a common given name has hundreds). */
  private variantAlike(e: number): string {
    const cache = (this.variantAlikes ??= new Map());
    let out = cache.get(e);
    if (out === undefined) {
      const surname = this.variantTableOf().surname.get(e);
      cache.set(e, (out = surname.length >= 4 ? spelledAlike(surname) : ''));
    }
    return out;
  }

  /**
   * A two-word full name spelled another way ("Oleksandr Sirsky", "Marija Zacharowa", «Пит Хегсэт», "Kaia Kallas"):
   * one word as an official's two-word full name has it, the other spelled alike: the surname (four letters or more)
   * the same sounds by spelledAlike, the given name one inner letter alike (otherInnerLetter) or the same but for a
   * final i, j or y, or as long and the same sounds (givenAlike). No other official so,
   * and no match already there. Not Japanese: its spellings differ in vowels and consonants at once (ドナルド・タスク),
   * where other people's names do too (ポターニン for プーチン). Two words only, not both an official's own (the
   * matcher's reading stands: a relative, a thing).
   */
  private nameVariantHits(text: string, taken: readonly OfficialHit[]): OfficialHit[] {
    const out: OfficialHit[] = [];
    const pairs = [
      ...text.matchAll(LATIN_PAIR),
      ...(/[\u0400-\u04ff]/u.test(text) ? text.matchAll(CYRILLIC_PAIR) : []),
    ];
    for (const m of pairs) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some((h) => h.start < end && start < h.end)) continue;
      const [given, surname] = [fold(m[1]), fold(m[2])];
      const t = this.variantTableOf();
      // Cyrillic names change with case («с Марком Рутте», «Пита Хегсэта»): each word and the stems it may be a
      // case form of (slavic.ts caseStems), the word as written first.
      const cyrillic = m[0].charCodeAt(0) >= 0x400;
      // Neither word begins as any two-word name's part does: no row for it or its stems (most pairs on a page).
      const prefixes = this.variantPrefixesOf();
      const givenKnown = prefixes.has(given.slice(0, 3));
      const surnameKnown = prefixes.has(surname.slice(0, 3));
      if (!givenKnown && !surnameKnown) continue;
      // A word no key begins as has no rows: its stems are not looked up (each is still read as spelled).
      const givens = cyrillic ? caseStems(given) : [given];
      const surnames = cyrillic ? caseStems(surname) : [surname];
      // The rows of the given names that are an official's (most pairs on a page have none: nothing more to do).
      const gRows = givenKnown ? givens.map((g) => this.variantRows(g)).filter(([from, to]) => from < to) : [];
      let own = false;
      for (const [gFrom, gTo] of gRows)
        for (let i = gFrom; i < gTo && !own; i++) own = surnames.some((sn) => t.surname.equals(t.entry[i], sn));
      if (own) continue;
      const fits = new Set<number>();
      if (gRows.length)
        for (const sn of surnames) {
          const alike = sn.length >= 4 ? spelledAlike(sn) : '';
          if (!alike) continue;
          for (const [gFrom, gTo] of gRows)
            for (let i = gFrom; i < gTo; i++)
              if (this.variantAlike(t.entry[i]) === alike) fits.add(t.official[t.entry[i]]);
        }
      for (const sn of surnameKnown ? surnames : []) {
        const [sFrom, sTo] = this.variantRows(sn);
        for (let i = sFrom; i < sTo; i++) {
          const e = t.entry[i];
          if (!t.surname.equals(e, sn)) continue;
          const g = t.given.get(e);
          if (givens.some((gv) => otherInnerLetter(g, gv) || givenAlike(g, gv))) fits.add(t.official[e]);
        }
      }
      const hit = this.variantHit(
        fits,
        start,
        end,
        (name) => `full name '${m[0]}', another spelling of ${name}'s (one word as written, the other spelled alike)`,
      );
      if (hit) out.push(hit);
    }
    if (/[\u30a1-\u30fa]/u.test(text)) out.push(...this.kanaVariantHits(text, [...taken, ...out]));
    return out;
  }

  /** The hit of another spelling where exactly one official fits it (see nameVariantHits, kanaVariantHits). */
  private variantHit(
    fits: ReadonlySet<number>,
    start: number,
    end: number,
    why: (name: string) => string,
  ): OfficialHit | undefined {
    if (fits.size !== 1) return undefined;
    const [official] = fits;
    return { official, start, end, score: 0.8, why: why(this.officials[official].name) };
  }

  /** Each official's Japanese two-part full names and surnames, as kanaKey reads them (see kanaVariantHits). */
  private kanaNames: { official: number; given?: string; surname: string; givenFolded?: string }[] | undefined;
  private kanaNamesOf() {
    if (this.kanaNames) return this.kanaNames;
    const out: NonNullable<OfficialsIndex['kanaNames']> = [];
    for (let o = 0; o < this.officials.length; o++)
      for (const a of this.officials[o].aliases ?? []) {
        if (a.lang !== 'ja' || !/^[\u30a1-\u30fa\u30fc・]+$/u.test(a.text)) continue;
        const parts = a.text.split('・');
        if (parts.length === 2)
          out.push({ official: o, given: kanaKey(parts[0]), surname: kanaKey(parts[1]), givenFolded: fold(parts[0]) });
        else if (parts.length === 1 && a.kind === 'surname') out.push({ official: o, surname: kanaKey(parts[0]) });
      }
    return (this.kanaNames = out);
  }

  /**
   * A Japanese name spelled another way than the dataset's (ラドスラフ・シコルスキ, ピート・ヘグセット, ゼレンシキー大統領):
   * a two-part full name with one part as an official's full name has it (by kanaKey or sameKanaName; the Russian or
   * Ukrainian form of the given name only beside the official's own surname) and the other within one of the press's
   * swaps (kanaNear); or a surname of an official named by surname alone (`bySurname`), four kana or more and within
   * one swap, right before one of the official's own Japanese titles, or before 氏 with five kana or more (トランク氏
   * is no Trump). One official so, no match already there. A given name within a swap must have five kana or more and
   * differ inside (not ジョージ / ジョン, ステファニー / ステファン; review r92).
   */
  private kanaVariantHits(text: string, taken: readonly OfficialHit[]): OfficialHit[] {
    const out: OfficialHit[] = [];
    const names = this.kanaNamesOf();
    if (!names.length) return out;
    const free = (start: number, end: number) => !taken.some((h) => h.start < end && start < h.end);
    for (const m of text.matchAll(KATAKANA_PAIR)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!free(start, end)) continue;
      const [g, sn] = [kanaKey(m[1]), kanaKey(m[2])];
      const folded = fold(m[1]);
      // The Russian or Ukrainian form of the given name (ウラジーミル / ウォロディミル), however the dataset writes its ウォ
      // or ヴォ.
      const other = ruUkKana().get(folded);
      const otherCanon = other === undefined ? undefined : kanaCanon(other);
      const fits = new Set<number>();
      for (const n of names) {
        if (n.given === undefined) continue;
        const sameSurname = n.surname === sn;
        const ownGiven = n.given === g || sameKanaName(folded, n.givenFolded!);
        const sameGiven = ownGiven || (otherCanon !== undefined && otherCanon === kanaCanon(n.givenFolded!));
        // A given name one kana from another of four kana or fewer is often another name (ジョージ / ジョン).
        // Nor one that differs at either end (ステファニー / ステファン, ロベルタ / ロベルト: another name, a gender's ending).
        const nearGiven =
          g.length >= 5 &&
          n.given.length >= 5 &&
          g[0] === n.given[0] &&
          g[g.length - 1] === n.given[n.given.length - 1] &&
          kanaNear(g, n.given);
        // The Russian or Ukrainian form of the given name only beside the official's own surname.
        if ((sameSurname && (sameGiven || nearGiven)) || (ownGiven && sn.length >= 3 && kanaNear(sn, n.surname)))
          fits.add(n.official);
      }
      const hit = this.variantHit(
        fits,
        start,
        end,
        (name) =>
          `full name '${m[0]}', another spelling of ${name}'s (one part as the dataset has it, the other one kana apart)`,
      );
      if (hit) out.push(hit);
    }
    for (const m of text.matchAll(KATAKANA_WORD)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!free(start, end) || out.some((h) => h.start < end && start < h.end)) continue;
      const key = kanaKey(m[0]);
      if (key.length < 4) continue;
      const fits = new Set<number>();
      for (const n of names)
        if (n.given === undefined && n.surname !== key && kanaNear(key, n.surname)) fits.add(n.official);
      if (fits.size !== 1) continue;
      const [o] = fits;
      // Named by surname alone, right before one of their own Japanese titles (元, 前 or 現 before it; not a
      // spouse's: 大統領夫人), or before 氏 with five kana or more (トランク氏 is no Trump).
      if (this.officials[o].bySurname !== true) continue;
      const after = text.slice(end, end + 24).replace(/^[元前現]/u, '');
      // The title as written, or its last word where one of theirs ends in it (長官 for 国防長官).
      const word = JA_OFFICE_WORD.exec(after)?.[0];
      const titled = titlesOf(this.officials[o]).some(
        (t) =>
          /[\u4e00-\u9fff]/u.test(t.text) &&
          ((after.startsWith(t.text) && !after.startsWith(`${t.text}夫人`)) ||
            (word !== undefined && t.text.endsWith(word) && !after.startsWith(`${word}夫人`))),
      );
      if (!titled && !(key.length >= 5 && after.startsWith('氏'))) continue;
      const hit = this.variantHit(
        fits,
        start,
        end,
        (name) => `surname '${m[0]}' before a title, another spelling of ${name}'s (one kana apart)`,
      );
      if (hit) out.push({ ...hit, bySurname: true });
    }
    return out;
  }

  /** The gender an honorific right before the name says ("Ms", «пані», "Herr"), if any. */
  private honorificGender(text: string, p: PreparedText, n: Raw): 'female' | 'male' | undefined {
    const h = honorific(honorificBefore(text, this.toOriginal(p, n.start, n.end)[0]));
    return h === undefined ? undefined : HONORIFIC_GENDER.get(h);
  }

  /** Last words of an official's full names that are not surnames of theirs in the dataset (cached). */
  private unlistedSurnamesOf(o: number): string[] {
    let list = this.unlistedSurnames[o];
    if (!list) {
      const known = this.surnamesOf(o);
      const words = new Set<string>();
      for (const a of this.officials[o].aliases ?? []) {
        if (a.kind === 'surname') continue;
        const parts = a.text.trim().split(/\s+/);
        const last = parts[parts.length - 1];
        if (parts.length >= 2 && last.length >= 3 && isUpperUnit(last.charCodeAt(0)) && !known.has(keyOf(last)))
          words.add(last);
      }
      list = this.unlistedSurnames[o] = [...words];
    }
    return list;
  }

  /** Whether a bare title at canon `start` (original [os, oe)) reads as the holder of one office. */
  private standsForHolder(text: string, canon: string, start: number, os: number, oe: number): boolean {
    // A Japanese title may open with a Latin acronym (EU外相): read by its last letter.
    const script = isCjkUnit(text.charCodeAt(oe - 1)) ? 'cjk' : scriptOf(canon.charCodeAt(start));
    const lineStart = os === 0 || text[os - 1] === '\n';
    // The article stands before a word of time written onto the title ("el exmandatario").
    start -= gluedBefore(canon, start);
    // "the office of the president", «пост канцлера»: the post, not its holder.
    if (OFFICE_BEFORE.test(canon.slice(Math.max(0, start - 40), start))) return false;
    // 国務長官の職を離れた, 首相の座: the post after a title, not its holder (the packs' officeAfter).
    const after = text.slice(oe, oe + 6);
    if (OFFICE_AFTER.some((re) => re.test(after))) return false;
    if (script === 'latin') {
      // After an article ("the French president"), or opening a line, or a sentence with a possessive of
      // its own ("America's top diplomat was due to …", a German genitive: "Frankreichs Außenminister drohte").
      // Not where the sentence names a time (a year, a word of the packs' `thenWords`) or someone else in full
      // later ("Frankreichs Außenminister hieß damals Dominique de Villepin"): a past holder.
      const rest = text.slice(oe, oe + 200).split(/[.!?\n]/u)[0];
      const possessiveOpening =
        /^(?:\p{L}+['’]s|\p{Lu}\p{Ll}+s)\s/u.test(text.slice(os, oe)) &&
        /[.!?]["”“»)]?\s+$/u.test(text.slice(Math.max(0, os - 4), os)) &&
        !/(?<!\d)(?:1[89]|20)\d\d(?!\d)|\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(rest) &&
        ![...rest.matchAll(/\p{L}+/gu)].some((m) => THEN_WORDS.has(fold(m[0])));
      if (!lineStart && !possessiveOpening && !DEFINITE_BEFORE.test(canon.slice(Math.max(0, start - 28), start)))
        return false;
      const after = text.slice(oe, oe + 40);
      // "the president of the jury", "le président de la fédération": another office.
      if (TITLE_OF_AFTER.test(after)) return false;
      // "den Präsidenten von Laos": another country's holder.
      if (titleOfCountry(after)) return false;
      // A nationality after the title, where French and Spanish put it ("le président de la République
      // tchèque", "el primer ministro italiano"): another country's holder.
      if (NATIONALITY_AFTER.test(after)) return false;
    } else if (script === 'cyrillic') {
      // "турецкий министр иностранных дел": qualified by an adjective that is not part of the title.
      const prevWord = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, os - 30), os));
      const adjective = prevWord?.[1].toLowerCase();
      if (!lineStart && adjective && ADJECTIVE_BEFORE_TITLE.test(adjective) && !TIMES_BEFORE_TITLE.has(fold(adjective)))
        return false;
      // «був генеральним секретарем НАТО», «стал министром»: a predicate in the instrumental, what someone was
      // (not «На переговорах был госсекретарь США»: someone present).
      if (
        adjective &&
        COPULAS.has(adjective) &&
        /^\p{L}+(?:ом|ем|ём|ой|ою|ей|єю|им|ым|ім)(?![\p{L}])/u.test(text.slice(os, oe).toLowerCase())
      )
        return false;
      // «Медведеву как зампреду Совбеза поручено …»: the capacity someone acts in, in any case; only after a name
      // (a capitalised word that does not open the sentence, perhaps a comma), the word in lower case: not «Как
      // президент Франции заявил …», «после того как …», «такие как …» (how, after, such as). Also through a
      // preposition («вспоминают об Олафе Шольце как о канцлере»: what he was).
      const capacity = CAPACITY_END.exec(text.slice(Math.max(0, os - 60), os));
      if (capacity && CAPACITY_BEFORE.has(capacity[1])) return false;
    } else return true;
    // Someone else's name right after: "President Erdogan", "президент Франции Шарль де Голль",
    // "the French president, Charles de Gaulle"; or after a time ("президент Франции в 1960-е годы
    // Шарль де Голль", "the French president in the 1960s, Charles de Gaulle"): a past holder.
    if (/^(?:\s|,\s)\p{Lu}\p{Ll}/u.test(text.slice(oe, oe + 4))) return false;
    const dated = /^((?:,?\s+[\p{Ll}\d'’–-]+){1,4}),?\s+\p{Lu}\p{Ll}/u.exec(text.slice(oe, oe + 60));
    return !(dated && /\d/.test(dated[1]));
  }

  /**
   * The official named last before `os` (hits before index `ni`) in its block, within 400 characters, with
   * `title` beside their name (see jaTitleBeside; 同 + a title looks in the run after the name); undefined
   * where the title is written again after that (岸田首相) or where the sentence before names two officials
   * with it (トランプ大統領はプーチン大統領と…). Shared by 同 + a title and a title opening a sentence.
   */
  private jaTitleHolder(
    text: string,
    hits: readonly OfficialHit[],
    ni: number,
    os: number,
    title: string,
    /** Where `title` beside hit `h` ends, or -1 (default: jaTitleBeside). */
    besideEnd: (h: OfficialHit) => number = (h) =>
      jaTitleBeside(text, h, title, (o, compound) => this.titlesOf(o).some((t) => t.text.endsWith(compound))),
  ): number | undefined {
    const since = sentenceBefore(text, os);
    let found: number | undefined;
    for (let k = ni - 1; k >= 0; k--) {
      const h = hits[k];
      if (os - h.end > 400 || text.slice(h.end, os).includes('\n')) break;
      // Past the sentence before, the last holder found stands.
      if (found !== undefined && h.end <= since) break;
      if (h.titleOnly) continue;
      const end = besideEnd(h);
      if (end < 0) continue;
      if (found === undefined) {
        if (titleAgain(text.slice(end, os), title)) return undefined;
        found = h.official;
      } else if (h.official !== found) return undefined;
    }
    return found;
  }

  /**
   * Japanese sets a title off a surname with a middle dot, often with the country first: メドベージェフ・ロシア
   * 安保会議副議長, ラブロフ・ロシア外相. The titles that start right after the dot, or right after the country
   * written in katakana there.
   */
  private titlesAfterDot(canon: string, end: number, sc: Scan): Raw[] {
    if (canon.charCodeAt(end) !== MIDDLE_DOT) return [];
    let k = end + 1;
    while (k < canon.length && isKatakanaUnit(canon.charCodeAt(k))) k++;
    return [...(sc.titlesByStart.get(end + 1) ?? []), ...(k > end + 1 ? (sc.titlesByStart.get(k) ?? []) : [])];
  }

  /**
   * Japanese writes an organisation's Latin acronym between a surname and its title, perhaps after a middle
   * dot (カラスEU上級代表, ワトソン・NSC報道官; full-width letters are folded): the titles right after it.
   */
  private titlesAfterAcronym(canon: string, end: number, sc: Scan): Raw[] {
    const acronym = /^[・･]?[a-z]{2,5}/iu.exec(canon.slice(end, end + 7));
    return acronym ? (sc.titlesByStart.get(end + acronym[0].length) ?? []) : [];
  }

  /**
   * Japanese joins the posts one person holds with 兼 (シコルスキ副首相兼外相: deputy prime minister and foreign
   * minister): the titles that start right after the 兼 of a kanji run after the name.
   */
  private titlesAfterConcurrent(canon: string, end: number, sc: Scan): Raw[] {
    const joined = /^[\u4e00-\u9fff]{1,8}?兼/u.exec(canon.slice(end, end + 12));
    return joined ? (sc.titlesByStart.get(end + joined[0].length) ?? []) : [];
  }

  /** Links a surname alone: beside a title, after the full name, or named in full elsewhere on the page. */
  private linkSurname(
    text: string,
    p: PreparedText,
    n: Raw,
    sc: Scan,
    lastFull: Map<number, number>,
    base: number,
    page: PageNames,
  ): {
    official: number;
    score: number;
    why: string;
    start?: number;
    full?: boolean;
    bySurname?: boolean;
    /** Linked only beside another official in a list (see match). */
    listOnly?: boolean;
  } | null {
    let owners = this.ownersOf(n.pattern);
    if (!owners) return null;
    const canon = p.canon;
    const surname = this.payloadsOf(n.pattern).find((x) => x.type === 'surname')!.source;
    const cjk = isCjkUnit(canon.charCodeAt(n.start));
    // An adjective ending on a surname that ends in a consonant is an adjective («Лавровый лист», laurel):
    // such a surname declines as a noun (Лаврова, Лаврову, Лавровым), never as an adjective.
    const folded = fold(surname);
    if (CONSONANT_END.test(folded) && adjectiveForm(folded, this.pageWord(text, p, n))) return null;

    if (scriptOf(canon.charCodeAt(n.start)) === 'han') {
      // A Han surname followed by more Han is another person's full name (山崎浩), unless what follows
      // is an honorific or a title (山崎氏, 山崎大使).
      const nextCode = canon.charCodeAt(n.end);
      if (
        n.end < canon.length &&
        scriptOf(nextCode) === 'han' &&
        !this.jaAfter.some((h) => canon.startsWith(h, n.end)) &&
        !sc.titlesByStart.has(n.end)
      )
        return null;
    }
    // A gendered honorific before the surname leaves out the officials of the other gender ("Mrs Trump"
    // is not Donald Trump) and, where one official of that gender carries the surname, names them.
    const gender = cjk ? undefined : this.honorificGender(text, p, n);
    if (gender) {
      owners = owners.filter((o) => this.officials[o].gender !== (gender === 'female' ? 'male' : 'female'));
      if (!owners.length) return null;
    }
    const before = this.before(text, p, n, owners, sc);
    if (before.kind === 'other' || before.kind === 'initial') return null;
    if (before.kind === 'variant')
      return {
        official: before.official,
        score: 0.95,
        why: `given name '${before.word}' (a form of '${before.given}') + surname '${surname}'`,
        start: before.start,
        full: true,
      };

    const titled = this.titleLink(p, n, owners, sc, lastFull, base);
    if (titled) return titled;
    // A surname alone that names a street, a building, a company or a product is not the person.
    if (!cjk && this.placeOrThing(text, p, n, page)) return null;
    // A surname alone in Japanese title brackets (ウイスキー「山崎」) is the name of a work or a product.
    if (cjk) {
      const [os, oe] = this.toOriginal(p, n.start, n.end);
      if ('「『'.includes(text[os - 1] ?? '_') && '」』'.includes(text[oe] ?? '_')) return null;
      // Games, cards and buildings after it: トランプやかるた (playing cards), トランプタワー.
      if (JA_THING_AFTER_SURNAME.test(text.slice(oe, oe + 16))) return null;
      // A town after the part of a country or the state it is in: 米南部オースティン, テキサス州オースティン.
      if (JA_PLACE_BEFORE_SURNAME.test(text.slice(Math.max(0, os - 4), os))) return null;
      // The dataset's context words for a namesake or a thing ("トランプを使った手品").
      if (this.homonym(text, os, oe, n.pattern)) return null;
    }
    const earlier = this.latest(owners, lastFull, base + n.start);
    if (earlier !== undefined)
      return { official: earlier, score: 0.9, why: `surname '${surname}' after full name earlier` };
    // Before the full name (a headline, a list of links) or in another part of the page: the one owner
    // the page names, unless the page also gives the surname to someone else.
    if (page.othersWithSurname.has(n.pattern) || owners.some((o) => page.unrelated?.has(o))) return null;
    const onPage = owners.filter((o) => page.named.has(o));
    if (onPage.length === 1)
      return { official: onPage[0], score: 0.85, why: `surname '${surname}' of an official named on this page` };
    // "Ms Kallas", «Пані Каллас», "la señora Kallas": the one official of that gender with the surname,
    // as Wikidata gives their gender; an owner of unknown gender leaves it open.
    if (!onPage.length && gender && owners.length === 1 && this.officials[owners[0]].gender === gender) {
      const [os, oe] = this.toOriginal(p, n.start, n.end);
      if (/\p{Ll}/u.test(text.slice(os + 1, oe)) && text[oe] !== '-')
        return {
          official: owners[0],
          score: 0.8,
          why: `honorific + surname '${surname}' (${gender}, as Wikidata gives ${this.officials[owners[0]].name})`,
          // It names the person as surely as the full name: the surname alone later is them too
          // ("Frau Kallas, wie lange …? – Kallas: So lange wie nötig.").
          full: true,
        };
    }
    // The surname of one official only, whom news copy names by surname alone ("Putin warns the West":
    // `bySurname` in the dataset), with nobody else given it on the page and no given name of someone
    // else before it.
    // Not in capitals (a photo credit: "JIM WATSON/AFP"), not in a compound, nor before a given name as
    // a bibliography writes it ("Kirby, Alex (2005)").
    // `bySurname: 'with-officials'` ("Medvedev": Daniil Medvedev plays tennis): only on a page that names
    // another official, or speaks of what the dataset's claims about them say (PageNames.topical): a
    // political story.
    const bySurname = owners.length === 1 ? this.officials[owners[0]].bySurname : undefined;
    const withOthers = () => [...page.named, ...page.surnamed].some((o) => o !== owners[0]);
    const political = () => withOthers() || page.topical?.(owners[0]) === true;
    // Not after a female honorific where Wikidata gives the official no gender and the page does not name them:
    // someone else as likely («Миссис Стармер посетила больницу», "Frau Merz ist Richterin in Arnsberg").
    const unknownWoman = gender === 'female' && owners.length === 1 && this.officials[owners[0]].gender === undefined;
    if (!onPage.length && !unknownWoman && (bySurname === true || (bySurname === 'with-officials' && political()))) {
      const [os, oe] = this.toOriginal(p, n.start, n.end);
      if (!cjk && !/\p{Ll}/u.test(text.slice(os + 1, oe))) return null;
      // A surname that is a word too ("Séjourné à Tanger pendant dix ans …, il dit n'avoir jamais séjourné
      // ailleurs"), opening a sentence, where its capital says nothing, on a page that writes the word in
      // lower case and names no other official: the word, not the person.
      if (
        !cjk &&
        !CYRILLIC.test(surname) &&
        opensProse(text, os) &&
        !political() &&
        wordNotName(page.text ?? text, text.slice(os, oe), page)
      )
        return null;
      // Half of a compound ("Austin-Healey" beside John Healey): a name, but whose is not clear alone;
      // unless the other half is the surname of another official named so ("la cumbre Trump-Putin").
      const other = compoundPartner(text, os, oe);
      if (other !== undefined && !this.surnamePair(n.pattern, other)) return null;
      if (/^,[ \u00a0]\p{Lu}\p{Ll}+\.?(?:[ \u00a0]\p{Lu}\.)*(?:[ \u00a0]?\(|[.;])/u.test(text.slice(oe, oe + 40)))
        return null;
      const why =
        bySurname === true
          ? `surname '${surname}' (one official has it)`
          : withOthers()
            ? `surname '${surname}' (one official has it) on a page that names other officials`
            : `surname '${surname}' (one official has it) on a page about what the dataset's claims about them say`;
      return { official: owners[0], score: 0.75, why, bySurname: true };
    }
    // Nothing against it, nothing for it yet: the one official with this surname, linked only if it
    // stands in a list with an official found on the page ("Lawrow und Rubio", "Rubio, Hegseth y Kallas").
    if (owners.length === 1 && (cjk || /\p{Ll}/u.test(text.slice(...this.toOriginal(p, n.start + 1, n.end)))))
      return { official: owners[0], score: 0.8, why: `surname '${surname}'`, listOnly: true };
    return null;
  }

  /** A title right before the surname ("Foreign Minister Lavrov") or, in Japanese, right after ("ラブロフ外相"). */
  private titleLink(
    p: PreparedText,
    n: Raw,
    owners: number[],
    sc: Scan,
    lastFull: Map<number, number>,
    base: number,
  ): { official: number; score: number; why: string } | null {
    const canon = p.canon;
    const cjk = isCjkUnit(canon.charCodeAt(n.start));
    const surname = this.payloadsOf(n.pattern).find((x) => x.type === 'surname')!.source;
    // "President-elect Trump", "Prime Minister-elect Starmer": the title they are about to hold.
    const elect =
      !cjk && ELECT_BEFORE.test(canon.slice(Math.max(0, n.start - ELECT_LENGTH), n.start))
        ? (sc.titlesByEnd.get(n.start - ELECT_LENGTH) ?? [])
        : [];
    const adjacent = [
      ...(sc.titlesByEnd.get(n.start - 1) ?? []).filter(() => canon[n.start - 1] === ' '),
      ...(sc.titlesByEnd.get(n.start) ?? []),
      ...elect,
      ...(cjk ? (sc.titlesByStart.get(n.end) ?? []) : []),
      // Japanese puts the official's own title before the name with の (安保会議副議長のメドベージェフは): only a title
      // this official holds ("大統領のメドベージェフ批判" is someone else's title).
      ...(cjk && canon[n.start - 1] === 'の'
        ? (sc.titlesByEnd.get(n.start - 1) ?? []).filter((t) =>
            this.payloadsOf(t.pattern).some((x) => x.type === 'title' && owners.includes(x.official)),
          )
        : []),
      // Japanese abbreviates the country to one character before the title: メローニ伊首相, スターマー英首相.
      ...(cjk && JA_COUNTRY_ABBREVIATIONS.includes(canon[n.end]) ? (sc.titlesByStart.get(n.end + 1) ?? []) : []),
      ...(cjk ? this.titlesAfterDot(canon, n.end, sc) : []),
      ...(cjk ? this.titlesAfterConcurrent(canon, n.end, sc) : []),
      ...(cjk ? this.titlesAfterAcronym(canon, n.end, sc) : []),
    ];
    // In apposition, set off by a comma ("Watson, the NSC spokeswoman, said"; "the NSC spokeswoman,
    // Ms Watson, said"): only a title this official holds (another's title there is a list of people).
    const apposed: Raw[] = [];
    if (!cjk) {
      const after = APPOSITION_AFTER.exec(canon.slice(n.end, n.end + 28));
      if (after) apposed.push(...(sc.titlesByStart.get(n.end + after[0].length) ?? []));
      const head = canon.slice(Math.max(0, n.start - 24), n.start);
      const before = APPOSITION_BEFORE.exec(head);
      if (before && (!before[1] || honorific(before[1]) !== undefined))
        apposed.push(...(sc.titlesByEnd.get(n.start - before[0].length) ?? []));
    }
    for (const t of apposed) {
      const specific = owners.filter((o) =>
        this.payloadsOf(t.pattern).some((x) => x.type === 'title' && x.official === o),
      );
      if (specific.length === 1)
        return {
          official: specific[0],
          score: 0.9,
          why: `surname '${surname}' beside its title '${this.ac.pattern(t.pattern)}'`,
        };
    }
    for (const t of adjacent) {
      const tp = this.payloadsOf(t.pattern).filter((x) => x.type === 'title');
      const specific = owners.filter((o) => tp.some((x) => x.official === o));
      const title = this.ac.pattern(t.pattern) + (elect.includes(t) ? '-elect' : '');
      if (specific.length >= 1) {
        const best =
          specific.length === 1 ? specific[0] : (this.latest(specific, lastFull, base + n.start) ?? specific[0]);
        return { official: best, score: 0.95, why: `title '${title}' + surname '${surname}'` };
      }
      if (owners.length === 1)
        return { official: owners[0], score: 0.9, why: `title '${title}' + unambiguous surname '${surname}'` };
    }
    return null;
  }

  /**
   * Whether the dataset says the surname at [os, oe) is a place or a thing here (an alias's `notWhen`):
   * a word of its `before` right before it ("in Austin"), or a word of its `sentence` in its sentence
   * ("Poutine, frites et fromage en grains").
   */
  private homonym(text: string, os: number, oe: number, pattern: number): boolean {
    let words: string[] | undefined;
    for (const x of this.payloadsOf(pattern)) {
      if (x.type !== 'surname') continue;
      const when = this.officials[x.official].aliases?.[x.ref]?.notWhen;
      if (!when) continue;
      if (when.before) {
        const w = /([\p{L}\p{M}]+)[ \u00a0]+$/u.exec(text.slice(Math.max(0, os - 40), os))?.[1];
        if (w && matchesWord(normalise(w).text, when.before)) return true;
      }
      if (when.sentence) {
        if (!words) {
          // Its sentence, up to SENTENCE_REACH characters each side (page text may have no stop at all);
          // folded without the dataset strings' cache, which page text would fill.
          let from = os;
          while (from > 0 && os - from < SENTENCE_REACH && !SENTENCE_END.test(text[from - 1])) from--;
          let to = oe;
          while (to < text.length && to - oe < SENTENCE_REACH && !SENTENCE_END.test(text[to])) to++;
          words = normalise(text.slice(from, os) + ' ' + text.slice(oe, to)).text.split(/[^\p{L}\p{M}\p{N}]+/u);
        }
        if (words.some((w) => w && matchesWord(w, when.sentence!))) return true;
        // Japanese puts no space between words: a Japanese context word is found inside its sentence's
        // runs ("トランプを使った手品": cards and a conjuring trick).
        for (const w of when.sentence)
          if (isCjkUnit(w.charCodeAt(0)) && words.some((run) => run.includes(fold(w)))) return true;
      }
    }
    return false;
  }

  /**
   * Street, building, company or product words around a surname ("Lavrov Street", "улица Лаврова",
   * "Trump Tower"), or a hyphenated compound with a capitalised word that is not the surname of an
   * official the page names ("Austin-Healey"; "the Trump-Putin summit" and "Trump-led" are people).
   * Also a Russian or Ukrainian surname in a plural-only form, a family («рода Нарышкиных», «чета
   * Сикорских»), unless the surname itself ends so (Черных, Долгих do not decline).
   * Without `page` (the page is still being read), the words around the surname only.
   */
  private placeOrThing(text: string, p: PreparedText, n: Raw, page?: PageNames): boolean {
    const [os, oe] = this.toOriginal(p, n.start, n.end);
    if (GENERATION_AFTER.test(text.slice(oe, oe + 12))) return true;
    const word = fold(text.slice(os, oe));
    if (
      PLURAL_FAMILY.test(word) &&
      (this.ownersOf(n.pattern) ?? []).some((o) => {
        const surname = fold(this.surnameOf(o, n.pattern) ?? '');
        return surname !== '' && !PLURAL_FAMILY.test(surname) && word.startsWith(stemWord(surname));
      })
    )
      return true;
    // A surname right after a definite article is a thing named after it in French, Spanish and German
    // ("la Maison de la Poutine", a dish; people take no article there).
    if (ARTICLE_BEFORE_SURNAME.test(text.slice(Math.max(0, os - 6), os))) return true;
    // A feminine determiner and perhaps an adjective before the surname of men only: a thing named so
    // ("la meilleure Poutine", the Quebec dish; "una Trump" is no man either).
    if (
      FEMININE_BEFORE.test(text.slice(Math.max(0, os - 30), os)) &&
      (this.ownersOf(n.pattern) ?? []).every((o) => this.officials[o].gender === 'male')
    )
      return true;
    // A surname alone in quotes is the title of a work or a product (the album «Tusk»), as in Japanese
    // title brackets.
    // French quotes keep a space inside: « Tusk ».
    const inner = (at: number) => (' \u00a0\u202f'.includes(text[at] ?? '_') ? 1 : 0);
    const qs = os - 1 - inner(os - 1);
    const qe = oe + inner(oe);
    if (OPEN_QUOTES.includes(text[qs] ?? '_') && CLOSE_QUOTES.includes(text[qe] ?? '_')) return true;
    if (thingAfter(text, oe)) return true;
    if (this.homonym(text, os, oe, n.pattern)) return true;
    // "Austin, Texas", "Trump, Md.", "Austin, TX": a town (see STATE_NAMES).
    // "Lavrov, a village in the Tver region": a place, by the apposition.
    if (PLACE_APPOSITION.test(text.slice(oe, oe + 40))) return true;
    // "Macron, the Bologna-based sportswear firm, …": a company.
    if (COMPANY_APPOSITION.test(text.slice(oe, oe + 80))) return true;
    // "Trump Turnberry, the golf resort": the surname and the next name are one place's name.
    if (NAMED_PLACE_AFTER.test(text.slice(oe, oe + 60))) return true;
    // Also a state's name in brackets ("Austin (Texas)"), but no code there: "Merz (DE)" is a country's.
    const state = /^(,[ \u00a0]|[ \u00a0]?\()(\p{Lu}\p{L}*)(\.?)/u.exec(text.slice(oe, oe + 20));
    if (state) {
      const [, lead, word, dot] = state;
      if (STATE_NAMES.has(word.toLowerCase())) return true;
      if (dot && STATE_ABBREVIATIONS.has(word.toLowerCase())) return true;
      if (lead.startsWith(',') && STATE_CODES.has(word) && !/^\p{L}/u.test(text.slice(oe + state[0].length)))
        return true;
    }
    // The word before, or the one before a lower-case adjective ("l'équipementier italien Macron").
    const before = /(?:([\p{L}.]+)[ \u00a0](\p{Ll}+)|([\p{L}.]+))[ \u00a0]$/u.exec(
      text.slice(Math.max(0, os - 40), os),
    );
    if (before && thingBefore(fold(before[2] ?? before[3]))) return true;
    // A work's title: "son album Tusk, paru en 1979".
    if (workTitle(text.slice(Math.max(0, os - 30), os), text.slice(oe, oe + 12))) return true;
    // Or the one before a capitalised article, which no official's surname takes ("la trattoria Il Fico", "the
    // restaurant El Trump"): the article opens the thing's name (not "the tour the Zelensky delegation made").
    const beforeArticle = /([\p{L}.]+)[ \u00a0](?:Il|El|La|Lo|Le|Los|Las|The)[ \u00a0]$/u.exec(
      text.slice(Math.max(0, os - 40), os),
    );
    if (beforeArticle && (VENUE_BEFORE_ARTICLE.has(fold(beforeArticle[1])) || thingBefore(fold(beforeArticle[1]))))
      return true;
    if (
      before?.[1] &&
      thingBefore(fold(before[1])) &&
      !isFunctionWord(before[2]) &&
      !isFunctionWord(fold(before[2])) &&
      detectLanguage(text.slice(Math.max(0, os - 120), oe + 120))?.code !== 'en'
    )
      return true;
    const partner = compoundPartner(text, os, oe);
    if (page && partner && isUpperUnit(partner.charCodeAt(0))) {
      // Not "Trump-led", "Macron-style" (lower case), nor an official the page names ("the Trump-Putin
      // summit" after both are named), nor a pair of officials named by surname alone (surnamePair).
      const key = keyOf(partner);
      if (![...page.named].some((o) => this.surnamesOf(o).has(key)) && !this.surnamePair(n.pattern, partner))
        return true;
    }
    return false;
  }

  /**
   * Who a specific title standing alone names, of its owners (with the roles it is a title of), if one:
   * - the one the page names, if they held that title's role on the page's date ("the US president" of
   *   a 2015 page that names Trump is not Trump); of several, the one named before the title, if only
   *   one was ("Joe Biden anunció … El presidente de Estados Unidos … Donald Trump reaccionó");
   * - else the one named earlier by surname alone (`bySurname`: "« Lavrov ne fait que réciter… » … Le
   *   ministre russe des Affaires étrangères"), too weak to link a title before it, enough after it;
   * - else, of the officials the title has had (Lloyd Austin, Pete Hegseth), the one who held it on the
   *   page's date (heldAllOn).
   */
  private titleHolder(
    owners: ReadonlyMap<number, number[] | undefined>,
    page: PageNames,
    namedBefore: ReadonlySet<number>,
    surnamedBefore: ReadonlySet<number>,
    date: string | undefined,
  ): { official: number; score: number; by: 'named' | 'surname' | 'date' } | undefined {
    const ids = [...owners.keys()];
    const named = ids.filter((o) => page.named.has(o) && this.heldAnyOn(o, date, owners.get(o)));
    if (named.length === 1) return { official: named[0], score: 0.8, by: 'named' };
    if (named.length > 1) {
      const before = named.filter((o) => namedBefore.has(o));
      return before.length === 1 ? { official: before[0], score: 0.75, by: 'named' } : undefined;
    }
    // Or named before it otherwise than in full: by surname alone, or as surely by an honorific and the
    // surname ("Herr Putin …  Der Kremlchef", "Mr Healey … The defence secretary").
    const surnamed = ids.filter(
      (o) => (surnamedBefore.has(o) || namedBefore.has(o)) && this.heldAnyOn(o, date, owners.get(o)),
    );
    if (surnamed.length === 1) return { official: surnamed[0], score: 0.75, by: 'surname' };
    const held = ids.filter((o) => this.heldAllOn(o, date, owners.get(o)));
    return held.length === 1 ? { official: held[0], score: 0.7, by: 'date' } : undefined;
  }

  /**
   * Whether the official's roles with a title (`roles`; all of theirs for a title of their own) fit a word
   * of time before it, on the page's date: `former`, one of them ended before it and none covers it;
   * `current`, one covers it. Undated: `former`, one has ended; `current`, one has not. No word: any.
   */
  private fitsTime(
    official: number,
    roles: readonly number[] | undefined,
    time: 'former' | 'current' | undefined,
    date: string | undefined,
  ): boolean {
    if (!time) return true;
    const all = this.officials[official].roles ?? [];
    const mine = roles ? roles.map((j) => all[j]).filter((r): r is Role => !!r) : all;
    if (date === undefined) return mine.some((r) => (time === 'former') === (r.to !== undefined));
    if (time === 'current') return mine.some((r) => roleCovers(r, date));
    return (
      !mine.some((r) => roleCovers(r, date)) &&
      mine.some((r) => r.to !== undefined && comparePartialDates(r.to, date) < 0)
    );
  }

  /**
   * Whether an official the page names held, on the page's date, a role the title is one of (`roles`;
   * any of theirs for a title of their own): undated, or without roles, yes. A title the dataset lists
   * for the official rather than one role passes on a date that only another of their roles covers:
   * the page naming them is the stronger evidence then.
   */

  private heldAnyOn(official: number, date: string | undefined, roles?: readonly number[]): boolean {
    const all = this.officials[official].roles ?? [];
    if (date === undefined || all.length === 0) return true;
    return roles ? roles.some((j) => !!all[j] && roleCovers(all[j], date)) : all.some((r) => roleCovers(r, date));
  }

  /**
   * Whether a title the page never gives a holder names this official: only on a page dated on a day
   * they held it with a known start. A title of one role (`roles`) follows that role's dates ("the NATO
   * chief" is Stoltenberg on a 2023 page and Rutte on a 2025 one); a title of the official's own,
   * every role they have: "the Pentagon chief" on a 2023 page is Lloyd Austin, on a 2016 page no one
   * of ours. An undated page names no one (issue 19: the article's date and the role's must agree); a
   * page that names the holder still links the title to them (heldAnyOn).
   */
  private heldAllOn(official: number, date: string | undefined, roles?: readonly number[]): boolean {
    const all = this.officials[official].roles ?? [];
    if (date === undefined || all.length === 0) return false;
    const covers = (r: Role | undefined) => !!r && !!r.from && roleCovers(r, date);
    return roles ? roles.some((j) => covers(all[j])) : all.every(covers);
  }

  private latest(owners: number[], lastFull: Map<number, number>, before: number): number | undefined {
    let best: number | undefined;
    let bestAt = -1;
    for (const o of owners) {
      const at = lastFull.get(o);
      if (at !== undefined && at < before && at > bestAt) {
        best = o;
        bestAt = at;
      }
    }
    return best;
  }

  /**
   * The capitalised word right before a surname: nothing that matters (a function word, a month, an
   * honorific such as "Mr." or «г-н», a title, a noun like «Слова» that governs a name), the official's
   * own given name in another spelling or case («Эмманюэль Макрон», «Эмманюэлем Макроном»), or another
   * person's given name ("Brigitte Macron", «Ирина Лаврова»).
   */
  private before(text: string, p: PreparedText, n: Raw, owners: number[], sc: Scan): Before {
    const none: Before = { kind: 'none' };
    if (isCjkUnit(p.canon.charCodeAt(n.start))) {
      // A Japanese full name is given name, middle dot, surname: another given name there is another
      // person (メラニア・トランプ); the official's own full name was matched whole before this.
      const [start] = this.toOriginal(p, n.start, n.end);
      const given = /([\u30a1-\u30fa\u30fc]{2,})[・･]$/u.exec(text.slice(Math.max(0, start - 16), start));
      if (!given) return none;
      const g = fold(given[1]);
      if (owners.some((o) => this.givenNamesOf(o).includes(g))) return none;
      // The official's own given name in another transliteration (ヴァレリー / ワレリー, for Valery).
      for (const o of owners) {
        const own = this.givenNamesOf(o).find((x) => sameKanaName(g, x));
        if (own !== undefined)
          return { kind: 'variant', official: o, start: start - given[0].length, word: given[1], given: own };
      }
      return { kind: 'other' };
    }
    const [start] = this.toOriginal(p, n.start, n.end);
    let k = start;
    let gap = 0;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00a0')) {
      k--;
      gap++;
    }
    if (gap === 0 || gap > 2 || k === 0) return none;
    const end = k;
    while (k > 0 && (isWordUnit(text.charCodeAt(k - 1)) || text[k - 1] === '-' || text[k - 1] === '.')) k--;
    const word = text.slice(k, end);
    const folded = fold(word);
    if (honorific(word)) return none;
    // "President-elect", "Vice President-elect": a title, not a given name.
    if (/-elect$/i.test(word)) return none;
    // Initials («В. Герасимов», «С.В. Лавров», «С. В. Лавров», "S. Lavrov"): the first is the official's
    // given name's.
    // A middle initial after the official's given name ("Antony J. Blinken") is part of the full name.
    // Another Cyrillic initial is another person («Д. Лавров»): not this one here, the page untouched (a
    // sentence may end on a capital: "a Plan B. Merz said …"); a Latin one is no evidence either way.
    if (INITIALS.test(word)) {
      // A given name's initial, a space and the patronymic's («С. В. Лавров»): the first decides alone
      // («Д. С. Лавров» is another person); not a word's last capital («в МЧС. В. Лавров»).
      const first = /(?<![\p{L}.])(\p{Lu}|Дж)\.[ \u00a0]$/u.exec(text.slice(Math.max(0, k - 5), k));
      // So too a Latin one before a Latin initial ("J. L. Austin", the philosopher).
      if (first && (/^[\u0400-\u052f]\.$/u.test(word) || /^[A-Z]\.$/u.test(word))) {
        for (const o of owners) {
          const given = this.givenNamesOf(o).find((g) => g[0] === fold(first[1]));
          if (given !== undefined)
            return { kind: 'variant', official: o, start: k - first[0].length, word: `${first[0]}${word}`, given };
        }
        return { kind: 'initial' };
      }
      const initial = fold(word[0]);
      // A compound given name's initials ("J.-N." for Jean-Noël): the second is its second part's, as an
      // alias writes the given name.
      const second = /^\p{Lu}\.-(\p{Lu})\.$/u.exec(word)?.[1];
      const compound = (o: number) =>
        !second ||
        (this.officials[o].aliases ?? []).some((a) => {
          const parts = a.text.split(/\s+/u)[0].split('-');
          return parts.length === 2 && fold(parts[1][0] ?? '') === fold(second);
        });
      for (const o of owners) {
        if (!compound(o)) continue;
        const given = this.givenNamesOf(o).find((g) => g[0] === initial);
        if (given !== undefined) return { kind: 'variant', official: o, start: k, word, given };
      }
      // Compound initials no owner's given name has ("J.-P." before Barrot): someone else.
      if (second) return { kind: 'other' };
      const prev = /([\p{L}\p{M}-]+)[ \u00a0]$/u.exec(text.slice(Math.max(0, k - 30), k));
      if (prev)
        for (const o of owners) {
          const given = this.givenNamesOf(o).find((g) => sameGivenName(keyOf(prev[1]), g));
          if (given !== undefined)
            return { kind: 'variant', official: o, start: k - prev[0].length, word: `${prev[1]} ${word}`, given };
        }
      return /[\u0400-\u052f]/u.test(word) ? { kind: 'initial' } : none;
    }
    if (word.length < 2 || word.includes('.')) return none;
    if (!isUpperUnit(word.charCodeAt(0))) return none;
    // All-capitals words are acronyms (МИД, UN), not given names.
    if (![...word.slice(1)].some((ch) => isLowerUnit(ch.charCodeAt(0)))) return none;
    // A title word ends right there ("Minister Lavrov") or a function word / month stands there.
    if (NOT_GIVEN_NAMES.has(folded) || NOUNS_BEFORE_NAME.has(folded) || nounBeforeName(folded)) return none;
    // An auxiliary or a question word opening a question ("Did Macron really say …?", «Почему Лавров …?»).
    if (QUESTION_OPENERS.has(folded) && opensQuestion(text, k)) return none;
    // After a German article the capitalised word is a noun ("die Rede Selenskyjs"): a given name takes none.
    // Also with adjectives between ("dem ukrainischen Präsidenten Selenskyj"): lower-case words only.
    const article = NOUN_ARTICLE_BEFORE.exec(text.slice(Math.max(0, k - 40), k));
    if (article && !/(?:^|\s)\p{Lu}/u.test(article[1])) return none;
    const heads = this.titleHeads();
    if (heads.has(keyOf(word)) || (/[\u0400-\u052f]/.test(word) && heads.has(stemWord(keyOf(word))))) return none;
    if (sc.titlesByEnd.has(n.start - 1) || sc.titlesByEnd.has(n.start)) return none;
    const tail = this.prepare(text.slice(Math.max(0, k - 60), end)).canon;
    if (this.endsWithTitle(tail)) return none;
    const w = keyOf(word);
    for (const o of owners) {
      const given = this.givenNamesOf(o).find((g) => sameGivenName(w, g));
      if (given !== undefined) return { kind: 'variant', official: o, start: k, word, given };
      const roman = romanGivenName(w, this.givenNamesOf(o));
      if (roman !== undefined) return { kind: 'variant', official: o, start: k, word, given: roman };
    }
    // A Russian or Ukrainian given name agrees in case with the surname after it: before a dative or
    // instrumental surname («Макрону», «Лавровым») a word without that ending («Позже», «Вчера») is none,
    // and so is one before a genitive in -ского / -ського («Радник Зеленського»: given names end in а, я, и).
    // Before a German genitive ("Nach Angaben Lawrows", "die Rede Selenskyjs") a capitalised word that
    // is none of the official's given names is the noun the name depends on.
    if (n.end - n.start > this.ac.pattern(n.pattern).length) return none;
    const surnameWord = this.pageWord(text, p, n);
    const src = fold(owners.map((o) => this.surnameOf(o, n.pattern)).find((x) => x) ?? '');
    // Only a surname that took the ending here, not one written so in every case (Ukrainian «Мелоні»:
    // «Аріанна Мелоні» is another woman).
    const listed = owners.some((o) => this.surnamesOf(o).has(keyOf(surnameWord)));
    // Before a surname in its listed form a given name is nominative too: a word in a feminine genitive
    // («Прем'єр Словаччини Фіцо», «Премьер Франции Лекорню») is the country of a title, no given name.
    if (listed && /(?:ії|ии|щі|ини)$/u.test(fold(word))) return none;
    // Nor a word in the locative after a preposition of place («В Кремле Фицо провёл …», «У Кремлі Фіцо»):
    // the place of the sentence, no given name (not «об Арианне Мелони»: о, об, при also govern people).
    if (
      listed &&
      /[\u0400-\u052f]/u.test(word) &&
      /[еі]$/u.test(fold(word)) &&
      /(?:^|[^\p{L}])(?:в|во|у|на)\s+$/iu.test(text.slice(Math.max(0, k - 6), k))
    )
      return none;
    const oblique = listed ? null : OBLIQUE_MASCULINE.exec(surnameWord);
    if (oblique && !obliqueGivenEnds(oblique[1]).includes(fold(word).slice(-1))) return none;
    // After a preposition that takes the locative («в Офісі Зеленського») a word that does not end like a
    // genitive or accusative given name (-а, -я: «на Андрея Лаврова», «В Олександра Зеленського») is the
    // noun the genitive surname depends on: a given name would agree with the surname.
    if (
      /[\u0400-\u052f]/u.test(word) &&
      !/[ая]$/u.test(fold(word)) &&
      LOCATIVE_PREPOSITION.test(text.slice(Math.max(0, k - 6), k)) &&
      ((oblique && /(?:ого|ього)$/u.test(oblique[1])) || (CONSONANT_END.test(src) && surnameWord === src + 'а'))
    )
      return none;
    // The genitive of a surname ending in a consonant («Трампа», «Лаврова»): a given name before it is in
    // the genitive too (Дональда, Сергея, Андрія) or a woman's (Ирина Лаврова); «Советники Трампа» is
    // the noun the name depends on.
    if (CONSONANT_END.test(src) && surnameWord === src + 'а' && !/[ая]$/.test(fold(word))) return none;
    // A question that puts its verb first ("¿Ofrecerá Trump un paraguas …?"): a word right after the pack's
    // mark that is none of the official's given names and ends as its verb forms do is that verb (not
    // "¿Melania Trump …?"; PeopleWords.invertedQuestion).
    if (INVERTED_QUESTIONS.get(text[k - 1])?.test(word)) return none;
    return { kind: 'other' };
  }

  /**
   * Whether `official` is named in the same sentence right around the title at [os, oe): starting at
   * most 48 characters after it, or, in Japanese, where titles follow the name, ending at most 12
   * before it; with no sentence or line break between.
   */
  private nearOwnName(text: string, hits: readonly OfficialHit[], official: number, os: number, oe: number): boolean {
    const cjk = isCjkUnit(text.charCodeAt(os));
    return hits.some((h) => {
      if (h.official !== official) return false;
      const [from, to, limit] = h.start >= oe ? [oe, h.start, 48] : cjk && h.end <= os ? [h.end, os, 12] : [0, -1, 0];
      return to >= from && to - from <= limit && !/[.!?\n。！？]/.test(text.slice(from, to));
    });
  }

  /** The page word a surname hit covers, folded («Трампа» for the stem «трамп»). */
  private pageWord(text: string, p: PreparedText, n: Raw): string {
    const [os, oe] = this.toOriginal(p, n.start, n.end);
    return fold(text.slice(os, oe));
  }

  /** The dataset's surname (as written) of `official` that pattern `pattern` stands for, if any. */
  private surnameOf(official: number, pattern: number): string | undefined {
    return this.payloadsOf(pattern).find((x) => x.type === 'surname' && x.official === official)?.source;
  }

  private endsWithTitle(tail: string): boolean {
    let found = false;
    this.ac.search(tail, (pattern, end) => {
      if (end === tail.length && this.payloadsOf(pattern).some((x) => x.type === 'title')) {
        const start = end - this.ac.pattern(pattern).length;
        if (!joinsWord(tail, start)) found = true;
      }
    });
    return found;
  }
}
