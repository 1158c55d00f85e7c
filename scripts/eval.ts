// Prints the matcher's precision and recall over test/fixtures/eval with the dataset in data/,
// and every miss, so that hint or matcher changes can be judged: `npm run eval`.
import { evaluate, formatErrors, formatTable, loadEvalSet } from '../test/unit/match/eval-lib';
import { loadSourceDataset } from '../test/unit/match/load-dataset';

const res = evaluate(loadSourceDataset(), loadEvalSet());
console.log(formatTable(res));
const errors = formatErrors(res);
if (errors) console.log(`\nmisses and extras:\n${errors}`);
