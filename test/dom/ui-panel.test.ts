// The side panel against a fake browser: grouping by layer, filters, focusing a badge in the tab,
// exports handed to the browser as downloads, refresh on page changes.
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, control, makeFakeBrowser, settle, type FakeBrowser } from './ui-support';
import type { PageItem, PageSnapshot } from '../../src/shared/messages';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, key) => (fake.browser as unknown as Record<string | symbol, unknown>)[key] }),
}));

const { PanelApp } = await import('../../src/ui/panel/panel-app');

const item = (
  kind: PageItem['kind'],
  id: string,
  title: string,
  text: string,
  status?: PageItem['status'],
  start = 0,
): PageItem => ({
  key: `${kind}:${id}:${start}`,
  kind,
  id,
  text,
  start,
  end: start + text.length,
  status,
  label: `${kind} ${status ?? ''}: ${title}`,
  title,
  visible: true,
  before: `before ${id} `,
  after: ` after ${id}.`,
});
const ITEMS = [
  item('official', 'sergey-lavrov', 'Sergey Lavrov', 'Lavrov'),
  item('claim', 'japan-sdf', 'Japan plans to send troops to Ukraine', 'Japan would send soldiers', 'denied'),
  item('claim', 'fr-forces', 'French forces are in Ukraine', 'French troops are there', 'disputed'),
  item('attribution', 'sergey-lavrov', 'Sergey Lavrov', 'Lavrov said'),
];
let snapshot: PageSnapshot;
const replies: Record<string, unknown> = {};

beforeEach(() => {
  fake.browser = makeFakeBrowser();
  snapshot = {
    url: 'https://news.example/a',
    host: 'news.example',
    siteEnabled: true,
    active: true,
    counts: { officials: 1, claims: 2, attributions: 1, denied: 1, confirmed: 0, disputed: 1, unverified: 0 },
    items: ITEMS,
    datasetVersion: '1',
    datasetLoaded: true,
    indexPacked: true,
  };
  replies['page/focus'] = true;
  replies['page/export'] = { filename: 'claimlens-news.example.csv', mime: 'text/csv', content: 'page,kind\r\n' };
  fake.browser.tabs.sendMessage.mockImplementation(async (_tab: number, m: unknown) => {
    const type = (m as { type: string }).type;
    return type === 'page/get' ? snapshot : replies[type];
  });
});
afterEach(() => render(null, document.body));

async function mount(search = ''): Promise<void> {
  render(h(PanelApp, { search }), document.body);
  await settle();
}
const groups = () =>
  [...document.querySelectorAll('section')].map((s) => ({
    heading: s.querySelector('h2')!.textContent,
    items: [...s.querySelectorAll('.claimlens-item-title')].map((x) => x.textContent),
  }));

