// Shared contracts of the pure core: the compiled dataset the extension and CLI load, and the
// mentions the matcher returns. Everything else (content script, CLI, UI, bench) builds on these.

export type ClaimStatus = 'denied' | 'confirmed' | 'disputed' | 'unverified';
export const CLAIM_STATUSES: readonly ClaimStatus[] = ['denied', 'confirmed', 'disputed', 'unverified'];

/** Languages the dataset carries match hints for (every language pack: see src/core/lang). */
export type HintLang = 'en' | 'fr' | 'ru' | 'uk' | 'ja' | 'de' | 'es';
export const HINT_LANGS: readonly HintLang[] = ['en', 'fr', 'ru', 'uk', 'ja', 'de', 'es'];

/** What a sentence does with a claim it names. */
export type Reported = 'asserted' | 'denied' | 'confirmed' | 'mentioned';
export const REPORTED: readonly Reported[] = ['asserted', 'denied', 'confirmed', 'mentioned'];

export type MentionKind = 'official' | 'claim' | 'attribution';

export interface Alias {
  /** The alias as written in its own script ("Сергей Лавров", "山崎和之", "Zelenskyy"). */
  text: string;
  /** BCP-47 language or script tag ("en", "ru", "ja", "ru-Latn" for transliterations). */
  lang: string;
  /**
   * full: a full name, matches anywhere. surname: matches only after the official was named in full
   * earlier on the page, or after a title ("Foreign Minister Lavrov"). Defaults to full.
   */
  kind?: 'full' | 'surname';
  /**
   * Where this surname, standing alone, is a place or a thing named like the official (French "Poutine",
   * the Quebec dish; "Austin", the Texan city): `before`, words of which one right before it says so
   * ("in", «в»); `sentence`, words of which one anywhere in its sentence does ("fromage", "frites").
   * Folded, lower case; a trailing `*` matches the start of a word. Surname aliases only.
   */
  notWhen?: { before?: string[]; sentence?: string[] };
}

export interface Role {
  title: string;
  organisation?: string;
  country: string;
  /** ISO dates (YYYY or YYYY-MM or YYYY-MM-DD); `to` absent = still in office (unless `seen`). */
  from?: string;
  to?: string;
  /**
   * For a role without `to` from dated source data (an import): the last date it is known to have
   * been held. After it the role is unknown, neither current nor ended; curated roles leave it out.
   */
  seen?: string;
  /**
   * Titles of this role only ("NATO chief" for a Secretary General of NATO): a bare title is then
   * checked against this role's dates, not the official's other roles. Titles for every role of the
   * official stay in `CompiledOfficial.titles`.
   */
  titles?: string[];
}

export interface CompiledOfficial {
  id: string;
  name: string;
  aliases: Alias[];
  roles: Role[];
  /**
   * Titles that, placed before a surname, identify this official ("Foreign Minister", "министр иностранных
   * дел"), whichever role they held; a title of one role only goes in that role's `titles`.
   */
  titles?: string[];
  /**
   * News copy names this official by surname alone: their surname aliases link with no full name on the
   * page; with 'with-officials', only on a page that names another official (a namesake is well known
   * outside politics: Daniil Medvedev).
   */
  bySurname?: boolean | 'with-officials';
  wikidata?: string;
  /** As Wikidata gives it: a gendered honorific before the surname alone links only when it agrees. */
  gender?: 'female' | 'male';
}

export interface CompiledOrganisation {
  id: string;
  name: string;
  country?: string;
  aliases?: Alias[];
}

export interface CompiledSource {
  id: string;
  name: string;
  kind: string;
  url?: string;
}

/**
 * What a history entry is evidence of, so a card never reads one "Denied" three ways:
 * - claim: the claim is made; `by` is the claimant ("Claimed by Naryshkin").
 * - statement: a party concerned denies, confirms or disputes it; `by` is that party ("Denied by ...").
 * - fact-check: a fact-checker's rating; `rating` keeps its own wording ("Rated “Pants on Fire” by ...").
 * - events: later events bore it out or overtook it; no party is credited (`by` is not allowed).
 */
export type EvidenceKind = 'claim' | 'statement' | 'fact-check' | 'events';
export const EVIDENCE_KINDS: readonly EvidenceKind[] = ['claim', 'statement', 'fact-check', 'events'];

