// Source files -> the compact index the extension loads. Output bytes depend only on the input:
// records sorted by id, keys written in a fixed order, no clock read anywhere.
import type {
  Alias,
  ClaimHints,
  CompiledClaim,
  CompiledDataset,
  CompiledOfficial,
  CompiledOrganisation,
  CompiledSource,
  HintLang,
  HistoryEntry,
  Role,
} from '../types.ts';
import { HINT_LANGS } from '../types.ts';
import type { SourceData, SourceHints } from './source-types.ts';
import { byId } from './text-utils.ts';
import { expandHints, type Vocabulary } from './vocabulary.ts';

// Building each object field by field drops unknown keys and fixes key order in one go.
function opt<T, K extends string>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, T>);
}

const alias = (a: Alias): Alias => ({
  text: a.text,
  lang: a.lang,
  ...opt('kind', a.kind),
  ...opt(
    'notWhen',
    a.notWhen && {
      ...opt('before', a.notWhen.before && [...a.notWhen.before]),
      ...opt('sentence', a.notWhen.sentence && [...a.notWhen.sentence]),
    },
  ),
});
const role = (r: Role): Role => ({
  title: r.title,
  ...opt('organisation', r.organisation),
  country: r.country,
  ...opt('from', r.from),
  ...opt('to', r.to),
  ...opt('seen', r.seen),
  ...opt('titles', r.titles?.length ? [...r.titles] : undefined),
});
// Maintainers' fields (maintainerNote, verify, reviewed) are left out here: they never reach a reader.
const entry = (h: HistoryEntry): HistoryEntry => ({
  status: h.status,
  date: h.date,
  ...opt('kind', h.kind),
  ...opt('by', h.by),
  ...opt('via', h.via),
  ...opt('quote', h.quote),
  ...opt('url', h.url),
  ...opt('rating', h.rating),
  ...opt('note', h.note),
});
function terms(t: Partial<Record<HintLang, string[]>>): Partial<Record<HintLang, string[]>> {
  const out: Partial<Record<HintLang, string[]>> = {};
  for (const l of HINT_LANGS) if (t[l]) out[l] = [...t[l]!];
  return out;
}
const hints = (h: SourceHints, vocabulary: Vocabulary | undefined): ClaimHints => {
  const plain = expandHints(h, vocabulary);
  return {
    groups: plain.groups.map((g) => ({
      name: g.name,
      terms: terms(g.terms),
      ...opt('anaphora', g.anaphora && { terms: terms(g.anaphora.terms), antecedents: terms(g.anaphora.antecedents) }),
    })),
    ...opt('exclude', plain.exclude && terms(plain.exclude)),
    ...opt('elsewhere', plain.elsewhere && { group: plain.elsewhere.group, terms: terms(plain.elsewhere.terms) }),
    ...opt('polarity', plain.polarity),
    ...opt('owns', plain.owns),
  };
};
function sortedRecord(rec: Record<string, string> | undefined): Record<string, string> | undefined {
  if (!rec) return undefined;
  const out: Record<string, string> = {};
  for (const k of Object.keys(rec).sort()) out[k] = rec[k];
  return out;
}

/** Compile already-validated source data (see validateDataset) into the index. */
export function compileDataset(data: SourceData): CompiledDataset {
  const officials: CompiledOfficial[] = [...data.officials].sort(byId).map((o) => ({
    id: o.id,
    name: o.name,
    aliases: o.aliases.map(alias),
    roles: o.roles.map(role),
    ...opt('titles', o.titles && [...o.titles]),
    ...opt('bySurname', o.bySurname || undefined),
    ...opt('wikidata', o.wikidata),
    ...opt('gender', o.gender),
  }));
  const organisations: CompiledOrganisation[] = [...data.organisations].sort(byId).map((o) => ({
    id: o.id,
    name: o.name,
    ...opt('country', o.country),
    ...opt('aliases', o.aliases?.map(alias)),
  }));
  const sources: CompiledSource[] = [...data.sources]
    .sort(byId)
    .map((s) => ({ id: s.id, name: s.name, kind: s.kind, ...opt('url', s.url) }));
  const claims: CompiledClaim[] = [...data.claims].sort(byId).map((c) => ({
    id: c.id,
    text: c.text,
    ...opt('lang', c.lang && c.lang !== 'en' ? c.lang : undefined),
    ...opt('translations', sortedRecord(c.translations)),
    ...opt('wordings', c.wordings?.length ? [...c.wordings] : undefined),
    about: [...c.about],
    status: c.status,
    history: c.history.map(entry),
    ...opt('hints', c.hints && hints(c.hints, data.vocabulary)),
  }));
  return {
    format: 1,
    version: data.meta.version,
    updated: data.meta.updated,
    license: data.meta.license,
    officials,
    organisations,
    sources,
    claims,
  };
}

/** Compact JSON with a trailing newline: the exact bytes `dataset compile` writes. */
export function serializeCompiled(d: CompiledDataset): string {
  return JSON.stringify(d) + '\n';
}
