// Which blocks of the page changed since the annotator last read them: marked as page mutations are
// classified, collapsed (a block inside another marked one is read with it) and taken in one batch;
// past FULL_RESCAN_THRESHOLD marks one full rescan is cheaper than many small ones. And the limit on
// repairing a block whose badges the page keeps removing (no fight with the page).
import { isBlockElement, isInSkippedRegion, isOwnElement } from './extract';
import type { Annotation } from './renderer';

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

export interface MutationContext {
  dirty: DirtyBlocks;
  /** The annotation a removed element is the badge of, if it is one of ours. */
  annotationOf(el: Element): Annotation | undefined;
  isLive(ann: Annotation): boolean;
  /** Removes the rest of an annotation whose badge the page removed. */
  drop(ann: Annotation): void;
  repairAllowed(block: Node, count?: boolean): boolean;
}

/**
 * Marks the blocks one page mutation changed. A removed badge of ours drops its annotation and marks
 * its block for repair (rate-limited: see createRepairLimiter); our own added nodes are ignored.
 * Returns whether page nodes were removed (annotations in them may be gone: purge detached ones).
 */
export function classifyMutation(r: MutationRecord, c: MutationContext): boolean {
  const target = r.target;
  if (r.type === 'characterData') {
    const parent = target.parentNode;
    if (parent && !isInSkippedRegion(parent)) c.dirty.mark(blockOf(parent));
    return false;
  }
  // childList
  if (isInSkippedRegion(target)) return false;
  let damaged = false;
  let removedPageNodes = false;
  r.removedNodes.forEach((n) => {
    const ann = n.nodeType === 1 ? c.annotationOf(n as Element) : undefined;
    if (ann) {
      if (c.isLive(ann)) {
        // The page removed our badge: drop the rest of that annotation now, and re-add it (rate-limited).
        c.drop(ann);
        damaged = true;
        if (c.repairAllowed(ann.block)) c.dirty.mark(ann.block);
      }
    } else {
      removedPageNodes = true;
    }
  });
  let blockOfTarget: Node | null = null;
  r.addedNodes.forEach((n) => {
    if (isOwnElement(n)) return;
    if (n.nodeType === 1 && isBlockElement(n)) c.dirty.mark(n);
    else if (n.nodeType === 1 || n.nodeType === 3) blockOfTarget = blockOf(target);
  });
  if (blockOfTarget && (!damaged || c.repairAllowed(blockOfTarget, false))) c.dirty.mark(blockOfTarget);
  return removedPageNodes;
}
