// Mention highlights through the CSS Custom Highlight API: one Highlight per kind/status, registered in
// CSS.highlights only while its layer is visible. No change to the page's DOM text at all. The names
// registered are random per session and say nothing of kind or status, so no page style sheet can
// target them (`::highlight(claimlens-claim-denied)` matches nothing); their rules live in a sheet we
// construct and adopt, which also spares the manifest a CSS file.
import { contradictsVerdict } from '../core/status-look';
import type { ClaimStatus, MentionKind, Reported } from '../core/types';

export const HIGHLIGHT_NAMES = [
  'official',
  'attribution',
  'claim',
  'claim-denied',
  'claim-confirmed',
  'claim-disputed',
  'claim-unverified',
  'claim-denied-contra',
  'claim-confirmed-contra',
] as const;
/** Our name for a highlight (the registered name is a random one). */
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

/** The status a highlight belongs to (its layer), for the names that carry one. */
export function highlightStatus(name: HighlightName): ClaimStatus | undefined {
  const m = /^claim-(denied|confirmed|disputed|unverified)/.exec(name);
  return m ? (m[1] as ClaimStatus) : undefined;
}

export function highlightName(kind: MentionKind, status?: ClaimStatus, reported?: Reported): HighlightName {
  if (kind !== 'claim') return kind;
  if (!status) return 'claim';
  if (contradictsVerdict(status, reported))
    return status === 'denied' ? 'claim-denied-contra' : 'claim-confirmed-contra';
  return `claim-${status}`;
}

/**
 * A claim's underline says what the *sentence* does, the badge says the verdict. A sentence that
 * reports a denial is true, so it never gets the spelling-error convention (red wavy line), which
 * readers take as "this text is wrong": it gets a calm slate line. Only a sentence that goes against
 * the verdict (states a denied claim as fact) gets a red double rule. Claims cover whole sentences,
 * so they get a line and no fill: a page full of claims stays readable. The badge's icon and word,
 * not the line, carry the status, so colour is never the only cue.
 */
const STYLES: Record<HighlightName, { light: string; dark?: string }> = {
  official: {
    light: 'background-color: rgba(99, 102, 241, 0.18); text-decoration: underline solid rgba(79, 70, 229, 0.8);',
    dark: 'background-color: rgba(129, 140, 248, 0.25);',
  },
  attribution: { light: 'text-decoration: underline dotted rgba(75, 85, 99, 0.9);' },
  claim: { light: 'text-decoration: underline dotted rgba(107, 114, 128, 0.9);' },
  'claim-denied': {
    light: 'text-decoration: underline solid rgba(71, 85, 105, 0.55);',
    dark: 'text-decoration-color: rgba(148, 163, 184, 0.7);',
  },
  'claim-confirmed': {
    light: 'text-decoration: underline solid rgba(22, 163, 74, 0.85);',
    dark: 'text-decoration-color: rgba(74, 222, 128, 0.9);',
  },
  'claim-disputed': {
    light: 'text-decoration: underline dashed rgba(217, 119, 6, 0.9);',
    dark: 'text-decoration-color: rgba(251, 191, 36, 0.9);',
  },
  'claim-unverified': { light: 'text-decoration: underline dotted rgba(107, 114, 128, 0.9);' },
  'claim-denied-contra': {
    light: 'text-decoration: underline double rgba(220, 38, 38, 0.85);',
    dark: 'text-decoration-color: rgba(248, 113, 113, 0.9);',
  },
  'claim-confirmed-contra': {
    light: 'text-decoration: underline double rgba(220, 38, 38, 0.85);',
    dark: 'text-decoration-color: rgba(248, 113, 113, 0.9);',
  },
};

/** Background of the fallback wrappers (no underline styles there: inline text-decoration is inherited). */
export const MARK_COLOURS: Record<HighlightName, string> = {
  official: 'rgba(99, 102, 241, 0.22)',
  attribution: 'rgba(107, 114, 128, 0.18)',
  claim: 'rgba(107, 114, 128, 0.2)',
  'claim-denied': 'rgba(100, 116, 139, 0.16)',
  'claim-confirmed': 'rgba(22, 163, 74, 0.2)',
  'claim-disputed': 'rgba(217, 119, 6, 0.22)',
  'claim-unverified': 'rgba(107, 114, 128, 0.2)',
  'claim-denied-contra': 'rgba(220, 38, 38, 0.2)',
  'claim-confirmed-contra': 'rgba(220, 38, 38, 0.2)',
};

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

/** A name no style sheet written in advance can know: letters, so it is a valid CSS identifier. */
function randomName(win: Window & typeof globalThis): string {
  const bytes = new Uint8Array(12);
  win.crypto.getRandomValues(bytes);
  return 'h' + [...bytes].map((b) => String.fromCharCode(97 + (b % 26))).join('');
}

export function highlightCss(names: Record<HighlightName, string>): string {
  const rules = HIGHLIGHT_NAMES.map((n) => `::highlight(${names[n]}) { ${STYLES[n].light} }`);
  const dark = HIGHLIGHT_NAMES.filter((n) => STYLES[n].dark).map(
    (n) => `  ::highlight(${names[n]}) { ${STYLES[n].dark} }`,
  );
  return `${rules.join('\n')}\n@media (prefers-color-scheme: dark) {\n${dark.join('\n')}\n}\n`;
}

export function createHighlights(doc: Document): Highlights {
  const win = doc.defaultView as
    (Window & typeof globalThis & { Highlight?: new () => HighlightLike; CSS?: { highlights?: RegistryLike } }) | null;
  const registry = win?.CSS?.highlights;
  const Ctor = win?.Highlight;
  let sheet: CSSStyleSheet | null = null;
  let names: Record<HighlightName, string> | null = null;
  if (win && registry && typeof Ctor === 'function') {
    try {
      names = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, randomName(win)])) as Record<HighlightName, string>;
      // The page window's constructor (Firefox's content scripts cannot adopt their own compartment's).
      sheet = new win.CSSStyleSheet();
      sheet.replaceSync(highlightCss(names));
    } catch {
      sheet = null;
    }
  }
  // Without our rules in the document the highlights would be invisible: fall back to wrappers.
  let adopted = false;
  const adopt = () => {
    if (!sheet || adopted) return;
    try {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      adopted = doc.adoptedStyleSheets.includes(sheet);
    } catch {
      adopted = false;
    }
  };
  adopt();
  const supported = adopted;
  const own = new Map<HighlightName, HighlightLike>();
  const hidden = new Set<HighlightName>();

  function get(name: HighlightName): HighlightLike {
    let h = own.get(name);
    if (!h) {
      h = new Ctor!();
      own.set(name, h);
      if (!hidden.has(name)) registry!.set(names![name], h);
    }
    // A page that reassigned document.adoptedStyleSheets dropped our rules: put them back.
    if (!doc.adoptedStyleSheets.includes(sheet!)) {
      adopted = false;
      adopt();
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
      const key = names![name];
      if (visible) registry!.set(key, h);
      else if (registry!.get(key) === h) registry!.delete(key);
    },
    clear() {
      if (!supported) return;
      for (const [name, h] of own) if (registry!.get(names![name]) === h) registry!.delete(names![name]);
      own.clear();
      // Leave the document's sheets as they were (get() adopts ours again when needed).
      try {
        if (sheet && doc.adoptedStyleSheets.includes(sheet))
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      } catch {
        // a page that froze the list keeps an inert sheet of ours; nothing references its names
      }
      adopted = false;
    },
  };
}
