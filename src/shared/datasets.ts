// The datasets a page is matched against: the bundled index plus any the researcher loaded in the
// options page (kept in storage.local, never sent anywhere). Pure: store.ts reads them from storage.
import { checkCompiled } from '../core/dataset/check-compiled';
import type { CompiledDataset } from '../core/types';

export interface UserDataset {
  name: string;
  addedAt: string;
  dataset: CompiledDataset;
  /** Set to CHECKED by the options page once the whole dataset passed checkCompiled. */
  checked?: number;
}

/** The version of checkCompiled a stored dataset passed (bump when the check grows). */
export const CHECKED = 1;

/**
 * A dataset read back from storage: one the options page checked whole with this version of the check
 * is taken as it is (pages need not re-read 10,000 claims on every load); any other (stored by an older
 * version, or damaged) is checked like a file being loaded and left out if it fails, so that it cannot
 * stop annotation everywhere.
 */
function isCompiledDataset(d: unknown, checked: unknown): d is CompiledDataset {
  if (!d || typeof d !== 'object') return false;
  const r = d as Record<string, unknown>;
  if (r.format !== 1) return false;
  if (checked === CHECKED)
    return (
      typeof r.version === 'string' &&
      ['officials', 'organisations', 'sources', 'claims'].every((k) => Array.isArray(r[k]))
    );
  return checkCompiled('stored dataset', r).length === 0;
}

export function parseUserDatasets(raw: unknown): UserDataset[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (u): u is UserDataset =>
      !!u &&
      typeof u === 'object' &&
      typeof (u as UserDataset).name === 'string' &&
      isCompiledDataset((u as UserDataset).dataset, (u as UserDataset).checked),
  );
}

/**
 * One dataset from several: records keep the first dataset's version of an id (the bundled data
 * wins over a loaded file that reuses an id), and the version names every part.
 */
export function mergeDatasets(base: CompiledDataset, extra: readonly UserDataset[]): CompiledDataset {
  if (extra.length === 0) return base;
  const merged: CompiledDataset = {
    ...base,
    version: [base.version, ...extra.map((u) => `${u.name} ${u.dataset.version}`)].join(' + '),
    officials: [...base.officials],
    organisations: [...base.organisations],
    sources: [...base.sources],
    claims: [...base.claims],
  };
  for (const key of ['officials', 'organisations', 'sources', 'claims'] as const) {
    const seen = new Set<string>(merged[key].map((r) => r.id));
    for (const u of extra) {
      for (const record of u.dataset[key]) {
        if (seen.has(record.id)) continue;
        seen.add(record.id);
        (merged[key] as { id: string }[]).push(record);
      }
    }
  }
  return merged;
}
