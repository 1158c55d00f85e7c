// The officials matcher's tables of words about people, joined from every language pack's `people`
// (src/core/lang/<code>.ts): office titles that, placed right before a surname ("President Macron",
// "Außenminister Lawrow", or after it in Japanese: "ラブロフ外相"), let the surname stand for an official
// whose surname is unambiguous; honorifics; words that are no given name; words that make a surname a
// place or a thing. A new language adds its words in its own pack, not here.
import { LANGUAGE_PACKS } from '../lang';
import type { PeopleWords } from '../lang/types';
import { fold } from '../text/normalise';
import { placesIn } from './places';

/**
 * The packs' words about people. Titles keep the order of their first release (en, fr, ru, uk, de, es,
 * ja, then any pack added later): a packed index refers to a generic title by its position.
 */
const TITLE_ORDER = ['en', 'fr', 'ru', 'uk', 'de', 'es', 'ja'];
const PEOPLE: readonly PeopleWords[] = [
  ...TITLE_ORDER.map((c) => LANGUAGE_PACKS.find((p) => p.code === c)),
  ...LANGUAGE_PACKS.filter((p) => !TITLE_ORDER.includes(p.code)),
].flatMap((p) => (p?.people ? [p.people] : []));

const list = (s: string | undefined): string[] => (s ? s.split(' ').filter(Boolean) : []);
const all = (pick: (w: PeopleWords) => string | undefined): string[] => PEOPLE.flatMap((w) => list(pick(w)));

export const GENERIC_TITLES: readonly string[] = PEOPLE.flatMap((w) => w.titles);

/** Honorifics and titles that may follow a Japanese surname without being a different given name. */
export const JA_AFTER_SURNAME: readonly string[] = PEOPLE.flatMap((w) => w.after ?? []);

/**
 * Honorifics before a surname (folded, without a final period): never a given name, so "Mr. Lavrov",
 * "M. Barrot", «Г-н Лавров», «Пан Зеленський» read as the surname alone. Japanese honorifics follow the
 * name (JA_AFTER_SURNAME).
 */
export const HONORIFICS: ReadonlySet<string> = new Set(
  all((w) => [w.honorifics?.male, w.honorifics?.female, w.honorifics?.neutral].join(' ')),
);

/**
 * The honorifics that say a person's gender: "Ms Kallas" is not Siim Kallas, "Mrs Trump" not Donald
 * Trump. Dr, Prof, 氏 and plurals say nothing.
 */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...all((w) => w.honorifics?.male).map((h) => [h, 'male'] as const),
  ...all((w) => w.honorifics?.female).map((h) => [h, 'female'] as const),
]);

/** Capitalised nouns that open a sentence and govern the name after them: «Слова Лаврова». Not given names. */
export const NOUNS_BEFORE_NAME: ReadonlySet<string> = new Set(all((w) => w.nounsBeforeName));

/**
 * Noun endings (offices, abstract nouns) on a capitalised word before a surname: a noun, not a given
 * name ("Kremlchef Putin", "Außenamtssprecherin Sacharowa", "die Äußerungen Selenskyjs").
 */
const NOUN_ENDINGS: readonly RegExp[] = PEOPLE.flatMap((w) =>
  w.nounEndingsBeforeName ? [w.nounEndingsBeforeName] : [],
);
export const nounBeforeName = (folded: string): boolean => NOUN_ENDINGS.some((re) => re.test(folded));

/** Words after a surname that make it a place, building, company or product ("Lavrov Street", "Trump Tower"). */
export const THING_AFTER_SURNAME: ReadonlySet<string> = new Set(all((w) => w.thingsAfterSurname));

/**
 * Towns after a comma: a surname followed by one is a town ("Austin, Texas", "Trump, Md.", "Austin,
 * TX"), not the person. Names that are also people or a capital ("Washington", "Georgia", "Virginia")
 * are left out: "said Trump, Washington will ..." is the person. Codes count in capitals only,
 * abbreviations with their period.
 */
export const STATE_NAMES: ReadonlySet<string> = new Set(all((w) => w.townsAfterComma?.names));
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(all((w) => w.townsAfterComma?.abbreviations));
export const STATE_CODES: ReadonlySet<string> = new Set(all((w) => w.townsAfterComma?.codes));

