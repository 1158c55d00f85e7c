// Page text extraction: one TreeWalker pass builds the flat string the matcher reads plus an offset map
// back to text nodes. Standard DOM only, so the CLI can run it on happy-dom in Node. In a browser it
// reads only rendered text (`rendered`): text a page hides from the reader is never matched.
import { isOwnHost } from './own';

export interface TextMap {
  /**
   * The extracted text: text nodes' data (line breaks in it read as spaces, same length), with "\n"
   * separators at block boundaries only.
   */
  text: string;
  /** Text nodes in document order (non-empty ones only). */
  nodes: Text[];
  /** starts[i] is the offset of nodes[i].data[0] in `text`; offsets map 1:1 to node characters. */
  starts: number[];
  /** The root that was read. */
  root: Node;
  /** Open shadow roots that were read (the annotator watches them for changes too). */
  shadowRoots?: ShadowRoot[];
}

/** A DOM position: a text node and a UTF-16 offset into its data. */
export interface TextPoint {
  node: Text;
  offset: number;
  /** Index of `node` in map.nodes. */
  index: number;
}

/** Elements whose content is never page prose (or is the user's input): not read, never annotated. */
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'OPTGROUP',
  'DATALIST',
  'CODE',
  'PRE',
  'SVG',
  'MATH',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'BUTTON',
  'KBD',
  'SAMP',
]);

/** Tags that end a run of text. A tag set, not getComputedStyle: works in Node DOMs and costs nothing. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIR',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'FRAMESET',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'HTML',
  'LEGEND',
  'LI',
  'MAIN',
  'MENU',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'IMG',
  'VIDEO',
  'AUDIO',
  'TITLE',
  'HEAD',
]);

const SEPARATOR = '\n';
const NON_SPACE = /\S/;
// localName is lower case for HTML, SVG and MathML elements alike: compare against lower-case sets in
// the hot loop instead of upper-casing every tag name.
const SKIP_LOCAL: ReadonlySet<string> = new Set([...SKIP_TAGS].map((t) => t.toLowerCase()));
const BLOCK_LOCAL: ReadonlySet<string> = new Set([...BLOCK_TAGS, 'BR'].map((t) => t.toLowerCase()));

/** Whether the node is one of our badge or card hosts (by identity: a page's look-alike is page text). */
export function isOwnElement(node: Node): boolean {
  return isOwnHost(node);
}

function isEditable(el: Element): boolean {
  if (!el.hasAttribute('contenteditable')) return false;
  return el.getAttribute('contenteditable')!.toLowerCase() !== 'false';
}

/** Whether an element's subtree is excluded from reading (skipped tag, editable, or ours). */
export function isSkippedElement(el: Element): boolean {
  return isSkippedNamed(el, el.localName);
}

/** isSkippedElement with the local name already read (the walk reads it once per element: a DOM call). */
function isSkippedNamed(el: Element, name: string): boolean {
  if (SKIP_LOCAL.has(name)) return true;
  if (isOwnHost(el)) return true;
  return isEditable(el);
}

export function isBlockElement(node: Node): boolean {
  return node.nodeType === 1 && BLOCK_LOCAL.has((node as Element).localName);
}

/** Whether the node is, or lies inside, a region we never read (checked up to the document or shadow root). */
export function isInSkippedRegion(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nodeType === 1 && isSkippedElement(n as Element)) return true;
  }
  return false;
}

/**
 * A text node's data as the flat text reads it. A line break in the HTML source is white space like any
 * other (CSS collapses it to a space): it reads as a space, so "David⏎Plouffe" is one name and only block
 * boundaries separate. Same length, so offsets still map 1:1.
 */
export function readText(data: string): string {
  return data.indexOf('\n') < 0 && data.indexOf('\r') < 0 ? data : data.replace(/[\n\r]/g, ' ');
}

class Builder {
  parts: string[] = [];
  length = 0;
  nodes: Text[] = [];
  starts: number[] = [];
  shadowRoots: ShadowRoot[] = [];
  private lastIsSep = true; // no separator at the very start
  private sepAtEnd = false; // the last part is a separator we added (page text may be "\n" too)

  text(node: Text): void {
    const data = node.data;
    if (data.length === 0) return;
    this.nodes.push(node);
    this.starts.push(this.length);
    this.parts.push(readText(data));
    this.length += data.length;
    this.lastIsSep = false;
    this.sepAtEnd = false;
  }

