// The end-to-end harness: real Chromium with the built extension, fixture pages on 127.0.0.1, and
// a guard that fails a test whose run sent any request outside 127.0.0.1 and the extension.
import { afterAll, beforeAll, expect } from 'vitest';
import {
  launchWithExtension,
  serve,
  type ExtensionBrowser,
  type Served,
  type ServeOptions,
} from '../../../scripts/lib/chromium';

export { waitForBadges, readBadges } from '../../../scripts/lib/badges';
export type { ExtensionBrowser, Served };

export interface Harness {
  browser: ExtensionBrowser;
  server: Served;
}

/**
 * Call at the top of a test file: starts one browser and one server for the file, and checks at
 * the end that nothing left the machine. Fixture pages are served under /fixtures/.
 */
export function useExtension(options: Partial<ServeOptions> = {}): Harness {
  const h = {} as Harness;
  beforeAll(async () => {
    h.server = await serve({ ...options, mounts: { '/fixtures/': 'test/fixtures', ...options.mounts } });
    h.browser = await launchWithExtension();
  });
  afterAll(async () => {
    const outside = h.browser?.outsideRequests ?? [];
    await h.browser?.close();
    await h.server?.close();
    expect(outside, 'requests outside 127.0.0.1 and the extension').toEqual([]);
  });
  return h;
}

/** Opens an extension page (popup, panel, options) as a tab. */
export function extensionUrl(h: Harness, path: string): string {
  return `chrome-extension://${h.browser.extensionId}/${path}`;
}
