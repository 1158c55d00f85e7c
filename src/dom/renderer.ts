// The one module that changes the page: resolves mentions to DOM positions, then splits text nodes,
// highlights, wraps (fallback) and inserts badges in one pass; remove/removeAll undo exactly that. The
// phases: resolveItems, splitting (text-split.ts), wrapMarks (no Highlight API), badges and ranges.
import { createCuts, pointAfterSplit, rejoinSplit, splitTextNodes, type Segments, type SplitEntry } from './text-split';
import type { MarkLook } from '../core/personal-mark';
import type { ClaimStatus, Mention, MentionKind } from '../core/types';
import { badgeState, createBadge, createMark, setBadgeVisible, setMarkVisible } from './badge';
import { type TextMap, type TextPoint, isBlockElement, locate } from './extract';
import {
  type HighlightName,
  type Highlights,
  HIGHLIGHT_NAMES,
  MARK_COLOURS,
  createHighlights,
  highlightName,
  highlightStatus,
} from './highlights';
import { isOwnWrapper } from './own';

export interface RenderItem {
  mention: Mention;
  status?: ClaimStatus;
  label: string;
  visible: boolean;
  /** Badge words and icon (localised by the caller). */
  word?: string;
  icon?: string;
  /** False: no badge (a later mention in the paragraph, a claim merged into another's badge). */
  badge?: boolean;
  /** False: no highlight either (outside the article: listed by the side panel, not drawn). */
  highlight?: boolean;
  tabStop?: boolean;
}

export interface Annotation {
  readonly mention: Mention;
  readonly status: ClaimStatus | undefined;
  readonly name: HighlightName;
  readonly badge: HTMLElement | null;
  /**
   * The mention's highlight range where the Highlight API is used (null with wrappers). A StaticRange
   * where available: live ranges cost the browser work on every DOM change of the page, and a block
   * whose text changes is re-read (and its ranges rebuilt) anyway.
   */
  readonly range: AbstractRange | null;
  /** Text nodes holding the mention's first and last characters (ranges collapse when nodes go away; these do not). */
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  /** Nearest block ancestor of the mention: the unit a dynamic rescan replaces. */
  readonly block: Node;
  visible: boolean;
  /**
   * Whether the page shows it at all (a badge, a highlight or a wrapper): not for a mention outside the
   * article, which the side panel lists only (see render-items.ts).
   */
  readonly drawn: boolean;
}

interface AnnotationState extends Annotation {
  marks: HTMLElement[];
  splits: SplitEntry[];
}

export interface Renderer {
  readonly usesHighlights: boolean;
  render(map: TextMap, items: readonly RenderItem[]): Annotation[];
  remove(annotations: Iterable<Annotation>): void;
  removeAll(): void;
  annotations(): readonly Annotation[];
  /** Whether the annotation is still rendered (not removed). */
  isLive(annotation: Annotation): boolean;
  readonly size: number;
  /** The annotation a badge element belongs to, if it is ours (also for badges no longer tracked). */
  annotationOf(badge: Element): Annotation | undefined;
  setVisibility(visible: (kind: MentionKind, status: ClaimStatus | undefined) => boolean): void;
}

export interface RendererOptions {
  /** Called for every badge created (event wiring lives with the caller). */
  onBadge?: (badge: HTMLElement, annotation: Annotation) => void;
  /** Force the wrapper fallback even where the Highlight API exists (tests). */
  forceMarks?: boolean;
  /** The reader's personal mark, drawn on every badge. */
  mark?: MarkLook;
}

// Elements whose content model has no place for an inline element.
const NO_INLINE_CHILD = new Set([
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'COLGROUP',
  'UL',
  'OL',
  'DL',
  'MENU',
  'SELECT',
  'OPTGROUP',
  'DATALIST',
  'HTML',
  'HEAD',
  'FRAMESET',
  'PICTURE',
  'AUDIO',
  'VIDEO',
]);
// Interactive inline ancestors: a button inside a link would be invalid and would follow the link.
const CLIMB_OUT = new Set(['A', 'LABEL']);

