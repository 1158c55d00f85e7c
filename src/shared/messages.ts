// Typed messaging: one map of function signatures per receiver, so that senders and handlers are
// checked against the same definition and no payload is `any`.
import browser, { type Runtime } from 'webextension-polyfill';
import type { ClaimStatus, MentionKind } from '../core/types';
import type { LayerName } from '../core/layers';

export type LayerCounts = Record<LayerName, number>;

/** One annotation on a page as the popup and side panel list it. */
export interface PageItem {
  /** Stable within one scan of the page: `${kind}:${id}:${start}`. */
  key: string;
  kind: MentionKind;
  id: string;
  /** Page text matched. */
  text: string;
  start: number;
  end: number;
  status?: ClaimStatus;
  /** Accessible name of the badge, e.g. "Claim denied: Japan plans to send ...". */
  label: string;
  /** Canonical name (official) or canonical claim text. */
  title: string;
  visible: boolean;
  /**
   * Whether the page shows it (a badge or a highlight). False for a mention outside the article body
   * (navigation, teasers, link lists), which is listed here only; absent where nothing is drawn at all.
   */
  drawn?: boolean;
  /** The page text around the mention, within its sentence (up to about 120 characters each side). */
  before: string;
  after: string;
}

export interface PageSnapshot {
  url: string;
  host: string;
  /** "Annotate this site" for this host. */
  siteEnabled: boolean;
  /** Annotations shown on this tab (the keyboard shortcut can hide them for this tab only). */
  active: boolean;
  counts: LayerCounts;
  items: PageItem[];
  /** '' until the dataset is read: it is read only once the page is to be annotated. */
  datasetVersion: string;
  /** Whether this page read the dataset at all (never on a site switched off, until switched on). */
  datasetLoaded: boolean;
  /**
   * Whether the matcher was restored from the packed index compiled with the bundled dataset (false:
   * built on this page, as it is with a dataset of your own loaded; or not made yet).
   */
  indexPacked: boolean;
}

export type ExportFormat = 'csv' | 'webanno';

export interface ExportFile {
  filename: string;
  mime: string;
  content: string;
}

/** Handled by the content script of a tab (tabs.sendMessage). */
export interface ContentApi {
  'page/get': () => PageSnapshot;
  'page/focus': (p: { key: string }) => boolean;
  'page/export': (p: { format: ExportFormat }) => ExportFile;
  /** The keyboard command: hide or show annotations on this tab. */
  'page/toggle': () => { active: boolean };
}

/** Handled by the background script (runtime.sendMessage from content scripts and pages). */
export interface BackgroundApi {
  'tab/counts': (p: { claims: number; total: number }) => void;
}

/** Broadcast to extension pages (side panel, popup) when a page's annotations change. */
export interface PagesApi {
  'page/changed': (p: { url: string }) => void;
  /** The reader opened a badge's card on the page: the side panel highlights that entry. */
  'page/activated': (p: { key: string }) => void;
}

type Api<A> = { [K in keyof A]: (...p: never[]) => unknown };
type Args<F> = F extends (...p: infer P) => unknown ? P : never;
type Payload<F> = Args<F> extends [infer P] ? P : undefined;
type Reply<F> = F extends (...a: never[]) => infer R ? Awaited<R> : never;

export interface Envelope {
  claimlens: 1;
  type: string;
  payload?: unknown;
}

function envelope(type: string, payload: unknown): Envelope {
  return { claimlens: 1, type, payload };
}

function isEnvelope(m: unknown): m is Envelope {
  return !!m && typeof m === 'object' && (m as Envelope).claimlens === 1 && typeof (m as Envelope).type === 'string';
}

export async function sendToTab<K extends keyof ContentApi>(
  tabId: number,
  type: K,
  ...payload: Args<ContentApi[K]>
): Promise<Reply<ContentApi[K]>> {
  return (await browser.tabs.sendMessage(tabId, envelope(type, payload[0]))) as Reply<ContentApi[K]>;
}

export async function sendToBackground<K extends keyof BackgroundApi>(
  type: K,
  ...payload: Args<BackgroundApi[K]>
): Promise<Reply<BackgroundApi[K]>> {
  return (await browser.runtime.sendMessage(envelope(type, payload[0]))) as Reply<BackgroundApi[K]>;
}

/** Fire-and-forget to extension pages; nobody listening (no panel open) is not an error. */
export function broadcast<K extends keyof PagesApi>(type: K, ...payload: Args<PagesApi[K]>): void {
  browser.runtime.sendMessage(envelope(type, payload[0])).catch(() => undefined);
}

export type Handlers<A extends Api<A>> = {
  [K in keyof A]: (payload: Payload<A[K]>, sender: Runtime.MessageSender) => Reply<A[K]> | Promise<Reply<A[K]>>;
};

/**
 * Registers handlers for one API; messages of other APIs are left to other listeners.
 * Returns the function that unregisters them (for teardown when the extension context dies).
 */
export function listen<A extends Api<A>>(handlers: Partial<Handlers<A>>): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = (handlers as Record<string, ((p: unknown, s: Runtime.MessageSender) => unknown) | undefined>)[
      message.type
    ];
    if (!handler) return undefined;
    return Promise.resolve(handler(message.payload, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
