import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher } from '../../../src/core/match';
import type { Mention } from '../../../src/core/types';
import { loadSourceDataset } from './load-dataset';

// The annotator matches a page in parts (one per slice of a few milliseconds); those parts together
// must find exactly what one call over the whole text finds, surname links across parts included.
const SEED = new URL('../../../../shared/seed/seed-article.txt', import.meta.url);
const CORPUS = resolve(import.meta.dirname, '../../../../shared/corpus/pages');
const PAGES = ['wapo-2', 'nytimes-1', 'liberation-1', 'yahoo-3', 'bbc-1'];

const matcher = createMatcher(loadSourceDataset());

function inParts(text: string, size: (i: number) => number): Mention[] {
  const s = matcher.session(text);
  const out: Mention[] = [];
  for (let i = 0; !s.done; i++) out.push(...s.next(s.position + size(i)));
  return out;
}

function expectSameInParts(text: string): void {
  const whole = matcher.match(text);
  // One line per part, small and uneven parts (ends inside lines move to the next line start), one part.
  expect(inParts(text, () => 1)).toEqual(whole);
  expect(inParts(text, (i) => [40, 300, 7, 1200][i % 4])).toEqual(whole);
  expect(inParts(text, () => text.length)).toEqual(whole);
}

describe('matching in parts (session) equals matching the whole text', () => {
  it('on the seed article', () => {
    const text = readFileSync(SEED, 'utf8');
    expect(matcher.match(text).length).toBeGreaterThan(10);
    expectSameInParts(text);
  });

  const parser = createPageParser();
  afterAll(() => parser.close());
  for (const name of PAGES) {
    it(`on corpus page ${name}`, () => {
      expectSameInParts(parser.text(readFileSync(join(CORPUS, name, 'source.html'), 'utf8')));
    });
  }

  it('links a surname to a full name met in an earlier part', () => {
    const text = 'Sergey Lavrov arrived in Paris.\nOn Monday, Lavrov said nothing new.';
    const s = matcher.session(text);
    const first = s.next(1);
    expect(s.position).toBe(text.indexOf('\n') + 1);
    const second = s.next();
    expect(s.done).toBe(true);
    const surname = second.find((m) => m.kind === 'official' && m.text === 'Lavrov');
    expect(surname?.id).toBe('sergey-lavrov');
    expect(surname && text.slice(surname.start, surname.end)).toBe('Lavrov');
    expect([...first, ...second]).toEqual(matcher.match(text));
  });
});
