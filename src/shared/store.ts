// Reading, writing and watching settings through the platform's storage area.
import browser from 'webextension-polyfill';
import { platform } from '../platform';
import { parseSettings, SETTINGS_KEY, USER_DATASETS_KEY, type Settings } from './settings';
import { parseUserDatasets, type UserDataset } from './datasets';

export async function loadSettings(): Promise<Settings> {
  const got = await platform.settingsArea().get(SETTINGS_KEY);
  return parseSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await platform.settingsArea().set({ [SETTINGS_KEY]: parseSettings(settings) });
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await saveSettings(next);
  return next;
}

/** Calls `onChange` with the new settings whenever they change anywhere; returns the unsubscribe. */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>): void => {
    if (SETTINGS_KEY in changes) onChange(parseSettings(changes[SETTINGS_KEY].newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

export async function loadUserDatasets(): Promise<UserDataset[]> {
  const got = await platform.datasetArea().get(USER_DATASETS_KEY);
  return parseUserDatasets(got[USER_DATASETS_KEY]);
}

export async function saveUserDatasets(list: UserDataset[]): Promise<void> {
  await platform.datasetArea().set({ [USER_DATASETS_KEY]: list });
}
