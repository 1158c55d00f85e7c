// The popup against a fake browser: the contract's switch names, this tab's counts, saving layer and
// site changes, and what it says on a tab without a content script.
import { render } from 'preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, control, makeFakeBrowser, settle, type FakeBrowser } from './ui-support';
import type { PageSnapshot } from '../../src/shared/messages';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, key) => (fake.browser as unknown as Record<string | symbol, unknown>)[key] }),
}));

const { PopupApp } = await import('../../src/ui/popup/popup-app');
const { SETTINGS_KEY } = await import('../../src/shared/settings');

const SNAPSHOT: PageSnapshot = {
  url: 'https://news.example/a',
  host: 'news.example',
  siteEnabled: true,
  active: true,
  counts: { officials: 3, claims: 5, attributions: 2, denied: 2, confirmed: 1, disputed: 1, unverified: 1 },
  items: [],
  datasetVersion: '1',
  datasetLoaded: true,
  indexPacked: true,
};

async function mount(search = ''): Promise<void> {
  render(h(PopupApp, { search }), document.body);
  await settle();
}

beforeEach(() => {
  fake.browser = makeFakeBrowser();
  fake.browser.tabs.sendMessage.mockImplementation(async (_tab: number, m: unknown) =>
    (m as { type: string }).type === 'page/get' ? SNAPSHOT : undefined,
  );
});
afterEach(() => render(null, document.body));

const NAMES = [
  'Officials',
  'Claims',
  'Attributions',
  'Denied',
  'Confirmed',
  'Disputed',
  'Unverified',
  'Annotate this site',
];

describe('popup', () => {
  it('shows every contract switch, as a labelled switch, with the tab counts beside it', async () => {
    await mount();
    for (const name of NAMES) {
      const input = control(name);
      expect(input.getAttribute('role')).toBe('switch');
      expect(input.type).toBe('checkbox');
    }
    expect(control('Officials').checked).toBe(true);
    expect(control('Attributions').checked).toBe(false); // default layers
    const row = (name: string) => control(name).closest('.claimlens-switch')!.textContent;
    expect(row('Officials')).toContain('3');
    expect(row('Claims')).toContain('5');
    expect(row('Denied')).toContain('2');
    // Screen readers hear the count as the switch's description.
    const described = document.getElementById(control('Claims').getAttribute('aria-describedby')!)!;
    expect(described.textContent).toContain('5 on this page');
    expect(fake.browser.tabs.query).toHaveBeenCalledWith({ active: true, currentWindow: true });
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(7, expect.objectContaining({ type: 'page/get' }));
  });

  it('saves a layer switch at once', async () => {
    await mount();
    control('Denied').click();
    await settle();
    const saved = fake.browser.storage.sync.data.get(SETTINGS_KEY) as { layers: Record<string, boolean> };
    expect(saved.layers.denied).toBe(false);
    expect(saved.layers.confirmed).toBe(true);
    expect(control('Denied').checked).toBe(false);
  });

  it('turns the site off with a never-pattern for this host, and on again', async () => {
    await mount();
    control('Annotate this site').click();
    await settle();
    let saved = fake.browser.storage.sync.data.get(SETTINGS_KEY) as { never: string[]; always: string[] };
    expect(saved.never).toEqual(['news.example']);
    expect(control('Annotate this site').checked).toBe(false);
    control('Annotate this site').click();
    await settle();
    saved = fake.browser.storage.sync.data.get(SETTINGS_KEY) as { never: string[]; always: string[] };
    expect(saved.never).toEqual([]);
  });

  it('follows a settings change made elsewhere (options page, another window)', async () => {
    await mount();
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, layers: { officials: false } } });
    await settle();
    expect(control('Officials').checked).toBe(false);
  });

  it('speaks about the tab named by ?tab=', async () => {
    await mount('?tab=42');
    expect(fake.browser.tabs.get).toHaveBeenCalledWith(42);
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(42, expect.objectContaining({ type: 'page/get' }));
    expect(fake.browser.tabs.query).not.toHaveBeenCalled();
  });

  it('says so on a tab without a content script, and offers no site switch there', async () => {
    fake.browser.tabs.sendMessage.mockRejectedValue(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    await mount();
    expect(document.body.textContent).toContain('ClaimLens cannot read this tab');
    expect(() => control('Annotate this site')).toThrow();
    expect(control('Denied')).toBeTruthy(); // layers can still be set
  });

  it('opens the options page', async () => {
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    await mount();
    button('Options').click();
    await settle();
    expect(fake.browser.runtime.openOptionsPage).toHaveBeenCalled();
    close.mockRestore();
  });
});
