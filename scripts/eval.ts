// The matcher's figures, rerun with `npm run eval`:
// - the curated set in test/fixtures/eval, in four parts: `tune` (used while tuning), `test`
//   (written once, never tuned on), `test2` (German and Spanish, written later; tuned on since
//   2026-12-03), `test3` (German and Spanish, 2026-12-03; tuned on since that day's ninth session) and
//   `test4` (German and Spanish, ninth session, never tuned on), per language, officials, claims and
//   strict (claim + stance);
// - CheckThat! 2020 Task 2 (Snopes claims imported with the project's importer), posts split into a
//   tuning half and a half never tuned on, and the claim badges the same dataset puts on the corpus
//   pages (also split). `--no-checkthat` skips it (it takes a minute or two); `--fit` refits the
//   claim-from-text score on the tuning halves and prints the constants (see scripts/eval/fit.ts).
import {
  EVAL_PARTS,
  HELD_OUT_PARTS,
  evaluate,
  formatErrors,
  formatTable,
  loadEvalSet,
} from '../test/unit/match/eval-lib';
import { loadSourceDataset } from '../test/unit/match/load-dataset';
import { available, runCheckThat } from './eval/checkthat';
import { fitCalibration } from './eval/fit';

const args = new Set(process.argv.slice(2));
if (args.has('--fit')) {
  console.log(fitCalibration());
  process.exit(0);
}

const dataset = loadSourceDataset();
for (const part of EVAL_PARTS) {
  const res = evaluate(dataset, loadEvalSet(part));
  const heldOut = HELD_OUT_PARTS.includes(part);
  console.log(`\ncurated set, ${part} part${heldOut ? ' (never tuned on)' : ' (used while tuning)'}:`);
  console.log(formatTable(res));
  // Misses are printed for the parts tuned on only: reading a held-out part's sentences would be tuning on it.
  const errors = heldOut ? '' : formatErrors(res);
  if (errors) console.log(`\nmisses and extras (${part} part):\n${errors}`);
}

if (!args.has('--no-checkthat')) {
  if (!available()) console.log('\nCheckThat! data not found under ../shared/corpus: section skipped.');
  else {
    const r = runCheckThat();
    const pct = (x: number) => (x * 100).toFixed(1);
    console.log(`\nCheckThat! 2020 Task 2: ${r.claims} Snopes claims, right claim per post`);
    for (const [name, s] of [
      ['tune half', r.tune],
      ['test half (never tuned on)', r.test],
    ] as const)
      console.log(
        `  ${name}: ${s.posts} posts, recall ${pct(s.recall)}, precision ${pct(s.precision)} (${s.predictions} badges)`,
      );
    for (const [name, p] of [
      ['tune half', r.pagesTune],
      ['test half (never tuned on)', r.pagesTest],
    ] as const)
      console.log(
        `  corpus pages, ${name}: ${p.badges} claim badges on ${p.pages} pages (${(p.badges / p.pages).toFixed(3)} per page)`,
      );
    console.log(`\nLIAR (train split): ${r.liar.claims} PolitiFact statements on the same ordinary pages`);
    for (const [name, p] of [
      ['tune half', r.liar.pagesTune],
      ['test half (never tuned on)', r.liar.pagesTest],
    ] as const)
      console.log(
        `  corpus pages, ${name}: ${p.badges} claim badges on ${p.pages} pages (${(p.badges / p.pages).toFixed(3)} per page)`,
      );
    const examples = [...r.pagesTune.examples, ...r.liar.pagesTune.examples];
    if (examples.length) console.log(`  wrong badges on tuning pages:\n    ${examples.join('\n    ')}`);
  }
}
