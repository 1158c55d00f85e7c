import { afterAll, describe, expect, it } from 'vitest';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher } from '../../../src/core/match';
import type { Mention } from '../../../src/core/types';
import { loadSourceDataset } from './load-dataset';

// Issue 19: officials as a reader counts them on a whole page (real dataset from data/).
const matcher = createMatcher(loadSourceDataset());
const officials = (text: string): Mention[] => matcher.match(text, { claims: false, attributions: false });
const found = (text: string) => officials(text).map((m) => [m.id, m.text]);

describe('officials on a page: line breaks of the HTML source', () => {
  const parser = createPageParser();
  afterAll(() => parser.close());

  it('finds a name wrapped across a source line inside one paragraph, never across paragraphs', () => {
    const text = parser.text(
      '<p>Talks resumed after Foreign Minister Sergey\n      Lavrov arrived.</p><p>Signed by Marco\r\nRubio.</p>' +
        '<ul><li>More from Donald</li><li>Trump Tower opens</li></ul>',
    );
    expect(found(text)).toEqual([
      ['sergey-lavrov', 'Sergey       Lavrov'],
      ['marco-rubio', 'Marco  Rubio'],
    ]);
  });
});
