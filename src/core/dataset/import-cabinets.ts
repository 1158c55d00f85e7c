// Officials at world scale from the CC0 Wikidata cabinet tables (every-politician-scrapers, copied in
// ../shared/corpus/officials/cabinets-wikidata): heads of state and government and ministers with
// their Q-ids, positions and dates, merged under the curated records (curated wins; Q-ids and
// name + country join them).
//
// What is bundled, and why (see that folder's README.md and SOURCE.md):
// - only Wikidata query output (CC0): Q-ids, person labels, position labels, dates. The short titles
//   the upstream maintainer wrote (`wikidata/*-positions.csv`, repeated in holders21's `position`)
//   have no licence: they are used only to look up the position's Q-id, never copied; the role's
//   title is the position's Wikidata label (html/positions.csv).
// - the snapshots end in 2022-2023. A row with no end date is not "in office now": its role gets
//   `seen` (the snapshot date, or its own start when a later holder of the same post followed), so a
//   card on a later page says "unknown at that date" instead of a stale office.
// - imported officials get full-name aliases only (no surnames, no titles): they fire on a full name,
//   never on a bare surname that is also a word, a street or a company.
import { parseCsv } from './csv.ts';
import { comparePartialDates } from '../dates.ts';
import { nameKey } from '../text/normalise.ts';
import type { Alias, Role } from '../types.ts';
import type { SourceData, SourceOfficial, SourceRole } from './source-types.ts';
import { byId, dominantScript, slugify } from './text-utils.ts';

export interface CabinetCountry {
  /** Folder name in the corpus ("united-kingdom"). */
  folder: string;
  /** Country written into each role (ISO 3166-1 alpha-2, as the curated data does). */
  country: string;
  /** Date of the upstream snapshot (YYYY-MM-DD): the last day an open row is known to hold. */
  snapshot: string;
  /** html/holders21.csv */
  holders: string;
  /** html/positions.csv or wikidata/results/position-info.csv (Q-id -> Wikidata English label) */
  positions: string;
  /** wikidata/wanted-positions.csv (Q-id -> upstream title): lookup only, never copied. */
  wanted: string;
  /** Native-script label lists (sources/<x>/wikidata.csv), with their language. */
  native?: { lang: string; csv: string }[];
}

export interface CabinetsReport {
  countries: number;
  rows: number;
  /** Persons written as new officials. */
  imported: number;
  roles: number;
  /** Persons joined to a curated official (by Q-id or by name and country); their past roles added. */
  joined: number;
  /** Roles added to curated officials (only where no curated role overlaps them). */
  joinedRoles: number;
  nativeAliases: number;
  /** Open rows: known only up to `seen`. */
  openRows: number;
  skipped: Record<string, number>;
}

const TITLE_CASE = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

