// Colours and base styles shared by the card (in a page's shadow root) and the extension pages.
// One palette per colour scheme; test/dom/ui-theme.test.ts checks every text pair for 4.5:1 contrast.

export interface Palette {
  bg: string;
  surface: string;
  fg: string;
  muted: string;
  border: string;
  accent: string;
  accentFg: string;
  official: string;
  denied: string;
  confirmed: string;
  disputed: string;
  unverified: string;
  focus: string;
}

export const LIGHT: Readonly<Palette> = {
  bg: '#ffffff',
  surface: '#f2f3f6',
  fg: '#1c1d21',
  muted: '#50555f',
  border: '#8a8f99',
  accent: '#3b3f8f',
  accentFg: '#ffffff',
  official: '#3b3f8f',
  denied: '#a8231b',
  confirmed: '#1a6a2c',
  disputed: '#7f4c00',
  unverified: '#4a505c',
  focus: '#1a5fd0',
};

export const DARK: Readonly<Palette> = {
  bg: '#1d1f24',
  surface: '#2a2d34',
  fg: '#eceef2',
  muted: '#b8bdc7',
  border: '#7d828c',
  accent: '#aeb2ff',
  accentFg: '#15161a',
  official: '#b6b9ff',
  denied: '#ff9d92',
  confirmed: '#80d99b',
  disputed: '#f3c06e',
  unverified: '#c6cbd4',
  focus: '#8fb8ff',
};

/** Text colours and the backgrounds each one is drawn on, for the contrast test. */
export const TEXT_PAIRS: readonly [keyof Palette, keyof Palette][] = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['accentFg', 'accent'],
  ['official', 'bg'],
  ['official', 'surface'],
  ['denied', 'bg'],
  ['denied', 'surface'],
  ['confirmed', 'bg'],
  ['confirmed', 'surface'],
  ['disputed', 'bg'],
  ['disputed', 'surface'],
  ['unverified', 'bg'],
  ['unverified', 'surface'],
];

function vars(p: Palette): string {
  return Object.entries(p)
    .map(([k, v]) => `--claimlens-${k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase())}: ${v};`)
    .join(' ');
}

/** Custom properties for both schemes on `selector` (":host" in the card, ":root" in pages). */
export function themeCss(selector: string): string {
  return `${selector} { ${vars(LIGHT)} color-scheme: light dark; }
@media (prefers-color-scheme: dark) { ${selector} { ${vars(DARK)} } }`;
}

/** Base look of the popup, side panel and options pages. */
export const PAGE_CSS = `${themeCss(':root')}
* { box-sizing: border-box; }
html, body { margin: 0; background: var(--claimlens-bg); color: var(--claimlens-fg);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
h1 { font-size: 1.15rem; margin: 0 0 .5rem; }
h2 { font-size: 1rem; margin: 1rem 0 .4rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; }
a { color: var(--claimlens-accent); }
p { margin: .3rem 0; }
button, input, select { font: inherit; color: inherit; }
button { background: var(--claimlens-surface); border: 1px solid var(--claimlens-border); border-radius: 6px;
  padding: .3rem .7rem; cursor: pointer; }
button.claimlens-primary { background: var(--claimlens-accent); color: var(--claimlens-accent-fg); border-color: var(--claimlens-accent); }
button:hover { filter: brightness(0.95); }
input[type="text"], input[type="search"], select { background: var(--claimlens-bg); border: 1px solid var(--claimlens-border);
  border-radius: 6px; padding: .3rem .5rem; }
:focus-visible { outline: 2px solid var(--claimlens-focus); outline-offset: 2px; }
.claimlens-muted { color: var(--claimlens-muted); }
.claimlens-sr { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.claimlens-error { color: var(--claimlens-denied); font-weight: 600; }
.claimlens-note { border: 1px solid var(--claimlens-border); border-radius: 8px; padding: .3rem .6rem; margin: .4rem 0; }
.claimlens-note p { margin: .2rem 0 .4rem; }
.claimlens-row { display: flex; align-items: center; gap: .5rem; flex-wrap: wrap; }
.claimlens-switch { display: flex; align-items: center; justify-content: space-between; gap: .75rem;
  padding: .3rem 0; cursor: pointer; }
.claimlens-switch input { appearance: none; margin: 0; width: 2.2rem; height: 1.25rem; border-radius: 1rem; flex: none;
  background: var(--claimlens-surface); border: 1px solid var(--claimlens-border); position: relative; cursor: pointer; }
.claimlens-switch input::after { content: ""; position: absolute; top: 2px; left: 2px; width: calc(1.25rem - 6px);
  height: calc(1.25rem - 6px); border-radius: 50%; background: var(--claimlens-muted); transition: left .12s; }
.claimlens-switch input:checked { background: var(--claimlens-accent); border-color: var(--claimlens-accent); }
.claimlens-switch input:checked::after { left: calc(100% - 1.25rem + 4px); background: var(--claimlens-accent-fg); }
.claimlens-switch input:disabled { opacity: .5; cursor: not-allowed; }
.claimlens-count { color: var(--claimlens-muted); font-variant-numeric: tabular-nums; margin-inline-start: auto; }
.claimlens-status { font-weight: 600; white-space: nowrap; }
.claimlens-status-denied { color: var(--claimlens-denied); }
.claimlens-status-confirmed { color: var(--claimlens-confirmed); }
.claimlens-status-disputed { color: var(--claimlens-disputed); }
.claimlens-status-unverified { color: var(--claimlens-unverified); }
.claimlens-kind-official { color: var(--claimlens-official); font-weight: 600; }
`;

/**
 * Applies `css` to a document or shadow root through a constructable stylesheet, which page CSP
 * (style-src) cannot block; falls back to a <style> element where adoptedStyleSheets is unavailable
 * (older engines, Firefox content scripts whose Xray wrappers reject a sheet from another world).
 */
export function applyStyles(root: Document | ShadowRoot, css: string): void {
  const win = (root instanceof Document ? root : root.ownerDocument).defaultView;
  try {
    const Sheet = win?.CSSStyleSheet as typeof CSSStyleSheet | undefined;
    if (Sheet && 'adoptedStyleSheets' in root && typeof Sheet.prototype.replaceSync === 'function') {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      // An assignment a wrapper silently ignored would leave the UI unstyled: check it took.
      if (root.adoptedStyleSheets.length > 0) return;
    }
  } catch {
    // fall through to the <style> element
  }
  const doc = root instanceof Document ? root : root.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  (root instanceof Document ? (root.head ?? root.documentElement) : root).appendChild(style);
}
