// The state both the popup and the side panel keep about their tab: the tab, its content script's
// snapshot (or why there is none), refreshed when the page reports changes or the tab changes.
import { useCallback, useEffect, useState } from 'preact/hooks';
import browser, { type Tabs } from 'webextension-polyfill';
import { listen, sendToTab, type PagesApi, type PageSnapshot } from '../shared/messages';
import { tabParam, targetTab } from './target-tab';

export type PageState =
  | { kind: 'loading' }
  /** The tab has no content script: a browser page, the web store, a file, or it is still loading. */
  | { kind: 'unavailable'; tab?: Tabs.Tab }
  | { kind: 'ready'; tab: Tabs.Tab; snapshot: PageSnapshot };

export async function readPage(search: string): Promise<PageState> {
  const tab = await targetTab(search);
  if (tab?.id === undefined) return { kind: 'unavailable' };
  try {
    const snapshot = await sendToTab(tab.id, 'page/get');
    return snapshot ? { kind: 'ready', tab, snapshot } : { kind: 'unavailable', tab };
  } catch {
    return { kind: 'unavailable', tab };
  }
}

/** The page state, kept fresh; `follow` also tracks tab switches (the side panel outlives its tab). */
export function usePageState(search: string, follow: boolean): [PageState, () => void] {
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const refresh = useCallback(() => {
    void readPage(search).then(setState);
  }, [search]);

  useEffect(() => {
    refresh();
    const pinned = tabParam(search);
    // Re-reading is one message to one tab, so any page change simply triggers it, unless the
    // page is pinned to another tab by ?tab=.
    const stop = listen<PagesApi>({
      'page/changed': (_p, sender) => {
        if (pinned === undefined || sender.tab?.id === pinned) refresh();
      },
    });
    const onActivated = (): void => {
      if (follow && pinned === undefined) refresh();
    };
    const onUpdated = (id: number, info: Tabs.OnUpdatedChangeInfoType): void => {
      if (info.status === 'complete' && (pinned === undefined ? follow : id === pinned)) refresh();
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      stop();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
    // Subscriptions are set up once per page; refresh() reads the tab anew each time.
  }, [search, follow]);

  return [state, refresh];
}
