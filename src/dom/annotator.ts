// Annotates a live document: full scan at start, then a batched MutationObserver re-scans only the
// blocks that changed, in small slices; SPA navigations reset; destroy() leaves the page as it was.
// Its parts, each with one job: what each mention shows (render-items.ts), badges as controls
// (badge-interaction.ts), the sliced scan's parts
// (full-scan.ts, scan-parts.ts), mutation batching (change-queue.ts), changed blocks and the repair
// limit (dirty-blocks.ts), what is drawn and the mentions list (annotation-store.ts), navigations
// (navigation.ts), task slicing (scheduler.ts) and the DOM work itself (renderer.ts). This closure
// wires them to the page and to one AbortSignal.
import type { MarkLook } from '../core/personal-mark';
import { type LayerState, isVisible } from '../core/layers';
import type { MatchSession } from '../core/match';
import type { ClaimStatus, Mention } from '../core/types';
import { BADGE_ATTR } from './badge';
import { createBadgeInteraction } from './badge-interaction';
export { PREVIEW_DELAY_MS } from './badge-interaction';
import { type TextMap, extractText } from './extract';
import { type ReadingScope, createReadingScope } from './main-content';
import { type Annotation, type RenderItem, createRenderer } from './renderer';
import { watchNavigation } from './navigation';
import { renderItems } from './render-items';
import { classifyMutation, createRepairLimiter } from './dirty-blocks';
import { createChangeQueue } from './change-queue';
import { createFullScan, createPendingWork } from './full-scan';
import { createAnnotationStore, type Shown } from './annotation-store';
import { createScheduler } from './scheduler';

export interface AnnotatorOptions {
  /** The matcher, injected (pure). */
  /** `pageChars`: the whole page's length when `text` is only its changed part (see MatchOptions). */
  match: (text: string, pageChars?: number) => Mention[];
  /**
   * The same matcher in parts (`Matcher.session`). When given, a full scan of the page runs in slices
   * (the first at once, the rest scheduled), so no single task is long; otherwise in one task.
   */
  session?: (text: string) => MatchSession;
  layers: LayerState;
  /** Claim status from the dataset. */
  statusOf: (m: Mention) => ClaimStatus | undefined;
  /** Accessible name, e.g. "Claim denied: Japan plans to send troops to Ukraine". */
  label: (m: Mention) => string;
  /** The badge's visible words ("Denied claim · reported as denied", "Lavrov"); English defaults. */
  word?: (m: Mention) => string;
  /** Words and accessible name of one badge standing for several claims of one sentence. */
  groupWord?: (ms: readonly Mention[]) => string;
  groupLabel?: (ms: readonly Mention[]) => string;
  /**
   * Badge every mention of the whole page (researchers). By default badges go only into the article
   * body, once per official per paragraph, one per sentence for claims; the rest is listed, not drawn.
   */
  wholePage?: boolean;
  /** Click / Enter / Space on a badge (the UI opens the card). */
  onActivate?: (badge: HTMLElement, m: Mention) => void;
  /** The mouse rested on a badge for PREVIEW_DELAY_MS (the UI shows the card as a preview). */
  onPreview?: (badge: HTMLElement, m: Mention) => void;
  /** After each (re)scan: counts for popup/toolbar. */
  onChange?: (mentions: readonly Mention[]) => void;
  /** Use wrapper spans even where the Highlight API exists (tests). */
  forceMarks?: boolean;
  /** The reader's personal mark, drawn on every badge (see shared/personal-mark.ts). */
  mark?: MarkLook;
  /** Read only rendered text (browsers: hidden text is never matched). Off in DOMs without layout. */
  rendered?: boolean;
  /**
   * Whether an event on a badge came from the reader. Default `event.isTrusted`: a page's
   * `badge.click()` or synthetic key event never opens a card. Test DOMs have no trusted events.
   */
  isTrusted?: (event: Event) => boolean;
}

export type MentionRef = number | { id: string; start: number };

