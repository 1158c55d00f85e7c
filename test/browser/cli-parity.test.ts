// The CLI (happy-dom in Node) and the page code in real Chromium must find the same (kind, id, text)
// mentions on the same page with the same dataset: researchers' numbers are the extension's numbers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../src/core/export';
import type { CompiledDataset } from '../../src/core/types';
import { launchBench, type BenchBrowser } from '../../bench/browser';

const ROOT = resolve(import.meta.dirname, '../..');
const CORPUS = resolve(ROOT, '../shared/corpus/pages');
const SEED = 'test/fixtures/seed-article.html';
// News pages where the corpus dataset's officials occur (Obama, Mugabe, Netanyahu, Hollande, Trump...),
// in several languages and markups, plus pages with none (the sets must then both be empty).
const CORPUS_PAGES = [
  'bbc-1',
  'telegraph',
  'wapo-2',
  'liberation-1',
  'lemonde-1',
  'nytimes-1',
  'breitbart',
  'folha',
  'heise',
];

const DATASETS = {
  bundled: 'src/generated/dataset.json',
  corpus: 'test/fixtures/corpus-dataset.json',
};

type Triple = string;
const triple = (kind: string, id: string, text: string): Triple => `${kind}|${id}|${text}`;

/** CLI records grouped by page, as sets of kind|id|text. */
function cliMentions(files: string[], dataset: string): Map<string, Set<Triple>> {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli/annotate.ts',
      ...files,
      '--dataset',
      dataset,
      '--only',
      '--format',
      'json',
      '--layers',
      'officials,claims,attributions',
    ],
    { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(r.status, r.stderr).toBe(0);
  const byPage = new Map<string, Set<Triple>>(files.map((f) => [f, new Set()]));
  for (const rec of JSON.parse(r.stdout) as AnnotationRecord[])
    byPage.get(rec.page)!.add(triple(rec.kind, rec.id, rec.text));
  return byPage;
}

let b: BenchBrowser;

beforeAll(async () => {
  b = await launchBench();
});

afterAll(async () => {
  await b?.close();
});

/** What the page code finds in Chromium on the page as loaded from 127.0.0.1. */
async function chromiumMentions(url: string, dataset: CompiledDataset): Promise<Set<Triple>> {
  const page = await b.open(url);
  try {
    await page.evaluate(`__clBench.useDataset(${JSON.stringify(dataset)})`);
    const triples = (await page.evaluate('__clBench.mentions()')) as [string, string, string][];
    return new Set(triples.map(([k, i, t]) => triple(k, i, t)));
  } finally {
    await page.close();
  }
}

describe('CLI and Chromium report the same mentions', () => {
  for (const [name, path] of Object.entries(DATASETS)) {
    it(`with the ${name} dataset on the seed article and ${CORPUS_PAGES.length} corpus pages`, async () => {
      const dataset = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as CompiledDataset;
      const files = [SEED, ...CORPUS_PAGES.map((p) => join(CORPUS, p, 'source.html'))];
      const cli = cliMentions(files, path);
      let nonEmpty = 0;
      for (const [i, file] of files.entries()) {
        const url = i === 0 ? b.url('fixture', 'seed-article.html') : b.url('corpus', CORPUS_PAGES[i - 1]);
        const inChromium = await chromiumMentions(url, dataset);
        const inCli = cli.get(file)!;
        expect([...inCli].sort(), `${file} with the ${name} dataset`).toEqual([...inChromium].sort());
        if (inCli.size > 0) nonEmpty++;
      }
      // The comparison means something only if pages have mentions: the bundled dataset is the seed
      // article's story, the corpus dataset holds officials named on the corpus pages.
      if (name === 'bundled') expect(cli.get(SEED)!.size).toBeGreaterThan(5);
      expect(nonEmpty).toBeGreaterThanOrEqual(name === 'corpus' ? 6 : 1);
    });
  }
});
