// Officials from Popolo JSON (EveryPolitician): persons with their multilingual other_names, and
// roles from memberships, legislative periods and the legislature's name.
import { LIMITS } from './schemas.ts';
import type { SourceData, SourceOfficial } from './source-types.ts';
import type { Alias, Role } from '../types.ts';
import {
  byId,
  countTable,
  lookup,
  dominantScript,
  findMarkup,
  isValidDate,
  isWellFormedLangTag,
  shortHash,
  slugify,
} from './text-utils.ts';
import { aliasLang, normaliseDate } from './import-claimreview.ts';
import { nameKey } from '../text/normalise.ts';

export interface PopoloOptions {
  input?: string;
  /** Country written into each role; EveryPolitician files do not name it. */
  country?: string;
  /** Language of the primary `name` when known (default: guessed from its script as und-<Script>). */
  lang?: string;
  /** Prefix for official ids, to keep several legislatures apart ("ru-duma"). */
  idPrefix?: string;
  /** Ids already taken (other files imported in the same run): new ids avoid them. */
  usedIds?: Set<string>;
  /** Normalised alias -> official id, shared across files so namesakes are caught across countries. */
  aliasOwners?: Map<string, string>;
}

export interface PopoloReport {
  input: string;
  persons: number;
  imported: number;
  aliases: number;
  /** Aliases per language tag. */
  byLang: Record<string, number>;
  /** Aliases left out because another person already has them (namesakes). */
  droppedSharedAliases: number;
  skipped: Record<string, number>;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() ? v.replace(/\s+/g, ' ').trim() : undefined;

const PATRONYMIC = /(?:вич|вна|чна|ична|івна|ївна)$/u;

// Language of a legislature's own spelling of names, when the name is in that language's script.
const COUNTRY_LANG: Record<string, [string, string]> = {
  russia: ['ru', 'Cyrillic'],
  ukraine: ['uk', 'Cyrillic'],
  bulgaria: ['bg', 'Cyrillic'],
  belarus: ['be', 'Cyrillic'],
  serbia: ['sr', 'Cyrillic'],
  japan: ['ja', 'Han'],
  'south korea': ['ko', 'Hangul'],
  greece: ['el', 'Greek'],
  israel: ['he', 'Hebrew'],
  uk: ['en', 'Latin'],
  'united kingdom': ['en', 'Latin'],
  france: ['fr', 'Latin'],
  norway: ['nb', 'Latin'],
  'czech republic': ['cs', 'Latin'],
  germany: ['de', 'Latin'],
  italy: ['it', 'Latin'],
  spain: ['es', 'Latin'],
  poland: ['pl', 'Latin'],
  canada: ['en', 'Latin'],
  australia: ['en', 'Latin'],
};
function countryLang(country: string | undefined, name: string): string | undefined {
  const hit = country ? lookup(COUNTRY_LANG, country.toLowerCase()) : undefined;
  const script = dominantScript(name);
  return hit && (hit[1] === script || (hit[1] === 'Han' && script === 'Kana')) ? hit[0] : undefined;
}

// Wikidata language codes that are not BCP-47 as written.
const LANG_FIX: Record<string, string> = {
  cn: 'zh',
  'zh-hans': 'zh-Hans',
  'zh-hant': 'zh-Hant',
  'be-tarask': 'be',
  'be-x-old': 'be',
  simple: 'en',
};

export function importPopolo(text: string, options: PopoloOptions = {}): { data: SourceData; report: PopoloReport } {
  const doc: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
  if (!isObj(doc) || !Array.isArray(doc.persons)) throw new Error('not a Popolo document: no "persons" array');
  const report: PopoloReport = {
    input: options.input ?? '',
    persons: doc.persons.length,
    imported: 0,
    aliases: 0,
    byLang: countTable(),
    droppedSharedAliases: 0,
    skipped: countTable(),
  };
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);