export interface Annotator {
  start(): void;
  setLayers(layers: LayerState): void;
  /** Drop everything and annotate the whole page again, synchronously. */
  rescan(): void;
  /** Resolves once no scan or update is pending (the whole page has been annotated). */
  settled(): Promise<void>;
  /** Mentions shown on the page, in document order, offsets into extractText(document).text. */
  mentions(): readonly Mention[];
  /**
   * Which of mentions() the page shows (a badge or a highlight); the others are outside the article,
   * listed by the side panel only. Mentions are compared by kind, id and offsets.
   */
  drawn(): (m: Mention) => boolean;
  /** Focus (and scroll to) a mention's badge: by index into mentions(), or by id and start offset. */
  focusMention(ref: MentionRef): void;
  /** Removes everything we added and stops observers and timers. */
  destroy(): void;
}

/**
 * No page event can stop an annotator (a page could send it too). An older content script (orphaned by an
 * extension update) removes its own badges when it sees its context gone; where a browser leaves its
 * badges behind, a new annotator sweeps elements carrying our marker that are not its own at start.
 */
function sweepLeftovers(doc: Document, isOurs: (el: Element) => boolean): void {
  doc.querySelectorAll(`[${BADGE_ATTR}]`).forEach((el) => {
    if (!isOurs(el)) el.remove();
  });
}

