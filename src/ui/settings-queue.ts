// Settings changes from one page, applied one after another: each change reads the stored settings
// and writes them back, so two quick clicks run concurrently would otherwise lose the first.
import type { Settings } from '../shared/settings';
import { updateSettings } from '../shared/store';

let queue: Promise<unknown> = Promise.resolve();

export function queueSettingsChange(change: (s: Settings) => Settings): Promise<Settings> {
  const next = queue.then(() => updateSettings(change));
  queue = next.catch(() => undefined);
  return next;
}
