// Splitting the page's text nodes where badges and fallback wrappers go, and joining them back. A
// split records the original node and the segments it made; the renderer counts the annotations that
// use them and re-joins the segments (latest split first) once none does, so the page's text nodes
// come back as they were (`body.innerHTML` byte-identical after removal).
import type { TextPoint } from './extract';

/** A text node we split, and the nodes splitting created: re-joined when no annotation needs them. */
export interface SplitEntry {
  original: Text;
  segments: Text[];
  /** Annotations that use the segments (the renderer counts them). */
  users: number;
  /** Order of splitting: later splits are re-joined first. */
  seq: number;
}

/** An original text node after splitting: its segments (itself first) and where each starts in it. */
export interface Segments {
  nodes: Text[];
  starts: number[];
  entry: SplitEntry;
}

/** Collects the offsets to split text nodes at (none at a node's very start or end). */
export function createCuts(): { add(p: TextPoint): void; readonly cuts: Map<Text, Set<number>> } {
  const cuts = new Map<Text, Set<number>>();
  return {
    cuts,
    add(p) {
      if (p.offset <= 0 || p.offset >= p.node.data.length) return;
      let set = cuts.get(p.node);
      if (!set) cuts.set(p.node, (set = new Set()));
      set.add(p.offset);
    },
  };
}

/**
 * Splits each node at its offsets, highest first so that lower offsets stay valid in the original node;
 * `nextSeq` numbers the splits.
 */
export function splitTextNodes(cuts: Map<Text, Set<number>>, nextSeq: () => number): Map<Text, Segments> {
  const out = new Map<Text, Segments>();
  for (const [node, set] of cuts) {
    const offsets = [...set].sort((x, y) => y - x);
    const tails: Text[] = [];
    for (const off of offsets) tails.unshift(node.splitText(off));
    const entry: SplitEntry = { original: node, segments: tails, users: 0, seq: nextSeq() };
    out.set(node, { nodes: [node, ...tails], starts: [0, ...offsets.reverse()], entry });
  }
  return out;
}

/**
 * Where a point of an original text node is after splitting: the segment and the offset in it (at a
 * segment boundary, an 'end' point stays in the segment before).
 */
export function pointAfterSplit(
  split: ReadonlyMap<Text, Segments>,
  p: TextPoint,
  side: 'start' | 'end',
): { node: Text; offset: number } {
  const s = split.get(p.node);
  if (!s) return { node: p.node, offset: p.offset };
  let k = s.starts.length - 1;
  while (k > 0 && (s.starts[k] > p.offset || (side === 'end' && s.starts[k] === p.offset))) k--;
  return { node: s.nodes[k], offset: p.offset - s.starts[k] };
}

/** Joins a split's segments back into its original node, as far as they still follow it. */
export function rejoinSplit(entry: SplitEntry): void {
  const { original } = entry;
  for (const seg of entry.segments) {
    if (seg.previousSibling !== original || seg.parentNode !== original.parentNode) break;
    original.appendData(seg.data);
    seg.remove();
  }
}