const SCOPE_RETRY_MS = 1000;
/** Content waiting longer than this gets bigger slices, so it is annotated within 500 ms. */
const URGENT_AFTER_MS = 50;
const NOTIFY_INTERVAL_MS = 250;
const OBSERVE: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export function createAnnotator(doc: Document, opts: AnnotatorOptions): Annotator {
  const win = doc.defaultView as Window & typeof globalThis;
  let layers: LayerState = { ...opts.layers };
  const visible = (m: Mention, status: ClaimStatus | undefined) => isVisible(layers, m.kind, status);
  /** Ends everything the annotator listens to or schedules (see destroy). */
  const ac = new AbortController();
  const signal = ac.signal;
  const now = () => win.performance.now();

  /** Clicks, keys, hover and Tab stops on our badges (see badge-interaction.ts). */
  const badges = createBadgeInteraction({
    inBlock: (block) => store.inBlock(block),
    quietly,
    isTrusted: opts.isTrusted ?? ((ev: Event) => ev.isTrusted),
    onActivate: opts.onActivate,
    onPreview: opts.onPreview,
  });
  const renderer = createRenderer(doc, { onBadge: badges.wire, forceMarks: opts.forceMarks, mark: opts.mark });
  /** Content not yet annotated (a change, the rest of a full scan), shared by the two jobs below. */
  const pending = createPendingWork(now);
  // Behind by more than URGENT_AFTER_MS: bigger slices, so content is annotated within 500 ms.
  const scheduler = createScheduler(win, { urgent: () => pending.overdue(URGENT_AFTER_MS) });
  signal.addEventListener('abort', () => scheduler.destroy(), { once: true });
  let observer: MutationObserver | null = null;
  let started = false;
  let changed = false;
  const repairAllowed = createRepairLimiter();
  /** What is drawn, by block, and the mentions list (see annotation-store.ts). */
  const store = createAnnotationStore(
    () => renderer.annotations(),
    () => extract(root()),
  );
  const navigation = watchNavigation(win, onNavigate, signal);

  /** The sliced full scan (see full-scan.ts). */
  const scan = createFullScan({
    scheduler,
    pending,
    signal,
    now,
    render: renderMentions,
    done() {
      if (!changes.queued) pending.end();
      notify();
    },
  });

  /** Page mutations, batched and read in slices (see change-queue.ts). */
  const changes = createChangeQueue({
    scheduler,
    pending,
    signal,
    beforeBatch: () => navigation.check(),
    classify: (r, dirty) =>
      classifyMutation(r, {
        dirty,
        annotationOf: (el) => renderer.annotationOf(el),
        isLive: (ann) => renderer.isLive(ann),
        drop: (ann) => drop([ann]),
        repairAllowed,
      }),
    purgeDetached() {
      drop(renderer.annotations().filter((a) => !a.startNode.isConnected || !a.endNode.isConnected));
      store.prune();
    },
    fullScan: () => fullScan(true),
    scanning: () => scan.running,
    reread(block) {
      drop(annotationsIn(block));
      const target = block === doc.documentElement || block === doc ? root() : (block as Element);
      if (target !== root()) store.markOffsetsStale();
      const map = extract(target);
      return map.text.length > 0 ? map : null;
    },
    annotate: annotateMap,
    settled: notify,
  });

  function root(): Element {
    return doc.body ?? doc.documentElement;
  }

  /** Our own DOM changes must not come back as work: hand pending page records over, drop ours. */
  function quietly(fn: () => void): void {
    if (observer) changes.push(observer.takeRecords());
    try {
      fn();
    } finally {
      observer?.takeRecords();
    }
  }

  let scope: ReadingScope | null = null;
  let scopeAt = 0;
  const readingScope = (): ReadingScope => {
    // A page with no article yet (content still loading) is looked at again on later updates, at most
    // once a second (finding the article reads every paragraph).
    if (!scope || (!scope.root && now() - scopeAt > SCOPE_RETRY_MS)) {
      scope = createReadingScope(doc);
      scopeAt = now();
    }
    return scope;
  };

  /** Whether the paragraph already shows a badge for this official (an earlier slice or update drew it). */
  function officialBadged(block: Node, id: string): boolean {
    for (const a of store.inBlock(block))
      if (a.badge && a.mention.kind === 'official' && a.mention.id === id) return true;
    return false;
  }

  /** What each mention shows (see render-items.ts). */
  const itemsFor = (map: TextMap, mentions: readonly Mention[]): RenderItem[] =>
    renderItems(map, mentions, {
      words: opts,
      visible,
      scope: opts.wholePage ? null : readingScope(),
      officialBadged,
    });

  const extract = (unit: Element | ShadowRoot | Document): TextMap => extractText(unit, { rendered: opts.rendered });

  const watchedShadows = new WeakSet<ShadowRoot>();
  function watchShadowRoots(map: TextMap): void {
    // A document observer does not see inside shadow trees: observe each open one we read.
    for (const sr of map.shadowRoots ?? []) {
      if (!observer || watchedShadows.has(sr)) continue;
      watchedShadows.add(sr);
      observer.observe(sr, OBSERVE);
    }
  }

  // The page's length at its last full read: a changed paragraph re-read alone is still on a page that
  // long (the claim-from-text threshold depends on it).
  let pageChars = 0;
  function annotateMap(map: TextMap): void {
    watchShadowRoots(map);
    if (map.text.length === 0) return;
    renderMentions(map, opts.match(map.text, Math.max(pageChars, map.text.length)));
  }

  function renderMentions(map: TextMap, mentions: readonly Mention[]): void {
    if (mentions.length === 0) return;
    quietly(() => {
      for (const b of store.add(renderer.render(map, itemsFor(map, mentions)))) badges.updateTabStops(b);
    });
    changed = true;
  }

  /** Removes annotations (and keeps the per-block index in step). */
  function drop(anns: readonly Annotation[]): void {
    if (anns.length === 0) return;
    quietly(() => renderer.remove(anns));
    store.remove(anns);
    changed = true;
  }

  function removeAll(): void {
    scan.abandon();
    quietly(() => renderer.removeAll());
    store.clear();
  }

  /** Annotations inside a block we are about to re-read: found by their badges and their blocks. */
  function annotationsIn(unit: Node): Annotation[] {
    const found = new Set<Annotation>();
    if (unit.nodeType === 1 || unit.nodeType === 11) {
      (unit as Element).querySelectorAll(`[${BADGE_ATTR}]`).forEach((b) => {
        const a = renderer.annotationOf(b);
        if (a) found.add(a);
      });
    }
    store.inBlock(unit).forEach((a) => found.add(a));
    return [...found];
  }

  /** Reads the whole page again: in slices through the session (see full-scan.ts), else in one task. */
  function fullScan(sliced = false): void {
    removeAll();
    scope = null;
    changes.fullDone();
    store.markOffsetsFresh();
    changed = true;
    const map = extract(root());
    pageChars = map.text.length;
    if (!sliced || !opts.session) {
      annotateMap(map);
      return;
    }
    watchShadowRoots(map);
    scan.start(map, opts.session(map.text));
  }

  // Counts for the toolbar need not follow every slice of a live blog: at most one report per interval.
  let lastNotify = -Infinity;
  let notifyTimer: ReturnType<typeof setTimeout> | undefined;
  signal.addEventListener('abort', () => clearTimeout(notifyTimer), { once: true });
  function notify(): void {
    if (!changed || signal.aborted) return;
    store.invalidate();
    const wait = lastNotify + NOTIFY_INTERVAL_MS - now();
    if (wait > 0) {
      notifyTimer ??= setTimeout(() => {
        notifyTimer = undefined;
        notify();
      }, wait);
      return;
    }
    changed = false;
    lastNotify = now();
    opts.onChange?.(mentions());
  }

  // ---- SPA navigation (see navigation.ts) ----
  function onNavigate(): void {
    if (signal.aborted) return;
    // A new "page": drop the old one's annotations and read the new content once it has settled.
    removeAll();
    changed = true;
    changes.requestFull();
  }

  // ---- public API ----
  const shown = (): Shown[] => store.shown();

  function mentions(): readonly Mention[] {
    return shown().map((p) => p.m);
  }

  function drawn(): (m: Mention) => boolean {
    const key = (m: Mention) => `${m.kind}\u0000${m.id}\u0000${m.start}\u0000${m.end}`;
    const keys = new Set(shown().flatMap((p) => (p.a.drawn ? [key(p.m)] : [])));
    return (m) => keys.has(key(m));
  }

  function start(): void {
    if (started || signal.aborted) return;
    started = true;
    sweepLeftovers(doc, (el) => renderer.annotationOf(el) !== undefined);
    observer = new win.MutationObserver((list) => changes.push(list));
    observer.observe(doc.documentElement, OBSERVE);
    fullScan(true); // our own changes are taken off the observer's queue (quietly)
    navigation.listen();
    notify();
  }

  function destroy(): void {
    if (signal.aborted) return;
    // Stops the navigation watch, the scheduler, the scan, the change queue and the notify timer.
    ac.abort();
    observer?.disconnect();
    observer = null;
    renderer.removeAll();
    store.clear();
  }

  return {
    start,
    setLayers(next) {
      layers = { ...next };
      quietly(() => {
        renderer.setVisibility((kind, status) => isVisible(layers, kind, status));
      });
    },
    rescan() {
      if (signal.aborted) return;
      changes.clear();
      if (observer) observer.takeRecords();
      fullScan();
      notify();
    },
    mentions,
    drawn,
    async settled() {
      while (!signal.aborted && (scan.running || scheduler.pending)) await new Promise((r) => setTimeout(r, 10));
    },
    focusMention(ref) {
      const list = shown();
      const hit = typeof ref === 'number' ? list[ref] : list.find((p) => p.m.id === ref.id && p.m.start === ref.start);
      if (!hit) return;
      // A later mention without a badge of its own: its paragraph's badge for the same record, else
      // the sentence's shared claim badge.
      let badge = hit.a.badge;
      if (!badge) {
        const peers = [...store.inBlock(hit.a.block)].filter((a) => a.badge);
        badge =
          peers.find((a) => a.mention.id === hit.m.id && a.mention.kind === hit.m.kind)?.badge ??
          peers.filter((a) => a.mention.kind === hit.m.kind && a.mention.start <= hit.a.mention.start).pop()?.badge ??
          null;
      }
      if (!badge) {
        hit.a.startNode.parentElement?.scrollIntoView?.({ block: 'center' });
        return;
      }
      badge.scrollIntoView?.({ block: 'center' });
      badges.focus(hit.a.block, badge);
    },
    destroy,
  };
}
