// `dataset review`: what is due for a maintainer's check before a release. Pure: the caller gives
// today's date, so the list is reproducible in tests.
import type { SourceData } from './source-types.ts';

export interface ReviewItem {
  /** "role": a role still open (no end date); "claim": a status that may have moved; "verify": an open question. */
  kind: 'role' | 'claim' | 'verify';
  /** Record id (official or claim). */
  id: string;
  /** Where in the record: "roles/0", "history/2", "" for the record itself. */
  where: string;
  /** Why it is due, in one line. */
  reason: string;
}

export interface ReviewOptions {
  /** YYYY-MM-DD. */
  today: string;
  /** An open role or movable claim not reviewed for this many days is due (default 90). */
  maxAgeDays?: number;
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to + 'T00:00:00Z') - Date.parse(from + 'T00:00:00Z')) / 86_400_000);
}

/** Statuses that later statements or events can still change. */
const MOVABLE = new Set(['unverified', 'disputed']);

export function reviewDue(data: SourceData, opts: ReviewOptions): ReviewItem[] {
  const max = opts.maxAgeDays ?? 90;
  const out: ReviewItem[] = [];
  const stale = (reviewed: string | undefined) =>
    !reviewed
      ? 'never reviewed'
      : daysBetween(reviewed, opts.today) > max
        ? `last reviewed ${reviewed}, over ${max} days ago`
        : undefined;
  for (const o of data.officials)
    o.roles.forEach((r, j) => {
      const where = `roles/${j}`;
      const why = r.to ? undefined : stale(r.reviewed);
      if (why) out.push({ kind: 'role', id: o.id, where, reason: `"${r.title}" has no end date and was ${why}` });
      if (r.verify) out.push({ kind: 'verify', id: o.id, where, reason: r.verify });
    });
  for (const c of data.claims) {
    const why = MOVABLE.has(c.status) ? stale(c.reviewed) : undefined;
    if (why) out.push({ kind: 'claim', id: c.id, where: '', reason: `status "${c.status}" may have moved; ${why}` });
    if (c.verify) out.push({ kind: 'verify', id: c.id, where: '', reason: c.verify });
    c.history.forEach((h, j) => {
      if (h.verify) out.push({ kind: 'verify', id: c.id, where: `history/${j}`, reason: h.verify });
    });
  }
  return out;
}

export function formatReview(items: ReviewItem[]): string {
  const lines = items.map((i) => `${i.kind.padEnd(6)} ${i.id}${i.where ? ` ${i.where}` : ''}: ${i.reason}`);
  const counts = (['role', 'claim', 'verify'] as const).map((k) => `${items.filter((i) => i.kind === k).length} ${k}`);
  return [...lines, `${items.length} due (${counts.join(', ')})`].join('\n') + '\n';
}
