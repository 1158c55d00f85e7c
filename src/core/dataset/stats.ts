// Counts maintainers ask for before a release: claims by status, hint and alias languages, outlets.
import { CLAIM_STATUSES, HINT_LANGS, type ClaimStatus } from '../types.ts';
import type { SourceData } from './source-types.ts';
import { expandHints } from './vocabulary.ts';

export interface DatasetStats {
  officials: number;
  organisations: number;
  sources: number;
  claims: number;
  byStatus: Record<ClaimStatus, number>;
  /** Claims with at least one hint term in each language. */
  hintLangs: Record<string, number>;
  /** Official aliases per primary language subtag ("ru-Latn" counts as "ru-Latn", kept apart from "ru"). */
  aliasLangs: Record<string, number>;
  /** History entries per outlet (source name), most first. */
  byOutlet: Record<string, number>;
}

function sortedCounts(m: Map<string, number>): Record<string, number> {
  return Object.fromEntries([...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
}

export function datasetStats(d: SourceData): DatasetStats {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
  const hint = new Map<string, number>(HINT_LANGS.map((l) => [l, 0]));
  const alias = new Map<string, number>();
  const outlet = new Map<string, number>();
  const sourceName = new Map(d.sources.map((s) => [s.id, s.name]));
  for (const c of d.claims) {
    byStatus[c.status]++;
    const groups = c.hints ? expandHints(c.hints, d.vocabulary).groups : [];
    for (const l of HINT_LANGS) if (groups.some((g) => g.terms[l]?.length)) hint.set(l, hint.get(l)! + 1);
    for (const h of c.history) {
      const name = h.via ? (sourceName.get(h.via) ?? h.via) : '(no outlet)';
      outlet.set(name, (outlet.get(name) ?? 0) + 1);
    }
  }
  for (const o of d.officials) for (const a of o.aliases) alias.set(a.lang, (alias.get(a.lang) ?? 0) + 1);
  return {
    officials: d.officials.length,
    organisations: d.organisations.length,
    sources: d.sources.length,
    claims: d.claims.length,
    byStatus,
    hintLangs: Object.fromEntries(hint),
    aliasLangs: sortedCounts(alias),
    byOutlet: sortedCounts(outlet),
  };
}

export function formatStats(s: DatasetStats): string {
  const block = (title: string, m: Record<string, number>) =>
    [`${title}:`, ...Object.entries(m).map(([k, v]) => `  ${String(v).padStart(6)}  ${k}`)].join('\n');
  return (
    [
      `officials ${s.officials}, organisations ${s.organisations}, sources ${s.sources}, claims ${s.claims}`,
      block('claims by status', s.byStatus),
      block('claims with hints per language', s.hintLangs),
      block('official aliases per language', s.aliasLangs),
      block('history entries per outlet', s.byOutlet),
    ].join('\n') + '\n'
  );
}
