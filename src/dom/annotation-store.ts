// The annotator's record of what it has drawn: annotations indexed by their block (so re-reading one
// paragraph does not walk every annotation on the page), and the mentions list the page reports,
// cached until something changes, with offsets re-based onto the whole page's text when annotations
// came from block rescans (their offsets are block-relative until then).
import type { Mention } from '../core/types';
import type { TextMap } from './extract';
import type { Annotation } from './renderer';

export interface Shown {
  m: Mention;
  a: Annotation;
}

export interface AnnotationStore {
  /** Indexes newly drawn annotations; returns the blocks they are in. */
  add(anns: Iterable<Annotation>): Set<Node>;
  /** Forgets removed annotations (blocks left empty go at the next `prune`). */
  remove(anns: readonly Annotation[]): void;
  /** Drops the index of blocks without annotations. */
  prune(): void;
  clear(): void;
  /** The annotations of one block (none: an empty set). */
  inBlock(block: Node): ReadonlySet<Annotation>;
  /** A block was re-read on its own: offsets of what it adds are block-relative until re-based. */
  markOffsetsStale(): void;
  /** A full scan: every offset is the page's again. */
  markOffsetsFresh(): void;
  /** Something changed: the next `shown()` is worked out again. */
  invalidate(): void;
  /** Every annotation with its mention in page offsets, in page order (cached). */
  shown(): Shown[];
}

const EMPTY: ReadonlySet<Annotation> = new Set();

export function createAnnotationStore(
  /** Every live annotation, as the renderer holds them. */
  annotations: () => readonly Annotation[],
  /** The whole page's text map, for re-basing block-relative offsets. */
  extractPage: () => TextMap,
): AnnotationStore {
  const byBlock = new Map<Node, Set<Annotation>>();
  let cached: Shown[] | null = null;
  let offsetsStale = false;

  return {
    add(anns) {
      const blocks = new Set<Node>();
      for (const a of anns) {
        let set = byBlock.get(a.block);
        if (!set) byBlock.set(a.block, (set = new Set()));
        set.add(a);
        blocks.add(a.block);
      }
      return blocks;
    },
    remove(anns) {
      for (const a of anns) byBlock.get(a.block)?.delete(a);
    },
    prune() {
      for (const [block, set] of byBlock) if (set.size === 0) byBlock.delete(block);
    },
    clear() {
      byBlock.clear();
      cached = null;
    },
    inBlock(block) {
      return byBlock.get(block) ?? EMPTY;
    },
    markOffsetsStale() {
      offsetsStale = true;
    },
    markOffsetsFresh() {
      offsetsStale = false;
      cached = null;
    },
    invalidate() {
      cached = null;
    },
    shown() {
      if (cached) return cached;
      const anns = annotations();
      let out: Shown[];
      if (!offsetsStale) {
        out = anns.map((a) => ({ m: a.mention, a }));
      } else {
        // Re-base block-relative offsets onto the whole page's text (one extraction pass).
        const map = extractPage();
        const index = new Map<Text, number>();
        map.nodes.forEach((n, i) => index.set(n, map.starts[i]));
        out = anns.map((a) => {
          const base = index.get(a.startNode);
          if (base === undefined) return { m: a.mention, a };
          const start = base + a.startOffset;
          return { m: { ...a.mention, start, end: start + (a.mention.end - a.mention.start) }, a };
        });
      }
      out.sort((x, y) => x.m.start - y.m.start || x.m.end - y.m.end);
      cached = out;
      return out;
    },
  };
}