function tagOf(node: Node | null): string {
  return node && node.nodeType === 1 ? (node as Element).localName.toUpperCase() : '';
}

function blockOf(node: Node): Node {
  let n: Node = node;
  while (n.parentNode && !isBlockElement(n)) n = n.parentNode;
  return n;
}

/** Letters of scripts that separate words with spaces (not CJK, where a "word" runs to the clause end). */
const SPACED_WORD = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}\p{M}]/u;
const MAX_WORD_TAIL = 16;

/**
 * Where the badge of a mention ending at `end` goes: after the rest of the word, so that "the French
 * president’s remarks" does not read "president [badge]’s". Only within the same text node.
 */
function wordEnd(end: TextPoint): TextPoint {
  const data = end.node.data;
  let i = end.offset;
  if (i === 0 || i >= data.length || !SPACED_WORD.test(data[i - 1])) return end;
  const limit = Math.min(data.length, i + MAX_WORD_TAIL);
  while (
    i < limit &&
    (SPACED_WORD.test(data[i]) ||
      ((data[i] === '’' || data[i] === "'") && i + 1 < data.length && SPACED_WORD.test(data[i + 1])))
  ) {
    i++;
  }
  return i === limit && i < data.length && SPACED_WORD.test(data[i]) ? end : { ...end, offset: i };
}

/** Where a badge for a mention ending at `end` goes: inside the text (split there) or after an element. */
function badgeAnchor(end: TextPoint): { node: Node; split: boolean } {
  let anchor: Node = end.node;
  for (let n = end.node.parentNode; n && n.nodeType === 1 && !isBlockElement(n); n = n.parentNode) {
    if (CLIMB_OUT.has(tagOf(n))) anchor = n;
  }
  while (anchor.parentNode && NO_INLINE_CHILD.has(tagOf(anchor.parentNode))) anchor = anchor.parentNode;
  return { node: anchor, split: anchor === end.node && end.offset < end.node.data.length };
}

/** A mention resolved to DOM positions (render's first phase). */
interface Resolved {
  item: RenderItem;
  a: TextPoint;
  b: TextPoint;
  /** Where the badge goes: `b`, or the end of the word `b` falls in. */
  p: TextPoint;
  anchor: { node: Node; split: boolean };
}

/**
 * Every item's mention as text points (items whose text is gone or empty are dropped), and the cuts
 * the text nodes need: after the word a badge follows, and around wrapped text (`wrap`: no Highlight API).
 */
function resolveItems(
  map: TextMap,
  items: readonly RenderItem[],
  cuts: ReturnType<typeof createCuts>,
  wrap: boolean,
): Resolved[] {
  const resolved: Resolved[] = [];
  for (const item of items) {
    const { start, end } = item.mention;
    if (!(end > start)) continue;
    const a = locate(map, start, 'start');
    const b = locate(map, end, 'end');
    if (!a || !b || a.index > b.index || (a.index === b.index && a.offset >= b.offset)) continue;
    if (!a.node.parentNode || !b.node.parentNode) continue;
    const p = wordEnd(b);
    const anchor = badgeAnchor(p);
    resolved.push({ item, a, b, p, anchor });
    if (anchor.split && item.badge !== false) cuts.add(p);
    if (wrap && item.highlight !== false) {
      cuts.add(a);
      cuts.add(b);
    }
  }
  return resolved;
}

/**
 * The fallback where the Custom Highlight API is missing: each mention's text segments wrapped in
 * plain spans (whitespace-only runs and places where no inline element may go are left alone).
 */
