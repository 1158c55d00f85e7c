// The options page against a fake browser: site patterns, the shortcut, the bundled dataset's
// facts, and loading / rejecting / removing a researcher's own dataset.
import { readFileSync } from 'node:fs';
import { h, render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { button, control, DATASET, makeFakeBrowser, settle, type FakeBrowser } from './ui-support';

const fake = vi.hoisted(() => ({ browser: undefined as unknown as FakeBrowser }));
vi.mock('webextension-polyfill', () => ({
  default: new Proxy({}, { get: (_t, key) => (fake.browser as unknown as Record<string | symbol, unknown>)[key] }),
}));

const { OptionsApp } = await import('../../src/ui/options/options-app');
const { loadDatasetFile, formatProblem } = await import('../../src/ui/options/load-dataset');
const { SETTINGS_KEY, USER_DATASETS_KEY } = await import('../../src/shared/settings');

const CLAIMREVIEW = readFileSync('test/fixtures/ui/user-claimreview.jsonld', 'utf8');

beforeEach(() => {
  fake.browser = makeFakeBrowser();
});
afterEach(() => render(null, document.body));

async function mount(): Promise<void> {
  render(h(OptionsApp, { bundled: DATASET }), document.body);
  await settle();
}
const saved = () =>
  fake.browser.storage.sync.data.get(SETTINGS_KEY) as { always: string[]; never: string[]; annotateByDefault: boolean };
const section = (heading: string) =>
  [...document.querySelectorAll('section')].find((s) => s.querySelector('h2,h3')!.textContent === heading)!;

async function pick(name: string, text: string): Promise<void> {
  const input = control('Dataset file');
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'application/json' })],
    configurable: true,
  });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  // Loading reads the file, stores it and builds the merged index (heavier with a larger bundled
  // dataset, slower on a busy machine): wait for its outcome, not a number of ticks.
  const deadline = Date.now() + 10_000;
  while (!document.querySelector('[role="status"], [role="alert"]')?.textContent && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 10));
  await settle();
}

describe('options: sites and layers', () => {
  it('adds a valid host pattern (normalised), refuses an invalid one, removes one', async () => {
    await mount();
    const always = section('Always annotated');
    const input = control('Add a site', always);
    input.value = ' News.Example.COM ';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    button('Add', always).click();
    await settle();
    expect(saved().always).toEqual(['news.example.com']);
    expect(section('Always annotated').textContent).toContain('news.example.com');

    input.value = 'https://bad.example/path';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    button('Add', always).click();
    await settle();
    expect(always.querySelector('[role="alert"]')!.textContent).toContain(
      '“https://bad.example/path” is not a site pattern',
    );
    expect(saved().always).toEqual(['news.example.com']);

    button('Remove news.example.com').click();
    await settle();
    expect(saved().always).toEqual([]);
  });

  it('moves a host from "never" to "always" rather than keeping it in both', async () => {
    await fake.browser.storage.sync.set({ [SETTINGS_KEY]: { version: 1, never: ['*.example.org'] } });
    await mount();
    const always = section('Always annotated');
    const input = control('Add a site', always);
    input.value = '*.example.org';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    button('Add', always).click();
    await settle();
    expect(saved()).toMatchObject({ always: ['*.example.org'], never: [] });
  });

  it('saves "annotate every site by default" and the default layers', async () => {
    await mount();
    control('Annotate every site by default').click();
    control('Attributions').click();
    await settle();
    expect(saved().annotateByDefault).toBe(false);
    expect(
      (fake.browser.storage.sync.data.get(SETTINGS_KEY) as { layers: { attributions: boolean } }).layers.attributions,
    ).toBe(true);
  });

  it('shows the shortcut and the bundled dataset facts', async () => {
    await mount();
    expect(document.querySelector('kbd')!.textContent).toBe('Alt+Shift+L');
    expect(document.body.textContent).toContain('chrome://extensions/shortcuts');
    const facts = section('Bundled dataset').textContent!;
    expect(facts).toContain('2026.11.1');
    expect(facts).toContain('CC BY 4.0');
    expect(facts).toContain('2 claims, 2 officials, 2 sources');
  });
});

