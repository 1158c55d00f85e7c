// Which blocks of the page changed since the annotator last read them: marked as page mutations are
// classified, collapsed (a block inside another marked one is read with it) and taken in one batch;
// past FULL_RESCAN_THRESHOLD marks one full rescan is cheaper than many small ones. And the limit on
// repairing a block whose badges the page keeps removing (no fight with the page).
import { isBlockElement } from './extract';

/** Past this many changed blocks in one batch, one full rescan is cheaper than many small ones. */
export const FULL_RESCAN_THRESHOLD = 1500;
/** A block whose badges the page removes this often in REPAIR_WINDOW_MS is left alone (no fight). */
export const MAX_REPAIRS = 3;
export const REPAIR_WINDOW_MS = 10_000;

/** The nearest block element at or above `node` (the node itself when none). */
export function blockOf(node: Node): Node {
  let n: Node = node;
  while (n.parentNode && !isBlockElement(n)) n = n.parentNode;
  return n;
}

export interface DirtyBlocks {
  mark(node: Node): void;
  readonly size: number;
  /** Whether the next flush should rescan the whole page instead. */
  readonly full: boolean;
  requestFull(): void;
  /** Marked blocks (with `pending` ones) that no other marked block contains, still in the page; clears. */
  take(pending?: readonly Node[]): Node[];
  /** Forgets every mark (a full rescan requested stays requested). */
  clear(): void;
  /** A full rescan ran: no request, no marks. */
  fullDone(): void;
}

export function createDirtyBlocks(): DirtyBlocks {
  const dirty = new Set<Node>();
  let full = false;
  return {
    mark(node) {
      if (full) return;
      dirty.add(node);
      if (dirty.size > FULL_RESCAN_THRESHOLD) {
        full = true;
        dirty.clear();
      }
    },
    get size() {
      return dirty.size;
    },
    get full() {
      return full;
    },
    requestFull() {
      full = true;
      dirty.clear();
    },
    take(pending = []) {
      for (const n of pending) dirty.add(n);
      const units: Node[] = [];
      for (const n of dirty) {
        if (!n.isConnected) continue;
        let covered = false;
        for (let p = n.parentNode; p; p = p.parentNode) {
          if (dirty.has(p)) {
            covered = true;
            break;
          }
        }
        if (!covered) units.push(n);
      }
      dirty.clear();
      return units;
    },
    clear() {
      dirty.clear();
    },
    fullDone() {
      dirty.clear();
      full = false;
    },
  };
}

/**
 * Whether a block may be repaired again: at most MAX_REPAIRS times per REPAIR_WINDOW_MS (`count`
 * false asks without counting).
 */
export function createRepairLimiter(clock: () => number = Date.now): (block: Node, count?: boolean) => boolean {
  const repairs = new WeakMap<Node, { count: number; since: number }>();
  return (block, count = true) => {
    const now = clock();
    let rec = repairs.get(block);
    if (!rec || now - rec.since > REPAIR_WINDOW_MS) {
      rec = { count: 0, since: now };
      repairs.set(block, rec);
    }
    if (count) rec.count++;
    return rec.count <= MAX_REPAIRS;
  };
}
