// Background: keeps the toolbar number in step with each tab's claims and forwards the keyboard
// command to the tab. It sees counts only, never page text.
import browser from 'webextension-polyfill';
import { listen, sendToTab, type BackgroundApi } from '../shared/messages';
import { platform } from '../platform';
import { randomMark } from '../core/personal-mark';
import { loadSettings, saveSettings } from '../shared/store';

// The reader's personal mark is drawn at random once (see personal-mark.ts); every later start finds it
// and writes nothing (the service worker starts often, and synced storage limits writes).
void loadSettings()
  .then((s) => (s.mark ? undefined : saveSettings({ ...s, mark: randomMark() })))
  .catch(() => undefined);

listen<BackgroundApi>({
  'tab/counts': async ({ claims }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await platform.setBadge(tabId, claims > 0 ? String(Math.min(claims, 999)) : '');
  },
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'toggle-annotations') return;
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id === undefined) return;
  // A tab without our content script (browser pages, the web store) has nothing to toggle.
  await sendToTab(target.id, 'page/toggle').catch(() => undefined);
});