export interface HistoryEntry {
  status: ClaimStatus;
  date: string;
  /** Required in the source files; compiled indexes from before 2026-12 may lack it (read as statement). */
  kind?: EvidenceKind;
  /** Official or organisation id: the claimant (kind claim), the party (statement) or the fact-checker. */
  by?: string;
  /** Source (outlet) id. */
  via?: string;
  quote?: string;
  url?: string;
  /** A fact-checker's rating in its own words (kind fact-check). */
  rating?: string;
  /** Reader-facing context, shown on the card. Maintainers' remarks live in source-only fields. */
  note?: string;
}

/** Words that meet a hint group only beside a word of another idea (see SourceTermSet.anaphora). */
export interface HintAnaphora {
  terms: Partial<Record<HintLang, string[]>>;
  /** The words one of which the sentence must also hold (the antecedent sets' terms). */
  antecedents: Partial<Record<HintLang, string[]>>;
}

/**
 * Match hints of a claim: a sentence states the claim when it contains at least one term of every
 * group (in any language). Terms are compared after normalisation; a trailing `*` makes a term a
 * word prefix ("deploy*" matches "deployed", "deployment"; "Япони*" matches "Японии"). Terms in
 * scripts without spaces (Japanese) match as substrings. `exclude` terms veto a sentence.
 */
export interface ClaimHints {
  groups: { name: string; terms: Partial<Record<HintLang, string[]>>; anaphora?: HintAnaphora }[];
  exclude?: Partial<Record<HintLang, string[]>>;
  /**
   * Where the claim's act happens instead of the place its group `group` names ("in England" for training
   * inside Ukraine): its terms veto the claim as `exclude` terms do, except in a sentence that also names
   * that place as where the act goes ("eine Verlegung in die Ukraine"): the sentence contrasts the two.
   */
  elsewhere?: { group: string; terms: Partial<Record<HintLang, string[]>> };
  /**
   * The group whose words carry the claim's own refusal when its text has no negation or denial word to
   * say so ("distanced itself"): a negation among that group's words, or near them, states the claim
   * rather than denying it (see polarityGroup).
   */
  polarity?: string;
  /**
   * A group whose words are the claim's actor's own (the soldiers "Germany will send"): the group named
   * `actor` owns them, so a word of it beside another actor's word ("European troops", "soldados
   * europeos", «французские войска») is that actor's, no evidence for this claim (see ClaimsIndex.scan).
   */
  owns?: string;
}

export interface CompiledClaim {
  id: string;
  /** Canonical text: English for curated claims, the feed's own language for imported ones. */
  text: string;
  /** Language of `text` (BCP-47); English when absent. */
  lang?: string;
  translations?: Partial<Record<string, string>>;
  /**
   * Other wordings of the claim in its own language, matched like its text and never shown (a
   * fact-check's headline: "Did 122 Prisoners Released from Guantanamo ... Return to the Battlefield?").
   */
  wordings?: string[];
  /** Official / organisation ids the claim is about or attributed to. */
  about: string[];
  status: ClaimStatus;
  history: HistoryEntry[];
  /** Hand-written match hints: extra evidence. Imported claims have none and match from their text. */
  hints?: ClaimHints;
}

export interface CompiledDataset {
  /** Format of this index; bump when the shape changes. */
  format: 1;
  version: string;
  updated: string;
  license: string;
  officials: CompiledOfficial[];
  organisations: CompiledOrganisation[];
  sources: CompiledSource[];
  claims: CompiledClaim[];
}

/** One mention found in the page's extracted text. Offsets are UTF-16 indices into that text. */
export interface Mention {
  kind: MentionKind;
  /** Dataset id: official id for official/attribution mentions, claim id for claims. */
  id: string;
  start: number;
  end: number;
  /** The exact page text matched (text.slice(start, end)). */
  text: string;
  /** 0..1; officials matched by a full alias score 1. */
  score: number;
  /** Short human-readable reasons ("alias 'Sergey Lavrov'", "terms: Japan, troops, Ukraine"). */
  why: string[];
  /** For claims: the official the sentence attributes it to, if any. For attributions: the speaker. */
  officialId?: string;
  /**
   * For claims: what this sentence does with the claim, judged against the claim's own wording:
   * states it (asserted), reports it denied or states its opposite (denied), reports it confirmed
   * (confirmed), or raises it without a side (mentioned).
   */
  reported?: Reported;
  /** For attributions: the reporting verb as written ("said", "заявил"). */
  verb?: string;
}
