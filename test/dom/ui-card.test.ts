// The badge card in a DOM: what it shows for claims and officials, how it treats data (text only,
// safe links, RTL), and how it opens, moves, and closes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DATASET, makeFakeBrowser } from './ui-support';

vi.mock('webextension-polyfill', () => ({ default: makeFakeBrowser() }));

const { createCardController, CARD_ATTR } = await import('../../src/ui/card');
const CARD = `[${CARD_ATTR}]`;
const { placeCard } = await import('../../src/ui/card/position');
const { roleAt, safeUrl } = await import('../../src/ui/card/card-model');
import type { CompiledClaim, HistoryEntry, Mention } from '../../src/core/types';

const claim: Mention = {
  kind: 'claim',
  id: 'japan-sdf-to-ukraine',
  start: 10,
  end: 50,
  text: 'Japan will send soldiers to Ukraine',
  score: 0.82,
  why: ['terms: Japan, troops, Ukraine', 'attributed: Lavrov'],
  officialId: 'sergey-lavrov',
};
const official: Mention = {
  kind: 'official',
  id: 'sergey-lavrov',
  start: 0,
  end: 13,
  text: 'Sergey Lavrov',
  score: 1,
  why: ["alias 'Sergey Lavrov'"],
};

function setup(pageDate?: string) {
  document.body.innerHTML = '<p>Before <span id="badge" tabindex="0">b</span> after <button id="out">x</button></p>';
  const badge = document.getElementById('badge') as HTMLElement;
  const card = createCardController(document, { dataset: DATASET, pageDate });
  const host = () => document.querySelector(CARD) as HTMLElement | null;
  // The closed root, through the controller (the page's host.shadowRoot is null).
  const root = () => card.root!;
  const box = () => card.root?.querySelector('[role="dialog"]') as HTMLElement | null;
  return { badge, card, host, box, root };
}

let cleanup: (() => void) | undefined;
beforeEach(() => {
  cleanup = undefined;
});
afterEach(() => cleanup?.());