  const orgs = new Map<string, string>();
  for (const o of Array.isArray(doc.organizations) ? doc.organizations : [])
    if (isObj(o) && str(o.id) && str(o.name)) orgs.set(o.id as string, str(o.name)!);
  const events = new Map<string, Obj>();
  for (const e of Array.isArray(doc.events) ? doc.events : []) if (isObj(e) && str(e.id)) events.set(e.id as string, e);
  const memberships = new Map<string, Obj[]>();
  for (const m of Array.isArray(doc.memberships) ? doc.memberships : [])
    if (isObj(m) && str(m.person_id))
      memberships.set(m.person_id as string, [...(memberships.get(m.person_id as string) ?? []), m]);

  const used = options.usedIds ?? new Set<string>();
  const owners = options.aliasOwners ?? new Map<string, string>();
  const country = options.country ?? 'unknown';
  const officials: SourceOfficial[] = [];

  // Persons in id order, so that which namesake keeps a shared alias does not depend on file order.
  const persons = (doc.persons as unknown[]).filter(isObj).sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
  for (const p of persons) {
    const name = str(p.name);
    if (!name || name.length > LIMITS.name || findMarkup(name)) {
      bump(report.skipped, 'no usable name');
      continue;
    }
    const primaryLang = (t: string) => options.lang ?? countryLang(options.country, t) ?? aliasLang(t);
    const candidates: Alias[] = [{ text: name, lang: primaryLang(name) }];
    const given = str(p.given_name);
    const family = str(p.family_name);
    // "Абалаков Александр Николаевич" is written "Александр Абалаков" in running text.
    if (given && family) candidates.push({ text: `${given} ${family}`, lang: primaryLang(`${given} ${family}`) });
    else {
      const t = name.split(' ');
      if (t.length === 3 && PATRONYMIC.test(t[2]))
        candidates.push({ text: `${t[1]} ${t[0]}`, lang: primaryLang(name) });
    }
    for (const o of Array.isArray(p.other_names) ? p.other_names : []) {
      if (!isObj(o)) continue;
      const t = str(o.name);
      if (!t) continue;
      const raw = str(o.lang);
      const lang = raw ? (lookup(LANG_FIX, raw.toLowerCase()) ?? raw) : aliasLang(t);
      candidates.push({ text: t, lang: isWellFormedLangTag(lang) ? lang : aliasLang(t) });
    }
    const pid = String(p.id ?? '');
    const baseId = `${options.idPrefix ? options.idPrefix + '-' : ''}${slugify(name, 40) || `p-${shortHash(pid)}`}`;
    let id = baseId;
    for (let n = 2; used.has(id); n++) id = `${baseId}-${n}`;

    const aliases: Alias[] = [];
    const own = new Set<string>();
    for (const a of candidates) {
      const norm = nameKey(a.text);
      if (
        !norm ||
        own.has(norm) ||
        a.text.length > LIMITS.name ||
        findMarkup(a.text) ||
        dominantScript(a.text) === undefined
      )
        continue;
      const owner = owners.get(norm);
      if (owner && owner !== id) {
        report.droppedSharedAliases++;
        continue;
      }
      own.add(norm);
      aliases.push(a);
    }
    if (aliases.length === 0) {
      bump(
        report.skipped,
        'every name already belongs to another person (a namesake, or the same person under a second record)',
      );
      continue;
    }
    used.add(id);
    for (const n of own) owners.set(n, id);
    for (const a of aliases) bump(report.byLang, a.lang);
    report.aliases += aliases.length;

    const roles: Role[] = [];
    const seen = new Set<string>();
    for (const m of memberships.get(pid) ?? []) {
      const org = orgs.get(String(m.organization_id)) ?? 'legislature';
      const ev = events.get(String(m.legislative_period_id));
      const from = normaliseDate(str(m.start_date) ?? str(ev?.start_date));
      const to = normaliseDate(str(m.end_date) ?? str(ev?.end_date));
      const role: Role = {
        title: `Member of ${org}`.slice(0, LIMITS.name),
        organisation: org.slice(0, LIMITS.name),
        country,
      };
      if (from && isValidDate(from)) role.from = from;
      if (to && isValidDate(to) && (!role.from || to >= role.from)) role.to = to;
      const key = JSON.stringify(role);
      if (!seen.has(key)) {
        seen.add(key);
        roles.push(role);
      }
    }
    const wikidata = Array.isArray(p.identifiers)
      ? p.identifiers.find(
          (x): x is Obj => isObj(x) && x.scheme === 'wikidata' && /^Q[1-9]\d*$/.test(String(x.identifier)),
        )
      : undefined;
    officials.push({ id, name, aliases, roles, ...(wikidata ? { wikidata: String(wikidata.identifier) } : {}) });
    report.imported++;
  }

