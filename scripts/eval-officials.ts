// Officials mention by mention, on the two parts of test/fixtures/eval-officials: `npm run eval:officials`.
// Misses are printed for the tuning part only: reading the test part's would be tuning on it.
import { evaluateOfficials, formatOfficialsTable, loadOfficialsEval } from '../test/unit/match/officials-eval-lib';
import { loadSourceDataset } from '../test/unit/match/load-dataset';

const dataset = loadSourceDataset();
for (const part of ['tune', 'test', 'test2'] as const) {
  const res = await evaluateOfficials(dataset, loadOfficialsEval(part));
  console.log(`\nofficials, ${part} part${part !== 'tune' ? ' (never tuned on)' : ' (used while tuning)'}:`);
  console.log(formatOfficialsTable(res));
  if (part === 'tune' && res.errors.length) console.log(`\nmisses and extras (tune part):\n${res.errors.join('\n')}`);
}
