// The annotator's mutation batching: page mutation records queued as they arrive, then read in
// scheduled slices: each record marks the blocks it changed (dirty-blocks.ts), and the marked blocks
// are re-read in batches (many small blocks of a live blog share one extraction and one matcher call).
// Too many marks, or a navigation, turn the batch into one full rescan. Ends with the AbortSignal.
import { isInSkippedRegion, joinTextMaps, type TextMap } from './extract';
import { createDirtyBlocks, type DirtyBlocks } from './dirty-blocks';
import type { PendingWork } from './full-scan';
import type { SliceScheduler } from './scheduler';

/** Blocks read per matcher call (bounded so one slice stays short). */
export const BATCH_UNITS = 100;
export const BATCH_CHARS = 20_000;

export interface ChangeQueueHost {
  scheduler: SliceScheduler;
  pending: PendingWork;
  signal: AbortSignal;
  /** Called first in every slice (the navigation check: a new page makes the batch a full rescan). */
  beforeBatch(): void;
  /** Marks the blocks a record changed; true when page nodes were removed (see classifyMutation). */
  classify(record: MutationRecord, dirty: DirtyBlocks): boolean;
  /** Drops annotations whose nodes left the page. */
  purgeDetached(): void;
  /** Starts a (sliced) full rescan of the page; it ends the pending clock itself when done. */
  fullScan(): void;
  /** Whether a full scan is still reading the page. */
  scanning(): boolean;
  /** Drops a changed block's annotations and reads its text again; null when it has none. */
  reread(block: Node): TextMap | null;
  /** Matches and renders the joined text of a batch of blocks. */
  annotate(map: TextMap): void;
  /** Everything queued has been read (report the counts). */
  settled(): void;
}

export interface ChangeQueue {
  /** Queues page mutation records and schedules a slice to read them. */
  push(records: readonly MutationRecord[]): void;
  /** The next slice rescans the whole page (a navigation); pending blocks are forgotten. */
  requestFull(): void;
  /** A full scan just ran: nothing marked or pending is left to read. */
  fullDone(): void;
  /** Drops every queued record and block (a rescan now reads everything). */
  clear(): void;
  readonly queued: boolean;
}

export function createChangeQueue(host: ChangeQueueHost): ChangeQueue {
  const records: MutationRecord[] = [];
  const dirty = createDirtyBlocks();
  /** Blocks taken from `dirty` and not read yet (a slice expired). */
  let work: Node[] = [];
  let purge = false;
  let queued = false;

  function clear(): void {
    records.length = 0;
    work = [];
    dirty.clear();
  }
  host.signal.addEventListener('abort', clear, { once: true });

  function schedule(): void {
    if (queued || host.signal.aborted) return;
    queued = true;
    host.scheduler.enqueue(job);
  }

  function job(expired: () => boolean): boolean {
    try {
      return step(expired);
    } catch (err) {
      // The scheduler drops a failing job; reset so that the next change schedules a fresh one.
      queued = false;
      host.pending.end();
      clear();
      throw err;
    }
  }

  function step(expired: () => boolean): boolean {
    if (host.signal.aborted) return true;
    host.beforeBatch();
    if (records.length > 0) {
      for (const r of records.splice(0, records.length)) if (host.classify(r, dirty)) purge = true;
    }
    if (purge) {
      purge = false;
      host.purgeDetached();
    }
    if (dirty.full) {
      work = [];
      host.fullScan();
    } else {
      // Pending and new blocks together, so no block is read twice within one batch.
      if (dirty.size > 0) work = dirty.take(work);
      while (work.length > 0) {
        const maps: TextMap[] = [];
        let chars = 0;
        while (work.length > 0 && maps.length < BATCH_UNITS && chars < BATCH_CHARS) {
          const block = work.shift()!;
          if (!block.isConnected || (block.parentNode && isInSkippedRegion(block.parentNode))) continue;
          if (block.nodeType === 1 && isInSkippedRegion(block)) continue;
          const map = host.reread(block);
          if (!map) continue;
          maps.push(map);
          chars += map.text.length;
        }
        if (maps.length > 0) host.annotate(joinTextMaps(maps));
        if (expired()) break;
      }
    }
    if (work.length > 0 || records.length > 0 || dirty.size > 0 || dirty.full) return false;
    queued = false;
    // A full scan this slice started is still pending content (it ends the clock when done).
    if (!host.scanning()) host.pending.end();
    host.settled();
    return true;
  }

  return {
    push(list) {
      if (list.length === 0 || host.signal.aborted) return;
      for (const r of list) records.push(r);
      host.pending.begin();
      schedule();
    },
    requestFull() {
      work = [];
      dirty.requestFull();
      schedule();
    },
    fullDone() {
      dirty.fullDone();
    },
    clear,
    get queued() {
      return queued;
    },
  };
}
