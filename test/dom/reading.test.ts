// Reading a news page calmly (issue 16): badges in the article body only, one per official per
// paragraph, one per sentence for claims, one Tab stop per paragraph, and a claim's look that
// follows what the sentence does with it.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS } from '../../src/core/layers';
import { STATUS_ICON } from '../../src/core/status-look';
import type { ClaimStatus, Mention, Reported } from '../../src/core/types';
import { type Annotator, type AnnotatorOptions, createAnnotator } from '../../src/dom/annotator';
import { badgeState } from '../../src/dom/badge';
import { HIGHLIGHT_NAMES, highlightCss, highlightName } from '../../src/dom/highlights';
import { findArticleRoot } from '../../src/dom/main-content';
import { createDescriber, ENGLISH, type Translate } from '../../src/content/describe';
import { fakeMatcher } from './fake-matcher';

let current: Annotator | null = null;
afterEach(() => {
  current?.destroy();
  current = null;
  document.body.innerHTML = '';
});

const STATUS: Record<string, ClaimStatus> = {
  'c-troops': 'denied',
  'c-forces': 'unverified',
  'c-tariffs': 'confirmed',
};

function annotator(terms: Parameters<typeof fakeMatcher>[0], extra: Partial<AnnotatorOptions> = {}): Annotator {
  current = createAnnotator(document, {
    match: fakeMatcher(terms),
    layers: DEFAULT_LAYERS,
    statusOf: (m) => STATUS[m.id],
    label: (m) => `${m.kind}: ${m.text}`,
    isTrusted: () => true,
    ...extra,
  });
  current.start();
  return current;
}

const badges = () => [...document.querySelectorAll('[data-claimlens-badge]')] as HTMLElement[];
const shownText = (b: Element) => badgeState(b)!.root.textContent ?? '';

describe('only the article', () => {
  const page = readFileSync('test/fixtures/reading/news-page.html', 'utf8');
  const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));

  it('finds the article body on a news page with rails, comments and a carousel', () => {
    document.body.innerHTML = body;
    expect(findArticleRoot(document)?.getAttribute('itemprop')).toBe('articleBody');
  });

  it('badges the article body only, and still lists the rest', () => {
    document.body.innerHTML = body;
    const a = annotator(['Sergey Lavrov', 'Donald Trump', 'Emmanuel Macron', 'Kazuyuki Yamazaki']);
    const list = badges();
    expect(list.length).toBeGreaterThan(0);
    for (const b of list) expect(b.closest('[itemprop="articleBody"]'), shownText(b)).not.toBeNull();
    // Nav, trending rail, tags, carousel, comments and footer are found (the side panel lists them).
    expect(a.mentions().length).toBeGreaterThan(list.length + 8);
  });

  it('badges every mention of the page when asked to (researchers)', () => {
    document.body.innerHTML = body;
    annotator(['Sergey Lavrov', 'Donald Trump'], { wholePage: true });
    expect(badges().filter((b) => !b.closest('[itemprop="articleBody"]')).length).toBeGreaterThan(8);
  });

  it('leaves a short page without a clear article as it was (everything is read)', () => {
    document.body.innerHTML = '<nav><p>Sergey Lavrov</p></nav>';
    annotator(['Sergey Lavrov']);
    expect(badges()).toHaveLength(1);
  });
});