function wrapMarks(
  doc: Document,
  map: TextMap,
  resolved: readonly Resolved[],
  segStarts: ReadonlyMap<Text, Segments>,
): Map<Resolved, HTMLElement[]> {
  const marksOf = new Map<Resolved, HTMLElement[]>();
  for (const r of resolved) {
    if (r.item.highlight === false) continue;
    const marks: HTMLElement[] = [];
    const name = highlightName(r.item.mention.kind, r.item.status, r.item.mention.reported);
    for (let i = r.a.index; i <= r.b.index; i++) {
      const node = map.nodes[i];
      const s = segStarts.get(node);
      const segs = s ? s.nodes : [node];
      const starts = s ? s.starts : [0];
      for (let k = 0; k < segs.length; k++) {
        const s0 = starts[k];
        const s1 = k + 1 < starts.length ? starts[k + 1] : s0 + segs[k].data.length;
        const inside = (i > r.a.index || s0 >= r.a.offset) && (i < r.b.index || s1 <= r.b.offset) && s1 > s0;
        const seg = segs[k];
        if (!inside || !seg.parentNode || NO_INLINE_CHILD.has(tagOf(seg.parentNode))) continue;
        if (seg.data.trim() === '') continue; // skip whitespace-only runs
        const mark = createMark(doc, MARK_COLOURS[name], r.item.visible);
        seg.parentNode.insertBefore(mark, seg);
        mark.appendChild(seg);
        marks.push(mark);
      }
    }
    marksOf.set(r, marks);
  }
  return marksOf;
}

