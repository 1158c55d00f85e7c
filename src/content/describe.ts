// Words for an annotation, from the dataset: the badge's visible words, its accessible name and the
// list title. All through _locales (the content script passes browser.i18n); English when none is given.
import { recordLookup } from '../core/match/records';
import { roleAt, roleTitle } from '../core/dates';
import { BADGE_STATUS_KEY, REPORTED_KEY } from '../core/status-look';
import type { ClaimStatus, CompiledDataset, Mention } from '../core/types';

export type Translate = (key: string, subs?: (string | number)[]) => string;

export interface Describer {
  statusOf(m: Mention): ClaimStatus | undefined;
  label(m: Mention): string;
  title(m: Mention): string;
  /** What the badge shows after its icon: "Denied claim · reported as denied", "Lavrov". */
  word(m: Mention): string;
  /** Words and accessible name of one badge standing for several claims of one sentence. */
  groupWord(ms: readonly Mention[]): string;
  groupLabel(ms: readonly Mention[]): string;
}

const LABEL_STATUS_KEY: Record<ClaimStatus, string> = {
  denied: 'labelStatusDenied',
  confirmed: 'labelStatusConfirmed',
  disputed: 'labelStatusDisputed',
  unverified: 'labelStatusUnverified',
};

/** public/_locales/en's wording of the keys used here (a unit test keeps the two equal). */
export const ENGLISH: Readonly<Record<string, string>> = {
  badgeClaimDenied: 'Denied claim',
  badgeClaimConfirmed: 'Confirmed claim',
  badgeClaimDisputed: 'Disputed claim',
  badgeClaimUnverified: 'Unverified claim',
  badgeReportedAsserted: 'stated as fact',
  badgeReportedDenied: 'reported as denied',
  badgeReportedConfirmed: 'reported as confirmed',
  badgeReportedMentioned: 'mentioned',
  badgeClaims: '$1 claims',
  badgeSaid: 'Said',
  labelClaim: 'Claim $1: $2',
  labelClaimReported: 'Claim $1: $2 ($3)',
  labelClaims: '$1 claims: $2',
  labelOfficial: 'Official: $1',
  labelOfficialRole: 'Official: $1, $2',
  labelAttribution: 'Attribution: $1',
  labelAttributionVerb: 'Attribution: $1 ($2)',
  labelStatusDenied: 'denied',
  labelStatusConfirmed: 'confirmed',
  labelStatusDisputed: 'disputed',
  labelStatusUnverified: 'unverified',
};

export const english: Translate = (key, subs = []) =>
  (ENGLISH[key] ?? key).replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));

/** "Sergey Lavrov" -> "Lavrov": the pill names the person in the fewest words. */
export function shortName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts[parts.length - 1] || name;
}

/**
 * `pageDate` is the article's date (or a function read at each label: a single-page site's article may
 * change): the label names the role held then, as the card does (one rule, src/core/dates.ts), and no
 * role when none is known for that date.
 */
export function createDescriber(
  dataset: CompiledDataset,
  pageDate?: string | (() => string | undefined),
  t: Translate = english,
): Describer {
  const dateNow = typeof pageDate === 'function' ? pageDate : () => pageDate;
  // Records by id, parsed one by one when the dataset came from its pack (core/match/records.ts).
  const { claim, official } = recordLookup(dataset);
  const claims = { get: claim };
  const officials = { get: official };
  const officialName = (id: string | undefined): string => (id && officials.get(id)?.name) || id || '';
  function label(m: Mention): string {
    if (m.kind === 'claim') {
      const c = claims.get(m.id);
      if (!c) return `${t('labelClaim', ['', m.id])}`.replace(/\s+:/, ':');
      const status = t(LABEL_STATUS_KEY[c.status]);
      return m.reported
        ? t('labelClaimReported', [status, c.text, t(REPORTED_KEY[m.reported])])
        : t('labelClaim', [status, c.text]);
    }
    const o = officials.get(m.id);
    const role = o && roleTitle(roleAt(o.roles, dateNow()));
    if (m.kind === 'official')
      return role ? t('labelOfficialRole', [officialName(m.id), role]) : t('labelOfficial', [officialName(m.id)]);
    return m.verb
      ? t('labelAttributionVerb', [officialName(m.id), m.verb])
      : t('labelAttribution', [officialName(m.id)]);
  }
  function word(m: Mention): string {
    if (m.kind === 'official') return shortName(officialName(m.id));
    if (m.kind === 'attribution') return t('badgeSaid');
    const c = claims.get(m.id);
    if (!c) return t('badgeClaimUnverified');
    const status = t(BADGE_STATUS_KEY[c.status]);
    return m.reported ? `${status} \u00B7 ${t(REPORTED_KEY[m.reported])}` : status;
  }
  return {
    statusOf: (m) => (m.kind === 'claim' ? claims.get(m.id)?.status : undefined),
    title: (m) => (m.kind === 'claim' ? (claims.get(m.id)?.text ?? m.id) : officialName(m.id)),
    label,
    word,
    groupWord: (ms) => (ms.length === 1 ? word(ms[0]) : t('badgeClaims', [ms.length])),
    groupLabel: (ms) => (ms.length === 1 ? label(ms[0]) : t('labelClaims', [ms.length, ms.map(label).join('; ')])),
  };
}