  dropTrailingSeparator(): void {
    if (!this.sepAtEnd) return;
    this.parts.pop();
    this.length -= 1;
    this.sepAtEnd = false;
  }

  separator(): void {
    if (this.lastIsSep) return;
    this.parts.push(SEPARATOR);
    this.length += 1;
    this.lastIsSep = true;
    this.sepAtEnd = true;
  }
}

/**
 * One TreeWalker pass in document order (nextNode, no JS filter callback per node: that callback was the
 * cost). A stack of the elements we are inside tells when a block ends; skipped subtrees are jumped over.
 */
function walk(root: Node, out: Builder, shown: ((el: Element) => boolean) | null): void {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  // SHOW_ELEMENT | SHOW_TEXT (constants: NodeFilter may be absent in Node); comments are not text.
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  const open: Node[] = [root];
  // Whether each open element is a block, noted when it opens (localName is a DOM call).
  const openIsBlock: boolean[] = [false];
  let node: Node | null = walker.nextNode();
  while (node) {
    // Close the elements we have left; leaving a block separates text.
    const parent = node.parentNode;
    while (open.length > 1 && open[open.length - 1] !== parent) {
      open.pop();
      if (openIsBlock.pop()) out.separator();
    }
    if (node.nodeType === 3) {
      // Whitespace-only runs (indentation, mostly) are kept unchecked: they never hold a match.
      if (
        !shown ||
        !parent ||
        parent.nodeType !== 1 ||
        !NON_SPACE.test((node as Text).data) ||
        shown(parent as Element)
      )
        out.text(node as Text);
      node = walker.nextNode();
      continue;
    }
    const el = node as Element;
    const name = el.localName;
    if (isSkippedNamed(el, name)) {
      // A skipped block still separates its neighbours.
      if (BLOCK_LOCAL.has(name)) out.separator();
      node = afterSubtree(walker, el, root);
      continue;
    }
    const block = BLOCK_LOCAL.has(name);
    if (block) out.separator();
    // Open shadow roots render in place of the host's light children; read them as their own block.
    const shadow = (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot;
    if (shadow) {
      out.shadowRoots.push(shadow);
      out.separator();
      walk(shadow, out, shown);
      out.separator();
    }
    open.push(el);
    openIsBlock.push(block);
    node = walker.nextNode();
  }
}

/** The first element or text node after `el`'s subtree (within root), with the walker moved there. */
function afterSubtree(walker: TreeWalker, el: Node, root: Node): Node | null {
  for (let n: Node | null = el; n && n !== root; n = n.parentNode) {
    const next = n.nextSibling;
    if (!next) continue;
    walker.currentNode = next;
    return next.nodeType === 1 || next.nodeType === 3 ? next : walker.nextNode();
  }
  return null;
}

/**
 * Whether text directly inside an element is rendered for the reader, as a memoised test for one walk.
 * A page can hide text from people and still have it read (font-size 0, transparent colour, a box
 * clipped to nothing, opacity 0): a badge would then land after an unrelated visible sentence. One
 * computed style per element, each element checked once, ancestors shared.
 */
function renderedCheck(doc: Document): ((el: Element) => boolean) | null {
  const win = doc.defaultView;
  if (!win || typeof win.getComputedStyle !== 'function') return null;
  const style = win.getComputedStyle.bind(win);
  const native = typeof (doc.documentElement as Element & { checkVisibility?: unknown }).checkVisibility === 'function';
  const VISIBILITY = { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: false };
  // Per element: whether it clips its subtree to (almost) nothing, or an ancestor does. Two computed
  // properties per element; box sizes (a layout query) only where overflow is clipped.
  const clipped = new Map<Element, boolean>();
  const clips = (el: Element): boolean => {
    let v = clipped.get(el);
    if (v !== undefined) return v;
    const cs = style(el);
    const clipPath = cs.clipPath;
    v = clipPath !== 'none' && clipPath.startsWith('inset(50%');
    if (!v && cs.overflow !== 'visible') {
      const h = el as HTMLElement;
      const d = cs.display;
      // Sizes from computed style where they are fixed (no layout query); the box only for auto sizes.
      const fixedSmall = (v: string) => v.endsWith('px') && parseFloat(v) <= 1;
      v =
        d !== 'inline' &&
        d !== 'contents' &&
        (fixedSmall(cs.width) ||
          fixedSmall(cs.height) ||
          (typeof h.clientWidth === 'number' &&
            h.getClientRects().length > 0 &&
            (h.clientWidth <= 1 || h.clientHeight <= 1)));
    }
    if (!v) {
      const up = el.parentElement;
      v = up ? clips(up) : false;
    }
    clipped.set(el, v);
    return v;
  };
  const textShown = new Map<Element, boolean>();
  const transparent = (c: string) => c === 'transparent' || (c.startsWith('rgba(') && /,\s*0(?:\.0*)?\)$/.test(c));
  return (el) => {
    let v = textShown.get(el);
    if (v !== undefined) return v;
    // display: none and opacity 0 up the tree, visibility: one native call.
    if (native && !(el as Element & { checkVisibility(o: object): boolean }).checkVisibility(VISIBILITY)) v = false;
    else {
      const cs = style(el);
      v =
        (native || (cs.display !== 'none' && cs.visibility === 'visible')) &&
        !(parseFloat(cs.fontSize) < 1) &&
        !(transparent(cs.color) && transparent(cs.getPropertyValue('-webkit-text-fill-color') || cs.color)) &&
        !clips(el);
    }
    textShown.set(el, v);
    return v;
  };
}

