// Reading what ClaimLens shows on a page, as a user (or a test) sees it: the badge elements.
import type { Page } from 'playwright-core';

export interface ShownBadge {
  kind: string;
  id: string;
  status?: string;
  label: string;
  /** False when its layer is switched off (the badge stays in the page, hidden). */
  visible: boolean;
}

/** Waits until badges appear and their number stops changing; returns how many there are. */
export async function waitForBadges(page: Page, options: { min?: number; timeout?: number } = {}): Promise<number> {
  const deadline = Date.now() + (options.timeout ?? 15_000);
  let last = -1;
  let stableSince = Date.now();
  while (Date.now() < deadline) {
    const n = await page.locator('claimlens-badge').count();
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

export async function readBadges(page: Page): Promise<ShownBadge[]> {
  return page.locator('claimlens-badge').evaluateAll((els) =>
    els.map((el) => ({
      kind: el.getAttribute('data-kind') ?? '',
      id: el.getAttribute('data-id') ?? '',
      status: el.getAttribute('data-status') ?? undefined,
      label: el.getAttribute('aria-label') ?? '',
      visible: (el as HTMLElement).checkVisibility(),
    })),
  );
}
