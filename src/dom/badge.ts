// The inline badge: a built-in <span> host (a name the page cannot define as a custom element) with a
// closed shadow root, so page script cannot read or rewrite it and page CSS cannot restyle it. The host
// carries only `data-claimlens-badge` and `data-kind`; the record's words live inside the closed root.
// Built with DOM calls only (page text is untrusted).
import { STATUS_ICON, contradictsVerdict } from '../core/status-look';
import type { ClaimStatus, MentionKind, Reported } from '../core/types';
import { markHost, markWrapper } from './own';
import type { MarkLook } from '../core/personal-mark';

/** The marker attribute on every badge host (public: the page may know *that* text got a badge). */
export const BADGE_ATTR = 'data-claimlens-badge';

export interface BadgeSpec {
  kind: MentionKind;
  id: string;
  status?: ClaimStatus;
  /** For claims: what the sentence does with the claim (the badge's tone follows it). */
  reported?: Reported;
  label: string;
  /** The visible words (localised by the caller); a plain English word when absent. */
  word?: string;
  /** The visible icon(s); the kind's or status's own glyph when absent (several for merged claims). */
  icon?: string;
  /** Whether the badge is its paragraph's Tab stop (roving tabindex); true when absent. */
  tabStop?: boolean;
  /** The reader's personal mark, drawn first inside the closed root (see shared/personal-mark.ts). */
  mark?: MarkLook;
}

const WORDS: Record<ClaimStatus, string> = {
  denied: 'Denied',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

// Icons are glyphs plus a word: status is never shown by colour alone.
const ICONS: Record<ClaimStatus | 'official' | 'attribution' | 'claim', string> = {
  ...STATUS_ICON, // the card's glyphs: one table (src/core/status-look.ts)
  official: '\u25C6', // ◆
  attribution: '\u201D', // ”
  claim: '?',
};

export function badgeWord(spec: Pick<BadgeSpec, 'kind' | 'status' | 'word'>): string {
  if (spec.word) return spec.word;
  if (spec.kind === 'claim') return spec.status ? WORDS[spec.status] : 'Claim';
  return spec.kind === 'official' ? 'Official' : 'Said';
}

/**
 * `all: initial !important` on :host: for !important declarations the shadow tree's rules beat the
 * page's, even the page's inline `!important` (cascade order of tree contexts comes first), so
 * `p > * { display: block !important }` loses. Not selectable: "select all" in page script reads no
 * badge words. Fixed pixel sizes: the badge looks the same whatever font sizes the page sets.
 */
export const BADGE_CSS = `
:host {
  all: initial !important;
  display: inline-block !important;
  visibility: visible !important;
  opacity: 1 !important;
  position: static !important;
  vertical-align: baseline !important;
  margin: 0 0 0 3px !important;
  cursor: pointer !important;
  user-select: none !important;
  -webkit-user-select: none !important;
  contain: content !important;
}
:host::before, :host::after { content: none !important; display: none !important; }
:host(:focus-visible) { outline: 2px solid Highlight !important; outline-offset: 1px !important; border-radius: 4px; }
.b {
  display: inline-flex; align-items: center; gap: 3px;
  padding: 1px 5px; border-radius: 4px; border: 1px solid;
  font: 600 13px/16px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  white-space: nowrap; letter-spacing: 0; text-transform: none; text-decoration: none;
  color: #1f2937; background: #f3f4f6; border-color: #9ca3af;
}
.i { font-size: 12px; line-height: 1; }
/* The mark in a fixed box: glyphs differ in width, and a page can measure a badge's box (never its
   content), which would tell it which mark the reader has. */
.m { display: inline-block; width: 14px; height: 14px; line-height: 14px; overflow: hidden; text-align: center;
  font-size: 12px; font-weight: 700; }
.l { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.official { color: #1e3a8a; background: #e0e7ff; border-color: #6366f1; }
.attribution { color: #374151; background: #f9fafb; border-style: dashed; }
.denied { color: #7f1d1d; background: #fee2e2; border-color: #dc2626; }
.confirmed { color: #14532d; background: #dcfce7; border-color: #16a34a; }
.disputed { color: #78350f; background: #fef3c7; border-color: #d97706; }
.unverified { color: #374151; background: #f3f4f6; border-color: #6b7280; border-style: dotted; }
.calm.denied { color: #334155; background: #f1f5f9; border-color: #64748b; }
@media (prefers-color-scheme: dark) {
  .b { color: #e5e7eb; background: #1f2937; border-color: #6b7280; }
  .official { color: #c7d2fe; background: #1e1b4b; border-color: #818cf8; }
  .attribution { color: #e5e7eb; background: #111827; }
  .denied { color: #fecaca; background: #450a0a; border-color: #f87171; }
  .confirmed { color: #bbf7d0; background: #052e16; border-color: #4ade80; }
  .disputed { color: #fde68a; background: #451a03; border-color: #fbbf24; }
  .unverified { color: #e5e7eb; background: #1f2937; border-color: #9ca3af; }
  .calm.denied { color: #e2e8f0; background: #1e293b; border-color: #94a3b8; }
}
`;

/** Added to a badge's own closed root to hide it: the layer state never shows in page-visible markup. */
const HIDDEN_CSS = ':host { display: none !important; }';

// Constructed sheets, one pair per document: adoptedStyleSheets is not blocked by a strict style-src
// CSP, where an inline <style> may be.
const sheets = new WeakMap<Document, [CSSStyleSheet, CSSStyleSheet] | null>();

function sheetsFor(doc: Document): [CSSStyleSheet, CSSStyleSheet] | null {
  if (sheets.has(doc)) return sheets.get(doc)!;
  let pair: [CSSStyleSheet, CSSStyleSheet] | null = null;
  try {
    // The page window's constructor: Firefox content scripts cannot adopt sheets from their own compartment.
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Ctor) {
      const base = new Ctor();
      base.replaceSync(BADGE_CSS);
      const hidden = new Ctor();
      hidden.replaceSync(HIDDEN_CSS);
      pair = [base, hidden];
    }
  } catch {
    pair = null;
  }
  sheets.set(doc, pair);
  return pair;
}

