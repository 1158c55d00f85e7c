import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LAYERS, type LayerState } from '../../src/core/layers';
import type { Mention } from '../../src/core/types';
import { type Annotator, type AnnotatorOptions, createAnnotator } from '../../src/dom/annotator';
import { badgeState } from '../../src/dom/badge';
import { extractText } from '../../src/dom/extract';
import { fakeMatcher, fakeSession } from './fake-matcher';

const TERMS = [
  'Kazuyuki Yamazaki',
  'Angela Merkel',
  'Obama',
  { text: 'troops to Ukraine', kind: 'claim' as const, id: 'c-troops' },
  { text: 'tariffs', kind: 'claim' as const, id: 'c-tariffs' },
  { text: 'said', kind: 'attribution' as const, id: 'speaker' },
];
const STATUS: Record<string, 'denied' | 'confirmed'> = { 'c-troops': 'denied', 'c-tariffs': 'confirmed' };
const ALL_ON: LayerState = { ...DEFAULT_LAYERS, attributions: true };

let current: Annotator | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
  document.body.innerHTML = '';
});

function annotator(extra: Partial<AnnotatorOptions> = {}): Annotator {
  current = createAnnotator(document, {
    match: fakeMatcher(TERMS),
    layers: ALL_ON,
    statusOf: (m) => STATUS[m.id],
    label: (m) => (m.kind === 'claim' ? `Claim ${STATUS[m.id]}: ${m.text}` : `${m.kind}: ${m.text}`),
    // happy-dom's dispatched events are all untrusted; the Chromium e2e tests cover the real check.
    isTrusted: () => true,
    ...extra,
  });
  return current;
}

const BADGES = '[data-claimlens-badge]';
const badges = () => [...document.querySelectorAll(BADGES)] as HTMLElement[];
/** What the extension knows of a badge (the page sees none of it). */
const spec = (b: Element) => badgeState(b)!.spec;
const shown = (b: Element) => badgeState(b)!.visible;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 2000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('condition not met in time');
    await wait(5);
  }
}

describe('render and removeAll', () => {
  it('inserts one badge right after each mention, with the contract attributes', () => {
    document.body.innerHTML = '<p>Japan will send troops to Ukraine, <b>Kazuyuki</b> <i>Yamazaki</i> said.</p>';
    const a = annotator();
    a.start();
    const list = badges();
    expect(list.map((b) => [b.dataset.kind, spec(b).id, spec(b).status ?? null])).toEqual([
      ['claim', 'c-troops', 'denied'],
      ['official', 'kazuyuki-yamazaki', null],
      ['attribution', 'speaker', null],
    ]);
    // The name split across <b> and <i> gets its badge after "Yamazaki", inside the <i>.
    expect(list[1].parentElement!.tagName).toBe('I');
    expect(list[1].previousSibling!.textContent).toBe('Yamazaki');
    expect(list[0].previousSibling!.textContent!.endsWith('troops to Ukraine')).toBe(true);
    for (const [i, b] of list.entries()) {
      // A built-in host with a closed root: nothing on it names the record.
      expect(b.localName).toBe('span');
      expect(b.getAttributeNames().sort()).toEqual(['data-claimlens-badge', 'data-kind', 'role', 'style', 'tabindex']);
      expect(b.getAttribute('role')).toBe('button');
      // One Tab stop per paragraph (the first badge); arrow keys reach the others.
      expect(b.getAttribute('tabindex')).toBe(i === 0 ? '0' : '-1');
      expect(b.shadowRoot).toBeNull();
      expect(b.textContent).toBe('');
      expect(badgeState(b)!.root.textContent).toMatch(/Denied|Official|Said/);
      // The accessible name is the label, inside the closed root.
      expect(badgeState(b)!.root.textContent).toContain(spec(b).label);
    }
    expect(spec(list[0]).label).toBe('Claim denied: troops to Ukraine');
    expect(a.mentions().map((m) => m.text)).toEqual(['troops to Ukraine', 'Kazuyuki Yamazaki', 'said']);
  });

  it('wraps mentions in plain spans where the Highlight API is missing, and leaves the page text unchanged', () => {
    document.body.innerHTML = '<p>Barack Obama met <b>Angela</b> Merkel.</p>';
    const before = extractText(document).text;
    annotator().start();
    const marks = [...document.querySelectorAll('p span:not([data-claimlens-badge])')].map((m) => m.textContent);
    expect(marks).toEqual(['Obama', 'Angela', ' Merkel']);
    expect(extractText(document).text).toBe(before);
  });

  it('gives back byte-identical innerHTML after destroy, with entities, comments and tables', () => {
    const html =
      '<article><h1>Obama &amp; Merkel</h1><!-- c --><p>Text&nbsp;with Obama<a href="/x">Angela Merkel</a>.</p>' +
      '<table><tbody><tr><td>Obama</td></tr></tbody></table><ul><li>tariffs</li></ul>' +
      '<textarea>Obama</textarea><div contenteditable="">Obama</div><pre>Obama</pre></article>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const a = annotator();
    a.start();
    expect(badges().length).toBe(5);
    expect(document.body.innerHTML).not.toBe(before);
    a.destroy();
    expect(document.body.innerHTML).toBe(before);
    expect(document.body.querySelectorAll('*').length).toBe(
      new DOMParser().parseFromString(html, 'text/html').body.querySelectorAll('*').length,
    );
  });

  it('puts badges after links, never inside them, and never as children of tr/ul', () => {
    document.body.innerHTML = '<p>See <a href="#">Angela Merkel</a> now</p><table><tr>Obama<td>x</td></tr></table>';
    annotator().start();
    const b = badges();
    expect(b[0].previousElementSibling!.tagName).toBe('A');
    expect(b[0].parentElement!.tagName).toBe('P');
    for (const x of b) expect(['TR', 'TBODY', 'TABLE', 'UL', 'OL']).not.toContain(x.parentElement!.tagName);
  });

  it('never annotates skipped regions', () => {
    document.body.innerHTML =
      '<p>Obama</p><textarea>Obama</textarea><input value="Obama"><div contenteditable="true"><p>Obama</p></div>' +
      '<code>Obama</code><svg><text>Obama</text></svg><script>/* Obama */</script>';
    annotator().start();
    expect(badges()).toHaveLength(1);
    expect(badges()[0].parentElement!.tagName).toBe('P');
  });
});

