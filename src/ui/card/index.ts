// The badge card controller the content script drives: one card at a time, rendered with Preact into
// a closed shadow root on <html>, placed beside its badge, dismissed by Escape, outside click or the close
// button. The page sees an empty <div data-claimlens-card>: it cannot read the card's text or links.
import { h, render } from 'preact';
import { markHost } from '../../dom/own';
import type { CompiledDataset, Mention } from '../../core/types';
import type { MarkLook } from '../../core/personal-mark';
import { uiLanguage } from '../i18n';
import { applyStyles } from '../theme';
import { buildCardModel } from './card-model';
import { CARD_CSS } from './card-styles';
import { CardView, TITLE_ID } from './card-view';
import { placeCard } from './position';

export interface CardContext {
  dataset: CompiledDataset;
  /**
   * The article's publication date (ISO); roles are shown as held on that date. A function is read
   * each time a card opens (a single-page site's article, and so its date, may change).
   */
  pageDate?: string | (() => string | undefined);
  /** The reader's personal mark as set now (see core/personal-mark.ts), shown in the card's head. */
  mark?: () => MarkLook | undefined;
}

export interface CardController {
  open(badge: HTMLElement, mention: Mention): void;
  /** Shows the card while the mouse rests on the badge or the card, without taking focus. */
  preview(badge: HTMLElement, mention: Mention): void;
  close(): void;
  destroy(): void;
  /** The card's closed root, for the extension's own tests (the page has no way to it). */
  readonly root: ShadowRoot | undefined;
}

/** Marker attribute of the card's host (a built-in <div>: no custom-element name the page can define). */
export const CARD_ATTR = 'data-claimlens-card';

// Events that must not reach the page's own handlers (shortcut libraries, click-away handlers):
// stopped at the host, after the card's own handlers (attached on inner elements) have run.
const ISOLATED_EVENTS = [
  'keydown',
  'keyup',
  'keypress',
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'input',
  'focusin',
  'focusout',
  'wheel',
  'touchstart',
];

/** How long a previewed card stays after the mouse leaves badge and card (time to reach the card). */
const PREVIEW_LINGER_MS = 300;

