// Officials on the held-out set (test/fixtures/eval-officials), mention by mention: `npm run eval:officials`.
import { evaluateOfficials, formatOfficialsTable, loadOfficialsEval } from '../test/unit/match/officials-eval-lib';
import { loadSourceDataset } from '../test/unit/match/load-dataset';

const res = await evaluateOfficials(loadSourceDataset(), loadOfficialsEval());
console.log(formatOfficialsTable(res));
if (res.errors.length) console.log(`\nmisses and extras:\n${res.errors.join('\n')}`);
