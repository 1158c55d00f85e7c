// CheckThat! 2020 Task 2 (English): posts that repeat a claim Snopes checked. Imports the 10,375
// claims with the project's importer, compiles them, reads each post through the CLI's page path
// (HTML -> extractText -> matcher) and scores the claim badges; then counts the badges the same
// dataset puts on the ordinary pages of the corpus. Research data: read from ../shared, never bundled.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compileDataset } from '../../src/core/dataset/compile';
import { importClaimReview, importLiar, parseColumnMapping } from '../../src/core/dataset/import-claimreview';
import { createMatcher, type Matcher } from '../../src/core/match';
import type { CompiledDataset } from '../../src/core/types';
import { createPageParser, type PageParser } from '../../src/cli/page-text';

export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus');
export const CHECKTHAT = join(CORPUS, 'claims/checkthat-2020-task2');

export interface Post {
  id: string;
  text: string;
  gold: string;
  split: 'tune' | 'test';
}

/**
 * A claim's text as the scores compare it. Snopes' list holds 184 claims twice under two ids, differing
 * only in quote marks or case ("calling her \"mentally ill.\"" / "'mentally ill.'"), and 190 of the
 * 800 posts have one of those as their gold: finding either is finding the gold, and finding both is
 * one prediction, not one right and one wrong.
 */
export function textKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Half of the posts, chosen by a hash of their id, are never tuned on. */
export function splitOf(id: string): 'tune' | 'test' {
  return createHash('sha256').update(`checkthat:${id}`).digest()[0] % 2 === 0 ? 'tune' : 'test';
}

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

export function available(): boolean {
  return existsSync(join(CHECKTHAT, 'verified_claims.docs.tsv'));
}

/**
 * The Snopes claims as a compiled dataset, through the project's importer exactly as a researcher
 * runs it (`import-claimreview verified_claims.docs.tsv --columns id=id,claim=vclaim,headline=title --lang en`):
 * ids `checkthat-<vclaim id>`.
 */
export function checkthatDataset(): CompiledDataset {
  const { data } = importClaimReview(readFileSync(join(CHECKTHAT, 'verified_claims.docs.tsv'), 'utf8'), {
    input: 'verified_claims.docs.tsv',
    lang: 'en',
    delimiter: '\t',
    mapping: parseColumnMapping('id=id,claim=vclaim,headline=title'),
  });
  return compileDataset(data);
}

export function loadPosts(): Post[] {
  // TREC qrels, no header: post 0 claim 1.
  const gold = new Map(
    readFileSync(join(CHECKTHAT, 'train/tweet-vclaim-pairs.qrels'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => l.trim().split(/\s+/))
      .map((r) => [r[0], r[2]]),
  );
  return tsv(join(CHECKTHAT, 'train/tweets.queries.tsv')).map(([id, text]) => ({
    id,
    text,
    gold: `checkthat-${gold.get(id)}`,
    split: splitOf(id),
  }));
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export interface PostResult {
  post: Post;
  /** The claims found, by text (see textKey). */
  found: string[];
  /** The gold claim's text key. */
  gold: string;
}

export function annotatePosts(
  matcher: Matcher,
  dataset: CompiledDataset,
  posts: Post[],
  parser: PageParser,
): PostResult[] {
  const keyOf = new Map(dataset.claims.map((c) => [c.id, textKey(c.text)]));
  return posts.map((post) => {
    // Each post is a small saved page, read as the CLI reads one.
    const text = parser.text(`<!doctype html><html><body><article><p>${escape(post.text)}</p></article></body></html>`);
    const found = [
      ...new Set(
        matcher
          .match(text)
          .filter((m) => m.kind === 'claim')
          .map((m) => keyOf.get(m.id) ?? m.id),
      ),
    ];
    return { post, found, gold: keyOf.get(post.gold) ?? post.gold };
  });
}

export interface Scores {
  posts: number;
  recall: number;
  precision: number;
  predictions: number;
}

export function score(results: PostResult[]): Scores {
  let hit = 0;
  let predictions = 0;
  let correct = 0;
  for (const r of results) {
    predictions += r.found.length;
    if (r.found.includes(r.gold)) {
      hit++;
      correct++;
    }
  }
  return {
    posts: results.length,
    recall: results.length ? hit / results.length : 0,
    precision: predictions ? correct / predictions : 1,
    predictions,
  };
}

export interface CorpusPage {
  name: string;
  html: string;
  /** Half of the pages are used to fit the score, the other half never. */
  split: 'tune' | 'test';
}

export function corpusPages(): CorpusPage[] {
  const dir = join(CORPUS, 'pages');
  return readdirSync(dir)
    .filter((n) => existsSync(join(dir, n, 'source.html')))
    .sort()
    .map((name) => ({
      name,
      html: readFileSync(join(dir, name, 'source.html'), 'utf8'),
      split: splitOf(`page:${name}`),
    }));
}

export interface PageBadges {
  pages: number;
  badges: number;
  examples: string[];
}

/** Claim badges on the corpus's ordinary pages (none of them repeats a Snopes claim: each is wrong). */
export function corpusBadges(matcher: Matcher, parser: PageParser, pages: CorpusPage[]): PageBadges {
  let badges = 0;
  const examples: string[] = [];
  for (const p of pages) {
    const ms = matcher.match(parser.text(p.html)).filter((m) => m.kind === 'claim');
    badges += ms.length;
    for (const m of ms.slice(0, 2)) examples.push(`${p.name}: ${m.id} :: ${m.text.slice(0, 140)}`);
  }
  return { pages: pages.length, badges, examples };
}

export interface CheckThatReport {
  claims: number;
  tune: Scores;
  test: Scores;
  pagesTune: PageBadges;
  pagesTest: PageBadges;
  /** A second real feed: LIAR's PolitiFact statements (train split) on the same pages. */
  liar: { claims: number; pagesTune: PageBadges; pagesTest: PageBadges };
}

/** LIAR's train split through the project's LIAR importer, compiled. */
export function liarDataset(): CompiledDataset {
  const { data } = importLiar(readFileSync(join(CORPUS, 'claims/liar/train.tsv'), 'utf8'), { input: 'train.tsv' });
  return compileDataset(data);
}

export function runCheckThat(): CheckThatReport {
  const dataset = checkthatDataset();
  const matcher = createMatcher(dataset);
  const parser = createPageParser();
  const results = annotatePosts(matcher, dataset, loadPosts(), parser);
  const pages = corpusPages();
  // Claim badges a matcher puts on each half of the ordinary pages.
  const onPages = (m: Matcher) => ({
    pagesTune: corpusBadges(
      m,
      parser,
      pages.filter((p) => p.split === 'tune'),
    ),
    pagesTest: corpusBadges(
      m,
      parser,
      pages.filter((p) => p.split === 'test'),
    ),
  });
  const liar = liarDataset();
  const report = {
    claims: dataset.claims.length,
    tune: score(results.filter((r) => r.post.split === 'tune')),
    test: score(results.filter((r) => r.post.split === 'test')),
    ...onPages(matcher),
    liar: { claims: liar.claims.length, ...onPages(createMatcher(liar)) },
  };
  void parser.close();
  return report;
}