describe('card content', () => {
  it('shows a claim with status word, timeline with resolved names and safe links', () => {
    const { badge, card, box } = setup('2025-03-05');
    cleanup = card.destroy;
    card.open(badge, claim);
    const dialog = box()!;
    expect(dialog.getAttribute('aria-labelledby')).toBe('claimlens-card-title');
    const title = dialog.querySelector('#claimlens-card-title')!;
    expect(title.textContent).toBe('Japan plans to send troops to Ukraine');
    expect(dialog.textContent).toContain('Denied');
    const items = [...dialog.querySelectorAll('.claimlens-timeline li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('2025-03-01');
    expect(items[0]).toContain('Claimed by Sergey Lavrov');
    expect(items[0]).toContain('via TASS');
    expect(items[0]).toContain('Tokyo is preparing to send soldiers.');
    expect(items[1]).toContain('Denied by Ministry of Foreign Affairs of Japan');
    expect(items[1]).toContain('via Kyodo News');
    // The javascript: link of the first entry is dropped; the https one opens safely in a new tab.
    const links = [...dialog.querySelectorAll('a')];
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('href')).toBe('https://example.org/denial');
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(dialog.textContent).toContain('terms: Japan, troops, Ukraine');
    expect(dialog.textContent).toContain('Score: 0.82');
    expect(dialog.textContent).toContain('Dataset version 2026.11.1');
    // Who made the claim, who denied it, when and where: never "Attributed to" anyone.
    expect(dialog.textContent).toContain(
      'Denied · Denied by Ministry of Foreign Affairs of Japan on 2025-03-02 via Kyodo News',
    );
    expect(dialog.textContent).toContain('Claimed by Sergey Lavrov');
    expect(dialog.textContent).toContain('Speaker in this article: Sergey Lavrov');
    expect(dialog.textContent).not.toContain('Attributed to');
  });

  it('shows the role an official held on the article date, else the current one', () => {
    const old = setup('2001-06-01');
    old.card.open(old.badge, official);
    expect(old.box()!.textContent).toContain('Role on 2001-06-01');
    expect(old.box()!.textContent).toContain('Permanent Representative to the UN');
    old.card.destroy();

    const now = setup();
    cleanup = now.card.destroy;
    now.card.open(now.badge, official);
    expect(now.box()!.textContent).toContain('Current role');
    expect(now.box()!.textContent).toContain('Minister of Foreign Affairs, Government of Russia');
    expect(now.box()!.textContent).not.toContain('Permanent Representative');
  });

  it('shows attributions with speaker and verb', () => {
    const { badge, card, box } = setup('2025-01-01');
    cleanup = card.destroy;
    card.open(badge, { ...official, kind: 'attribution', officialId: 'sergey-lavrov', verb: 'заявил' });
    const text = box()!.textContent!;
    expect(text).toContain('Attribution');
    expect(text).toContain('Who');
    expect(text).toContain('Sergey Lavrov');
    expect(text).toContain('заявил');
  });

  it('renders HTML in data as text, never as markup', () => {
    const { badge, card, box } = setup();
    cleanup = card.destroy;
    card.open(badge, { ...claim, id: 'xss-claim', text: '<b>bold</b> page text', officialId: undefined });
    const dialog = box()!;
    expect(dialog.querySelector('img')).toBeNull();
    expect(dialog.querySelector('b')).toBeNull();
    expect(dialog.querySelector('#claimlens-card-title')!.textContent).toBe(
      'Evil <img src=x onerror="window.__pwned=1"> claim',
    );
    expect(dialog.textContent).toContain('<b>bold</b> page text');
  });

  it('marks data and page text dir="auto" so right-to-left names display correctly', () => {
    const { badge, card, box } = setup();
    cleanup = card.destroy;
    card.open(badge, { ...official, id: 'avi-cohen-test', text: 'אבי כהן' });
    const title = box()!.querySelector('#claimlens-card-title')!;
    expect(title.textContent).toBe('אבי כהן');
    expect(title.getAttribute('dir')).toBe('auto');
    const q = box()!.querySelector('q')!;
    expect(q.textContent).toBe('אבי כהן');
    expect(q.getAttribute('dir')).toBe('auto');
    const dd = [...box()!.querySelectorAll('dd')].find((d) => d.textContent === 'דובר')!;
    expect(dd.getAttribute('dir')).toBe('auto');
  });
});

describe('card behaviour', () => {
  it('lives in a closed shadow root on <html>, not <body>, one at a time', () => {
    const { badge, card, host, root } = setup();
    cleanup = card.destroy;
    card.open(badge, claim);
    card.open(badge, claim); // the same badge again toggles it closed
    expect(host()!.hidden).toBe(true);
    const other = document.createElement('span');
    document.body.appendChild(other);
    card.open(badge, claim);
    card.open(other, official);
    expect(document.querySelectorAll(CARD)).toHaveLength(1);
    expect(host()!.parentNode).toBe(document.documentElement);
    // A built-in host the page sees as empty: no text, no links, no open root.
    expect(host()!.localName).toBe('div');
    expect(host()!.shadowRoot).toBeNull();
    expect(host()!.textContent).toBe('');
    expect(root().textContent).toContain('Sergey Lavrov');
    expect(root().textContent).not.toContain('Japan plans');
  });

  it('closes on Escape and gives focus back to the badge', () => {
    const { badge, card, host, box, root } = setup();
    cleanup = card.destroy;
    badge.focus();
    card.open(badge, claim);
    expect(root().activeElement).toBe(box());
    box()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(host()!.hidden).toBe(true);
    expect(document.activeElement).toBe(badge);
  });

  it('keeps key events inside the card away from page handlers', () => {
    const { badge, card, box } = setup();
    cleanup = card.destroy;
    const pageKeys = vi.fn();
    document.addEventListener('keydown', pageKeys);
    card.open(badge, claim);
    box()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    document.removeEventListener('keydown', pageKeys);
    expect(pageKeys).not.toHaveBeenCalled();
  });

  it('closes on a press outside, not on one inside', () => {
    const { badge, card, host, box } = setup();
    cleanup = card.destroy;
    card.open(badge, claim);
    box()!
      .querySelector('h2')!
      .dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(host()!.hidden).toBe(false);
    document.getElementById('out')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(host()!.hidden).toBe(true);
  });

  it('closes from its close button, and destroy() removes every trace', () => {
    const { badge, card, host, box } = setup();
    card.open(badge, claim);
    (box()!.querySelector('button.claimlens-close') as HTMLButtonElement).click();
    expect(host()!.hidden).toBe(true);
    expect(document.activeElement).toBe(badge);
    card.destroy();
    expect(document.querySelector(CARD)).toBeNull();
  });
});

describe('placement and data helpers', () => {
  const vp = { width: 1000, height: 800 };
  const size = { width: 400, height: 300 };
  it('goes below the badge when there is room, above near the bottom edge', () => {
    expect(placeCard({ top: 100, left: 50, width: 20, height: 18 }, size, vp)).toMatchObject({
      side: 'below',
      top: 124,
      left: 50,
    });
    const low = placeCard({ top: 700, left: 50, width: 20, height: 18 }, size, vp);
    expect(low.side).toBe('above');
    expect(low.top).toBe(700 - 6 - 300);
  });
  it('shifts left near the right edge and never leaves the viewport', () => {
    const p = placeCard({ top: 100, left: 950, width: 20, height: 18 }, size, vp);
    expect(p.left).toBe(1000 - 8 - 400);
    const tiny = placeCard(
      { top: 10, left: 5, width: 20, height: 18 },
      { width: 400, height: 2000 },
      { width: 300, height: 500 },
    );
    expect(tiny.left).toBe(8);
    expect(tiny.top).toBeGreaterThanOrEqual(8);
    expect(tiny.top + Math.min(2000, tiny.maxHeight)).toBeLessThanOrEqual(500 - 8);
  });
  it('finds roles by partial ISO dates and accepts only http(s) links', () => {
    const lavrov = DATASET.officials[0];
    expect(roleAt(lavrov, '2004')?.title).toBe('Minister of Foreign Affairs');
    expect(roleAt(lavrov, '2003-12')?.title).toBe('Permanent Representative to the UN');
    expect(roleAt(lavrov, '1990-01-01')).toBeUndefined();
    expect(safeUrl('https://a.example/x')).toBe('https://a.example/x');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
    expect(safeUrl('not a url')).toBeUndefined();
  });
});

describe('card keyboard', () => {
  it('keeps Tab inside the open card, cycling from last to first and back', () => {
    const { badge, card, box } = setup();
    cleanup = card.destroy;
    card.open(badge, claim);
    const root = card.root!;
    const stops = [...box()!.querySelectorAll<HTMLElement>('a[href], button')];
    expect(stops.length).toBe(2); // close button and the one safe source link
    const tab = (shiftKey = false) =>
      root.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', shiftKey, bubbles: true, composed: true, cancelable: true }),
      );
    tab(true); // from the dialog itself, Shift+Tab goes to the last stop
    expect(root.activeElement).toBe(stops[1]);
    tab(); // and Tab from the last wraps to the first
    expect(root.activeElement).toBe(stops[0]);
    tab(true);
    expect(root.activeElement).toBe(stops[1]);
  });
});

