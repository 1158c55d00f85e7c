// Words for an annotation, from the dataset: the badge's accessible name and the list title.
import { roleAt, roleTitle } from '../core/dates';
import type { ClaimStatus, CompiledDataset, Mention } from '../core/types';

export interface Describer {
  statusOf(m: Mention): ClaimStatus | undefined;
  label(m: Mention): string;
  title(m: Mention): string;
}

const STATUS_WORD: Record<ClaimStatus, string> = {
  denied: 'denied',
  confirmed: 'confirmed',
  disputed: 'disputed',
  unverified: 'unverified',
};

/**
 * `pageDate` is the article's date: the label names the role held then, as the card does (one rule,
 * src/core/dates.ts), and no role when none is known for that date.
 */
export function createDescriber(dataset: CompiledDataset, pageDate?: string): Describer {
  const claims = new Map(dataset.claims.map((c) => [c.id, c]));
  const officials = new Map(dataset.officials.map((o) => [o.id, o]));
  const officialName = (id: string | undefined): string => (id && officials.get(id)?.name) || id || '';
  return {
    statusOf: (m) => (m.kind === 'claim' ? claims.get(m.id)?.status : undefined),
    title: (m) => (m.kind === 'claim' ? (claims.get(m.id)?.text ?? m.id) : officialName(m.id)),
    label(m) {
      if (m.kind === 'claim') {
        const c = claims.get(m.id);
        return c ? `Claim ${STATUS_WORD[c.status]}: ${c.text}` : `Claim: ${m.id}`;
      }
      const o = officials.get(m.id);
      const role = o && roleTitle(roleAt(o.roles, pageDate));
      if (m.kind === 'official') return `Official: ${officialName(m.id)}${role ? `, ${role}` : ''}`;
      return `Attribution: ${officialName(m.id)}${m.verb ? ` (${m.verb})` : ''}`;
    },
  };
}