/**
 * Words before a surname that make it a place or a building (fr, ru, uk; trailing * = word prefix, for
 * case forms: "rue Lavrov", «улица Лаврова», «на вулиці Лаврова») or a company (fr, es, de:
 * "l'équipementier (italien) Macron", "die Marke Trump"). Not in English, where a noun before a name may
 * open a clause ("the company Trump founded"), nor for companies in Russian and Ukrainian, where the
 * genitive after «компания» is the owner («компания Трампа»).
 */
export const THING_BEFORE_SURNAME: readonly string[] = all((w) => w.thingsBeforeSurname);
/** Venue words before a capitalised article and a surname (see PeopleWords.venuesBeforeArticle), folded. */
export const VENUE_BEFORE_ARTICLE: ReadonlySet<string> = new Set(all((w) => w.venuesBeforeArticle).map(fold));

/** Stop words of the German, French and Spanish packs that are given names too. */
const GIVEN_NAMES_AMONG_STOP_WORDS = new Set([
  'will',
  'mar',
  'sol',
  'don',
  'pilar',
  'rosa',
  'blanca',
  'al',
  'les',
  'dan',
  'una',
  'ella',
  'eva',
  'ana',
]);

/**
 * Capitalised words that stand before a surname without being a given name; folded as the word before
 * a name is compared ("Según" -> "segun", "später" -> "spater").
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  [
    ...all((w) => w.notGivenNames),
    // And the stop words of the Cyrillic packs (Russian «Там», «Потом», «Тем» opening a sentence): no
    // Russian or Ukrainian given name is one. Not English's: "will" is a stop word and Will a given name.
    ...LANGUAGE_PACKS.filter((p) => p.script === 'cyrillic').flatMap((p) => [...p.stop]),
    // The German, French and Spanish ones too ("Ob Macron …", "Neben Merz …", "Según Lavrov"), less the
    // few that are given names as well (German "will" beside Will).
    ...LANGUAGE_PACKS.filter((p) => ['de', 'fr', 'es'].includes(p.code))
      .flatMap((p) => [...p.stop])
      .filter((w) => !GIVEN_NAMES_AMONG_STOP_WORDS.has(w)),
  ].map((w) => fold(w)),
);

/** Words that open a question before a surname without being a given name ("Did", «Почему»), folded. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(all((w) => w.questionOpeners).map((w) => fold(w)));
/** Adverbs that put a sentence in the past (PeopleWords.thenWords), folded. */
export const THEN_WORDS: ReadonlySet<string> = new Set(all((w) => w.thenWords).map((w) => fold(w)));
/** Per opening question mark, the verb endings read after it as no given name (PeopleWords.invertedQuestion). */
export const INVERTED_QUESTIONS: ReadonlyMap<string, RegExp> = new Map(
  PEOPLE.flatMap((w) =>
    w.invertedQuestion
      ? [[w.invertedQuestion.mark, new RegExp(`(?:${list(w.invertedQuestion.verbEndings).join('|')})$`, 'u')] as const]
      : [],
  ),
);

// The context patterns of the officials matcher, built from every pack's `people.context` (what each
// is for: ContextWords in lang/types.ts). Alternations of words; an apostrophe matches ' and ’.
const words = (pick: (c: NonNullable<PeopleWords['context']>) => string | undefined): string[] =>
  [...new Set(all((w) => (w.context ? pick(w.context) : undefined)))].sort((a, b) => b.length - a.length);
const alt = (ws: readonly string[]): string =>
  ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]")).join('|');

/**
 * Words as one alternation, a trailing "*" marking a prefix: the prefixes share one `\p{L}*` after them.
 * V8 compiles each Unicode property class of a pattern on its own (about half a millisecond apiece, on
 * every page, where the content script runs afresh): one class per prefix cost 10 ms on a first test.
 */
const wordsOrPrefixes = (ws: readonly string[]): string => {
  const prefixes = ws.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1));
  const whole = ws.filter((w) => !w.endsWith('*'));
  return [prefixes.length ? `(?:${alt(prefixes)})\\p{L}*` : '', whole.length ? alt(whole) : '']
    .filter(Boolean)
    .join('|');
};