describe('card model', () => {
  it('adds the claim in the reader language when the dataset has it', async () => {
    const { buildCardModel } = await import('../../src/ui/card/card-model');
    const dataset = {
      ...DATASET,
      claims: [{ ...DATASET.claims[0], translations: { fr: 'Le Japon prévoit d’envoyer des troupes en Ukraine' } }],
    };
    expect(buildCardModel(dataset, claim, undefined, 'fr-FR').translation).toEqual({
      lang: 'fr',
      text: 'Le Japon prévoit d’envoyer des troupes en Ukraine',
    });
    expect(buildCardModel(dataset, claim, undefined, 'en-GB').translation).toBeUndefined();
    expect(buildCardModel(dataset, claim, undefined, 'ja').translation).toBeUndefined();
  });
});

describe('verdict basis in words', () => {
  // One claim per kind of evidence; the card must say which, in words a reader understands.
  const entry = (id: string, h: Omit<HistoryEntry, 'date'>): CompiledClaim => ({
    id,
    text: `Claim ${id}`,
    about: [],
    status: h.status,
    history: [{ date: '2024-03-19', ...h }],
    hints: { groups: [] },
  });
  const dataset = {
    ...DATASET,
    sources: [...DATASET.sources, { id: 'checker', name: 'CheckIt', kind: 'fact-checker' }],
    claims: [
      entry('party-denied', { status: 'denied', kind: 'statement', by: 'mofa-japan', via: 'kyodo' }),
      entry('party-confirmed', { status: 'confirmed', kind: 'statement', by: 'sergey-lavrov' }),
      entry('party-disputed', { status: 'disputed', kind: 'statement', by: 'sergey-lavrov', via: 'tass' }),
      entry('rated', { status: 'denied', kind: 'fact-check', via: 'checker', rating: 'Pants on Fire' }),
      entry('overtaken', { status: 'denied', kind: 'events', via: 'kyodo' }),
      entry('borne-out', { status: 'confirmed', kind: 'events' }),
      entry('claimed', { status: 'unverified', kind: 'claim', by: 'sergey-lavrov', via: 'tass' }),
      // An index compiled before kinds existed: read as a statement by the party.
      entry('old-index', { status: 'denied', by: 'mofa-japan' }),
    ],
  };
  function cardText(id: string): string {
    document.body.innerHTML = '<p><span id="badge" tabindex="0">b</span></p>';
    const badge = document.getElementById('badge') as HTMLElement;
    const card = createCardController(document, { dataset, pageDate: '2024-03-20' });
    card.open(badge, { ...claim, id, officialId: undefined });
    // The closed root, through the controller.
    const text = card.root!.querySelector('[role="dialog"]')!.textContent!;
    card.destroy();
    return text;
  }

  it.each([
    ['party-denied', 'Denied · Denied by Ministry of Foreign Affairs of Japan on 2024-03-19 via Kyodo News'],
    ['party-confirmed', 'Confirmed · Confirmed by Sergey Lavrov on 2024-03-19'],
    ['party-disputed', 'Disputed · Disputed by Sergey Lavrov on 2024-03-19 via TASS'],
    ['rated', 'Denied · Rated “Pants on Fire” by CheckIt on 2024-03-19'],
    ['overtaken', 'Denied · Overtaken by events on 2024-03-19 via Kyodo News'],
    ['borne-out', 'Confirmed · Borne out by events on 2024-03-19'],
    ['claimed', 'Unverified · Claimed by Sergey Lavrov on 2024-03-19 via TASS'],
    ['old-index', 'Denied · Denied by Ministry of Foreign Affairs of Japan on 2024-03-19'],
  ])('%s reads "%s"', (id, headline) => {
    const text = cardText(id);
    expect(text).toContain(headline);
    expect(text).not.toContain('Attributed to');
  });

  it('never names the one who denied or the events as the claimant', () => {
    expect(cardText('party-denied')).not.toContain('Claimed by');
    expect(cardText('overtaken')).not.toContain('Claimed by');
    expect(cardText('claimed')).toContain('Claimed by Sergey Lavrov');
  });
});

