// User settings: one typed, versioned defaults object, validated whenever it is read, stored under
// one prefixed key (storage.sync where available, so a reader's switches follow them).
import { ALL_LAYERS, DEFAULT_LAYERS, type LayerState } from '../core/layers';
import { isPersonalMark, type PersonalMark } from '../core/personal-mark';

export const SETTINGS_KEY = 'claimlens.settings';
export const USER_DATASETS_KEY = 'claimlens.userDatasets';
/** The packed index of the bundled dataset merged with the user's (see user-index.ts). */
export const USER_INDEX_KEY = 'claimlens.userIndex';

export interface Settings {
  version: 1;
  layers: LayerState;
  /** Annotate every http(s) site unless listed in `never`; when false, only sites in `always`. */
  annotateByDefault: boolean;
  /** Host patterns: "example.com" (that host and its subdomains) or "*.example.com". */
  always: string[];
  never: string[];
  /** Badge the whole page (navigation, rails, comments too), not only the article: for researchers. */
  wholePage: boolean;
  /** The reader's personal mark on every real badge and card (assigned at install; see personal-mark.ts). */
  mark?: PersonalMark;
  /** Whether the reader has read (dismissed) the popup's note about the personal mark. */
  markExplained: boolean;
  /**
   * Show findings only in the side panel: nothing is drawn on pages, so a page cannot even learn which
   * of its sentences a (confidential) dataset knows.
   */
  panelOnly: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: 1,
  layers: { ...DEFAULT_LAYERS },
  annotateByDefault: true,
  always: [],
  never: [],
  wholePage: false,
  markExplained: false,
  panelOnly: false,
});

const HOST_PATTERN = /^(\*\.)?([a-z0-9-]+\.)*[a-z0-9-]+$/;

export function isHostPattern(p: string): boolean {
  return p.length <= 253 && HOST_PATTERN.test(p);
}

/** Accepts anything read from storage (older versions, hand-edited, corrupt) and returns valid settings. */
export function parseSettings(raw: unknown): Settings {
  const out: Settings = {
    ...DEFAULT_SETTINGS,
    layers: { ...DEFAULT_SETTINGS.layers },
    always: [],
    never: [],
  };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (r.layers && typeof r.layers === 'object') {
    const l = r.layers as Record<string, unknown>;
    for (const name of ALL_LAYERS) if (typeof l[name] === 'boolean') out.layers[name] = l[name] as boolean;
  }
  if (typeof r.annotateByDefault === 'boolean') out.annotateByDefault = r.annotateByDefault;
  if (typeof r.wholePage === 'boolean') out.wholePage = r.wholePage;
  if (isPersonalMark(r.mark)) out.mark = { glyph: r.mark.glyph, colour: r.mark.colour };
  if (typeof r.markExplained === 'boolean') out.markExplained = r.markExplained;
  if (typeof r.panelOnly === 'boolean') out.panelOnly = r.panelOnly;
  for (const key of ['always', 'never'] as const) {
    const list = r[key];
    if (Array.isArray(list)) {
      out[key] = [...new Set(list.filter((p): p is string => typeof p === 'string').map(normaliseHost))].filter(
        isHostPattern,
      );
    }
  }
  return out;
}

export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '');
}

function matchesPattern(host: string, pattern: string): boolean {
  const bare = pattern.startsWith('*.') ? pattern.slice(2) : pattern;
  return host === bare || host.endsWith('.' + bare);
}

/** Whether ClaimLens annotates pages of this host; `never` wins over `always`. */
export function isSiteEnabled(settings: Settings, host: string): boolean {
  const h = normaliseHost(host);
  if (settings.never.some((p) => matchesPattern(h, p))) return false;
  if (settings.always.some((p) => matchesPattern(h, p))) return true;
  return settings.annotateByDefault;
}

/** The settings after the reader flips "Annotate this site" for `host`. */
export function withSiteEnabled(settings: Settings, host: string, enabled: boolean): Settings {
  const h = normaliseHost(host);
  const never = settings.never.filter((p) => !matchesPattern(h, p));
  const always = settings.always.filter((p) => !matchesPattern(h, p));
  const next = { ...settings, never, always };
  if (isSiteEnabled(next, h) !== enabled) (enabled ? always : never).push(h);
  return next;
}