/** A letter of a script that spaces its words (Japanese words run on: ジュニア氏). */
const LETTER_NOT_CJK = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}]';

/**
 * Right after a full name, set off by a dash, a comma or a bracket, words that make its bearer a namesake
 * ("Olaf Scholz – weder verwandt noch verschwägert mit …", "John Kirby (no relation)", «Андрей Песков,
 * однофамилец пресс-секретаря», 山崎和之さん（大使とは別人）). Only there: "Macron said it was not related
 * to …" is the official.
 */
export const UNRELATED_AFTER = new RegExp(
  `^(?:氏|さん)?\\s*[–—,(（、-]\\s*(?:(?:who is|der|die|qui est|que es|который|який|що)\\s+|[^.!?。\\n,;()（）\\s]{0,10})?(?:${PEOPLE.flatMap((w) => (w.unrelated ? [w.unrelated] : [])).join('|')})`,
  'iu',
);

/**
 * Another generation of the family after a full name ("Donald Trump Jr.", "Donald Trump fils",
 * «Дональд Трамп-младший», ドナルド・トランプ・ジュニア), after a space, a comma and a space, a hyphen or a
 * middle dot; not before "of" ("Barrot, fils de Jacques Barrot" is the son of someone else).
 */
export const GENERATION_AFTER = new RegExp(
  `^(?:,?[ \\u00a0]|-|[・･])?(?:${wordsOrPrefixes(all((w) => w.generation?.words))})(?!${LETTER_NOT_CJK})(?![ \\u00a0]+(?:${all(
    (w) => w.generation?.notBefore,
  )
    .map((w) => (/['’]$/.test(w) ? alt([w]) : `${alt([w])}(?![\\p{L}])`))
    .join('|')}))`,
  'u',
);

const TIMES = [...words((c) => c.timesBeforeTitle?.former), ...words((c) => c.timesBeforeTitle?.current)];
/** A definite article (and a word of time) or a possessive ("Russia's") right before a bare title (canon text). */
export const DEFINITE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alt(words((c) => c.titleArticles))})[^\\S\\n]?(?:(?:${alt(TIMES.map(fold))})[^\\S\\n])?$|\\p{L}'s?[^\\S\\n]$`,
  'u',
);
/**
 * Words of time before a bare title, folded ("der frühere", «нынешний»): no other office, but a holder
 * whose role has ended (`former`) or not (`current`); see timesBeforeTitle.
 */
/** Words for a holder about to leave, folded ("outgoing"); see timesBeforeTitle.leaving. */
export const LEAVING_TIMES: ReadonlySet<string> = new Set(words((c) => c.timesBeforeTitle?.leaving).map(fold));
/** Words of time written onto a title, folded ("ex" of "exmandatario"); see timesBeforeTitle.glued. */
export const GLUED_TIMES: ReadonlySet<string> = new Set(words((c) => c.timesBeforeTitle?.glued).map(fold));
export const TIMES_BEFORE_TITLE: ReadonlyMap<string, 'former' | 'current'> = new Map([
  ...words((c) => c.timesBeforeTitle?.former).map((w) => [fold(w), 'former'] as const),
  ...words((c) => c.timesBeforeTitle?.current).map((w) => [fold(w), 'current'] as const),
]);
/**
 * "of", "de", "d'" after a bare title: another office; a compound's noun ("general staff"): no holder. A word
 * is whole ("the president offered", "el secretario de Estado describió" are verbs); only an elided one ("d'")
 * runs into the next.
 */