describe('official card', () => {
  it('shows the role on the article date and the role now when they differ', () => {
    const { badge, card, box } = setup('2001-06-01');
    cleanup = card.destroy;
    card.open(badge, official);
    const text = box()!.textContent!;
    expect(text).toContain('Role on 2001-06-01');
    expect(text).toContain('Permanent Representative to the UN');
    expect(text).toContain('Role now');
    expect(text).toContain('Minister of Foreign Affairs, Government of Russia');
  });

  it('says "Unknown at that date" rather than a role held later', () => {
    const { badge, card, box } = setup('1990-01-01');
    cleanup = card.destroy;
    card.open(badge, official);
    expect(box()!.textContent).toContain('Unknown at that date');
  });
});

describe('card styles', () => {
  it('adopts a constructed stylesheet (immune to style-src CSP), with a <style> fallback', () => {
    const { badge, card } = setup();
    card.open(badge, claim);
    const root = card.root!;
    expect(root.adoptedStyleSheets.length).toBe(1);
    expect(root.querySelector('style')).toBeNull();
    card.destroy();

    const replaceSync = CSSStyleSheet.prototype.replaceSync;
    // An engine without constructable stylesheets.
    (CSSStyleSheet.prototype as { replaceSync?: unknown }).replaceSync = undefined;
    try {
      const again = setup();
      cleanup = again.card.destroy;
      again.card.open(again.badge, claim);
      const style = again.root().querySelector('style');
      expect(style?.textContent).toContain(':host { all: initial !important;');
    } finally {
      CSSStyleSheet.prototype.replaceSync = replaceSync;
    }
  });
});
