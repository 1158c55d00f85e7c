// Which browser tab a page (popup, side panel) speaks about: `?tab=ID` when given (tests open the
// popup as an ordinary tab, which has no active tab of its own), else the active tab of this window.
import browser, { type Tabs } from 'webextension-polyfill';

export function tabParam(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  return raw && /^\d+$/.test(raw) ? Number(raw) : undefined;
}

export async function targetTab(search: string): Promise<Tabs.Tab | undefined> {
  const id = tabParam(search);
  if (id !== undefined) return browser.tabs.get(id).catch(() => undefined);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}