export interface ExtractOptions {
  /** Read only text the reader can see (browsers; needs layout, so not in the CLI's DOM). */
  rendered?: boolean;
}

export function extractText(root: Document | Element | ShadowRoot, options: ExtractOptions = {}): TextMap {
  const out = new Builder();
  const start: Node =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement ?? root) : root;
  if (start.nodeType === 1 && isSkippedElement(start as Element)) {
    return { text: '', nodes: [], starts: [], root };
  }
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument!;
  walk(start, out, options.rendered ? renderedCheck(doc) : null);
  out.dropTrailingSeparator();
  return { text: out.parts.join(''), nodes: out.nodes, starts: out.starts, root, shadowRoots: out.shadowRoots };
}

/**
 * The DOM position of a text offset. `side` decides ties at node boundaries and inside separators:
 * a start goes to the beginning of the next node, an end stays at the end of the previous one, so a
 * range never begins or ends inside text it does not cover.
 */
export function locate(map: TextMap, offset: number, side: 'start' | 'end'): TextPoint | null {
  const { nodes, starts } = map;
  if (nodes.length === 0) return null;
  // A start: last node starting at or before offset. An end: last node starting before it, so an end
  // on a node boundary stays at the end of the earlier node.
  const strict = side === 'end';
  let lo = 0;
  let hi = nodes.length - 1;
  if (strict ? starts[0] >= offset : starts[0] > offset) {
    return side === 'start' ? { node: nodes[0], offset: 0, index: 0 } : null;
  }
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (strict ? starts[mid] < offset : starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  const i = lo;
  const local = offset - starts[i];
  const len = nodes[i].data.length;
  if (local < len || (local === len && side === 'end')) return { node: nodes[i], offset: local, index: i };
  // Past the end of node i (in a separator): an end stays there, a start moves to the next node.
  if (side === 'end') return { node: nodes[i], offset: len, index: i };
  return i + 1 < nodes.length ? { node: nodes[i + 1], offset: 0, index: i + 1 } : null;
}

/** A live Range over text offsets [start, end) of the map, or null when they cover no text node. */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  const a = locate(map, start, 'start');
  const b = locate(map, end, 'end');
  if (!a || !b || a.index > b.index || (a.index === b.index && a.offset > b.offset)) return null;
  const range = a.node.ownerDocument!.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

/** One map over several roots' texts, joined by separators: one matcher call for many small blocks. */
export function joinTextMaps(maps: readonly TextMap[]): TextMap {
  if (maps.length === 1) return maps[0];
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const m of maps) {
    if (m.text.length === 0) continue;
    if (parts.length > 0) {
      parts.push(SEPARATOR);
      offset += 1;
    }
    parts.push(m.text);
    for (let i = 0; i < m.nodes.length; i++) {
      nodes.push(m.nodes[i]);
      starts.push(m.starts[i] + offset);
    }
    offset += m.text.length;
  }
  return {
    text: parts.join(''),
    nodes,
    starts,
    root: maps[0].root,
    shadowRoots: maps.flatMap((m) => m.shadowRoots ?? []),
  };
}
