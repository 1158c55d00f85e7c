// Badges as controls: a click, Enter or Space opens the card (only the reader's own input: a page's
// `badge.click()` never does), a mouse resting on a badge previews it, keys typed on a badge never
// reach the page's shortcuts, and each paragraph is one Tab stop with the arrow keys, Home and End
// moving between its badges (a roving tabindex).
import type { Mention } from '../core/types';
import { badgeState, setBadgeTabStop } from './badge';
import type { Annotation } from './renderer';

/** How long the mouse rests on a badge before its card is previewed. */
export const PREVIEW_DELAY_MS = 500;

export interface BadgeInteractionOptions {
  /** The annotations drawn in a paragraph (see annotation-store.ts). */
  inBlock(block: Node): Iterable<Annotation>;
  /** Runs our own DOM writes so that the annotator's mutation observer does not take them for the page's. */
  quietly(fn: () => void): void;
  /** Whether an event came from the reader (default in the annotator: `event.isTrusted`). */
  isTrusted(event: Event): boolean;
  onActivate?: (badge: HTMLElement, m: Mention) => void;
  onPreview?: (badge: HTMLElement, m: Mention) => void;
}

export interface BadgeInteraction {
  /** Listens on a badge the renderer just drew (the renderer's `onBadge`). */
  wire(badge: HTMLElement, ann: Annotation): void;
  /** Gives the paragraph one Tab stop again after its badges changed. */
  updateTabStops(block: Node): void;
  /** Makes `badge` its paragraph's Tab stop and focuses it. */
  focus(block: Node, badge: HTMLElement): void;
}

const docOrder = (x: Node, y: Node) => (x.compareDocumentPosition(y) & 4 ? -1 : 1);

export function createBadgeInteraction(o: BadgeInteractionOptions): BadgeInteraction {
  function blockBadges(block: Node): HTMLElement[] {
    const list: HTMLElement[] = [];
    for (const a of o.inBlock(block)) if (a.badge && a.visible) list.push(a.badge);
    return list.sort(docOrder);
  }

  /**
   * The paragraph's Tab stop: the badge the reader last moved to with the arrows, else its first one.
   * Chosen without regard to layers: a tabindex that followed the switches would write into the
   * page's markup which layers are off (see the README's security model).
   */
  function updateTabStops(block: Node): void {
    const all: HTMLElement[] = [];
    for (const a of o.inBlock(block)) if (a.badge) all.push(a.badge);
    all.sort(docOrder);
    const stop = all.find((b) => badgeState(b)?.tabStop) ?? all[0];
    for (const b of all) setBadgeTabStop(b, b === stop);
  }

  function moveFocus(badge: HTMLElement, block: Node, key: string): boolean {
    const list = blockBadges(block);
    const i = list.indexOf(badge);
    if (i < 0) return false;
    const j =
      key === 'ArrowRight' || key === 'ArrowDown'
        ? Math.min(list.length - 1, i + 1)
        : key === 'ArrowLeft' || key === 'ArrowUp'
          ? Math.max(0, i - 1)
          : key === 'Home'
            ? 0
            : key === 'End'
              ? list.length - 1
              : -1;
    if (j < 0) return false;
    if (j !== i) {
      o.quietly(() => {
        setBadgeTabStop(badge, false);
        setBadgeTabStop(list[j], true);
      });
      list[j].focus();
    }
    return true;
  }

  function wire(badge: HTMLElement, ann: Annotation): void {
    const activate = (ev: Event) => {
      ev.preventDefault();
      ev.stopPropagation();
      // Only the reader opens a card: a page script's click() would read our card or copy it.
      if (o.isTrusted(ev)) o.onActivate?.(badge, ann.mention);
    };
    badge.addEventListener('click', activate);
    badge.addEventListener('keydown', (ev) => {
      // Page shortcuts (j/k, space to scroll...) must not see keys typed on our badge.
      ev.stopPropagation();
      if (ev.key === 'Enter' || ev.key === ' ' || ev.key === 'Spacebar') activate(ev);
      else if (o.isTrusted(ev) && moveFocus(badge, ann.block, ev.key)) ev.preventDefault();
    });
    for (const type of ['keyup', 'keypress'] as const) badge.addEventListener(type, (ev) => ev.stopPropagation());
    // A mouse resting on a badge previews its card; leaving before the delay does nothing. Pens and
    // touch have no hover: a tap is a click.
    let rest: ReturnType<typeof setTimeout> | undefined;
    badge.addEventListener('pointerenter', (ev) => {
      if (!o.onPreview || !o.isTrusted(ev) || (ev as PointerEvent).pointerType !== 'mouse') return;
      clearTimeout(rest);
      rest = setTimeout(() => badge.isConnected && o.onPreview?.(badge, ann.mention), PREVIEW_DELAY_MS);
    });
    badge.addEventListener('pointerleave', () => clearTimeout(rest));
  }

  function focus(block: Node, badge: HTMLElement): void {
    o.quietly(() => {
      for (const a of o.inBlock(block)) if (a.badge) setBadgeTabStop(a.badge, a.badge === badge);
    });
    badge.focus();
  }

  return { wire, updateTabStops, focus };
}