export function createRenderer(doc: Document, options: RendererOptions = {}): Renderer {
  const highlights: Highlights = createHighlights(doc);
  const useHighlights = highlights.supported && !options.forceMarks;
  const live = new Set<AnnotationState>();
  const byBadge = new WeakMap<Element, AnnotationState>();
  const entryOf = new Map<Text, SplitEntry>();
  /** Highlight names whose visibility has been set (at first use, then by setVisibility). */
  const shownNames = new Set<HighlightName>();
  let seq = 0;

  function render(map: TextMap, items: readonly RenderItem[]): Annotation[] {
    // 1. Resolve every mention to positions before touching the DOM.
    const cuts = createCuts();
    const resolved = resolveItems(map, items, cuts, !useHighlights);
    if (resolved.length === 0) return [];

    // 2. Split text nodes (see text-split.ts).
    const segStarts = splitTextNodes(cuts.cuts, () => seq++);
    for (const [node, { entry }] of segStarts) entryOf.set(node, entry);
    const at = (p: TextPoint, side: 'start' | 'end') => pointAfterSplit(segStarts, p, side);

    const created: AnnotationState[] = [];
    // 3. Fallback wrappers (before ranges: moving a text node would collapse ranges inside it).
    const marksOf = useHighlights ? new Map<Resolved, HTMLElement[]>() : wrapMarks(doc, map, resolved, segStarts);

    // 4. Badges and ranges.
    const lastAfter = new Map<Node, Node>();
    for (const r of resolved) {
      const { item } = r;
      const m = item.mention;
      let anchor: Node;
      if (r.anchor.node === r.b.node) {
        anchor = at(r.p, 'end').node;
        while (anchor.parentNode && isOwnWrapper(anchor.parentNode)) anchor = anchor.parentNode;
      } else {
        anchor = r.anchor.node;
      }
      let badge: HTMLElement | null = null;
      if (item.badge !== false) {
        const prev = lastAfter.get(anchor) ?? anchor;
        const spec = {
          kind: m.kind,
          id: m.id,
          status: item.status,
          reported: m.reported,
          label: item.label,
          word: item.word,
          icon: item.icon,
          tabStop: item.tabStop,
          mark: options.mark,
        };
        badge = createBadge(doc, spec, item.visible);
        prev.parentNode!.insertBefore(badge, prev.nextSibling);
        lastAfter.set(anchor, badge);
      }

      const s = at(r.a, 'start');
      const e = at(r.b, 'end');
      const range = useHighlights && item.highlight !== false ? makeRange(s, e) : null;
      const name = highlightName(m.kind, item.status, m.reported);
      // A highlight is registered on its first range: hidden from the start when its layer is off
      // (the Attributions layer, off by default, must not draw until switched on).
      if (range && !shownNames.has(name)) {
        shownNames.add(name);
        highlights.setVisible(name, item.visible);
      }
      const splits: SplitEntry[] = [];
      for (const n of [r.a.node, r.b.node]) {
        const entry = segStarts.get(n)?.entry;
        if (entry && !splits.includes(entry)) {
          splits.push(entry);
          entry.users++;
        }
      }
      const ann: AnnotationState = {
        mention: m,
        status: item.status,
        name,
        badge,
        range,
        startNode: s.node,
        startOffset: s.offset,
        endNode: e.node,
        block: blockOf(r.a.node),
        visible: item.visible,
        drawn: badge !== null || range !== null || (marksOf.get(r)?.length ?? 0) > 0,
        marks: marksOf.get(r) ?? [],
        splits,
      };
      if (range) highlights.add(name, range);
      live.add(ann);
      created.push(ann);
      if (badge) {
        byBadge.set(badge, ann);
        options.onBadge?.(badge, ann);
      }
    }
    // Entries no annotation ended up using (cannot happen for valid input) are joined back at once.
    for (const { entry } of segStarts.values()) if (entry.users === 0) rejoin(entry);
    return created;
  }

  const StaticRangeCtor = (doc.defaultView as (Window & { StaticRange?: typeof StaticRange }) | null)?.StaticRange;
  function makeRange(s: { node: Text; offset: number }, e: { node: Text; offset: number }): AbstractRange {
    if (StaticRangeCtor) {
      return new StaticRangeCtor({
        startContainer: s.node,
        startOffset: s.offset,
        endContainer: e.node,
        endOffset: e.offset,
      });
    }
    const range = doc.createRange();
    range.setStart(s.node, s.offset);
    range.setEnd(e.node, e.offset);
    return range;
  }

  function rejoin(entry: SplitEntry): void {
    rejoinSplit(entry);
    if (entryOf.get(entry.original) === entry) entryOf.delete(entry.original);
  }

  function remove(annotations: Iterable<Annotation>): void {
    const freed: SplitEntry[] = [];
    for (const a of annotations) {
      const ann = a as AnnotationState;
      if (!live.delete(ann)) continue;
      ann.badge?.remove();
      for (let i = ann.marks.length - 1; i >= 0; i--) {
        const mark = ann.marks[i];
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        mark.remove();
      }
      if (ann.range) highlights.delete(ann.name, ann.range);
      for (const entry of ann.splits) if (--entry.users === 0) freed.push(entry);
    }
    // Latest splits first: an earlier split's segments only become adjacent again after later ones join.
    freed.sort((x, y) => y.seq - x.seq);
    for (const entry of freed) rejoin(entry);
  }

  function setVisibility(visible: (kind: MentionKind, status: ClaimStatus | undefined) => boolean): void {
    for (const name of HIGHLIGHT_NAMES) {
      shownNames.add(name);
      const [kind, status] = parseName(name);
      highlights.setVisible(name, visible(kind, status));
    }
    for (const ann of live) {
      const v = visible(ann.mention.kind, ann.status);
      if (v === ann.visible) continue;
      ann.visible = v;
      if (ann.badge) setBadgeVisible(ann.badge, v);
      for (const mark of ann.marks) setMarkVisible(mark, v);
    }
  }

  return {
    usesHighlights: useHighlights,
    render,
    remove,
    removeAll() {
      remove([...live]);
      highlights.clear();
      shownNames.clear();
      // Anything left (splits whose annotations the page detached) is joined back too.
      for (const entry of [...entryOf.values()].sort((x, y) => y.seq - x.seq)) rejoin(entry);
    },
    annotations: () => [...live],
    isLive: (a) => live.has(a as AnnotationState),
    get size() {
      return live.size;
    },
    annotationOf: (badge) => (badgeState(badge) ? byBadge.get(badge) : undefined),
    setVisibility,
  };
}

function parseName(name: HighlightName): [MentionKind, ClaimStatus | undefined] {
  if (name === 'official' || name === 'attribution' || name === 'claim') return [name, undefined];
  return ['claim', highlightStatus(name)];
}
