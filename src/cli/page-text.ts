// Page text for the CLI: parses HTML with happy-dom (no scripts run, no resources loaded) and reads it
// with the content script's own extractText, so both see the same text.
import { Window } from 'happy-dom';
import { extractText } from '../dom/extract';

export interface PageParser {
  /** The extracted text of one page (what the matcher reads and offsets point into). */
  text(html: string): string;
  close(): Promise<void>;
}

export function createPageParser(): PageParser {
  // One window for the whole run; every page is parsed into its own document.
  const window = new Window({
    // A real base URL: relative links (<link rel=preload href=/x>) must resolve, or happy-dom throws
    // asynchronously and ends the process. ".invalid" can never resolve to a host.
    url: 'https://claimlens.invalid/',
    settings: {
      // Saved pages must not make the CLI contact anyone: every request happy-dom would send (preloads,
      // fetch-as links; sync requests need scripts, which never run) is answered here with an empty 404, offline.
      fetch: {
        interceptor: {
          beforeAsyncRequest: async ({ window: w }) => new w.Response('', { status: 404 }),
        },
      },
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      enableImageFileLoading: false,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  const parser = new window.DOMParser();
  return {
    text(html: string): string {
      const doc = parser.parseFromString(html, 'text/html');
      // happy-dom's Document implements the standard DOM that extractText uses.
      return extractText(doc as unknown as Document).text;
    },
    async close() {
      await window.happyDOM.close();
    },
  };
}