function table(csv: string): Record<string, string>[] {
  const rows = parseCsv(csv);
  const head = rows[0] ?? [];
  return rows.slice(1).map((r) => Object.fromEntries(head.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/** "Уткин, Олег Васильевич" / "Белоусова Ірина Анатоліївна" -> "Олег Уткин" / "Ірина Белоусова"; Japanese as is. */
export function nativeFullName(label: string, lang: string): string | undefined {
  const s = label.replace(/\s+/g, ' ').trim();
  if (!s) return undefined;
  if (lang === 'ja') return s.replace(/ /g, '').length >= 3 ? s : undefined;
  if (s.includes(',')) {
    const [surname, given] = s.split(',').map((x) => x.trim());
    const first = given?.split(' ')[0];
    return surname && first ? `${first} ${surname}` : undefined;
  }
  const words = s.split(' ');
  return words.length === 3 ? `${words[1]} ${words[0]}` : undefined;
}

/** A full name that is safe as an alias: two words or more (or three CJK characters). */
function usableName(name: string): boolean {
  const script = dominantScript(name);
  if (script === 'Han' || script === 'Kana' || script === 'Hangul') return name.replace(/\s/g, '').length >= 3;
  return name.trim().split(/\s+/).length >= 2 && !/^Q\d+$/.test(name);
}

const overlaps = (a: Role, b: Role) =>
  (!a.from || !(b.to ?? b.seen) || comparePartialDates(a.from, (b.to ?? b.seen)!) <= 0) &&
  (!b.from || !(a.to ?? a.seen) || comparePartialDates(b.from, (a.to ?? a.seen)!) <= 0);

export function importCabinets(
  countries: CabinetCountry[],
  curated: SourceData,
): { data: SourceData; report: CabinetsReport } {
  const report: CabinetsReport = {
    countries: countries.length,
    rows: 0,
    imported: 0,
    roles: 0,
    joined: 0,
    joinedRoles: 0,
    nativeAliases: 0,
    openRows: 0,
    skipped: {},
  };
  const skip = (why: string) => (report.skipped[why] = (report.skipped[why] ?? 0) + 1);

  // Curated officials, by Q-id and by name key + country, and every alias key they own.
  const officials = curated.officials.map((o) => ({ ...o, roles: o.roles.map((r) => ({ ...r })) }));
  const byQid = new Map<string, SourceOfficial>();
  const byNameCountry = new Map<string, SourceOfficial>();
  const aliasOwner = new Map<string, string>();
  const ids = new Set(
    [...curated.officials, ...curated.organisations, ...curated.sources, ...curated.claims].map((r) => r.id),
  );
  for (const o of officials) {
    if (o.wikidata) byQid.set(o.wikidata, o);
    const countries = new Set(o.roles.map((r) => r.country));
    for (const a of o.aliases) {
      if (a.kind === 'surname') continue;
      aliasOwner.set(nameKey(a.text), o.id);
      for (const c of countries) byNameCountry.set(`${nameKey(a.text)}|${c}`, o);
    }
  }

  interface Person {
    qid: string;
    name: string;
    country: string;
    roles: SourceRole[];
    native: Map<string, string>;
    /** Wikidata's P21 as the holders table gives it (78 of the folders have the column). */
    gender?: 'female' | 'male';
  }
  const persons = new Map<string, Person>();

  for (const c of countries) {
    // Upstream title -> position Q-ids; a title naming several positions cannot be resolved.
    const qidsOfTitle = new Map<string, string[]>();
    for (const r of table(c.wanted))
      if (r.position && r.title)
        (qidsOfTitle.get(r.title) ?? qidsOfTitle.set(r.title, []).get(r.title)!).push(r.position);
    // html/positions.csv (id, position) or, in the newer repositories, position-info.csv (position, positionLabel).
    const label = new Map(
      table(c.positions).map((r) => ('positionLabel' in r ? [r.position, r.positionLabel] : [r.id, r.position])),
    );
    const nativeOf = new Map<string, { lang: string; text: string }>();
    for (const n of c.native ?? [])
      for (const r of table(n.csv)) {
        const text = r.item && nativeFullName(r.itemLabel ?? '', n.lang);
        if (text) nativeOf.set(r.item, { lang: n.lang, text });
      }

    const rows = table(c.holders);
    report.rows += rows.length;
    // Starts of each post's holders, to close an open row that a later holder followed.
    const starts = new Map<string, string[]>();
    for (const r of rows)
      if (r.start && DATE.test(r.start))
        (starts.get(r.position) ?? starts.set(r.position, []).get(r.position)!).push(r.start);

    for (const r of rows) {
      const qids = qidsOfTitle.get(r.position);
      if (!qids) {
        skip('not a cabinet-level post');
        continue;
      }
      if (qids.length !== 1) {
        skip('post title names several positions');
        continue;
      }
      const title = label.get(qids[0]);
      if (!title) {
        skip('position without a Wikidata label');
        continue;
      }
      if (!/^Q\d+$/.test(r.personID) || !r.person || !usableName(r.person)) {
        skip('person without a usable full name');
        continue;
      }
      const role: SourceRole = { title: TITLE_CASE(title), country: c.country };
      if (DATE.test(r.start)) role.from = r.start;
      if (DATE.test(r.end)) role.to = r.end;
      else {
        report.openRows++;
        // A later start of the same post means this open row ended at some point we do not know.
        const later = (starts.get(r.position) ?? []).some((s) => role.from && comparePartialDates(s, role.from) > 0);
        role.seen = later && role.from ? role.from : c.snapshot;
      }
      if (role.from && role.to && comparePartialDates(role.to, role.from) < 0) {
        skip('role ends before it starts');
        continue;
      }
      let p = persons.get(r.personID);
      if (!p) {
        p = { qid: r.personID, name: r.person, country: c.country, roles: [], native: new Map() };
        persons.set(r.personID, p);
      }
      if (r.gender === 'female' || r.gender === 'male') p.gender ??= r.gender;
      const n = nativeOf.get(r.personID);
      if (n) p.native.set(n.lang, n.text);
      // The same statement twice (one open, one closed): keep the closed one.
      const dup = p.roles.findIndex((x) => x.title === role.title && x.from === role.from);
      if (dup >= 0) {
        if (!p.roles[dup].to && role.to) p.roles[dup] = role;
        continue;
      }
      p.roles.push(role);
    }
  }

  const added: SourceOfficial[] = [];
  for (const p of [...persons.values()].sort((a, b) => (a.qid < b.qid ? -1 : 1))) {
    const joined = byQid.get(p.qid) ?? byNameCountry.get(`${nameKey(p.name)}|${p.country}`);
    if (joined) {
      // Curated wins: only roles that no curated role overlaps are added (past terms, earlier posts).
      report.joined++;
      if (!joined.wikidata && !officials.some((o) => o.wikidata === p.qid)) joined.wikidata = p.qid;
      // Only for the same Wikidata item (the record had it, or the join by name just set it).
      if (!joined.gender && p.gender && joined.wikidata === p.qid) joined.gender = p.gender;
      for (const role of p.roles)
        if (!joined.roles.some((cur) => overlaps(cur, role))) {
          joined.roles.push(role);
          report.joinedRoles++;
        }
      continue;
    }
    const aliases: Alias[] = [];
    const want: Alias[] = [{ text: p.name, lang: 'en' }, ...[...p.native].map(([lang, text]) => ({ text, lang }))];
    const id0 = slugify(p.name, 40);
    const id = `${id0 && /^[a-z0-9]/.test(id0) ? id0 + '-' : 'wd-'}${p.qid.toLowerCase()}`;
    for (const a of want) {
      const key = nameKey(a.text);
      if (!key || aliasOwner.has(key) || aliases.some((x) => nameKey(x.text) === key)) {
        if (aliasOwner.has(key)) skip('alias shared with another official (namesake)');
        continue;
      }
      aliases.push(a);
      if (a.lang !== 'en') report.nativeAliases++;
    }
    if (!aliases.length || ids.has(id)) {
      skip(ids.has(id) ? 'id taken' : 'no alias left');
      continue;
    }
    for (const a of aliases) aliasOwner.set(nameKey(a.text), id);
    ids.add(id);
    const roles = p.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
    added.push({ id, name: p.name, aliases, roles, wikidata: p.qid, ...(p.gender ? { gender: p.gender } : {}) });
    report.imported++;
    report.roles += roles.length;
  }

  for (const o of officials) o.roles.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return {
    data: {
      meta: {
        ...curated.meta,
        profile: 'imported',
        license:
          `${curated.meta.license} for the curated records; officials imported from Wikidata ` +
          '(via every-politician-scrapers cabinet tables): CC0.',
      },
      officials: [...officials, ...added].sort(byId),
      organisations: curated.organisations,
      sources: curated.sources,
      claims: curated.claims,
      // The curated claims' hint groups use its term sets.
      ...(curated.vocabulary ? { vocabulary: curated.vocabulary } : {}),
    },
    report,
  };
}

/** Folders imported by default: heads of state and government and ministers of the major countries. */
export const CABINET_COUNTRIES: Record<string, string> = {
  'united-states': 'US',
  'united-kingdom': 'GB',
  france: 'FR',
  russia: 'RU',
  ukraine: 'UA',
  japan: 'JP',
  china: 'CN',
  india: 'IN',
  italy: 'IT',
  poland: 'PL',
  czechia: 'CZ',
  hungary: 'HU',
  slovakia: 'SK',
  turkey: 'TR',
  israel: 'IL',
  iran: 'IR',
  canada: 'CA',
  australia: 'AU',
  brazil: 'BR',
  'south-korea': 'KR',
  'north-korea': 'KP',
  spain: 'ES',
  belarus: 'BY',
  netherlands: 'NL',
  belgium: 'BE',
  sweden: 'SE',
  norway: 'NO',
  finland: 'FI',
  denmark: 'DK',
  austria: 'AT',
  greece: 'GR',
  portugal: 'PT',
  romania: 'RO',
  bulgaria: 'BG',
  estonia: 'EE',
  latvia: 'LV',
  lithuania: 'LT',
  moldova: 'MD',
  georgia: 'GE',
  ireland: 'IE',
  switzerland: 'CH',
  'saudi-arabia': 'SA',
  egypt: 'EG',
  mexico: 'MX',
  argentina: 'AR',
  'south-africa': 'ZA',
  indonesia: 'ID',
  pakistan: 'PK',
  kazakhstan: 'KZ',
  serbia: 'RS',
  croatia: 'HR',
  slovenia: 'SI',
  nigeria: 'NG',
};

/** Native-script label lists per folder (sources/<x>/wikidata.csv) and their language. */
export const CABINET_NATIVE_LANG: Record<string, string> = { russia: 'ru', ukraine: 'uk', japan: 'ja' };

/** Snapshot (commit) date per folder, from the corpus README's country table. */
export function snapshotDates(readme: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readme.split('\n')) {
    const m = /^\| ([a-z-]+) \| [^|]+ \| (\d{4}-\d{2}-\d{2}) \|/.exec(line);
    if (m) out.set(m[1], m[2]);
  }
  return out;
}