  return {
    data: {
      meta: {
        $schema: './schema/dataset.schema.json',
        version: '2015.11.30',
        updated: '2015-11-30',
        license: 'EveryPolitician data (mySociety); names from Wikidata are CC0, the rest unverified.',
        description: `Officials imported from Popolo JSON${options.input ? ` (${options.input})` : ''}.`,
        profile: 'imported',
      },
      officials: officials.sort(byId),
      organisations: [],
      sources: [],
      claims: [],
    },
    report,
  };
}

export interface MergeReport {
  /** Officials of a later part folded into an earlier one with the same id or the same full name. */
  mergedOfficials: number;
  /** Aliases of a later official left out because an earlier official already has them. */
  droppedAliases: number;
  /** Organisations, sources and claims whose id was already taken by an earlier part. */
  droppedRecords: number;
}

/**
 * Several imports into one dataset (Popolo officials + LIAR claims for the benchmark's scale set).
 * Earlier parts win. A later official whose every full-name alias is already taken is the same
 * person under another id; claims that point at it are pointed at the earlier record, so the result
 * still validates.
 */
export function mergeSourceData(
  parts: SourceData[],
  meta?: Partial<SourceData['meta']>,
  report?: MergeReport,
): SourceData {
  const rep: MergeReport = report ?? { mergedOfficials: 0, droppedAliases: 0, droppedRecords: 0 };
  const ids = new Set<string>();
  const owners = new Map<string, string>();
  const remap = new Map<string, string>();
  const officials: SourceOfficial[] = [];
  for (const part of parts)
    for (const o of part.officials) {
      if (ids.has(o.id)) {
        rep.mergedOfficials++;
        continue;
      }
      const kept = o.aliases.filter((a) => {
        const owner = owners.get(nameKey(a.text));
        if (owner && owner !== o.id && a.kind !== 'surname') {
          rep.droppedAliases++;
          return false;
        }
        return true;
      });
      const full = kept.filter((a) => a.kind !== 'surname');
      if (full.length === 0) {
        const first = o.aliases.find((a) => a.kind !== 'surname');
        const owner = first && owners.get(nameKey(first.text));
        if (owner) remap.set(o.id, owner);
        rep.mergedOfficials++;
        continue;
      }
      ids.add(o.id);
      for (const a of full) owners.set(nameKey(a.text), o.id);
      officials.push(kept.length === o.aliases.length ? o : { ...o, aliases: kept });
    }
  const pick = <T extends { id: string }>(lists: T[][]): T[] => {
    const out: T[] = [];
    for (const list of lists)
      for (const r of list) {
        if (ids.has(r.id)) {
          rep.droppedRecords++;
          continue;
        }
        ids.add(r.id);
        out.push(r);
      }
    return out.sort(byId);
  };
  const organisations = pick(parts.map((p) => p.organisations));
  const sources = pick(parts.map((p) => p.sources));
  const re = (id: string) => remap.get(id) ?? id;
  const claims = pick(parts.map((p) => p.claims)).map((c) =>
    c.about.some((id) => remap.has(id)) || c.history.some((h) => h.by && remap.has(h.by))
      ? {
          ...c,
          about: [...new Set(c.about.map(re))],
          history: c.history.map((h) => (h.by ? { ...h, by: re(h.by) } : h)),
        }
      : c,
  );
  const latest =
    parts
      .map((p) => p.meta.updated)
      .sort()
      .pop() ?? '1970-01-01';
  return {
    meta: {
      ...parts[0]?.meta,
      updated: latest,
      version: latest.replace(/-/g, '.'),
      license: parts
        .map((p) => p.meta.license)
        .filter((v, i, a) => a.indexOf(v) === i)
        .join(' '),
      profile: 'imported',
      ...meta,
    },
    officials: officials.sort(byId),
    organisations,
    sources,
    claims,
  };
}