describe('layers', () => {
  it('hides and shows badges at once, without a rescan', () => {
    document.body.innerHTML = '<p>Obama said troops to Ukraine and tariffs.</p>';
    const match = vi.fn(fakeMatcher(TERMS));
    const a = annotator({ match });
    a.start();
    expect(match).toHaveBeenCalledTimes(1);
    const byId = (id: string) => badges().find((b) => spec(b).id === id)!;
    const markup = () => badges().map((b) => b.outerHTML);
    const before = markup();
    a.setLayers({ ...ALL_ON, officials: false, denied: false });
    expect(shown(byId('obama'))).toBe(false);
    expect(shown(byId('c-troops'))).toBe(false);
    expect(shown(byId('c-tariffs'))).toBe(true);
    expect(shown(byId('speaker'))).toBe(true);
    // Hidden inside the closed root: which layers are off is not written into the page.
    expect(markup()).toEqual(before);
    a.setLayers(ALL_ON);
    expect(badges().every(shown)).toBe(true);
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('starts with hidden layers hidden (attributions off by default)', () => {
    document.body.innerHTML = '<p>Obama said so.</p>';
    annotator({ layers: DEFAULT_LAYERS }).start();
    const said = badges().find((b) => b.dataset.kind === 'attribution')!;
    expect(shown(said)).toBe(false);
    expect(shown(badges().find((b) => b.dataset.kind === 'official')!)).toBe(true);
  });
});

describe('keyboard and activation', () => {
  it('calls onActivate on click, Enter and Space, and keeps keys from page handlers', () => {
    document.body.innerHTML = '<p>Obama</p>';
    const seen: Mention[] = [];
    const pageKeys: string[] = [];
    document.addEventListener('keydown', (e) => pageKeys.push(e.key));
    annotator({ onActivate: (_b, m) => seen.push(m) }).start();
    const b = badges()[0];
    b.click();
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    b.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true }));
    expect(seen.map((m) => m.id)).toEqual(['obama', 'obama', 'obama']);
    expect(pageKeys).toEqual([]);
  });

  it("puts back a badge host's attributes when the page changes them (aria-label, aria-hidden, inert, forged data)", async () => {
    document.body.innerHTML = '<p>Obama spoke</p>';
    annotator().start();
    const b = badges()[0];
    const attrs = () =>
      b
        .getAttributeNames()
        .map((n) => `${n}=${b.getAttribute(n)}`)
        .sort();
    const before = attrs();
    b.setAttribute('aria-label', 'Claim confirmed');
    b.setAttribute('aria-hidden', 'true');
    b.setAttribute('inert', '');
    b.setAttribute('data-status', 'confirmed');
    b.setAttribute('tabindex', '-1');
    b.setAttribute('style', 'display: none');
    b.removeAttribute('role');
    await wait(0);
    expect(attrs()).toEqual(before);
    expect(spec(b).label).toBe('official: Obama');
  });

  it('ignores untrusted clicks and keys by default (a page script cannot open a card)', () => {
    document.body.innerHTML = '<p>Obama</p>';
    const seen: Mention[] = [];
    current = createAnnotator(document, {
      match: fakeMatcher(TERMS),
      layers: ALL_ON,
      statusOf: () => undefined,
      label: (m) => m.text,
      onActivate: (_b, m) => seen.push(m),
    });
    current.start();
    const b = badges()[0];
    b.click();
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(seen).toEqual([]);
  });

  it('focusMention focuses the badge by index or by id and start', () => {
    document.body.innerHTML = '<p>Obama and Angela Merkel</p>';
    const a = annotator();
    a.start();
    a.focusMention(1);
    expect(document.activeElement).toBe(badges()[1]);
    const m = a.mentions()[0];
    a.focusMention({ id: m.id, start: m.start });
    expect(document.activeElement).toBe(badges()[0]);
  });
});

