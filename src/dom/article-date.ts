// The article's publication date, for "the role held on the article's date": from the page's own
// metadata, in order of trust, and never from what the page embeds (a video player's JSON-LD or
// <time> carries the video's date: a December 2016 page was once dated 2015-03-12 that way).
// 1. JSON-LD `datePublished` of an article-like item (NewsArticle, Article, BlogPosting, Report...);
// 2. `article:published_time` (Open Graph) or microdata `datePublished` outside an embedded item;
// 3. a `<time datetime>` outside figures, asides, embeds, navigation and footers: in the article
//    first, then anywhere on the page.

const DAY = /^(\d{4}-\d{2}-\d{2})/;
const MAX_JSON_LD = 256 * 1024;
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|LiveBlogPosting)$/;
const EMBEDDED_TYPE = /(?:Video|Image|Audio|Media)Object$|Clip$|Movie$|Episode$/i;
/** Page furniture whose dates are other articles' (rails, footers, navigation). */
const FURNITURE = 'nav, [role="navigation"], [role="complementary"], [role="contentinfo"]';
/** Where an embed or an aside keeps its own dates. */
const NOT_ARTICLE = 'figure, aside, video, audio, iframe, [itemtype*="VideoObject"], [itemtype*="ImageObject"]';

function day(value: unknown): string | undefined {
  return typeof value === 'string' ? DAY.exec(value.trim())?.[1] : undefined;
}

function typesOf(item: Record<string, unknown>): string[] {
  const t = item['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** `datePublished` of the first article-like item in a JSON-LD value (objects, arrays, @graph). */
function fromJsonLd(value: unknown, depth = 0): string | undefined {
  if (depth > 6 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const d = fromJsonLd(v, depth + 1);
      if (d) return d;
    }
    return undefined;
  }
  const item = value as Record<string, unknown>;
  if (typesOf(item).some((t) => ARTICLE_TYPE.test(t))) {
    const d = day(item.datePublished) ?? day(item.dateCreated);
    if (d) return d;
  }
  return fromJsonLd(item['@graph'], depth + 1) ?? fromJsonLd(item.mainEntity, depth + 1);
}

export function articleDate(doc: Document): string | undefined {
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const json = s.textContent ?? '';
    // A page's metadata is a few KB; a huge block would only cost the reader a long task.
    if (json.length > MAX_JSON_LD) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      continue; // a page's broken JSON-LD is its own business
    }
    const d = fromJsonLd(parsed);
    if (d) return d;
  }
  const og = day(doc.querySelector<HTMLMetaElement>('meta[property="article:published_time"]')?.content);
  if (og) return og;
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]')) {
    const scope = el.closest('[itemscope]');
    // Named the article's date by the page itself (a byline box may sit in an <aside>): only an
    // embedded item's own date is left out.
    if (scope && EMBEDDED_TYPE.test(scope.getAttribute('itemtype') ?? '')) continue;
    if (el.closest('figure, video, audio, iframe')) continue;
    const d = day(el.getAttribute('content') ?? el.getAttribute('datetime'));
    if (d) return d;
  }
  const named = day(doc.querySelector<HTMLMetaElement>('meta[name="date"], meta[name="pubdate"]')?.content);
  if (named) return named;
  // Inside the article first; then the first one on the page outside embeds, asides and furniture.
  const article = doc.querySelector('article, [itemprop="articleBody"], main, [role="main"]');
  for (const within of [article, doc.body]) {
    for (const t of within?.querySelectorAll<HTMLTimeElement>('time[datetime]') ?? []) {
      // A page's footer is furniture; an article's own footer holds its byline and date.
      if (t.closest(NOT_ARTICLE) || t.closest(FURNITURE) || (t.closest('footer') && !t.closest('article'))) continue;
      const d = day(t.getAttribute('datetime'));
      if (d) return d;
    }
  }
  return undefined;
}
