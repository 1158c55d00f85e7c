// Reading what ClaimLens shows on a page, as the browser (not the page) sees it. Badges and the card
// live in closed shadow roots that page script cannot open; tests and tools reach inside through the
// DevTools protocol, which hands out the roots, as the accessibility tree does for a screen reader.
import type { CDPSession, Page } from 'playwright-core';

export const BADGE_SELECTOR = '[data-claimlens-badge]';
export const CARD_SELECTOR = '[data-claimlens-card]';

export interface ShownBadge {
  kind: string;
  status?: string;
  /** The accessible name, e.g. "Claim denied: Japan plans to send troops to Ukraine". */
  label: string;
  /** False when its layer is switched off (the badge stays in the page, hidden). */
  visible: boolean;
  /** The reader's personal mark drawn on it ('' when none) and its colour (computed, rgb()). */
  mark: string;
  markColour: string;
}

/** Waits until badges appear and their number stops changing; returns how many there are. */
export async function waitForBadges(page: Page, options: { min?: number; timeout?: number } = {}): Promise<number> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const n = await page.locator(BADGE_SELECTOR).count();
    if (n !== last) {
      last = n;
      stableSince = Date.now();
    } else if (n >= (options.min ?? 1) && Date.now() - stableSince > 400) {
      return n;
    }
    await page.waitForTimeout(100);
  }
  return last;
}

/**
 * Calls `fn` (source of a function run with `this` = the closed shadow root) on the shadow root of
 * every element matching `selector` in the page's document, in document order.
 */
export async function inClosedRoots<T>(page: Page, selector: string, fn: string): Promise<T[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await withRoots<T>(cdp, selector, fn);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function withRoots<T>(cdp: CDPSession, selector: string, fn: string): Promise<T[]> {
  const list = await cdp.send('Runtime.evaluate', {
    expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]`,
  });
  if (!list.result.objectId) return [];
  const props = await cdp.send('Runtime.getProperties', { objectId: list.result.objectId, ownProperties: true });
  const hosts = props.result
    .filter((p) => /^\d+$/.test(p.name) && p.value?.objectId)
    .sort((a, b) => Number(a.name) - Number(b.name));
  const out: T[] = [];
  for (const p of hosts) {
    const { node } = await cdp.send('DOM.describeNode', { objectId: p.value!.objectId!, depth: 0, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    const r = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: fn,
      returnByValue: true,
      awaitPromise: true,
    });
    if (r.exceptionDetails)
      throw new Error(`in a closed root: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    out.push(r.result.value as T);
  }
  return out;
}

const READ_BADGE = `function () {
  const box = this.querySelector('.b');
  const status = this.host.getAttribute('data-kind') === 'claim' ? box.classList[1] : undefined;
  return {
    kind: this.host.getAttribute('data-kind') || '',
    status,
    label: this.querySelector('.l').textContent,
    visible: this.host.getClientRects().length > 0,
    mark: this.querySelector('.m')?.textContent ?? '',
    markColour: this.querySelector('.m') ? getComputedStyle(this.querySelector('.m')).color : '',
  };
}`;

/** Every badge in the page's document (document order, as `page.locator(BADGE_SELECTOR).nth(i)`). */
export async function readBadges(page: Page): Promise<ShownBadge[]> {
  return inClosedRoots<ShownBadge>(page, BADGE_SELECTOR, READ_BADGE);
}

/** Each badge's role and accessible name in the browser's accessibility tree (what a screen reader gets). */
export async function accessibleBadges(page: Page): Promise<{ role: string; name: string; ignored: boolean }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const list = await cdp.send('Runtime.evaluate', {
      expression: `[...document.querySelectorAll(${JSON.stringify(BADGE_SELECTOR)})]`,
    });
    if (!list.result.objectId) return [];
    const props = await cdp.send('Runtime.getProperties', { objectId: list.result.objectId, ownProperties: true });
    const hosts = props.result
      .filter((p) => /^\d+$/.test(p.name) && p.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name));
    const out: { role: string; name: string; ignored: boolean }[] = [];
    for (const p of hosts) {
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: p.value!.objectId!,
        fetchRelatives: false,
      });
      const n = nodes[0];
      out.push({ role: String(n?.role?.value ?? ''), name: String(n?.name?.value ?? ''), ignored: !!n?.ignored });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The badge that has keyboard focus, or undefined. */