describe('clutter', () => {
  it('gives an official one badge per paragraph, at the first mention, naming the person', () => {
    document.body.innerHTML =
      '<p>Sergey Lavrov spoke. Lavrov said no, and Lavrov added more.</p><p>Later Lavrov left.</p>';
    const a = annotator([{ text: 'Lavrov', id: 'sergey-lavrov' }], { word: () => 'Lavrov' });
    const list = badges();
    expect(list).toHaveLength(2);
    expect(list.map((b) => b.parentElement!.textContent!.slice(0, 12))).toEqual(['Sergey Lavro', 'Later Lavrov']);
    expect(shownText(list[0])).toContain('Lavrov');
    expect(shownText(list[0])).not.toContain('Official');
    // Later mentions are still there (highlight, side panel), only without a badge.
    expect(a.mentions()).toHaveLength(4);
  });

  it('badges an official beside the article sentence, not in a photo or video caption', () => {
    document.body.innerHTML =
      '<figure><img alt=""><figcaption>Sergey Lavrov in Geneva</figcaption></figure>' +
      '<p>Sergey Lavrov spoke to reporters.</p>';
    const a = annotator(['Sergey Lavrov']);
    const list = badges();
    expect(list).toHaveLength(1);
    expect(list[0].closest('figcaption')).toBeNull();
    expect(list[0].parentElement!.textContent).toContain('spoke to reporters');
    // The caption's mention is still found (highlight, side panel).
    expect(a.mentions()).toHaveLength(2);
  });

  it('merges the claims of one sentence into one badge that lists them', () => {
    document.body.innerHTML = '<p>He said troops to Ukraine were there. Other news.</p>';
    const sentence = 'He said troops to Ukraine were there.';
    const match = (text: string): Mention[] =>
      ['c-troops', 'c-forces', 'c-troops'].map((id, i) => ({
        kind: 'claim',
        id: i === 2 ? 'c-tariffs' : id,
        start: text.indexOf(sentence) + i,
        end: text.indexOf(sentence) + sentence.length,
        text: sentence,
        score: 1,
        why: [],
      }));
    annotator([], { match, groupWord: (ms) => `${ms.length} claims` });
    const list = badges();
    expect(list).toHaveLength(1);
    expect(shownText(list[0])).toContain('3 claims');
    // Each claim's icon, so the reader can tell them apart before opening anything.
    expect(shownText(list[0])).toContain(STATUS_ICON.denied + STATUS_ICON.unverified + STATUS_ICON.confirmed);
    expect(badgeState(list[0])!.spec.label).toBe([1, 2, 3].map(() => `claim: ${sentence}`).join('; '));
  });

  it('makes one Tab stop per paragraph; arrow keys move between its badges', () => {
    document.body.innerHTML = '<p>Angela Merkel met Barack Obama and Joe Biden.</p><p>Obama left.</p>';
    annotator(['Angela Merkel', 'Barack Obama', 'Joe Biden', { text: 'Obama', id: 'barack-obama' }]);
    const list = badges();
    expect(list.map((b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '0']);
    list[0].focus();
    list[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(list[1]);
    // Roving: the paragraph's Tab stop is now where the reader is.
    expect(list.map((b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '0']);
    list[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement).toBe(list[2]);
    list[2].dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    expect(document.activeElement).toBe(list[2]);
  });
});

describe('a true sentence never looks false', () => {
  const reported =
    (r: Reported) =>
    (text: string): Mention[] => {
      const i = text.indexOf('troops');
      return [{ kind: 'claim', id: 'c-troops', start: i, end: i + 6, text: 'troops', score: 1, why: [], reported: r }];
    };

  it('has no spelling-error squiggle anywhere', () => {
    const names = Object.fromEntries(HIGHLIGHT_NAMES.map((n) => [n, `x${n.replace(/-/g, '')}`]));
    expect(highlightCss(names as Record<(typeof HIGHLIGHT_NAMES)[number], string>)).not.toMatch(/wavy/);
  });

  it('marks a sentence reporting a denial calmly, and warns only where the sentence states the denied claim', () => {
    expect(highlightName('claim', 'denied', 'denied')).toBe('claim-denied');
    expect(highlightName('claim', 'denied', 'mentioned')).toBe('claim-denied');
    expect(highlightName('claim', 'denied', 'asserted')).toBe('claim-denied-contra');
    expect(highlightName('claim', 'confirmed', 'denied')).toBe('claim-confirmed-contra');
    document.body.innerHTML = '<p>Tokyo denied it would send troops.</p>';
    annotator([], { match: reported('denied') });
    expect(badgeState(badges()[0])!.root.querySelector('.b')!.classList.contains('calm')).toBe(true);
    current!.destroy();
    annotator([], { match: reported('asserted') });
    expect(badgeState(badges()[0])!.root.querySelector('.b')!.classList.contains('calm')).toBe(false);
  });

  it('says what the sentence does beside the verdict, in English and French', () => {
    const dataset = JSON.parse(readFileSync('test/fixtures/corpus-dataset.json', 'utf8'));
    const claim = dataset.claims.find((c: { status: string }) => c.status === 'denied');
    const m: Mention = {
      kind: 'claim',
      id: claim.id,
      start: 0,
      end: 1,
      text: 'x',
      score: 1,
      why: [],
      reported: 'denied',
    };
    expect(createDescriber(dataset).word(m)).toBe('Denied claim · reported as denied');
    expect(createDescriber(dataset).label(m)).toBe(`Claim denied: ${claim.text} (reported as denied)`);
    const fr = JSON.parse(readFileSync('public/_locales/fr/messages.json', 'utf8')) as Record<
      string,
      { message: string }
    >;
    const t: Translate = (key, subs = []) =>
      fr[key].message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1]));
    expect(createDescriber(dataset, undefined, t).word(m)).toBe('Affirmation démentie · rapportée comme démentie');
    expect(createDescriber(dataset, undefined, t).label(m)).toMatch(/^Affirmation démentie : /);
    const official = dataset.officials[0];
    const o: Mention = { kind: 'official', id: official.id, start: 0, end: 1, text: 'x', score: 1, why: [] };
    expect(createDescriber(dataset, undefined, t).label(o)).toMatch(/^Responsable : /);
    expect(createDescriber(dataset).word(o)).toBe(official.name.split(' ').pop());
  });

  it('keeps the English fallback equal to the English locale file', () => {
    const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
      string,
      { message: string }
    >;
    for (const [key, text] of Object.entries(ENGLISH)) expect(en[key]?.message, key).toBe(text);
  });
});
