// How a claim status is shown everywhere: an icon and a word as well as a colour, so that status
// never depends on colour alone.
import { STATUS_ICON } from '../core/status-look';
import type { ClaimStatus } from '../core/types';
import { t } from './i18n';

const WORD_KEYS: Record<ClaimStatus, string> = {
  denied: 'statusDenied',
  confirmed: 'statusConfirmed',
  disputed: 'statusDisputed',
  unverified: 'statusUnverified',
};

export function statusIcon(status: ClaimStatus): string {
  return STATUS_ICON[status];
}

export function statusWord(status: ClaimStatus): string {
  return t(WORD_KEYS[status]);
}

export function statusClass(status: ClaimStatus): string {
  return `claimlens-status claimlens-status-${status}`;
}
