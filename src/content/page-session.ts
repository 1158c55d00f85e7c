// One page's annotation session: follows settings (layers, site switch), answers the popup and
// side panel, reports counts for the toolbar icon, and removes everything it added on destroy().
import { articleDate } from '../dom/article-date';
import { createMatcher, type Matcher } from '../core/match';
import type { Pack } from '../core/match/pack';
import { ALL_LAYERS, isVisible } from '../core/layers';
import type { CompiledDataset, Mention } from '../core/types';
import { toCsv, toRecords, toWebAnnotation } from '../core/export';
import { sentenceContext } from '../core/text/context';
import { splitSentences } from '../core/text/sentences';
import { createAnnotator, type Annotator } from '../dom/annotator';
import { extractText, rangeFor } from '../dom/extract';
import { createCardController } from '../ui/card';
import { t } from '../ui/i18n';
import {
  broadcast,
  listen,
  sendToBackground,
  type ContentApi,
  type LayerCounts,
  type PageItem,
} from '../shared/messages';
import { isSiteEnabled, DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { loadSettings, watchSettings } from '../shared/store';
import { createDescriber } from './describe';
import { markLook } from '../core/personal-mark';

/** How long the side-panel-only mode waits after a page change before reading the page again. */
const QUIET_RESCAN_MS = 1000;

export interface PageSession {
  start(): Promise<void>;
  destroy(): void;
}

export function mentionKey(m: Mention): string {
  return `${m.kind}:${m.id}:${m.start}`;
}

/** The dataset a page session annotates with, and its packed indexes when it has them (see pack.ts). */
export interface SessionData {
  dataset: CompiledDataset;
  packed?: Pack;
}

/** What the session makes from its data once a page is to be annotated. */
interface Ready {
  dataset: CompiledDataset;
  /** The article's date (articleDate), read again when the address changes: the card's role, the label's, and bare titles' holders. */
  date(): string | undefined;
  describe: ReturnType<typeof createDescriber>;
  card: ReturnType<typeof createCardController>;
  matcher(): Matcher;
  /** The matcher once made. */
  made?: Matcher;
}

/**
 * Resolves in a later task, so that the work after it runs apart from the work before. A message on a
 * channel of our own, not a timer: browsers hold timers back in background tabs (about a second each).
 */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

/**
 * `load` is called the first time the page is to be annotated, never on a site the reader switched
 * off (nor while the annotation is toggled off): until then nothing is parsed, decoded or built.
 */
export function createPageSession(doc: Document, load: () => Promise<SessionData>): PageSession {
  const host = doc.location?.hostname ?? '';
  let ready: Ready | undefined;
  let loading: Promise<void> | undefined;
  let destroyed = false;
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let annotator: Annotator | undefined;
  /** The whole-page setting and personal mark the current annotator was made with. */
  let builtWhole = false;
  let builtMark = '';
  let active = true;
  let mentions: readonly Mention[] = [];
  const cleanups: (() => void)[] = [];

  const wanted = (): boolean => active && isSiteEnabled(settings, host);

  function prepare(): Promise<void> {
    loading ??= load()
      .then(async ({ dataset, packed }) => {
        if (destroyed) return;
        // The article's date (JSON-LD parsed) is read here, never on a site switched off, and again
        // when the address changes (a single-page site's next article).
        let dateUrl = '';
        let dateValue: string | undefined;
        const date = (): string | undefined => {
          const url = (doc.location?.href ?? '').split('#')[0];
          if (url !== dateUrl) {
            dateUrl = url;
            dateValue = articleDate(doc);
          }
          return dateValue;
        };
        date();
        const r: Ready = {
          dataset,
          date,
          describe: createDescriber(dataset, date, t),
          card: createCardController(doc, { dataset, pageDate: date, mark: () => markLook(settings.mark) }),
          matcher: () => (r.made ??= createMatcher(dataset, { packed })),
        };
        // Reading the records, making the matcher (restored from the packed indexes, or built) and
        // reading the page are each a task of their own: together they may pass 50 ms with a large
        // dataset (the bench's scale index restores in about 30 ms), one at a time they block the
        // reader less.
        await nextTask();
        if (destroyed) return;
        r.matcher();
        await nextTask();
        if (destroyed) return;
        ready = r;
        sync();
      })
      .catch((err: unknown) => {
        // No dataset, no annotation; the page is left as it is. A later settings change tries again.
        console.warn('[claimlens] the dataset or its matcher could not be made', err);
        loading = undefined;
      });
    return loading;
  }

  function counts(): LayerCounts {
    const c = Object.fromEntries(ALL_LAYERS.map((l) => [l, 0])) as LayerCounts;
    for (const m of mentions) {
      if (m.kind === 'official') c.officials++;
      else if (m.kind === 'attribution') c.attributions++;
      else {
        c.claims++;
        const status = ready?.describe.statusOf(m);
        if (status) c[status]++;
      }
    }
    return c;
  }

  function report(found: readonly Mention[]): void {
    mentions = found;
    const c = counts();
    sendToBackground('tab/counts', { claims: c.claims, total: found.length }).catch(() => undefined);
    broadcast('page/changed', { url: doc.location?.href ?? '' });
  }

  function sync(): void {
    if (destroyed) return;
    if (wanted() && !ready) {
      void prepare();
      return;
    }
    if (!ready) return;
    const { describe, card, matcher, date } = ready;
    if (wanted() && settings.panelOnly) {
      // Side panel only: nothing drawn; the page's text is matched and listed for the panel.
      if (annotator) {
        card.close();
        annotator.destroy();
        annotator = undefined;
      }
      if (!quiet) quiet = startQuiet(matcher, date);
      return;
    }
    stopQuiet();
    if (wanted() && !annotator) {
      annotator = createAnnotator(doc, {
        match: (text, pageChars) => matcher().match(text, { pageChars, date: date() }),
        // The first scan runs in slices, so a long page never blocks the reader for a long task.
        session: (text) => matcher().session(text, { date: date() }),
        layers: settings.layers,
        statusOf: describe.statusOf,
        label: describe.label,
        word: describe.word,
        groupWord: describe.groupWord,
        groupLabel: describe.groupLabel,
        onActivate: (badge, m) => {
          card.open(badge, m);
          // The side panel (a surface the page cannot draw on) shows which entry this badge is.
          broadcast('page/activated', { key: mentionKey(m) });
        },
        onPreview: (badge, m) => card.preview(badge, m),
        onChange: report,
        // Text the page hides from the reader is not read (it would misplace real badges).
        rendered: true,
        wholePage: settings.wholePage,
        mark: markLook(settings.mark),
      });
      builtWhole = settings.wholePage;
      builtMark = JSON.stringify(settings.mark ?? null);
      annotator.start();
    } else if (!wanted() && annotator) {
      card.close();
      annotator.destroy();
      annotator = undefined;
      report([]);
    } else if (!wanted() && mentions.length) {
      report([]);
    } else if (
      annotator &&
      (builtWhole !== settings.wholePage || builtMark !== JSON.stringify(settings.mark ?? null))
    ) {
      // Where badges go, and the mark they carry, are decided when the annotator is made: make it again.
      card.close();
      annotator.destroy();
      annotator = undefined;
      sync();
    } else {
      annotator?.setLayers(settings.layers);
    }
  }

  /**
   * Side-panel-only mode: the page's rendered text is read and matched (again a second after the page
   * changes), and nothing is written into the page. Stopped by `stopQuiet`.
   */
  let quiet: (() => void) | undefined;
  function startQuiet(matcher: () => Matcher, date: () => string | undefined): () => void {
    const win = doc.defaultView ?? window;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const scan = (): void => {
      timer = undefined;
      report(matcher().match(extractText(doc, { rendered: true }).text, { date: date() }));
    };
    const observer = new win.MutationObserver(() => {
      timer ??= setTimeout(scan, QUIET_RESCAN_MS);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    scan();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
    };
  }
  function stopQuiet(): void {
    if (!quiet) return;
    quiet();
    quiet = undefined;
    report([]);
  }

  function items(): PageItem[] {
    const describe = ready?.describe;
    if (!describe || !mentions.length) return [];
    // The annotator's offsets index this text (see export below); read only when asked.
    const text = extractText(doc, { rendered: true }).text;
    const sentences = splitSentences(text);
    // Side-panel-only mode draws nothing anywhere: no item is "outside the article" there.
    const drawn = annotator?.drawn();
    return mentions.map((m) => {
      const status = describe.statusOf(m);
      return {
        key: mentionKey(m),
        kind: m.kind,
        id: m.id,
        text: m.text,
        start: m.start,
        end: m.end,
        status,
        label: describe.label(m),
        title: describe.title(m),
        visible: isVisible(settings.layers, m.kind, status),
        ...(drawn ? { drawn: drawn(m) } : {}),
        ...sentenceContext(text, sentences, m.start, m.end),
      };
    });
  }

  const handlers: Partial<Parameters<typeof listen<ContentApi>>[0]> = {
    'page/get': () => ({
      url: doc.location?.href ?? '',
      host,
      siteEnabled: isSiteEnabled(settings, host),
      active: active && (!!annotator || !!quiet),
      counts: counts(),
      items: items(),
      datasetVersion: ready?.dataset.version ?? '',
      datasetLoaded: !!ready,
      indexPacked: !!ready?.made?.packed,
    }),
    'page/focus': ({ key }) => {
      const index = mentions.findIndex((m) => mentionKey(m) === key);
      if (index < 0) return false;
      if (annotator) {
        annotator.focusMention(mentions[index]);
        return true;
      }
      // Side panel only: the mention is selected and scrolled to (the page learns of it only now,
      // because the reader asked).
      const range = rangeFor(extractText(doc, { rendered: true }), mentions[index].start, mentions[index].end);
      const selection = doc.getSelection();
      if (!range || !selection) return false;
      selection.removeAllRanges();
      selection.addRange(range);
      (range.startContainer.parentElement ?? doc.body)?.scrollIntoView({ block: 'center' });
      return true;
    },
    'page/export': ({ format }) => {
      // Export what the researcher sees: the annotator's mentions, whose offsets index this same text
      // (our badges are skipped by extraction), so the side panel's list and the file agree.
      const text = extractText(doc, { rendered: true }).text;
      const shown = ready
        ? (annotator?.mentions() ?? (quiet ? mentions : [])).filter((m) =>
            isVisible(settings.layers, m.kind, ready!.describe.statusOf(m)),
          )
        : [];
      const url = doc.location?.href ?? '';
      const records = ready ? toRecords(shown, ready.dataset, url, text) : [];
      const base = `claimlens-${host || 'page'}`;
      return format === 'csv'
        ? { filename: `${base}.csv`, mime: 'text/csv', content: toCsv(records) }
        : {
            filename: `${base}.jsonld`,
            mime: 'application/ld+json',
            content: JSON.stringify(toWebAnnotation(records, { pageUrl: url, pageText: text }), null, 2),
          };
    },
    'page/toggle': () => {
      active = !active;
      sync();
      return { active };
    },
  };

  return {
    async start() {
      settings = await loadSettings().catch(() => ({ ...DEFAULT_SETTINGS }));
      cleanups.push(listen<ContentApi>(handlers));
      cleanups.push(
        watchSettings((s) => {
          settings = s;
          sync();
        }),
      );
      sync();
    },
    destroy() {
      destroyed = true;
      for (const undo of cleanups.splice(0)) {
        try {
          undo();
        } catch {
          // The extension context may already be gone; the page-side teardown below still runs.
        }
      }
      ready?.card.destroy();
      quiet?.();
      quiet = undefined;
      annotator?.destroy();
      annotator = undefined;
    },
  };
}
