// Test doubles for the UI component tests: a fake `browser` (i18n from the real English messages,
// in-memory storage with change events, tabs and runtime spies) and a small dataset with history.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import type { CompiledDataset } from '../../src/core/types';

const MESSAGES = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string }
>;

/** Chrome's getMessage: $1..$9 substitutions, '' for unknown keys. */
export function getMessage(key: string, subs?: string | string[]): string {
  const m = MESSAGES[key]?.message;
  if (m === undefined) return '';
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return m.replace(/\$(\d)/g, (_, d: string) => list[Number(d) - 1] ?? '');
}

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function fakeArea(name: string, listeners: Set<Listener>) {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(key?: string | string[] | null) {
      const keys = key == null ? [...data.keys()] : Array.isArray(key) ? key : [key];
      return Object.fromEntries(keys.filter((k) => data.has(k)).map((k) => [k, structuredClone(data.get(k))]));
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) {
        changes[k] = { oldValue: data.get(k), newValue: structuredClone(v) };
        data.set(k, structuredClone(v));
      }
      for (const l of listeners) l(changes, name);
    },
    async remove(key: string) {
      data.delete(key);
    },
  };
}

export function makeFakeBrowser() {
  const storageListeners = new Set<Listener>();
  const messageListeners = new Set<(m: unknown, sender: unknown) => unknown>();
  const tabListeners = { activated: new Set<() => void>(), updated: new Set<() => void>() };
  return {
    i18n: { getMessage: vi.fn(getMessage), getUILanguage: () => 'en' },
    storage: {
      sync: fakeArea('sync', storageListeners),
      local: fakeArea('local', storageListeners),
      onChanged: {
        addListener: (l: Listener) => storageListeners.add(l),
        removeListener: (l: Listener) => storageListeners.delete(l),
      },
    },
    runtime: {
      openOptionsPage: vi.fn(async () => undefined),
      sendMessage: vi.fn(async () => undefined),
      onMessage: {
        addListener: (l: (m: unknown, s: unknown) => unknown) => messageListeners.add(l),
        removeListener: (l: (m: unknown, s: unknown) => unknown) => messageListeners.delete(l),
      },
      /** Delivers a message to the page's listeners, as another part of the extension would. */
      emit: (m: unknown, sender: unknown = {}) => [...messageListeners].map((l) => l(m, sender)),
    },
    tabs: {
      get: vi.fn(async (id: number) => ({ id, windowId: 1, url: 'https://news.example/a' })),
      query: vi.fn(async () => [{ id: 7, windowId: 1, url: 'https://news.example/a' }]),
      sendMessage: vi.fn(async (_tab: number, _m: unknown): Promise<unknown> => undefined),
      onActivated: {
        addListener: (l: () => void) => tabListeners.activated.add(l),
        removeListener: (l: () => void) => tabListeners.activated.delete(l),
      },
      onUpdated: {
        addListener: (l: () => void) => tabListeners.updated.add(l),
        removeListener: (l: () => void) => tabListeners.updated.delete(l),
      },
    },
    tabListeners,
    commands: { getAll: vi.fn(async () => [{ name: 'toggle-annotations', shortcut: 'Alt+Shift+L', description: '' }]) },
  };
}

export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;

export const DATASET: CompiledDataset = {
  format: 1,
  version: '2026.11.1',
  updated: '2026-11-20',
  license: 'CC BY 4.0',
  officials: [
    {
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      aliases: [{ text: 'Sergey Lavrov', lang: 'en' }],
      roles: [
        { title: 'Permanent Representative to the UN', country: 'RU', from: '1994', to: '2004-03-09' },
        {
          title: 'Minister of Foreign Affairs',
          organisation: 'Government of Russia',
          country: 'RU',
          from: '2004-03-09',
        },
      ],
    },
    {
      id: 'avi-cohen-test',
      name: 'אבי כהן',
      aliases: [{ text: 'אבי כהן', lang: 'he' }],
      roles: [{ title: 'דובר', country: 'IL', from: '2020' }],
    },
  ],
  organisations: [{ id: 'mofa-japan', name: 'Ministry of Foreign Affairs of Japan', country: 'JP' }],
  sources: [
    { id: 'kyodo', name: 'Kyodo News', kind: 'news agency', url: 'https://english.kyodonews.net/' },
    { id: 'tass', name: 'TASS', kind: 'news agency' },
  ],
  claims: [
    {
      id: 'japan-sdf-to-ukraine',
      text: 'Japan plans to send troops to Ukraine',
      about: ['sergey-lavrov'],
      status: 'denied',
      history: [
        {
          status: 'unverified',
          date: '2025-03-01',
          kind: 'claim',
          by: 'sergey-lavrov',
          via: 'tass',
          quote: 'Tokyo is preparing to send soldiers.',
          url: 'javascript:alert(1)',
        },
        {
          status: 'denied',
          date: '2025-03-02',
          kind: 'statement',
          by: 'mofa-japan',
          via: 'kyodo',
          quote: 'There is no such plan.',
          url: 'https://example.org/denial',
        },
      ],
      hints: { groups: [] },
    },
    {
      id: 'xss-claim',
      text: 'Evil <img src=x onerror="window.__pwned=1"> claim',
      about: [],
      status: 'disputed',
      history: [],
      hints: { groups: [] },
    },
  ],
};

/** Lets promises, Preact's debounced renders and effects run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((r) => setTimeout(r, 0));
}

/** The form control whose <label> text is exactly `name`. */
export function control(name: string, root: ParentNode = document): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === name);
  if (!label) throw new Error(`no label "${name}"`);
  const el = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input,select');
  if (!el) throw new Error(`label "${name}" labels nothing`);
  return el as HTMLInputElement;
}

export function button(name: string, root: ParentNode = document): HTMLButtonElement {
  const b = [...root.querySelectorAll('button')].find(
    (x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === name,
  );
  if (!b) throw new Error(`no button "${name}"`);
  return b;
}