export function createCardController(doc: Document, ctx: CardContext): CardController {
  const win = doc.defaultView ?? window;
  let host: HTMLElement | undefined;
  let root: ShadowRoot | undefined;
  let box: HTMLElement | undefined;
  let current: { badge: HTMLElement; mention: Mention } | undefined;

  function ensureHost(): HTMLElement {
    if (host && host.isConnected && box) return box;
    // A built-in element, so no page-defined constructor runs and attachShadow cannot be refused.
    host = doc.createElement('div');
    markHost(host);
    host.setAttribute(CARD_ATTR, '');
    root = host.attachShadow({ mode: 'closed' });
    applyStyles(root, CARD_CSS);
    box = doc.createElement('div');
    box.className = 'claimlens-card';
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-labelledby', TITLE_ID);
    box.tabIndex = -1;
    box.addEventListener('keydown', onCardKey);
    root.appendChild(box);
    for (const type of ISOLATED_EVENTS) host.addEventListener(type, (e) => e.stopPropagation());
    doc.documentElement.appendChild(host);
    return box;
  }

  function position(): void {
    if (!current || !box) return;
    if (!current.badge.isConnected) return close(false);
    const r = current.badge.getBoundingClientRect();
    const place = placeCard(
      { top: r.top, left: r.left, width: r.width, height: r.height },
      { width: box.offsetWidth, height: box.scrollHeight },
      { width: win.innerWidth, height: win.innerHeight },
    );
    box.style.top = `${place.top}px`;
    box.style.left = `${place.left}px`;
    box.style.maxHeight = `${place.maxHeight}px`;
    box.dataset.side = place.side;
  }

  function onCardKey(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      close(true);
    } else if (e.key === 'Tab' && box) {
      // Tab cycles inside the open card, as in any dialog; Escape is the way back to the badge.
      const stops = [...box.querySelectorAll<HTMLElement>('a[href], button, [tabindex="0"]')];
      if (stops.length === 0) return;
      const active = (box.getRootNode() as ShadowRoot).activeElement;
      const first = stops[0];
      const last = stops[stops.length - 1];
      if (e.shiftKey && (active === first || active === box)) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  // While a card is open: Escape anywhere closes it; a press outside both card and badge closes it.
  function onDocKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && current) {
      close(true);
    }
  }
  function onDocPointer(e: Event): void {
    if (!current || !host) return;
    const path = e.composedPath();
    if (!path.includes(host) && !path.includes(current.badge)) close(false);
  }
  const onViewport = (): void => position();

  // A badge hidden by a layer switch (or removed) collapses to no box: its card goes with it.
  const Resize = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  const watcher = Resize
    ? new Resize(() => {
        if (current && current.badge.getClientRects().length === 0) close(false);
        else position();
      })
    : undefined;

  function listen(on: boolean): void {
    const m = on ? 'addEventListener' : 'removeEventListener';
    doc[m]('keydown', onDocKey as EventListener, true);
    doc[m]('pointerdown', onDocPointer, true);
    win[m]('scroll', onViewport, { capture: true, passive: true } as AddEventListenerOptions);
    win[m]('resize', onViewport);
  }

  function close(returnFocus = false): void {
    if (!current) return;
    stopPreview();
    const { badge } = current;
    current = undefined;
    listen(false);
    watcher?.disconnect();
    if (box) render(null, box);
    if (host) host.hidden = true;
    if (returnFocus && badge.isConnected) badge.focus();
  }

  function open(badge: HTMLElement, mention: Mention, asPreview = false): void {
    if (current?.badge === badge) {
      if (asPreview) return;
      // A click on a previewed badge keeps its card (and takes focus into it, as a click does).
      if (previewing) {
        stopPreview();
        box?.focus({ preventScroll: true });
        return;
      }
      // A second activation of the same badge toggles its card closed.
      return close(true);
    }
    // A preview never replaces a card the reader opened.
    if (asPreview && current && !previewing) return;
    const wasOpen = !!current;
    stopPreview();
    current = { badge, mention };
    const el = ensureHost();
    host!.hidden = false;
    if (!wasOpen) listen(true);
    const model = buildCardModel(
      ctx.dataset,
      mention,
      typeof ctx.pageDate === 'function' ? ctx.pageDate() : ctx.pageDate,
      uiLanguage(),
    );
    render(h(CardView, { model, mark: ctx.mark?.(), onClose: () => close(true) }), el);
    watcher?.disconnect();
    watcher?.observe(badge);
    position();
    if (asPreview) startPreview(badge);
    // A preview leaves focus where the reader has it.
    else el.focus({ preventScroll: true });
  }

  // ---- hover preview: the card shown while the mouse is on the badge or the card ----
  let previewing = false;
  let leaving: ReturnType<typeof setTimeout> | undefined;
  let previewBadge: HTMLElement | undefined;
  // Only the reader's own pointer keeps or ends a preview: a page's synthetic pointer events on the
  // badge or the card host do neither.
  const stay = (e: Event): void => {
    if (e.isTrusted) clearTimeout(leaving);
  };
  const leave = (e: Event): void => {
    if (!e.isTrusted) return;
    clearTimeout(leaving);
    leaving = setTimeout(() => previewing && close(false), PREVIEW_LINGER_MS);
  };
  function startPreview(badge: HTMLElement): void {
    previewing = true;
    previewBadge = badge;
    for (const el of [badge, host!]) {
      el.addEventListener('pointerenter', stay);
      el.addEventListener('pointerleave', leave);
    }
  }
  function stopPreview(): void {
    clearTimeout(leaving);
    if (!previewing) return;
    previewing = false;
    for (const el of [previewBadge, host]) {
      el?.removeEventListener('pointerenter', stay);
      el?.removeEventListener('pointerleave', leave);
    }
    previewBadge = undefined;
  }

  function destroy(): void {
    close(false);
    if (box) render(null, box);
    host?.remove();
    host = box = root = undefined;
  }

  return {
    open: (badge, mention) => open(badge, mention),
    preview: (badge, mention) => open(badge, mention, true),
    close: () => close(false),
    destroy,
    get root() {
      return root;
    },
  };
}