describe('dynamic pages', () => {
  it('annotates added paragraphs within 500 ms, once', async () => {
    document.body.innerHTML = '<div id="live"><p>Obama</p></div>';
    const changes: number[] = [];
    const a = annotator({ onChange: (m) => changes.push(m.length) });
    a.start();
    const t0 = Date.now();
    const p = document.createElement('p');
    p.textContent = 'Angela Merkel arrived';
    document.getElementById('live')!.appendChild(p);
    await until(() => badges().length === 2);
    expect(Date.now() - t0).toBeLessThan(500);
    await wait(50);
    expect(badges()).toHaveLength(2);
    expect(a.mentions().map((m) => m.text)).toEqual(['Obama', 'Angela Merkel']);
    // Offsets are re-based onto the whole page's text.
    const text = extractText(document).text;
    for (const m of a.mentions()) expect(text.slice(m.start, m.end)).toBe(m.text);
    await until(() => changes.at(-1) === 2);
  });

  it("matches a changed paragraph with the whole page's length (the claim threshold depends on it)", async () => {
    const filler = Array.from({ length: 40 }, (_, i) => `<p>Paragraph ${i} of the report.</p>`).join('');
    document.body.innerHTML = `<div id="live">${filler}</div>`;
    const calls: { text: number; page: number | undefined }[] = [];
    const base = fakeMatcher(TERMS);
    annotator({
      match: (text, pageChars) => {
        calls.push({ text: text.length, page: pageChars });
        return base(text);
      },
    }).start();
    const whole = extractText(document).text.length;
    const p = document.createElement('p');
    p.textContent = 'Angela Merkel arrived';
    document.getElementById('live')!.appendChild(p);
    await until(() => badges().length === 1);
    const last = calls.at(-1)!;
    expect(last.text).toBeLessThan(whole);
    expect(last.page).toBeGreaterThanOrEqual(whole);
  });

  it('re-annotates text the page rewrites, dropping the old badges', async () => {
    document.body.innerHTML = '<p id="p">Obama spoke</p>';
    annotator().start();
    document.getElementById('p')!.textContent = 'Angela Merkel spoke';
    await until(() => badges().length === 1 && spec(badges()[0]).id === 'angela-merkel');
    await wait(30);
    expect(badges()).toHaveLength(1);
  });

  it('re-annotates a text node the page edits in place', async () => {
    document.body.innerHTML = '<p id="p">Nobody spoke</p>';
    annotator().start();
    expect(badges()).toHaveLength(0);
    (document.getElementById('p')!.firstChild as Text).data = 'Obama spoke';
    await until(() => badges().length === 1);
  });

  it('does not fight a page that keeps removing our badge', async () => {
    document.body.innerHTML = '<p id="p">Obama spoke</p>';
    const match = vi.fn(fakeMatcher(TERMS));
    annotator({ match }).start();
    let removed = 0;
    const mo = new MutationObserver(() => {
      for (const b of document.querySelectorAll(BADGES)) {
        b.remove();
        removed++;
      }
    });
    mo.observe(document.body, { childList: true, subtree: true });
    badges()[0].remove();
    removed++;
    await wait(600);
    mo.disconnect();
    expect(match.mock.calls.length).toBeLessThanOrEqual(5);
    expect(removed).toBeLessThanOrEqual(5);
    expect(badges()).toHaveLength(0);
  });

  it('ignores its own insertions (no rescans after start)', async () => {
    document.body.innerHTML = '<p>Obama and Angela Merkel</p>';
    const match = vi.fn(fakeMatcher(TERMS));
    annotator({ match }).start();
    await wait(100);
    expect(match).toHaveBeenCalledTimes(1);
  });

  it('ignores changes inside skipped regions', async () => {
    document.body.innerHTML = '<p>x</p><div contenteditable="true"><p id="e">draft</p></div>';
    const match = vi.fn(fakeMatcher(TERMS));
    annotator({ match }).start();
    document.getElementById('e')!.textContent = 'Obama';
    await wait(100);
    expect(match).toHaveBeenCalledTimes(1);
    expect(badges()).toHaveLength(0);
  });

  it('drops annotations of removed content and restores the page after many changes', async () => {
    document.body.innerHTML = '<div id="live"><p>Obama</p></div>';
    const before = document.body.innerHTML;
    const a = annotator();
    a.start();
    const live = document.getElementById('live')!;
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.textContent = `Update ${i}: Angela Merkel`;
      live.appendChild(p);
    }
    await until(() => badges().length === 301, 3000);
    for (const p of [...live.querySelectorAll('p')].slice(1)) p.remove();
    await until(() => a.mentions().length === 1);
    a.destroy();
    expect(document.body.innerHTML).toBe(before);
  });

  it('past a threshold of changed blocks, rescans the page once instead of block by block', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const match = vi.fn(fakeMatcher(TERMS));
    annotator({ match }).start();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 1600; i++) {
      const p = document.createElement('p');
      p.textContent = `Item ${i}: Obama`;
      feed.appendChild(p);
    }
    await until(() => badges().length === 1600, 20_000);
    expect(match).toHaveBeenCalledTimes(1); // one full rescan (the empty page at start had no text to match)
    await wait(50);
    expect(badges()).toHaveLength(1600);
  });

  it('annotates content added later inside an open shadow root', async () => {
    document.body.innerHTML = '<p>x</p><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const first = document.createElement('p');
    first.textContent = 'Obama';
    shadow.appendChild(first);
    const a = annotator();
    a.start();
    expect(shadow.querySelectorAll(BADGES)).toHaveLength(1);
    const later = document.createElement('p');
    later.textContent = 'Angela Merkel';
    shadow.appendChild(later);
    await until(() => shadow.querySelectorAll(BADGES).length === 2);
    a.destroy();
    expect(shadow.querySelectorAll(BADGES)).toHaveLength(0);
  });

  it('ignores in-page anchor navigation (hash changes)', async () => {
    document.body.innerHTML = '<p>Obama</p>';
    const match = vi.fn(fakeMatcher(TERMS));
    annotator({ match }).start();
    location.hash = '#section-2';
    await wait(700);
    expect(match).toHaveBeenCalledTimes(1);
    expect(badges()).toHaveLength(1);
  });

  it('drops annotations and rescans on SPA navigation', async () => {
    document.body.innerHTML = '<main><p>Obama</p></main>';
    const a = annotator();
    a.start();
    const main = document.querySelector('main')!;
    history.pushState({}, '', '/next-article');
    main.replaceChildren();
    const p = document.createElement('p');
    p.textContent = 'Angela Merkel';
    main.appendChild(p);
    window.dispatchEvent(new PopStateEvent('popstate'));
    await until(() => badges().length === 1 && spec(badges()[0]).id === 'angela-merkel');
    expect(a.mentions()).toHaveLength(1);
  });

  it('notices a pushState navigation it cannot hook (isolated world) by polling the URL', async () => {
    document.body.innerHTML = '<main><p>Obama</p></main>';
    const match = vi.fn(fakeMatcher(TERMS));
    const a = annotator({ match });
    a.start();
    const first = badges()[0];
    history.pushState({}, '', '/spa/article-2');
    // No mutation and no popstate: only the URL changed. The old annotations go and the page is re-read.
    await until(() => match.mock.calls.length === 2, 1500);
    await until(() => badges().length === 1);
    expect(first.isConnected).toBe(false);
    expect(a.mentions()).toHaveLength(1);
  });

  it("obeys no page event, and sweeps badges it does not own (an orphaned script's) when it starts", async () => {
    document.body.innerHTML = '<p>Obama <span data-claimlens-badge="" data-kind="official"></span>spoke</p>';
    const a = annotator();
    a.start();
    // The leftover is gone; our own badge took its place.
    expect(badges()).toHaveLength(1);
    expect(spec(badges()[0]).id).toBe('obama');
    // The old takeover event (or any event) a page sends changes nothing: still annotated and live.
    document.dispatchEvent(new CustomEvent('claimlens:takeover'));
    window.dispatchEvent(new CustomEvent('claimlens:takeover'));
    expect(badges()).toHaveLength(1);
    expect(a.mentions()).toHaveLength(1);
    const p = document.createElement('p');
    p.textContent = 'Angela Merkel';
    document.body.appendChild(p);
    await until(() => badges().length === 2);
    a.setLayers({ ...ALL_ON, officials: false });
    expect(badges().some(shown)).toBe(false);
  });

  it('keeps working after the matcher throws once', async () => {
    document.body.innerHTML = '<div id="feed"><p>x</p></div>';
    let fail = false;
    const base = fakeMatcher(TERMS);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const match = (t: string) => {
      if (fail) {
        fail = false;
        throw new Error('matcher failed');
      }
      return base(t);
    };
    annotator({ match }).start();
    fail = true;
    const p1 = document.createElement('p');
    p1.textContent = 'Obama';
    document.getElementById('feed')!.appendChild(p1);
    await until(() => errors.mock.calls.length === 1);
    const p2 = document.createElement('p');
    p2.textContent = 'Angela Merkel';
    document.getElementById('feed')!.appendChild(p2);
    await until(() => badges().some((b) => spec(b).id === 'angela-merkel'));
    errors.mockRestore();
  });

  it('destroy stops observing', async () => {
    document.body.innerHTML = '<p>x</p>';
    const a = annotator();
    a.start();
    a.destroy();
    const p = document.createElement('p');
    p.textContent = 'Obama';
    document.body.appendChild(p);
    await wait(100);
    expect(badges()).toHaveLength(0);
  });
});

