// Flat annotation records: the one shape the CLI prints and the side panel exports, built from the
// matcher's mentions and the compiled dataset. Pure: no DOM, no Node APIs.
import { roleOnDate } from '../dates';
import type { ClaimStatus, CompiledDataset, CompiledOfficial, Mention, MentionKind, Reported } from '../types';

/** Where a claim's status comes from: one entry of the claim's history. */
export interface RecordSource {
  /** Outlet that carried the statement (dataset source name), or "" when unknown. */
  outlet: string;
  /** Link to the statement: the history entry's url, else the outlet's url, else "". */
  url: string;
  date: string;
  /** Who made the statement (official or organisation name), or "". */
  by: string;
  /** Their role on that date ("Minister of Foreign Affairs, Russia"), or "". */
  role: string;
}

/** One mention as the CLI's JSONL line (contract: DESIGN.md "CLI"); field order is the column order. */
export interface AnnotationRecord {
  page: string;
  kind: MentionKind;
  id: string;
  text: string;
  start: number;
  end: number;
  /** Official's canonical name; for a claim, the official it is attributed to, if any. */
  name: string | null;
  /** Canonical claim text (claims only). */
  claim: string | null;
  status: ClaimStatus | null;
  /** What this sentence does with the claim (claims only): asserted, denied, confirmed or mentioned. */
  reported: Reported | null;
  score: number;
  why: string[];
  sources: RecordSource[];
  datasetVersion: string;
  /** When the page was fetched, for a page read from a web archive (its WARC-Date), else null. */
  pageDate: string | null;
}

export const RECORD_FIELDS: readonly (keyof AnnotationRecord)[] = [
  'page',
  'kind',
  'id',
  'text',
  'start',
  'end',
  'name',
  'claim',
  'status',
  'reported',
  'score',
  'why',
  'sources',
  'datasetVersion',
  'pageDate',
];

/** Lookups built once per dataset, so that exporting thousands of pages stays linear. */
export interface DatasetIndex {
  dataset: CompiledDataset;
  officials: Map<string, CompiledOfficial>;
  organisations: Map<string, string>;
  sources: Map<string, { name: string; url?: string }>;
  claims: Map<string, CompiledDataset['claims'][number]>;
}

const indexCache = new WeakMap<CompiledDataset, DatasetIndex>();

export function indexDataset(dataset: CompiledDataset): DatasetIndex {
  const cached = indexCache.get(dataset);
  if (cached) return cached;
  const index: DatasetIndex = {
    dataset,
    officials: new Map(dataset.officials.map((o) => [o.id, o])),
    organisations: new Map(dataset.organisations.map((o) => [o.id, o.name])),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    claims: new Map(dataset.claims.map((c) => [c.id, c])),
  };
  indexCache.set(dataset, index);
  return index;
}

/** The role an official held on a date (the card's rule, src/core/dates.ts); "" when none covers it. */
function roleOn(official: CompiledOfficial, date: string): string {
  const role = roleOnDate(official.roles, date);
  if (!role) return '';
  return [role.title, role.organisation, role.country].filter(Boolean).join(', ');
}

/** The URL when it is http(s), else undefined. */
export function webUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const t = url.trim();
  return /^https?:\/\/[^\s]/i.test(t) ? t : undefined;
}

function sourcesOf(index: DatasetIndex, claimId: string): RecordSource[] {
  const claim = index.claims.get(claimId);
  if (!claim) return [];
  return claim.history.map((h) => {
    const outlet = h.via ? index.sources.get(h.via) : undefined;
    const official = h.by ? index.officials.get(h.by) : undefined;
    const by = official?.name ?? (h.by ? (index.organisations.get(h.by) ?? h.by) : '');
    return {
      outlet: outlet?.name ?? h.via ?? '',
      // Only web links leave in an export: a javascript:, data: or file: URL from an imported or
      // hand-edited dataset would run or open local files where the export is read.
      url: webUrl(h.url) ?? webUrl(outlet?.url) ?? '',
      date: h.date,
      by,
      role: official ? roleOn(official, h.date) : '',
    };
  });
}

/**
 * Turns the matcher's mentions on one page into records. `text` is taken from the page text at the
 * mention's offsets, so a record always quotes the page exactly even if a matcher reported otherwise.
 */
export function toRecords(
  mentions: readonly Mention[],
  dataset: CompiledDataset,
  page: string,
  pageText: string,
  pageDate: string | null = null,
): AnnotationRecord[] {
  const index = indexDataset(dataset);
  return mentions.map((m) => {
    const claim = m.kind === 'claim' ? index.claims.get(m.id) : undefined;
    const officialId = m.kind === 'claim' ? m.officialId : m.id;
    return {
      page,
      kind: m.kind,
      id: m.id,
      text: pageText.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      name: (officialId && index.officials.get(officialId)?.name) || null,
      claim: claim?.text ?? null,
      status: claim?.status ?? null,
      reported: m.kind === 'claim' ? (m.reported ?? null) : null,
      score: m.score,
      why: [...m.why],
      sources: m.kind === 'claim' ? sourcesOf(index, m.id) : [],
      datasetVersion: dataset.version,
      pageDate,
    };
  });
}

/** One JSON object per line, "\n"-terminated (JSON Lines). */
export function toJsonl(records: readonly AnnotationRecord[]): string {
  return records.map((r) => JSON.stringify(r) + '\n').join('');
}
