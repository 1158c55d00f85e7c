import { describe, expect, it } from 'vitest';
import { loadSourceDataset } from './load-dataset';
import {
  evaluateOfficials,
  formatOfficialsTable,
  loadOfficialsEval,
  officialsPrecision,
  officialsRecall,
  type OfficialsEvalPart,
} from './officials-eval-lib';

// Officials mention by mention on test/fixtures/eval-officials, two parts (see officials-eval-lib):
// `tune` (held out for the issue 19 changes, tuned on since) and `test` (written 2026-12-02 before the
// changes it measures, never tuned on; its misses are not printed). Gated per language a little below
// what each measured; issue 19 asks for P >= 0.98 and R >= 0.95 on the test part, which en (P) and uk
// (R, one mention of six) miss (README, "How well it works"). `npm run eval:officials` prints both.
const GATES: Record<OfficialsEvalPart, Record<string, { p: number; r: number }>> = {
  tune: {
    de: { p: 1, r: 1 },
    en: { p: 0.98, r: 1 },
    es: { p: 0.9, r: 1 },
    fr: { p: 1, r: 1 },
    ja: { p: 1, r: 1 },
    ru: { p: 1, r: 1 },
    uk: { p: 1, r: 1 },
  },
  test: {
    de: { p: 1, r: 1 },
    en: { p: 0.83, r: 1 },
    es: { p: 1, r: 1 },
    fr: { p: 1, r: 1 },
    ja: { p: 1, r: 1 },
    ru: { p: 1, r: 1 },
    uk: { p: 1, r: 0.83 },
  },
};

for (const part of ['tune', 'test'] as const) {
  describe(`officials evaluation, ${part} part`, async () => {
    const res = await evaluateOfficials(loadSourceDataset(), loadOfficialsEval(part));
    console.log(`${part} part\n${formatOfficialsTable(res)}${part === 'tune' ? `\n${res.errors.join('\n')}` : ''}`);

    it('covers every language with labelled mentions', () => {
      expect([...res.byLang.keys()].sort()).toEqual(Object.keys(GATES[part]));
      expect(res.all.tp + res.all.fn).toBeGreaterThanOrEqual(40);
    });

    for (const [lang, gate] of Object.entries(GATES[part])) {
      it(`keeps ${lang} officials precision >= ${gate.p} and recall >= ${gate.r}`, () => {
        const c = res.byLang.get(lang)!;
        expect(officialsPrecision(c)).toBeGreaterThanOrEqual(gate.p);
        expect(officialsRecall(c)).toBeGreaterThanOrEqual(gate.r);
      });
    }
  });
}
