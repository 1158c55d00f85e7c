// Content script entry: wires the dataset, matcher, DOM annotator and card to settings and
// messages. It keeps everything on the page: no page text, URL or match is ever sent out.
import browser from 'webextension-polyfill';
import { createPageSession, type SessionData } from './page-session';
import { readBundled, type Bundled, type BundledSource } from './bundled';
import { mergeDatasets } from '../shared/datasets';
import { loadUserDatasets } from '../shared/store';
import { loadUserIndex } from '../shared/user-index';
import { USER_DATASETS_KEY } from '../shared/settings';

/** Set by dataset.ts, which the manifest runs first in this same isolated world. */
const source = (globalThis as { claimlensBundled?: BundledSource }).claimlensBundled;
const CONTEXT_CHECK_MS = 2000;
const lifetime = new AbortController();
let session: AbortController | undefined;
/** Read once per page, on first need (a dataset change in the options page merges again). */
let bundled: Promise<Bundled> | undefined;

/** The data to annotate with: read only when the page session first needs it (see createPageSession). */
async function load(): Promise<SessionData> {
  if (!source) throw new Error('ClaimLens: the bundled dataset did not load before the content script');
  const [b, extra] = await Promise.all([(bundled ??= readBundled(source)), loadUserDatasets().catch(() => [])]);
  if (!extra.length) return b;
  // With datasets of your own: the merged index the options page stored, when it is theirs (packFits).
  const packed = await loadUserIndex().catch(() => undefined);
  return { dataset: mergeDatasets(b.dataset, extra), packed };
}

async function run(): Promise<void> {
  session?.abort();
  const abort = new AbortController();
  session = abort;
  if (lifetime.signal.aborted) return;
  const page = createPageSession(document, load);
  abort.signal.addEventListener('abort', () => page.destroy(), { once: true });
  await page.start();
}

function onStorage(changes: Record<string, unknown>, area: string): void {
  // A dataset loaded or removed in the options page applies to open tabs at once.
  if (area === 'local' && USER_DATASETS_KEY in changes) void run();
}

// When the extension is reloaded, updated or removed, this script lives on in the page but its
// context is invalidated: runtime.id disappears. (A port is no signal: MV3 service workers stop
// when idle and disconnect it.) No page event can stop us: a page could send it. Where a browser
// injects the new version into open tabs, the new annotator sweeps badges that are not its own.
const contextCheck = setInterval(() => {
  let alive = false;
  try {
    alive = !!browser.runtime?.id;
  } catch {
    alive = false;
  }
  if (!alive) lifetime.abort();
}, CONTEXT_CHECK_MS);
browser.storage.onChanged.addListener(onStorage);
lifetime.signal.addEventListener('abort', () => {
  clearInterval(contextCheck);
  session?.abort();
  try {
    browser.storage.onChanged.removeListener(onStorage);
  } catch {
    // The context is already gone; nothing is listening any more.
  }
});
void run();
