// Shapes of the human-edited source files under data/ (before compile). They mirror the compiled
// types closely so that compile is a sort-and-copy, not a transformation maintainers must learn.
import type { Alias, ClaimStatus, HintLang, HistoryEntry, Role } from '../types.ts';

/**
 * Maintainers-only fields: kept in the source files, never compiled into the index, so never shown.
 * `verify` says what could not be verified yet (and where to look); `maintainerNote` anything else.
 */
export interface MaintainerFields {
  maintainerNote?: string;
  verify?: string;
}

/** A role as maintainers write it: `reviewed` is the day its facts were last checked. */
export interface SourceRole extends Role, MaintainerFields {
  reviewed?: string;
}

export interface SourceHistoryEntry extends HistoryEntry, MaintainerFields {}

export interface SourceMeta {
  $schema?: string;
  version: string;
  updated: string;
  license: string;
  description?: string;
  /**
   * "imported": a dataset written by an importer (LIAR, ClaimReview, Popolo). Such claims carry hints
   * in their own language only, so missing hint languages are reported once as a warning instead of
   * an error per claim. The bundled dataset leaves this out.
   */
  profile?: 'bundled' | 'imported';
}

export interface SourceOfficial {
  id: string;
  name: string;
  aliases: Alias[];
  roles: SourceRole[];
  titles?: string[];
  /** Named by surname alone in news copy, anywhere or only beside other officials (see the schema). */
  bySurname?: boolean | 'with-officials';
  wikidata?: string;
  /** As Wikidata gives it (see the schema). */
  gender?: 'female' | 'male';
}

export interface SourceOrganisation {
  id: string;
  name: string;
  country?: string;
  aliases?: Alias[];
}

export interface SourceSource {
  id: string;
  name: string;
  kind: string;
  url?: string;
}

/** A named set of hint terms in claims.json's `vocabulary`, shared by the hint groups that `use` it. */
export interface SourceTermSet {
  /** For maintainers: what the set stands for and what it must not hold. Not compiled. */
  note?: string;
  terms: Partial<Record<HintLang, string[]>>;
  /**
   * Words that take up the set's idea from elsewhere in the sentence ("ins Land", "al país": the
   * country just named): they meet a group that uses the set only where the sentence also holds a term
   * of one of the `antecedents` sets ("Kiew", "ucraniano").
   */
  anaphora?: { terms: Partial<Record<HintLang, string[]>>; antecedents: string[] };
}

/** A hint group as written: its own terms, the vocabulary sets it uses, or both. */
export interface SourceHintGroup {
  name: string;
  use?: string[];
  terms?: Partial<Record<HintLang, string[]>>;
}

/** Hand-written hints as written in claims.json (see ClaimHints for the compiled form). */
export interface SourceHints {
  groups: SourceHintGroup[];
  exclude?: Partial<Record<HintLang, string[]>>;
  /** Where the claim's act happens instead of the place group `group` names (see ClaimHints.elsewhere). */
  elsewhere?: { group: string; terms: Partial<Record<HintLang, string[]>> };
  /** The name of the group that carries the claim's own refusal (see ClaimHints.polarity). */
  polarity?: string;
  /** The name of the group the claim's `actor` group owns (see ClaimHints.owns). */
  owns?: string;
}

export interface SourceClaim {
  id: string;
  text: string;
  translations?: Record<string, string>;
  /**
   * Other wordings of the claim in the language of `text`, matched like it and never shown: a
   * fact-check's headline when it states the claim ("Did 122 Prisoners ... Return to the Battlefield?").
   */
  wordings?: string[];
  about: string[];
  status: ClaimStatus;
  history: SourceHistoryEntry[];
  /** Language of `text`; English when absent. */
  lang?: string;
  /** Hand-written match terms: extra evidence. Claims match from their text without them. */
  hints?: SourceHints;
  /** The day the claim's status was last checked. */
  reviewed?: string;
  maintainerNote?: string;
  verify?: string;
}

/** All five source files, parsed. */
export interface SourceData {
  meta: SourceMeta;
  officials: SourceOfficial[];
  organisations: SourceOrganisation[];
  sources: SourceSource[];
  claims: SourceClaim[];
  /** Named sets of hint terms (claims.json's `vocabulary`), used by hint groups. */
  vocabulary?: Record<string, SourceTermSet>;
}

export type SourceFileKind = 'dataset' | 'officials' | 'organisations' | 'sources' | 'claims';
export const SOURCE_FILE_KINDS: readonly SourceFileKind[] = [
  'dataset',
  'officials',
  'organisations',
  'sources',
  'claims',
];
/** Top-level array of each record file (dataset.json has none). */
export const RECORD_KEY: Record<Exclude<SourceFileKind, 'dataset'>, keyof SourceData> = {
  officials: 'officials',
  organisations: 'organisations',
  sources: 'sources',
  claims: 'claims',
};

export interface SourceFile {
  path: string;
  text: string;
}
