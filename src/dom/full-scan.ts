// The annotator's sliced full scan: the whole page's text matched part by part (a MatchSession), the
// first slice at once and the rest scheduled, each part's mentions rendered as it is read. A newer
// scan, abandon() or the annotator's AbortSignal ends the one in progress. And the clock of pending
// work it shares with the change queue: content not yet annotated, and since when.
import type { MatchSession } from '../core/match';
import type { Mention } from '../core/types';
import type { TextMap } from './extract';
import { partEnd, stillReads } from './scan-parts';
import type { SliceScheduler } from './scheduler';

/** Budget of the first slice, run at once: the top of the page gets its badges without waiting. */
export const FIRST_SLICE_MS = 8;

/**
 * Since when some page content has been waiting to be annotated (a change not yet read, or the rest
 * of a full scan). Past a few tens of milliseconds the scheduler takes bigger slices (see `overdue`).
 */
export interface PendingWork {
  /** Content is waiting: starts the clock unless it already runs. */
  begin(): void;
  /** Nothing is waiting any more. */
  end(): void;
  /** Whether content has been waiting for longer than `ms`. */
  overdue(ms: number): boolean;
}

export function createPendingWork(now: () => number): PendingWork {
  let since = -1;
  return {
    begin() {
      if (since < 0) since = now();
    },
    end() {
      since = -1;
    },
    overdue(ms) {
      return since >= 0 && now() - since > ms;
    },
  };
}

export interface FullScanHost {
  scheduler: SliceScheduler;
  pending: PendingWork;
  signal: AbortSignal;
  now(): number;
  /** Renders the mentions found in one part of the page. */
  render(map: TextMap, mentions: readonly Mention[]): void;
  /** The whole page has been read. */
  done(): void;
}

export interface FullScan {
  /** Reads `map` through `session`: the first slice now, the rest scheduled. Ends any scan in progress. */
  start(map: TextMap, session: MatchSession): void;
  /** Ends the scan in progress, if any (its remaining parts are never read). */
  abandon(): void;
  readonly running: boolean;
}

export function createFullScan(host: FullScanHost): FullScan {
  type Scan = { map: TextMap; session: MatchSession };
  let scan: Scan | null = null;
  host.signal.addEventListener('abort', () => (scan = null), { once: true });

  /** Matches and renders parts of the page until the slice expires; true when the scan is over. */
  function step(current: Scan, expired: () => boolean): boolean {
    if (scan !== current || host.signal.aborted) return true;
    const { map, session } = current;
    try {
      do {
        const found = session.next(partEnd(map, session.position));
        // The page may have changed what we read since extraction (its records are queued and those
        // blocks will be re-read): render only mentions whose text nodes still hold what we matched.
        host.render(
          map,
          found.filter((m) => stillReads(map, m)),
        );
      } while (!session.done && !expired());
    } catch (err) {
      // A failing part ends this scan (the scheduler reports the error); later updates still run.
      scan = null;
      throw err;
    }
    if (!session.done) return false;
    scan = null;
    host.done();
    return true;
  }

  return {
    start(map, session) {
      if (host.signal.aborted) return;
      const current = { map, session };
      scan = current;
      // The rest of the page is content not yet annotated, like a pending change: if it is not done
      // soon the scheduler stops waiting for idle periods (which a busy or headless page may not give
      // before the idle timeout, slice after slice) and takes bigger slices.
      host.pending.begin();
      const until = host.now() + FIRST_SLICE_MS;
      if (step(current, () => host.now() >= until)) return;
      host.scheduler.enqueue((expired) => step(current, expired));
    },
    abandon() {
      scan = null;
    },
    get running() {
      return scan !== null;
    },
  };
}
