// The packed matcher index of the bundled dataset merged with the reader's own datasets, built once by
// the options page when a dataset is loaded or removed and kept in extension storage, so pages restore
// the matcher (tens of milliseconds) instead of building it (about a second for 10,000 claims).
import { packMatcher } from '../core/match';
import { decodePack, type Pack } from '../core/match/pack';
import type { CompiledDataset } from '../core/types';
import { platform } from '../platform';
import { mergeDatasets, type UserDataset } from './datasets';
import { gunzipBase64, gzipBase64 } from './gzip-base64';
import { USER_INDEX_KEY } from './settings';

/**
 * Builds and stores the index for `list` over `bundled` (removes it when the list is empty). Returns
 * false when it could not be stored (over the storage quota): pages then build the matcher themselves.
 */
export async function storeUserIndex(bundled: CompiledDataset, list: readonly UserDataset[]): Promise<boolean> {
  const area = platform.datasetArea();
  if (list.length === 0) {
    await area.remove(USER_INDEX_KEY);
    return true;
  }
  const text = await gzipBase64(packMatcher(mergeDatasets(bundled, list)));
  try {
    await area.set({ [USER_INDEX_KEY]: text });
    return true;
  } catch {
    await area.remove(USER_INDEX_KEY).catch(() => undefined);
    return false;
  }
}

/** The stored index, if any and readable (createMatcher then checks it belongs to the merged dataset). */
export async function loadUserIndex(): Promise<Pack | undefined> {
  const got = (await platform.datasetArea().get(USER_INDEX_KEY))[USER_INDEX_KEY];
  if (typeof got !== 'string' || !got) return undefined;
  return decodePack(await gunzipBase64(got));
}
