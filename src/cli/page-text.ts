// Page text for the CLI: parses HTML with happy-dom (no scripts run, no resources loaded) and reads it
// with the content script's own extractText, so both see the same text.
import { Window } from 'happy-dom';
import { articleDate } from '../dom/article-date';
import { extractText } from '../dom/extract';

/** One page as the matcher reads it. */
export interface PageText {
  /** The extracted text (what the matcher reads and offsets point into). */
  text: string;
  /** The article's date, read as the extension reads it (articleDate), if the page gives one. */
  date?: string;
}

export interface PageParser {
  /** The extracted text of one page (what the matcher reads and offsets point into). */
  text(html: string): string;
  /** The extracted text and the article's date. */
  page(html: string): PageText;
  close(): Promise<void>;
}

function newWindow(): Window {
  return new Window({
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
}

/**
 * Pages parsed in one window before it is replaced. happy-dom keeps every document a window's
 * DOMParser made (about 10 MB per news page here), so a window that parsed 390 pages held 4 GB and
 * slowed to a crawl; a fresh window every few pages keeps the heap flat over a crawl of any size.
 */
const PAGES_PER_WINDOW = 16;

export function createPageParser(): PageParser {
  let window = newWindow();
  let parser = new window.DOMParser();
  let parsed = 0;
  const closing = new Set<Promise<void>>();
  /** One page parsed (a fresh window every PAGES_PER_WINDOW pages). */
  const parse = (html: string): Document => {
    if (parsed++ >= PAGES_PER_WINDOW) {
      const done: Promise<void> = window.happyDOM.close().finally(() => closing.delete(done));
      closing.add(done);
      window = newWindow();
      parser = new window.DOMParser();
      parsed = 1;
    }
    // happy-dom's Document implements the standard DOM that extractText uses.
    return parser.parseFromString(html, 'text/html') as unknown as Document;
  };
  return {
    page(html: string): PageText {
      const doc = parse(html);
      return { text: extractText(doc).text, date: articleDate(doc) };
    },
    text(html: string): string {
      return extractText(parse(html)).text;
    },
    async close() {
      await Promise.all([...closing, window.happyDOM.close()]);
    },
  };
}