/** What the extension knows about one of its badges; held here, out of the page's reach. */
export interface BadgeState {
  readonly spec: BadgeSpec;
  readonly root: ShadowRoot;
  visible: boolean;
  /** Whether Tab reaches it (one Tab stop per paragraph; arrows move between a paragraph's badges). */
  tabStop: boolean;
  /** The adopted sheets, when adoption worked (hiding then happens inside the closed root). */
  readonly sheets: [CSSStyleSheet, CSSStyleSheet] | null;
}

const badges = new WeakMap<Element, BadgeState>();

/** The record behind one of our badges (undefined for any other element, look-alikes included). */
export function badgeState(el: Element): BadgeState | undefined {
  return badges.get(el);
}

/**
 * Puts a badge host's attributes back as we made them. The page can set attributes on any element:
 * `aria-label` or `aria-hidden` on our host would change what a screen reader announces, `inert`
 * would make it dead, `data-status` would forge a record. Guarded per badge (an attribute observer
 * on our hosts only, not the page), restored at once.
 */
function restoreHost(host: HTMLElement, state: BadgeState): void {
  for (const name of host.getAttributeNames()) if (!HOST_ATTRS.has(name)) host.removeAttribute(name);
  if (host.getAttribute(BADGE_ATTR) !== '') host.setAttribute(BADGE_ATTR, '');
  if (host.getAttribute('data-kind') !== state.spec.kind) host.setAttribute('data-kind', state.spec.kind);
  if (host.getAttribute('role') !== 'button') host.setAttribute('role', 'button');
  const tabindex = state.tabStop ? '0' : '-1';
  if (host.getAttribute('tabindex') !== tabindex) host.setAttribute('tabindex', tabindex);
  const display = state.sheets || state.visible ? 'inline-block' : 'none';
  if (host.getAttribute('style') !== `display: ${display} !important;`) {
    host.removeAttribute('style');
    host.style.setProperty('display', display, 'important');
  }
}

const HOST_ATTRS = new Set([BADGE_ATTR, 'data-kind', 'role', 'tabindex', 'style']);
const guards = new WeakMap<Document, MutationObserver | null>();

