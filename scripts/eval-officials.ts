// Officials mention by mention, on the parts of test/fixtures/eval-officials: `npm run eval:officials`.
// Misses are printed for the parts tuned on only: reading a held-out part's would be tuning on it.
import {
  OFFICIALS_EVAL_PARTS,
  OFFICIALS_HELD_OUT,
  evaluateOfficials,
  formatOfficialsTable,
  loadOfficialsEval,
} from '../test/unit/match/officials-eval-lib';
import { loadSourceDataset } from '../test/unit/match/load-dataset';

const dataset = loadSourceDataset();
for (const part of OFFICIALS_EVAL_PARTS) {
  const res = await evaluateOfficials(dataset, loadOfficialsEval(part));
  const heldOut = OFFICIALS_HELD_OUT.includes(part);
  console.log(`\nofficials, ${part} part${heldOut ? ' (never tuned on)' : ' (used while tuning)'}:`);
  console.log(formatOfficialsTable(res));
  if (!heldOut && res.errors.length) console.log(`\nmisses and extras (${part} part):\n${res.errors.join('\n')}`);
}
