// One status table for every surface (badge, card, popup, panel): the icon and the message keys of each
// claim status and of each `reported` stance, so a badge and its card never disagree on a glyph or word.
import type { ClaimStatus, Reported } from './types';

/** One glyph per status. Plain text glyphs (no emoji presentation), each readable without colour. */
export const STATUS_ICON: Readonly<Record<ClaimStatus, string>> = {
  denied: '\u2715', // ✕
  confirmed: '\u2713', // ✓
  disputed: '!',
  unverified: '?',
};

/** _locales keys: the status as a badge says it ("Denied claim"). */
export const BADGE_STATUS_KEY: Readonly<Record<ClaimStatus, string>> = {
  denied: 'badgeClaimDenied',
  confirmed: 'badgeClaimConfirmed',
  disputed: 'badgeClaimDisputed',
  unverified: 'badgeClaimUnverified',
};

/** _locales keys: what the sentence does with the claim ("reported as denied"). */
export const REPORTED_KEY: Readonly<Record<Reported, string>> = {
  asserted: 'badgeReportedAsserted',
  denied: 'badgeReportedDenied',
  confirmed: 'badgeReportedConfirmed',
  mentioned: 'badgeReportedMentioned',
};

/**
 * Whether the sentence goes against the verdict: it states as fact (or confirms) a claim rated
 * denied, or denies one rated confirmed. Only then does the highlight warn; a sentence that reports
 * a denial, or merely raises a claim, is telling the truth and gets a calm marker.
 */
export function contradictsVerdict(status: ClaimStatus | undefined, reported: Reported | undefined): boolean {
  if (status === 'denied') return reported === 'asserted' || reported === 'confirmed';
  if (status === 'confirmed') return reported === 'denied';
  return false;
}
