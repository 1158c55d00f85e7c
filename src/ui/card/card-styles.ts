// The card's stylesheet: self-contained inside its shadow root, reset with `all: initial` so that
// page CSS cannot reach it (`!important` on :host: the shadow's important rules beat the page's), and using the shared palette for light and dark pages.
import { themeCss } from '../theme';

export const CARD_CSS = `${themeCss(':host')}
:host { all: initial !important; display: block !important; position: fixed !important; top: 0 !important;
  left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;
  visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important; }
:host([hidden]) { display: none !important; }
.claimlens-card { position: fixed; box-sizing: border-box; width: min(26rem, calc(100vw - 16px)); overflow: auto;
  background: var(--claimlens-bg); color: var(--claimlens-fg); border: 1px solid var(--claimlens-border);
  border-radius: 10px; box-shadow: 0 8px 28px rgba(0,0,0,.28); padding: 12px 14px 10px;
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; text-align: start;
  overflow-wrap: anywhere; word-break: normal; white-space: normal; }
.claimlens-card *, .claimlens-card *::before { box-sizing: border-box; }
.claimlens-card:focus { outline: none; }
.claimlens-card :focus-visible { outline: 2px solid var(--claimlens-focus); outline-offset: 2px; }
.claimlens-head { display: flex; align-items: flex-start; gap: 8px; }
.claimlens-mark { flex: none; font-size: 18px; line-height: 1.2; font-weight: 700; }
.claimlens-kind { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--claimlens-muted); margin: 0 0 2px; }
.claimlens-title { font-size: 15px; font-weight: 650; margin: 0; flex: 1; unicode-bidi: plaintext; }
.claimlens-translation { margin: 2px 0 0; color: var(--claimlens-muted); unicode-bidi: plaintext; }
.claimlens-close { flex: none; border: 1px solid transparent; background: transparent; color: var(--claimlens-fg);
  font: inherit; font-size: 18px; line-height: 1; width: 28px; height: 28px; border-radius: 6px; cursor: pointer; }
.claimlens-close:hover { background: var(--claimlens-surface); border-color: var(--claimlens-border); }
.claimlens-status { display: inline-flex; align-items: center; gap: 5px; font-weight: 650; }
.claimlens-icon { display: inline-grid; place-items: center; width: 18px; height: 18px; border-radius: 50%;
  border: 2px solid currentColor; font-size: 11px; font-weight: 800; line-height: 1; }
.claimlens-status-denied { color: var(--claimlens-denied); }
.claimlens-status-confirmed { color: var(--claimlens-confirmed); }
.claimlens-status-disputed { color: var(--claimlens-disputed); }
.claimlens-status-unverified { color: var(--claimlens-unverified); }
.claimlens-section { margin: 10px 0 0; }
.claimlens-section h3 { font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--claimlens-muted);
  margin: 0 0 4px; font-weight: 650; }
.claimlens-card p { margin: 4px 0; }
.claimlens-dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; margin: 6px 0 0; }
.claimlens-dl dt { color: var(--claimlens-muted); }
.claimlens-dl dd { margin: 0; }
.claimlens-timeline { list-style: none; margin: 0; padding: 0 0 0 14px; border-inline-start: 2px solid var(--claimlens-border); }
.claimlens-timeline li { margin: 0 0 8px; position: relative; }
.claimlens-timeline li::before { content: ""; position: absolute; inset-inline-start: -20px; top: 6px; width: 10px; height: 10px;
  border-radius: 50%; background: var(--claimlens-bg); border: 2px solid var(--claimlens-muted); }
.claimlens-when { font-variant-numeric: tabular-nums; color: var(--claimlens-muted); margin-inline-end: 6px; }
.claimlens-quote { margin: 3px 0; padding-inline-start: 8px; border-inline-start: 3px solid var(--claimlens-surface);
  font-style: italic; unicode-bidi: plaintext; }
.claimlens-card a { color: var(--claimlens-accent); }
.claimlens-why { color: var(--claimlens-muted); font-size: 13px; }
.claimlens-why ul { margin: 2px 0; padding-inline-start: 18px; }
.claimlens-foot { margin-top: 10px; padding-top: 6px; border-top: 1px solid var(--claimlens-surface); font-size: 12px;
  color: var(--claimlens-muted); }
`;
