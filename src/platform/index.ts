// Everything that differs between Chrome and Firefox lives here, and only here: the side panel
// (Chrome sidePanel vs Firefox sidebarAction), where settings are stored, and the toolbar badge.
import browser, { type Storage } from 'webextension-polyfill';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function chromeSidePanel(): ChromeSidePanel | undefined {
  const g = globalThis as { chrome?: { sidePanel?: ChromeSidePanel } };
  return g.chrome?.sidePanel;
}

function firefoxSidebar(): FirefoxSidebarAction | undefined {
  return (browser as unknown as { sidebarAction?: FirefoxSidebarAction }).sidebarAction;
}

export const platform = {
  /** 'firefox' when the Firefox sidebar API is present (its build declares sidebar_action). */
  get name(): 'chrome' | 'firefox' {
    return firefoxSidebar() ? 'firefox' : 'chrome';
  },

  /** Opens the side panel (Chrome) or sidebar (Firefox); must run in a user gesture's handler. */
  async openPanel(tab: { id?: number; windowId?: number }): Promise<void> {
    const sidebar = firefoxSidebar();
    if (sidebar) return sidebar.open();
    const panel = chromeSidePanel();
    if (!panel) throw new Error('This browser has no side panel');
    await panel.open(tab.id !== undefined ? { tabId: tab.id } : { windowId: tab.windowId });
  },

  /**
   * Settings go to storage.sync so they follow the reader; Firefox without a signed-in account
   * still provides sync (stored locally), and a browser without it falls back to local.
   * Sync caps an item at 8 KB: settings fit; user datasets always go to local.
   */
  settingsArea(): Storage.StorageArea {
    return browser.storage.sync ?? browser.storage.local;
  },

  datasetArea(): Storage.StorageArea {
    return browser.storage.local;
  },

  /** Number on the toolbar icon for one tab; empty hides it. */
  async setBadge(tabId: number, text: string): Promise<void> {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#3b3f8f' });
  },
};