const TITLE_OF = [...words((c) => c.titleOf), ...words((c) => c.titleCompounds)];
const ELIDED = (w: string) => /['’]$/.test(w);
export const TITLE_OF_AFTER = new RegExp(
  // (?!) where no pack lists a word: an empty alternation would match every text.
  `^\\s+(?:${
    [
      ...(TITLE_OF.some((w) => !ELIDED(w)) ? [`(?:${alt(TITLE_OF.filter((w) => !ELIDED(w)))})(?![\\p{L}])`] : []),
      ...(TITLE_OF.some(ELIDED) ? [`(?:${alt(TITLE_OF.filter(ELIDED))})\\p{L}`] : []),
    ].join('|') || '(?!)'
  })`,
  'iu',
);
/**
 * See ContextWords.titleOfName: per pack listing such words, the pattern for one of them, then a capitalised
 * word that is not one of its articles (and a second one: "Sri Lanka"). The words are a country's name only if
 * the browser's country names say so (placesIn): "von Laos", not the passive's "von Journalisten".
 */
const TITLE_OF_NAME = LANGUAGE_PACKS.flatMap((pack) => {
  const c = pack.people?.context;
  if (!c?.titleOfName) return [];
  const of = alt(c.titleOfName.split(/\s+/).filter(Boolean));
  const articles = alt((c.titleArticles ?? '').split(/\s+/).filter(Boolean));
  return [
    {
      pack,
      re: new RegExp(`^\\s+(?:${of})\\s+(?!(?:${articles})\\s)(\\p{Lu}\\p{L}*(?:[ \\u00a0-]\\p{Lu}\\p{L}*)?)`, 'u'),
    },
  ];
});
/** Whether `after` (the text right after a bare title) opens with such a word and a country's name. */
export function titleOfCountry(after: string): boolean {
  return TITLE_OF_NAME.some(({ pack, re }) => {
    const m = re.exec(after);
    // "von Polen aus", "von Deutschland nach Polen": from there, not the country's office.
    if (!m || /^\s+(?:aus|nach|zurück|her)(?![\p{L}])/u.test(after.slice(m.index + m[0].length))) return false;
    return placesIn(m[1], pack).size > 0;
  });
}
/** A nationality adjective after a title (fr, es). */
export const NATIONALITY_AFTER = new RegExp(`^\\s+\\p{Ll}+(?:${alt(words((c) => c.nationalityEndings))})\\b`, 'u');
/**
 * A post or an office right before a title, perhaps through "of the", "des" ("the office of the
 * president", «Офис президента», "das Amt des Kanzlers"; canon text): the post, not its holder.
 */
export const OFFICE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${wordsOrPrefixes(words((c) => c.officeBefore))})[ \\u00a0](?:(?:${alt([...words((c) => c.titleOf), ...words((c) => c.titleArticles)])})[ \\u00a0]?){0,2}$`,
  'u',
);
/** An adjective's ending on the word before a Cyrillic title. */
export const ADJECTIVE_BEFORE_TITLE = new RegExp(`(?:${alt(words((c) => c.adjectiveEndingsBeforeTitle))})$`, 'u');
/** Copulas before a Cyrillic title in the instrumental (see PeopleWords.context.copulas). */
export const COPULAS: ReadonlySet<string> = new Set(words((c) => c.copulas));
/** Words before a title that make it the capacity someone acts in (see PeopleWords.context.capacityBefore). */
export const CAPACITY_BEFORE: ReadonlySet<string> = new Set(words((c) => c.capacityBefore));
/** A capacity word, perhaps a preposition, and spaces, ending the text before a title (see CAPACITY_BEFORE). */
export const CAPACITY_END = new RegExp(
  `[^\\s.!?…]\\s+\\p{Lu}\\p{Ll}+,?\\s+(\\p{Ll}+)\\s+(?:(?:${alt(words((c) => c.capacityPrepositions)) || '(?!)'})\\s+)?$`,
  'u',
);
/** The packs' words after a title that make it the post (see PeopleWords.context.officeAfter). */
export const OFFICE_AFTER: readonly RegExp[] = PEOPLE.flatMap((w) =>
  w.context?.officeAfter ? [w.context.officeAfter] : [],
);
const TIMES_BOTH = alt([...new Set([...TIMES, ...TIMES.map(fold)])]);
const APPOSITION_ARTICLES = alt(words((c) => c.appositionArticles));
/**
 * A comma and an article (and a word of time, after it or before it: "the then", "then the"; never a word of
 * time alone: «Джо Байдена, нынешний американский президент» opens a clause) before a title in apposition
 * after a name: read on the canon text (folded, lower case) and on the text lower-cased, so
 * the words of time are in both forms.
 */
export const APPOSITION_AFTER = new RegExp(
  `^,[ \\u00a0](?:(?:${TIMES_BOTH})[ \\u00a0](?:${APPOSITION_ARTICLES})[ \\u00a0]|(?:${APPOSITION_ARTICLES})[ \\u00a0](?:(?:${TIMES_BOTH})[ \\u00a0])?)?`,
  'u',
);
/** A definite article right before a surname (fr, es, de; a sentence's first "La" too). */
export const ARTICLE_BEFORE_SURNAME = new RegExp(
  `(?:^|[^\\p{L}'’])(?:${alt(words((c) => c.surnameArticles))})[ \\u00a0]$`,
  'iu',
);
/** An article before the word that precedes a surname: that word is a noun (German). */
export const NOUN_ARTICLE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alt(words((c) => c.nounArticles))})[ \\u00a0]((?:\\p{L}+[ \\u00a0]){0,2})$`,
  'iu',
);
/** A feminine determiner, perhaps with an adjective that stands before nouns, right before a word (fr, es). */
export const FEMININE_BEFORE = new RegExp(
  `(?:^|[^\\p{L}'’])(?:${alt(words((c) => c.feminine?.determiners))})[ \\u00a0](?:(?:${alt(
    words((c) => c.feminine?.adjectives),
  )})[ \\u00a0])?$`,
  'u',
);
/** ", a village", ", une commune", ", село": an apposition that makes the name a place. */
export const PLACE_APPOSITION = new RegExp(
  `^,[ \\u00a0](?:(?:${alt(words((c) => c.placeApposition?.articles))})[ \\u00a0](?:(?:${alt(
    words((c) => c.placeApposition?.small),
  )})[ \\u00a0])?)?(?:${alt(words((c) => c.placeApposition?.nouns))})(?![\\p{L}])`,
  'iu',
);
/**
 * ", the Bologna-based sportswear firm,", ", der italienische Sportartikelhersteller,", ", la marca italiana
 * de ropa deportiva,": an apposition that calls the name a company and closes with a comma or a bracket.
 * Up to two words (English) or one lower-case word (the others) between the article and the company noun;
 * where nouns come before their adjectives (fr, es), up to four lower-case words after it. Case-sensitive
 * but for the first letter of the article and the noun: "Lacoste Paris" after the noun is no adjective.
 */
const anyCaseFirst = (w: string) => {
  const c = w.charAt(0);
  return c.toLowerCase() === c.toUpperCase() ? w : `[${c.toLowerCase()}${c.toUpperCase()}]${w.slice(1)}`;
};
export const COMPANY_APPOSITION = new RegExp(
  PEOPLE.flatMap((w) => {
    const c = w.context?.companyApposition;
    if (!c) return [];
    const nouns = [...new Set(c.nouns.split(/\s+/).filter(Boolean))];
    const whole = nouns.filter((n) => !n.startsWith('~'));
    const ends = nouns.filter((n) => n.startsWith('~')).map((n) => n.slice(1));
    // A noun's first letter either way: German writes "Firma", "Hersteller"; inside a compound the tail
    // is lower case ("Sportartikelhersteller").
    const first = (ws: string[]) => ws.map((n) => anyCaseFirst(alt([n]))).join('|');
    const noun = [whole.length ? `(?:${first(whole)})` : '', ends.length ? `\\p{L}*(?:${first(ends)})` : '']
      .filter(Boolean)
      .join('|');
    const articles = [...new Set(c.articles.split(/\s+/).filter(Boolean))].map(anyCaseFirst).join('|');
    const between = c.nounFirst
      ? '(?:\\p{Ll}+[ \\u00a0])?'
      : c.between === 2
        ? "(?:[\\p{L}'’-]+[ \\u00a0]){0,2}"
        : '(?:\\p{Ll}+[ \\u00a0])?';
    const after = c.nounFirst ? '(?:[ \\u00a0]\\p{Ll}+){0,4}' : '';
    return [`(?:^,[ \\u00a0](?:${articles})[ \\u00a0]${between}(?:${noun})${after}(?=[,)]))`];
  }).join('|'),
  'u',
);
/** A capitalised word after a surname, then a resort, hotel or the like in apposition: one place's name. */
/**
 * A word for a work right before a surname that ends its phrase ("son album Tusk, paru en 1979"; see
 * PeopleWords.context.worksBeforeSurname): `before` ends with the word and a space, `after` follows the surname.
 */
const WORKS = new Set(words((c) => c.worksBeforeSurname).map(fold));
export const workTitle = (before: string, after: string): boolean => {
  const w = /([\p{L}]+)[ \u00a0]$/u.exec(before)?.[1];
  return !!w && WORKS.has(fold(w)) && /^(?:\s*[,.;:!?()«»"“”]|[ \u00a0]+(?:de|of|von|del|\d))/u.test(after);
};
export const NAMED_PLACE_AFTER = new RegExp(
  `^[ \\u00a0]\\p{Lu}\\p{Ll}+,[ \\u00a0](?:${alt(words((c) => c.namedPlace?.articles))})[ \\u00a0](?:[\\p{Ll}'’]+[ \\u00a0]){0,2}?(?:${alt(
    words((c) => c.namedPlace?.nouns),
  )})(?![\\p{L}])`,
  'u',
);

/**
 * Words for an office that may open a sentence for the official the sentence before names (the packs'
 * `people.roles`), as regex alternations, longest first: those of Latin-script packs with their
 * articles, those of Cyrillic ones (no articles), and the verbs that qualify none of them.
 */
const rolePacks = (script: string) =>
  LANGUAGE_PACKS.filter((p) => p.script === script && p.people?.roles).map((p) => p.people!.roles!);
const byLength = (ws: Iterable<string>) => [...new Set(ws)].sort((a, b) => b.length - a.length);
export const ROLE_NOUNS_LATIN: readonly string[] = byLength(rolePacks('latin').flatMap((r) => list(r.nouns)));
export const ROLE_ARTICLES_LATIN: readonly string[] = byLength(rolePacks('latin').flatMap((r) => list(r.articles)));
export const ROLE_NOUNS_CYRILLIC: readonly string[] = byLength(rolePacks('cyrillic').flatMap((r) => list(r.nouns)));
/**
 * The articles of the languages where a word after the office's word qualifies it (see roles.qualifiersAfter),
 * lower case, each with the endings of a verb there that qualifies nothing (roles.verbEndings), if any.
 */
export const ROLE_ARTICLES_QUALIFIED_AFTER: ReadonlyMap<string, RegExp | undefined> = new Map(
  rolePacks('latin')
    .filter((r) => r.qualifiersAfter)
    .flatMap((r) => list(r.articles).map((a) => [a.toLowerCase().replace('’', "'"), r.verbEndings] as const)),
);
export const ROLE_VERBS: ReadonlySet<string> = new Set(LANGUAGE_PACKS.flatMap((p) => list(p.people?.roles?.verbs)));

/**
 * Per language, a verb right after its subject (the packs' `people.subjectVerb`), the adverbs that may stand
 * between, and the pack's cue words (reporting, denying, confirming, excluding; folded, a prefix where the
 * cue ends in `*`): "a word that is a cue" says the word before it is who speaks.
 */
export const SUBJECT_VERBS: ReadonlyMap<
  string,
  { ending: RegExp; past: RegExp; adverbs: ReadonlySet<string>; isCue: (folded: string) => boolean }
> = new Map(
  LANGUAGE_PACKS.flatMap((p) => {
    const w = p.people?.subjectVerb;
    if (!w) return [];
    const raw = Object.values(p.cues ?? {}).flat();
    const whole = new Set(raw.filter((c) => !c.endsWith('*')).map((c) => fold(c.replace(/^~/, ''))));
    const prefixes = raw.filter((c) => c.endsWith('*')).map((c) => fold(c.replace(/^~/, '').slice(0, -1)));
    const isCue = (x: string) => whole.has(x) || prefixes.some((q) => x.startsWith(q));
    return [[p.code, { ending: w.ending, past: w.past, adverbs: new Set(list(w.adverbs)), isCue }] as const];
  }),
);