export async function focusedBadge(page: Page): Promise<ShownBadge | undefined> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const r = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
    if (!r.result.objectId) return undefined;
    const { node } = await cdp.send('DOM.describeNode', { objectId: r.result.objectId, depth: 0, pierce: true });
    if (!(node.attributes ?? []).includes('data-claimlens-badge') || !node.shadowRoots?.[0]) return undefined;
    const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: node.shadowRoots[0].backendNodeId });
    const v = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: READ_BADGE,
      returnByValue: true,
    });
    return v.result.value as ShownBadge;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

export interface CardView {
  open: boolean;
  text: string;
  title: string;
  labelledBy: string | null;
  links: { href: string | null; target: string | null; rel: string | null }[];
  rect: { x: number; y: number; width: number; height: number } | null;
  /** Nothing sticks out sideways. */
  fits: boolean;
  /** Whether focus is inside the card. */
  focused: boolean;
}

const READ_CARD = `function () {
  const dialog = this.querySelector('[role="dialog"]');
  const open = !this.host.hidden && !!dialog && dialog.getClientRects().length > 0;
  const r = dialog ? dialog.getBoundingClientRect() : null;
  return {
    open,
    text: dialog ? dialog.textContent : '',
    title: (this.querySelector('#claimlens-card-title') || {}).textContent || '',
    labelledBy: dialog ? dialog.getAttribute('aria-labelledby') : null,
    links: [...this.querySelectorAll('a')].map((a) => ({
      href: a.getAttribute('href'), target: a.getAttribute('target'), rel: a.getAttribute('rel'),
    })),
    rect: r && open ? { x: r.x, y: r.y, width: r.width, height: r.height } : null,
    fits: dialog ? dialog.scrollWidth <= dialog.clientWidth : true,
    focused: !!this.activeElement,
  };
}`;

/** The card, as the reader sees it (closed: `open` false). */
export async function readCard(page: Page): Promise<CardView> {
  const cards = await inClosedRoots<CardView>(page, CARD_SELECTOR, READ_CARD);
  return (
    cards[0] ?? {
      open: false,
      text: '',
      title: '',
      labelledBy: null,
      links: [],
      rect: null,
      fits: true,
      focused: false,
    }
  );
}

/** Waits until the card is open (or closed) and returns it. */
export async function waitForCard(page: Page, open = true, timeout = 10_000): Promise<CardView> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const card = await readCard(page);
    if (card.open === open) return card;
    if (Date.now() > deadline) throw new Error(`the card did not ${open ? 'open' : 'close'} within ${timeout} ms`);
    await page.waitForTimeout(100);
  }
}

/** Index (for `page.locator(BADGE_SELECTOR).nth(i)`) of the first visible badge matching `ok`. */
export async function badgeIndex(page: Page, ok: (b: ShownBadge) => boolean): Promise<number> {
  const list = await readBadges(page);
  return list.findIndex((b) => b.visible && ok(b));
}

/** Clicks (a real, trusted mouse click) the first visible badge matching `ok`. */
export async function clickBadge(page: Page, ok: (b: ShownBadge) => boolean): Promise<void> {
  const i = await badgeIndex(page, ok);
  if (i < 0) throw new Error('no visible badge matches');
  await page.locator(BADGE_SELECTOR).nth(i).click();
}

/**
 * Runs in the page (self-contained, for Playwright's and Puppeteer's `evaluate` alike): what a hostile
 * script does to open a card without the reader, a `click()`, a dispatched click and Enter/Space key
 * presses on the first claim badge; resolves 'open' if a card host is shown 300 ms later, else null.
 */
export function syntheticActivation(badgeSelector: string): Promise<string | null> {
  const b = document.querySelector<HTMLElement>(`${badgeSelector}[data-kind="claim"]`)!;
  b.click();
  b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  b.focus();
  for (const key of ['Enter', ' '])
    b.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  return new Promise<string | null>((ok) =>
    setTimeout(() => {
      const host = document.querySelector('[data-claimlens-card]') as HTMLElement | null;
      ok(host && !host.hidden ? 'open' : null);
    }, 300),
  );
}