function guard(doc: Document, host: HTMLElement): void {
  let observer = guards.get(doc);
  if (observer === undefined) {
    const Observer = (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
    observer = Observer
      ? new Observer((records) => {
          for (const r of records) {
            const state = badges.get(r.target as Element);
            if (state) restoreHost(r.target as HTMLElement, state);
          }
          // Our own restoring changes come back as records: drop them, or this would never settle.
          observer?.takeRecords();
        })
      : null;
    guards.set(doc, observer);
  }
  observer?.observe(host, { attributes: true });
}

export function setBadgeVisible(host: HTMLElement, visible: boolean): void {
  const state = badges.get(host);
  if (!state) return;
  state.visible = visible;
  if (state.sheets) {
    state.root.adoptedStyleSheets = visible ? [state.sheets[0]] : [...state.sheets];
  } else {
    // No constructed sheets (old engines, test DOMs): the host's inline style is the only lever left.
    host.style.setProperty('display', visible ? 'inline-block' : 'none', 'important');
  }
}

/** Makes the badge its paragraph's Tab stop (tabindex 0) or reachable by arrow keys only (-1). */
export function setBadgeTabStop(host: HTMLElement, tabStop: boolean): void {
  const state = badges.get(host);
  if (!state || state.tabStop === tabStop) return;
  state.tabStop = tabStop;
  host.setAttribute('tabindex', tabStop ? '0' : '-1');
}

export function createBadge(doc: Document, spec: BadgeSpec, visible: boolean): HTMLElement {
  // A built-in element: a page cannot pre-define it (customElements.define needs a dashed name), so no
  // page code runs when we create it, and attachShadow always succeeds on a fresh span.
  const host = doc.createElement('span');
  markHost(host);
  host.setAttribute(BADGE_ATTR, '');
  host.setAttribute('data-kind', spec.kind);
  // A button named by its content (the label inside the closed root), reached with Tab.
  host.setAttribute('role', 'button');
  const tabStop = spec.tabStop ?? true;
  host.setAttribute('tabindex', tabStop ? '0' : '-1');
  // Inline, for when no shadow sheet applies; the shadow's !important rules win where one does.
  host.style.setProperty('display', 'inline-block', 'important');

  const root = host.attachShadow({ mode: 'closed' });
  const pair = sheetsFor(doc);
  let adopted = false;
  if (pair) {
    try {
      root.adoptedStyleSheets = [pair[0]];
      adopted = root.adoptedStyleSheets.length === 1;
    } catch {
      adopted = false;
    }
  }
  if (!adopted) {
    const style = doc.createElement('style');
    style.textContent = BADGE_CSS;
    root.appendChild(style);
  }
  const box = doc.createElement('span');
  const variant = spec.kind === 'claim' ? (spec.status ?? 'unverified') : spec.kind;
  // Second class: the status (tools read it there); `calm` when the sentence does not go against it.
  const calm = spec.kind === 'claim' && !contradictsVerdict(spec.status, spec.reported);
  box.className = `b ${variant}${calm ? ' calm' : ''}`;
  box.setAttribute('aria-hidden', 'true'); // the label below is the accessible name
  const icon = doc.createElement('span');
  icon.className = 'i';
  icon.textContent = spec.icon ?? ICONS[spec.kind === 'claim' ? (spec.status ?? 'claim') : spec.kind];
  const word = doc.createElement('span');
  word.className = 'w';
  word.textContent = badgeWord(spec);
  if (spec.mark) {
    const mark = doc.createElement('span');
    mark.className = 'm';
    mark.textContent = spec.mark.glyph;
    mark.style.color = spec.mark.colour;
    box.append(mark);
  }
  box.append(icon, word);
  const label = doc.createElement('span');
  label.className = 'l';
  label.textContent = spec.label;
  root.append(box, label);
  badges.set(host, { spec, root, visible: true, tabStop, sheets: adopted ? pair : null });
  if (!visible) setBadgeVisible(host, false);
  guard(doc, host);
  return host;
}

/**
 * Fallback mention wrapper where the Custom Highlight API is missing: a plain span (no name or attribute
 * for page CSS to aim at), its colour set inline with !important, which page style sheets cannot beat.
 */
export function createMark(doc: Document, colour: string, visible: boolean): HTMLElement {
  const mark = doc.createElement('span');
  markWrapper(mark);
  markColours.set(mark, colour);
  setMarkVisible(mark, visible);
  return mark;
}

const markColours = new WeakMap<Element, string>();

export function setMarkVisible(mark: HTMLElement, visible: boolean): void {
  mark.style.setProperty('display', 'inline', 'important');
  if (visible) mark.style.setProperty('background-color', markColours.get(mark) ?? 'rgba(107,114,128,.2)', 'important');
  else mark.style.removeProperty('background-color');
}
