// Mention highlights through the CSS Custom Highlight API: one Highlight per kind/status name, registered
// in CSS.highlights only while its layer is visible. No change to the page's DOM at all.
import type { ClaimStatus, MentionKind } from '../core/types';

/** Path of the ::highlight() stylesheet, for the manifest's content_scripts css (relative to the repo). */
export const HIGHLIGHT_CSS_PATH = 'src/dom/highlight.css';

export const HIGHLIGHT_NAMES = [
  'claimlens-official',
  'claimlens-attribution',
  'claimlens-claim',
  'claimlens-claim-denied',
  'claimlens-claim-confirmed',
  'claimlens-claim-disputed',
  'claimlens-claim-unverified',
] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export function highlightName(kind: MentionKind, status?: ClaimStatus): HighlightName {
  if (kind === 'claim') return status ? `claimlens-claim-${status}` : 'claimlens-claim';
  return kind === 'official' ? 'claimlens-official' : 'claimlens-attribution';
}

interface HighlightLike {
  add(r: AbstractRange): unknown;
  delete(r: AbstractRange): boolean;
  readonly size: number;
}
interface RegistryLike {
  set(name: string, h: HighlightLike): unknown;
  get(name: string): HighlightLike | undefined;
  delete(name: string): boolean;
}

export interface Highlights {
  readonly supported: boolean;
  add(name: HighlightName, range: AbstractRange): void;
  delete(name: HighlightName, range: AbstractRange): void;
  setVisible(name: HighlightName, visible: boolean): void;
  clear(): void;
}

export function createHighlights(doc: Document): Highlights {
  const win = doc.defaultView as
    (Window & { Highlight?: new () => HighlightLike; CSS?: { highlights?: RegistryLike } }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  const supported = !!registry && typeof Ctor === 'function';
  const own = new Map<HighlightName, HighlightLike>();
  const hidden = new Set<HighlightName>();

  function get(name: HighlightName): HighlightLike {
    let h = own.get(name);
    if (!h) {
      h = new Ctor!();
      own.set(name, h);
      if (!hidden.has(name)) registry!.set(name, h);
    }
    return h;
  }

  return {
    supported,
    add(name, range) {
      if (supported) get(name).add(range);
    },
    delete(name, range) {
      own.get(name)?.delete(range);
    },
    setVisible(name, visible) {
      if (visible) hidden.delete(name);
      else hidden.add(name);
      const h = own.get(name);
      if (!supported || !h) return;
      // Only touch registrations that are ours: the page may use CSS.highlights too.
      if (visible) registry!.set(name, h);
      else if (registry!.get(name) === h) registry!.delete(name);
    },
    clear() {
      if (!supported) return;
      for (const [name, h] of own) if (registry!.get(name) === h) registry!.delete(name);
      own.clear();
    },
  };
}