// Real slices run on timers: a loaded machine (a CI run alongside) stretched one of these past the
// default 5 s once, at 752 ms alone. The limit is the harness's, not a speed check.
describe('full scan in slices (session)', { timeout: 30_000 }, () => {
  // Enough paragraphs that the scan cannot finish in the first slice (parts of a few thousand characters).
  const page = () =>
    Array.from(
      { length: 400 },
      (_, i) => `<p>Paragraph ${i}: Angela Merkel said tariffs would not come, as Obama did.</p>`,
    ).join('');
  const shown = () => badges().map((b) => `${b.dataset.kind}:${spec(b).id}`);

  it('annotates the top of the page at once and the rest in later slices, as one task would', async () => {
    document.body.innerHTML = page();
    const sync = annotator();
    sync.start();
    const expected = shown();
    const expectedMentions = sync.mentions();
    sync.destroy();
    expect(document.body.innerHTML).toBe(page());

    const a = annotator({ session: fakeSession(fakeMatcher(TERMS)) });
    a.start();
    // The first slice runs inside start(): badges appear without waiting for a scheduled slice.
    expect(badges().length).toBeGreaterThan(0);
    await a.settled();
    expect(shown()).toEqual(expected);
    expect(a.mentions()).toEqual(expectedMentions);
    a.destroy();
    expect(document.body.innerHTML).toBe(page());
  });

  it('annotates names wrapped across a source line break in every slice (the text reads it as a space)', async () => {
    const wrapped = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}: Angela\n  Merkel said so.</p>`).join('');
    document.body.innerHTML = wrapped;
    const a = annotator({ session: fakeSession(fakeMatcher(['Angela   Merkel'])) });
    a.start();
    await a.settled();
    expect(shown().filter((k) => k === 'official:angela-merkel')).toHaveLength(400);
    a.destroy();
    expect(document.body.innerHTML).toBe(wrapped);
  });

  it('runs the full rescan a flood of changed blocks triggers in slices too, matching the page once', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const match = fakeMatcher(TERMS);
    const session = vi.fn(fakeSession(match));
    const a = annotator({ match, session });
    a.start();
    const feed = document.getElementById('feed')!;
    for (let i = 0; i < 1600; i++) {
      const p = document.createElement('p');
      p.textContent = `Item ${i}: Obama`;
      feed.appendChild(p);
    }
    await until(() => badges().length === 1600, 20_000);
    await a.settled();
    expect(badges()).toHaveLength(1600);
    // Start (the empty page) and one full rescan, both through the session.
    expect(session).toHaveBeenCalledTimes(2);
  });

  it('handles the page changing a block the scan has not reached yet', async () => {
    document.body.innerHTML = page();
    const a = annotator({ session: fakeSession(fakeMatcher(TERMS)) });
    a.start();
    const last = document.body.lastElementChild!;
    last.firstChild!.textContent = 'Now only Obama remains.';
    await a.settled();
    await until(() => last.querySelectorAll(BADGES).length === 1);
    expect([...last.querySelectorAll(BADGES)].map((b) => spec(b).id)).toEqual(['obama']);
    expect(last.textContent).toBe('Now only Obama remains.');
  });
});
