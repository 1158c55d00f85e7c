// Where people read: a cheap guess at the article body, so badges go there and not into rails,
// trending lists, tag lists, comments, carousels or headline links. No document clone (Readability
// clones and rewrites the page, which costs more than annotating it): one pass over the page's <p>
// elements to find the block holding most paragraph text, then per-block checks, cached.
import { isBlockElement } from './extract';

export interface ReadingScope {
  /** The article's element, or null when the page has no clear article (then every block counts). */
  readonly root: Element | null;
  /** Whether text at `node` is part of what people read (badges are drawn only there). */
  includes(node: Node): boolean;
}

/** Containers of the article body, when they hold its paragraphs. */
const ARTICLE_SELECTOR = '[itemprop="articleBody"], article';
const MAIN_SELECTOR = 'main, [role="main"]';
/** Below this much paragraph text there is no article to speak of: the whole page is read. */
const MIN_ARTICLE_CHARS = 200;
const OUT_TAGS = new Set(['nav', 'aside', 'footer', 'header', 'form', 'menu', 'dialog']);
const OUT_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo', 'search', 'menu', 'menubar']);
/** Class or id words of page furniture. Whole words of a class/id only ("tag" but not "vintage"). */
const OUT_NAMES =
  /(?:^|[\s_-])(?:comments?|comment-list|disqus|carousel|slider|swiper|slideshow|related|trending|popular|most-read|share|sharing|social|newsletter|promo|sponsored|advert|ads?|breadcrumbs?|tags?|tag-list|taglist|topics|outbrain|taboola|recirc|rail|sidebar)(?:$|[\s_-])/i;
/** A block whose text is mostly link text is a link list or a headline link. */
const LINK_SHARE = 0.6;
const MIN_REPEAT_CHARS = 20;
/** Share of a container's paragraph text the best block must hold for the container to be the article. */
const WIDEN_SHARE = 0.7;

function textLength(el: Element): number {
  return (el.textContent ?? '').trim().length;
}

/** The element holding most of the page's paragraph text (a Readability-like score: parent + half to grandparent). */
export function findArticleRoot(doc: Document): Element | null {
  const score = new Map<Element, number>();
  let total = 0;
  for (const p of doc.querySelectorAll('p')) {
    // Tags and roles only: a class word on <body> ("has-sidebar", "ads-on") must not hide every paragraph.
    if (isFurniture(p, null, false)) continue;
    const n = textLength(p);
    if (n < 25) continue;
    total += n;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + n);
    const grand = parent.parentElement;
    if (grand) score.set(grand, (score.get(grand) ?? 0) + n / 2);
  }
  if (total < MIN_ARTICLE_CHARS) return null;
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (!best) return null;
  // Widen to the article's own container (so its headline and standfirst count), when it has one and
  // that container is mostly this text: a <main> that also holds a stream of teasers is not the article.
  // An article element is the article's own; a <main> or role=main is the page's main column and
  // may also hold a stream of teasers, so it is taken only when it is mostly this text.
  const own = best.closest(ARTICLE_SELECTOR);
  if (own) return own;
  const container = best.closest(MAIN_SELECTOR);
  if (!container || container === best) return best;
  let inContainer = 0;
  for (const p of container.querySelectorAll('p')) {
    const n = textLength(p);
    if (n >= 25) inContainer += n;
  }
  return paragraphText(best) >= WIDEN_SHARE * inContainer ? container : best;
}

/** Text of paragraphs directly inside `el` or one level down (what the score counted in full or half). */
function paragraphText(el: Element): number {
  let n = 0;
  for (const p of el.querySelectorAll('p')) {
    const len = textLength(p);
    if (len >= 25) n += len;
  }
  return n;
}

/** Navigation, asides, footers, comments, carousels...: between `el` and `stop` (exclusive). */
function isFurniture(el: Element, stop: Element | null, names = true): boolean {
  for (let n: Element | null = el; n && n !== stop; n = n.parentElement) {
    if (OUT_TAGS.has(n.localName)) return true;
    const role = n.getAttribute('role');
    if (role && OUT_ROLES.has(role)) return true;
    const rd = n.getAttribute('aria-roledescription');
    if (rd && /carousel|slide/i.test(rd)) return true;
    if (!names) continue;
    const cls = n.getAttribute('class');
    if ((cls && OUT_NAMES.test(cls)) || (n.id && OUT_NAMES.test(n.id))) return true;
  }
  return false;
}

function linkShare(block: Element): number {
  const total = textLength(block);
  if (total === 0) return 0;
  let links = 0;
  for (const a of block.querySelectorAll('a')) links += textLength(a);
  if (block.closest('a')) links = total;
  return links / total;
}

export function createReadingScope(doc: Document): ReadingScope {
  const root = findArticleRoot(doc);
  const cache = new WeakMap<Element, boolean>();
  /** Text of blocks seen, with the first block showing it (repeated slides and teasers count once). */
  const seen = new Map<string, Element>();

  function blockOf(node: Node): Element | null {
    for (let n: Node | null = node; n; n = n.parentNode) if (isBlockElement(n)) return n as Element;
    return null;
  }

  function judge(block: Element): boolean {
    if (root && !root.contains(block)) return false;
    // Up to the article root, not above it: the root was chosen for its text, whatever its class says.
    if (isFurniture(block, root)) return false;
    if (linkShare(block) >= LINK_SHARE) return false;
    const key = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (key.length >= MIN_REPEAT_CHARS) {
      const first = seen.get(key);
      if (!first || !first.isConnected) seen.set(key, block);
      else if (first !== block && first.compareDocumentPosition(block) & 4 /* FOLLOWING */) return false;
    }
    return true;
  }

  return {
    root,
    includes(node) {
      // No clear article (a short page, a test fixture): everything is read, as before.
      if (!root) return true;
      const block = blockOf(node);
      if (!block) return root.contains(node);
      let ok = cache.get(block);
      if (ok === undefined) cache.set(block, (ok = judge(block)));
      return ok;
    },
  };
}
