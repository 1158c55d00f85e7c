// The inline badge: a <claimlens-badge> host with a shadow root, so page CSS cannot hide or restyle it
// and its styles cannot reach the page. Built with DOM calls only (page text is untrusted).
import type { ClaimStatus, MentionKind } from '../core/types';

export const BADGE_TAG = 'claimlens-badge';
export const MARK_TAG = 'claimlens-mark';

export interface BadgeSpec {
  kind: MentionKind;
  id: string;
  status?: ClaimStatus;
  label: string;
}

const WORDS: Record<ClaimStatus, string> = {
  denied: 'Denied',
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

// Icons are glyphs plus a word: status is never shown by colour alone.
const ICONS: Record<ClaimStatus | 'official' | 'attribution' | 'claim', string> = {
  denied: '\u2715', // ✕
  confirmed: '\u2713', // ✓
  disputed: '\u26A0\uFE0E', // ⚠ (text presentation)
  unverified: '?',
  official: '\u25C6', // ◆
  attribution: '\u201D', // ”
  claim: '?',
};

export function badgeWord(spec: Pick<BadgeSpec, 'kind' | 'status'>): string {
  if (spec.kind === 'claim') return spec.status ? WORDS[spec.status] : 'Claim';
  return spec.kind === 'official' ? 'Official' : 'Said';
}

/**
 * `all: initial !important` on :host: for !important declarations the shadow tree's rules beat the
 * page's (cascade order of tree contexts), so `claimlens-badge { display: none !important }` loses.
 * Fixed pixel sizes: the badge looks the same whatever font sizes the page sets.
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
  contain: content;
}
:host([data-claimlens-hidden]) { display: none !important; }
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
.official { color: #1e3a8a; background: #e0e7ff; border-color: #6366f1; }
.attribution { color: #374151; background: #f9fafb; border-style: dashed; }
.denied { color: #7f1d1d; background: #fee2e2; border-color: #dc2626; }
.confirmed { color: #14532d; background: #dcfce7; border-color: #16a34a; }
.disputed { color: #78350f; background: #fef3c7; border-color: #d97706; }
.unverified { color: #374151; background: #f3f4f6; border-color: #6b7280; border-style: dotted; }
@media (prefers-color-scheme: dark) {
  .b { color: #e5e7eb; background: #1f2937; border-color: #6b7280; }
  .official { color: #c7d2fe; background: #1e1b4b; border-color: #818cf8; }
  .attribution { color: #e5e7eb; background: #111827; }
  .denied { color: #fecaca; background: #450a0a; border-color: #f87171; }
  .confirmed { color: #bbf7d0; background: #052e16; border-color: #4ade80; }
  .disputed { color: #fde68a; background: #451a03; border-color: #fbbf24; }
  .unverified { color: #e5e7eb; background: #1f2937; border-color: #9ca3af; }
}
`;

// One constructed sheet per document: adoptedStyleSheets is not blocked by a strict style-src CSP,
// where an inline <style> may be.
const sheets = new WeakMap<Document, CSSStyleSheet | null>();

function sheetFor(doc: Document): CSSStyleSheet | null {
  if (sheets.has(doc)) return sheets.get(doc)!;
  let sheet: CSSStyleSheet | null = null;
  try {
    // The page window's constructor: Firefox content scripts cannot adopt sheets from their own compartment.
    const Ctor = (doc.defaultView as (Window & typeof globalThis) | null)?.CSSStyleSheet;
    if (Ctor) {
      sheet = new Ctor();
      sheet.replaceSync(BADGE_CSS);
    }
  } catch {
    sheet = null;
  }
  sheets.set(doc, sheet);
  return sheet;
}

/** Host styles set inline with !important as well, for when the shadow sheet cannot apply. */
export function setHostDisplay(host: HTMLElement, visible: boolean): void {
  host.style.setProperty('display', visible ? 'inline-block' : 'none', 'important');
  if (visible) host.removeAttribute('data-claimlens-hidden');
  else host.setAttribute('data-claimlens-hidden', '');
}

export function createBadge(doc: Document, spec: BadgeSpec, visible: boolean): HTMLElement {
  // An undefined autonomous custom element: customElements is null in content scripts' isolated world,
  // and attachShadow works on valid custom element names without a definition.
  const host = doc.createElement(BADGE_TAG);
  host.setAttribute('data-kind', spec.kind);
  host.setAttribute('data-id', spec.id);
  if (spec.kind === 'claim' && spec.status) host.setAttribute('data-status', spec.status);
  host.setAttribute('role', 'button');
  host.setAttribute('tabindex', '0');
  host.setAttribute('aria-label', spec.label);
  host.style.setProperty('visibility', 'visible', 'important');
  host.style.setProperty('opacity', '1', 'important');
  setHostDisplay(host, visible);

  const root = host.attachShadow({ mode: 'open' });
  const sheet = sheetFor(doc);
  let adopted = false;
  if (sheet) {
    try {
      root.adoptedStyleSheets = [sheet];
      adopted = true;
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
  box.className = `b ${variant}`;
  box.setAttribute('part', 'badge');
  const icon = doc.createElement('span');
  icon.className = 'i';
  icon.setAttribute('aria-hidden', 'true');
  icon.textContent = ICONS[spec.kind === 'claim' ? (spec.status ?? 'claim') : spec.kind];
  const word = doc.createElement('span');
  word.className = 'w';
  word.setAttribute('aria-hidden', 'true'); // the host's aria-label is the accessible name
  word.textContent = badgeWord(spec);
  box.append(icon, word);
  root.appendChild(box);
  return host;
}

/** Fallback mention wrapper where the Custom Highlight API is missing; styled inline, page CSS aside. */
export function createMark(doc: Document, name: string, visible: boolean): HTMLElement {
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-highlight', name);
  setMarkVisible(mark, visible);
  return mark;
}

const MARK_COLOURS: Record<string, string> = {
  'claimlens-official': 'rgba(99, 102, 241, 0.22)',
  'claimlens-attribution': 'rgba(107, 114, 128, 0.18)',
  'claimlens-claim-denied': 'rgba(220, 38, 38, 0.2)',
  'claimlens-claim-confirmed': 'rgba(22, 163, 74, 0.2)',
  'claimlens-claim-disputed': 'rgba(217, 119, 6, 0.22)',
  'claimlens-claim-unverified': 'rgba(107, 114, 128, 0.2)',
};

export function setMarkVisible(mark: HTMLElement, visible: boolean): void {
  mark.style.setProperty('display', 'inline', 'important');
  const name = mark.getAttribute('data-highlight') ?? '';
  if (visible) mark.style.setProperty('background-color', MARK_COLOURS[name] ?? 'rgba(107,114,128,.2)', 'important');
  else mark.style.removeProperty('background-color');
}
