import { afterAll, describe, expect, it } from 'vitest';
import { corpusBadges, corpusPages } from '../../../scripts/eval/checkthat';
import { createMatcher } from '../../../src/core/match';
import { createPageParser } from '../../../src/cli/page-text';
import { loadSourceDataset } from './load-dataset';

// The bundled dataset on the 130 ordinary pages of ../shared/corpus/pages (none of them states one of
// its claims). A small dataset makes every word look rare: a score that counted "United", "States"
// and "European" as strong evidence once put "the US will back a European force" on a Wikipedia page
// about New Zealand. Read through the CLI's page path, as `npm run annotate` reads them.
describe('bundled dataset on ordinary news pages', () => {
  const parser = createPageParser();
  afterAll(() => parser.close());

  it('puts no claim badge on any of the 130 corpus pages', { timeout: 300_000 }, () => {
    const pages = corpusPages();
    expect(pages.length).toBe(130);
    const r = corpusBadges(createMatcher(loadSourceDataset()), parser, pages);
    expect(r.examples).toEqual([]);
    expect(r.badges).toBe(0);
  });
});