describe('side panel', () => {
  it('lists every annotation grouped by layer', async () => {
    await mount();
    expect(groups()).toEqual([
      { heading: 'Officials (1)', items: ['Sergey Lavrov'] },
      { heading: 'Claims (2)', items: ['Japan plans to send troops to Ukraine', 'French forces are in Ukraine'] },
      { heading: 'Attributions (1)', items: ['Sergey Lavrov'] },
    ]);
    expect(document.body.textContent).toContain('Denied');
  });

  it('groups the mentions of one person under one entry, each in its sentence', async () => {
    snapshot = {
      ...snapshot,
      items: [
        ...ITEMS,
        {
          ...item('official', 'sergey-lavrov', 'Sergey Lavrov', 'Lavrov', undefined, 40),
          before: 'Mr ',
          after: ' left.',
        },
      ],
    };
    await mount();
    expect(groups()[0]).toEqual({ heading: 'Officials (1)', items: ['Sergey Lavrov'] });
    const lavrov = document.querySelector('.claimlens-group')!;
    expect(lavrov.querySelector('summary')!.textContent).toContain('mentions: 2');
    const rows = [...lavrov.querySelectorAll('.claimlens-item')];
    expect(rows.map((r) => r.textContent)).toEqual([
      'before sergey-lavrov Lavrov after sergey-lavrov.',
      'Mr Lavrov left.',
    ]);
    // The mention itself is marked; page text is never read as markup.
    expect(rows.map((r) => r.querySelector('mark')!.textContent)).toEqual(['Lavrov', 'Lavrov']);
    (rows[1] as HTMLButtonElement).click();
    await settle();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'page/focus', payload: { key: 'official:sergey-lavrov:40' } }),
    );
  });

  it('shows page text with markup characters as text', async () => {
    snapshot = {
      ...snapshot,
      items: [{ ...ITEMS[0], before: '<img src=x onerror=alert(1)> ', after: ' <b>bold</b>' }],
    };
    await mount();
    const row = document.querySelector('.claimlens-item')!;
    expect(row.querySelector('img, b')).toBeNull();
    expect(row.textContent).toBe('<img src=x onerror=alert(1)> Lavrov <b>bold</b>');
  });

  it('filters by status and by text', async () => {
    await mount();
    const select = control('Status') as unknown as HTMLSelectElement;
    select.value = 'denied';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(groups()).toEqual([{ heading: 'Claims (1)', items: ['Japan plans to send troops to Ukraine'] }]);
    select.value = 'all';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const search = control('Filter');
    search.value = 'FRENCH';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(groups()).toEqual([{ heading: 'Claims (1)', items: ['French forces are in Ukraine'] }]);
    search.value = 'nothing like this';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(groups()).toEqual([]);
    expect(document.body.textContent).toContain('No annotation matches these filters.');
  });

  it('asks the tab to focus the badge of a clicked annotation, and says when it is gone', async () => {
    await mount();
    (document.querySelectorAll('.claimlens-item')[1] as HTMLButtonElement).click();
    await settle();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'page/focus', payload: { key: 'claim:japan-sdf:0' } }),
    );
    replies['page/focus'] = false;
    (document.querySelectorAll('.claimlens-item')[0] as HTMLButtonElement).click();
    await settle();
    expect(document.querySelector('[role="alert"]')!.textContent).toBe('That annotation is no longer on the page.');
  });

  it('downloads the export the tab produces', async () => {
    const created: Blob[] = [];
    const clicks: string[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => (created.push(b), 'blob:x'));
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    await mount();
    button('Export CSV').click();
    await settle();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'page/export', payload: { format: 'csv' } }),
    );
    expect(clicks).toEqual(['claimlens-news.example.csv']);
    expect(await created[0].text()).toBe('page,kind\r\n');
    expect(created[0].type).toBe('text/csv');
    button('Export Web Annotation (JSON-LD)').click();
    await settle();
    expect(fake.browser.tabs.sendMessage).toHaveBeenCalledWith(
      7,
      expect.objectContaining({ type: 'page/export', payload: { format: 'webanno' } }),
    );
    click.mockRestore();
  });

  it('re-reads the page when it reports a change', async () => {
    await mount();
    snapshot = { ...snapshot, items: [ITEMS[0]] };
    fake.browser.runtime.emit(
      { claimlens: 1, type: 'page/changed', payload: { url: snapshot.url } },
      { tab: { id: 7 } },
    );
    await settle();
    expect(groups()).toEqual([{ heading: 'Officials (1)', items: ['Sergey Lavrov'] }]);
  });

  it('follows the active tab when the reader switches tabs', async () => {
    await mount();
    fake.browser.tabs.query.mockResolvedValue([{ id: 9, windowId: 1, url: 'chrome://newtab' }]);
    fake.browser.tabs.sendMessage.mockRejectedValue(new Error('Receiving end does not exist.'));
    for (const l of fake.browser.tabListeners.activated) l();
    await settle();
    expect(document.body.textContent).toContain('ClaimLens cannot read this tab');
  });
});
