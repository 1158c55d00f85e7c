// The article's own date (issue 16): from its metadata in order of trust, never from an embed.
import { afterEach, describe, expect, it } from 'vitest';
import { articleDate } from '../../src/dom/article-date';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

const ld = (value: unknown) => {
  const s = document.createElement('script');
  s.type = 'application/ld+json';
  s.textContent = JSON.stringify(value);
  document.head.append(s);
};

describe('articleDate', () => {
  it("takes the article's JSON-LD datePublished, not an embedded video's", () => {
    ld({ '@type': 'VideoObject', name: 'Clip', uploadDate: '2015-03-12', datePublished: '2015-03-12T10:00:00Z' });
    ld({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2016-12-05T08:00:00Z' }],
    });
    document.body.innerHTML =
      '<article><figure><video></video><time datetime="2015-03-12">12 March 2015</time></figure></article>';
    expect(articleDate(document)).toBe('2016-12-05');
  });

  it('falls back to Open Graph, then to a <time> in the article outside figures and asides', () => {
    document.head.innerHTML = '<meta property="article:published_time" content="2024-05-01T09:30:00+02:00">';
    expect(articleDate(document)).toBe('2024-05-01');
    document.head.innerHTML = '';
    document.body.innerHTML =
      '<article><figure><time datetime="2015-03-12">video</time></figure><aside><time datetime="2019-01-01">x</time></aside>' +
      '<p>Published <time datetime="2016-12-05T08:00">5 December</time></p></article>';
    expect(articleDate(document)).toBe('2016-12-05');
  });

  it("gives no date rather than an embed's: microdata of a video, a time outside the article, broken JSON-LD", () => {
    const broken = document.createElement('script');
    broken.type = 'application/ld+json';
    broken.textContent = '{ not json';
    document.head.append(broken);
    document.body.innerHTML =
      '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2015-03-12"></div>' +
      '<aside class="rail"><time datetime="2014-01-01">old</time></aside><article><p>Text.</p></article>' +
      '<footer><time datetime="2013-01-01">site footer</time></footer>';
    expect(articleDate(document)).toBeUndefined();
  });

  it("takes a byline's time outside the <article> element, and the article footer's", () => {
    document.body.innerHTML =
      '<div class="meta">on <time datetime="2016-11-15T07:00:00Z">15 Nov</time></div><article><p>Text.</p></article>';
    expect(articleDate(document)).toBe('2016-11-15');
    document.body.innerHTML =
      '<article><p>Text.</p><footer>by X on <time datetime="2015-03-10T08:05">10 March</time></footer></article>';
    expect(articleDate(document)).toBe('2015-03-10');
  });
});

describe('articleDate on a hostile page', () => {
  it('skips an oversized JSON-LD block instead of parsing it', () => {
    ld({ '@type': 'NewsArticle', datePublished: '2001-01-01', padding: 'x'.repeat(300 * 1024) });
    document.head.insertAdjacentHTML('beforeend', '<meta property="article:published_time" content="2024-05-01">');
    expect(articleDate(document)).toBe('2024-05-01');
  });
});
