// Partial ISO dates ("2024", "2024-05", "2024-05-03") and the role an official held on one. One
// module, so the validator, the card, the export and the CLI all answer "which role on that date"
// the same way.
import type { Role } from './types.ts';

/**
 * Compares two partial dates on their common prefix: "2024" and "2024-05-03" compare equal, since
 * the day may lie in that year. So a role from "2024-05" to "2024" is not "ending before it starts".
 */
export function comparePartialDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether the role may have been held on `date` (both ends inclusive, on the common prefix). */
export function roleCovers(role: Role, date: string): boolean {
  const end = role.to ?? role.seen;
  return (!role.from || comparePartialDates(role.from, date) <= 0) && (!end || comparePartialDates(end, date) >= 0);
}

/** Latest start first; a role without a start sorts last. */
function byStartDesc(roles: readonly Role[]): Role[] {
  return [...roles].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''));
}

/**
 * The role held on `date`: of those covering it, the one started last. None when no role covers the
 * date (never "the first role" instead: a 2016 page must not call Rubio Secretary of State).
 */
export function roleOnDate(roles: readonly Role[], date: string): Role | undefined {
  return byStartDesc(roles).find((r) => roleCovers(r, date));
}

/** The current role: one without an end date (latest started), else none. A role only `seen` open is not current. */
export function currentRole(roles: readonly Role[]): Role | undefined {
  return byStartDesc(roles).find((r) => !r.to && !r.seen);
}

/** The role on `date` when given, else the current role, else the most recent one. */
export function roleAt(roles: readonly Role[], date?: string): Role | undefined {
  if (date) return roleOnDate(roles, date);
  return currentRole(roles) ?? byStartDesc(roles)[0];
}

/** "Minister of Foreign Affairs, Government of Russia": title and organisation. */
export function roleTitle(role: Role | undefined): string | undefined {
  if (!role) return undefined;
  return role.organisation ? `${role.title}, ${role.organisation}` : role.title;
}