describe('options: your own dataset', () => {
  it('imports a ClaimReview file, stores it in storage.local, lists it, and removes it', async () => {
    await mount();
    await pick('user-claimreview.jsonld', CLAIMREVIEW);
    const stored = fake.browser.storage.local.data.get(USER_DATASETS_KEY) as {
      name: string;
      dataset: { claims: { text: string; status: string }[] };
    }[];
    expect(stored).toHaveLength(1);
    expect(stored[0].name).toBe('user-claimreview.jsonld');
    expect(stored[0].dataset.claims.map((c) => [c.text, c.status])).toEqual([
      ['The Moon is made of green cheese', 'denied'],
      ['Wind turbines cause hair loss in nearby villages', 'disputed'],
    ]);
    expect(document.querySelector('[role="status"]')!.textContent).toContain(
      'Loaded user-claimreview.jsonld: 2 claims, 1 officials, 1 sources.',
    );
    expect(section('Load your own dataset').querySelector('li')!.textContent).toContain('user-claimreview.jsonld');
    button('Remove user-claimreview.jsonld').click();
    await settle();
    expect(fake.browser.storage.local.data.get(USER_DATASETS_KEY)).toEqual([]);
    expect(document.body.textContent).toContain('No dataset of your own yet.');
  });

  it('shows why a file is refused, naming file, record and field, and stores nothing', async () => {
    await mount();
    const broken = { ...DATASET, claims: [{ ...DATASET.claims[0], status: 'fake' }] };
    await pick('mine.json', JSON.stringify(broken));
    const alert = document.querySelector('[role="alert"]')!.textContent!;
    expect(alert).toContain(
      'mine.json › claims[0] (japan-sdf-to-ukraine) › status: must be one of denied, confirmed, disputed, unverified',
    );
    expect(fake.browser.storage.local.data.has(USER_DATASETS_KEY)).toBe(false);
  });

  it('says when the browser refuses to store a dataset (over quota), and keeps what was stored', async () => {
    await mount();
    await pick('index.json', JSON.stringify(DATASET));
    const before = fake.browser.storage.local.data.get(USER_DATASETS_KEY);
    const set = vi.spyOn(fake.browser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    await pick('huge.json', JSON.stringify(DATASET));
    const alert = document.querySelector('[role="alert"]')!.textContent!;
    expect(alert).toMatch(
      /huge\.json was not stored \([\d.]+ MB once compiled\): the browser refused it \(QUOTA_BYTES/,
    );
    expect(fake.browser.storage.local.data.get(USER_DATASETS_KEY)).toEqual(before);
    expect(document.querySelector('[role="status"]')).toBeNull();
    set.mockRestore();
  });

  it('refuses malformed hints that would stop annotation, and says how many problems it did not list', async () => {
    await mount();
    const claims = Array.from({ length: 25 }, (_, i) => ({
      ...DATASET.claims[0],
      id: `c${i}`,
      hints: { groups: [{ name: 'g', terms: { en: 'not a list' } }] },
    }));
    await pick('mine.json', JSON.stringify({ ...DATASET, claims }));
    const items = [...document.querySelectorAll('[role="alert"] li')].map((li) => li.textContent);
    expect(items[0]).toBe('mine.json › claims[0] (c0) › hints.groups[0].terms.en: must be a list of non-empty strings');
    expect(items.at(-1)).toBe('mine.json: and 5 more problems');
    expect(fake.browser.storage.local.data.has(USER_DATASETS_KEY)).toBe(false);
  });

  it('accepts a valid compiled index as it is', async () => {
    await mount();
    await pick('index.json', JSON.stringify(DATASET));
    const stored = fake.browser.storage.local.data.get(USER_DATASETS_KEY) as { dataset: unknown; checked: number }[];
    expect(stored[0].dataset).toEqual(DATASET);
    // Checked whole here, so that pages do not check it again on every load.
    expect(stored[0].checked).toBe(1);
  });
});

describe('loadDatasetFile', () => {
  it('locates JSON syntax errors by line and column', () => {
    const r = loadDatasetFile('{\n  "a": 1,\n  oops\n}', 'bad.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(formatProblem(r.problems[0])).toMatch(/^bad\.json › line 3, column \d+: JSON syntax error/);
  });
  it('refuses JSON that is neither ClaimReview nor a compiled index', () => {
    const r = loadDatasetFile('{"hello": "world"}', 'x.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].message).toContain('no ClaimReview found');
  });
  it('names missing lists and wrong fields of a compiled index', () => {
    const r = loadDatasetFile(JSON.stringify({ format: 1, claims: [{ id: 'a', text: '', about: 'x' }] }), 'i.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const lines = r.problems.map(formatProblem);
      expect(lines).toContain('i.json › version: must be a string');
      expect(lines).toContain('i.json › officials: must be a list');
      expect(lines).toContain('i.json › claims[0] (a) › text: must be a non-empty string');
      expect(lines).toContain('i.json › claims[0] (a) › about: must be a list of ids');
    }
  });
});
