// Mention-level precision and recall for officials over test/fixtures/eval-officials (held out: written
// before the matcher changes it measures, never tuned on). Each expected mention is a surface string
// (located in order in the page text) and an official id; a found mention counts when it overlaps an
// expected one with the same id. Items marked "html" are read through the CLI's page extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher } from '../../../src/core/match';
import type { CompiledDataset } from '../../../src/core/types';

/**
 * Three parts. `tune`: heldout.jsonl, written before the issue 19 changes and held out for them, but its
 * misses were printed and fixed since, so it is tuning data now; and tune-2.jsonl, written 2026-12-02
 * (second session) as more tuning data, in the same cases; tune-3.jsonl, written 2026-12-02 (third
 * session) by a helper who read neither the test part nor the matcher, in seven languages and more
 * cases (namesakes, lists, transliterations, things named like a surname); tune-4.jsonl and tune-5.jsonl
 * (105 items, 2026-12-02, fifth session), each by a helper who read only data/officials.json; tune-6.jsonl
 * (60 Spanish and French items, two thirds of them precision traps, 2026-12-03), the same way; tune-7.jsonl
 * (48 more, later that day, told that a title alone counts only where the text names its holder); tune-8.jsonl
 * (70 fr/es/de items, 2026-12-03, seventh session, the same way; half precision traps); tune-9.jsonl (80 fr/es
 * items, eighth session, the same way; 48 precision traps); tune-10.jsonl (210 items in seven languages,
 * ninth session, the same way; 99 precision traps, inflection and transliteration emphasised); tune-11.jsonl
 * (150 Russian, Ukrainian and German items, ninth session, the same way: every case of every name);
 * tune-12.jsonl (120 English, French and Japanese items, ninth session, the same way, two thirds
 * precision traps); tune-13.jsonl (150 English, Russian and French items, tenth session, the same way:
 * English traps, every Russian case, French honorifics); tune-14.jsonl (150 items, 60 Russian, 50 English,
 * 20 Ukrainian, 20 de/es/fr/ja, eleventh session, the same way: Russian case forms and English traps;
 * four bare titles standing for an official the item names were labelled after, as the other files do);
 * tune-15.jsonl (150 items, 100 Spanish and 50 French, eleventh session, the same way: Spanish press
 * spellings and titles, 70 precision traps). `test`: test.jsonl, written 2026-12-02
 * before the changes it measures; never tuned on, its misses never printed. `test2`: test-2.jsonl, 84 items
 * in seven languages written on 2026-12-02 (fourth session) by a helper who read only data/officials.json
 * (see the file's header in the README, "How well it works"); never tuned on, its misses never printed.
 * Both `test` and `test2` were read and tuned on from 2026-12-03. `test3`: test-3.jsonl, 140 items (20
 * per language) written on 2026-12-03 by a helper who read only data/officials.json; never tuned on
 * until that day's ninth session, tuning data since. `test4`: test-4.jsonl, 210 items (30 per language,
 * 84 precision traps) written in the ninth session the same way; never tuned on, its misses never printed.
 * `test5`: test-5.jsonl, 210 items (30 per language, 63 precision traps) written in the eleventh session
 * the same way (the brief said wrongly that a bare title is no mention; a second helper, reading only
 * that file and data/officials.json, then labelled the four titles that stand for an official the
 * item names, as every other file does); never tuned on, its misses never printed. `test6`: test-6.jsonl,
 * 210 items (30 per language, 72 precision traps) written in the twelfth session the same way, after that
 * session's officials changes were made; never tuned on, its misses never printed. tune-16.jsonl (150
 * items, ja 60, de 50, es 20, en 20, thirteenth session, the same way: Japanese wrapped names and
 * German press spellings; tuning data). `test7`: test-7.jsonl, 210 items (30 per language, 63 precision
 * traps, 244 mentions) written at the start of the thirteenth session the same way; never tuned on, its
 * misses never printed (test-7-README.md). tune-17.jsonl (150 items, uk 60, ja/fr/en 30, thirteenth session,
 * the same way: Ukrainian cases and vocatives; tuning data, read as written at the fourteenth session's
 * start: uk 100 / 84.7). `test8`: test-8.jsonl, 210 items (30 per language, 239 mentions) written at the end
 * of the thirteenth session the same way; never tuned on, read once at the end of the fourteenth, its
 * misses never printed (test-8-README.md). tune-18.jsonl (150 items, uk 50, ru 30, de 40, es 30, fourteenth
 * session, the same way: Slavic cases and German genitive titles; tuning data, read as written at uk 100
 * / 90.3, de 100 / 90.9, ru 100 / 95.1, es 100 / 97.2). tune-19.jsonl (150 items, ru 45, ja 45, uk 30,
 * en 30, fifteenth session, the same way: Russian cases, Japanese spellings and namesakes; tuning data,
 * read as written at ru 100 / 94.9, ja 96.8 / 95.2, uk 100 / 90.9, en 100 / 93.6). `test9`: test-9.jsonl,
 * 210 items (30 per language, 241 mentions) written at the end of the fourteenth session the same way;
 * never tuned on, read once in the fifteenth, its misses never printed (test-9-README.md). tune-20.jsonl (150 items, ru 45, uk 40, en 40,
 * fr 25, fifteenth session, the same way: initials, cases, apposed titles; tuning data, read as written at
 * P 99.5, R 97.3). tune-21.jsonl (210 items, 30 per language, fifteenth session, the same way; tuning data, read
 * as written in the sixteenth at P 100, R 95.8) and tune-22.jsonl (210 items, en/ru/uk 40, ja 30, de/es/fr 20,
 * sixteenth session, the same way: English traps, Slavic cases, Japanese spellings; read as written at P 98.3,
 * R 91.8) and tune-23.jsonl (210 items, sixteenth session, the same way: Japanese joiners, Slavic nouns before
 * genitive surnames, bare titles; read as written at P 99.1, R 86.5), tune-24.jsonl (210 items, sixteenth session,
 * the same way; read as written in the seventeenth at P 99.1, R 93.3), tune-25.jsonl (210 items, seventeenth
 * session, the same way; read as written in the eighteenth at P 99.6, R 91.2), tune-26.jsonl (210 items, eighteenth
 * session, the same way; read as written in the nineteenth at P 99.1, R 93.4), tune-27.jsonl (210 items, nineteenth
 * session, the same way; read as written in the twentieth at P 99.3, R 93.6), tune-28.jsonl (210 items, twentieth
 * session, the same way; read as written in the twenty-first at P 100, R 96.0), tune-29.jsonl (210 items, twenty-first
 * session, the same way; read as written in the twenty-second at P 99.2, R 95.7), tune-30.jsonl (210 items, twenty-second
 * session, the same way; read as written in the twenty-third at P 99.1, R 90.8), tune-31.jsonl (210 items, twenty-third
 * session, the same way; read as written in the same session at P 98.3, R 94.2), tune-32.jsonl (210 items, twenty-third
 * session, the same way; read as written in the twenty-fourth at P 99.2, R 94.0), tune-33.jsonl (210 items, written
 * in the twenty-fourth for the next and taken up early; read as written at P 99.1, R 97.5), tune-34.jsonl (210 items,
 * the same way; read as written at P 99.1, R 96.0), tune-35.jsonl (210 items, written in the twenty-fourth for the next;
 * read as written in the twenty-fifth at P 98.4, R 94.2), tune-36.jsonl (210 items, written in the twenty-fifth for the
 * next, taken up early; read as written at P 99.0, R 93.1), tune-37.jsonl (210 items, written in the twenty-fifth for
 * the next; read as written in the twenty-sixth at P 98.8, R 92.6). test-10.jsonl, test-11.jsonl and test-12.jsonl
 * (seventeenth session, read once at the end of the eighteenth) and test-13.jsonl (eighteenth session, read
 * once at the end of the nineteenth) and test-14.jsonl (nineteenth session, read once at the end of the
 * twentieth) and test-15.jsonl (twentieth session, read once at the end of the twenty-first): see their
 * READMEs and the parts below. test-16.jsonl (twenty-first session, read once at the end of the twenty-second): see its
 * README and the part below. test-17.jsonl (twenty-second session, read once at the end of the twenty-third): see
 * its README and the part below. test-18.jsonl (twenty-third session, read once at the end of the twenty-fourth): see
 * its README and the part below. test-19.jsonl (twenty-fourth session, read once at the end of the twenty-fifth): see
 * its README and the part below. test-20.jsonl (twenty-fifth session, read once at the end of the twenty-sixth): see
 * its README and the part below. test-21.jsonl (twenty-sixth session, read once at the end of the twenty-seventh):
 * see its README and the part below. test-22.jsonl (twenty-seventh session, read once at the end of the
 * twenty-eighth): see its README and the part below. test-23.jsonl (twenty-eighth session, read once at the end
 * of the twenty-ninth): see its README and the part below. test-24.jsonl (twenty-ninth session, read once at the
 * end of the thirtieth): see its README and the part below. test-25.jsonl (thirtieth session, read once at the end
 * of the thirty-first): see its README and the part below. test-26.jsonl (thirty-first session, read once at the end
 * of the thirty-second): see its README and the part below. test-27.jsonl (thirty-second session, read once at the
 * end of the thirty-third): see its README and the part below. test-28.jsonl (thirty-third session, read once at the
 * end of the thirty-fourth): see its README and the part below. test-29.jsonl (thirty-fourth session, read once at
 * the end of the thirty-fifth): see its README and the part below. test-30.jsonl (thirty-fifth session, read once at
 * the end of the thirty-sixth): see its README and the part below. test-31.jsonl (thirty-sixth session, read once at
 * the end of the thirty-seventh): see its README and the part below. test-32.jsonl (thirty-sixth session, read once
 * at the end of the thirty-eighth): see its README and the part below. test-33.jsonl (thirty-seventh session, read
 * once at the end of the thirty-ninth): see its README and the part below. test-34.jsonl (thirty-eighth session, read
 * once at the end of the fortieth): see its README and the part below. test-35.jsonl (thirty-ninth session, read
 * once at the end of the forty-first): see its README and the part below. test-36.jsonl (fortieth session, read once
 * at the end of the forty-second): see its README and the part below. test-37.jsonl (forty-first session, read once
 * at the end of the forty-third): see its README and the part below. test-38.jsonl (forty-second session, read once
 * at the end of the forty-fourth): see its README and the part below.
 */
const DIR = join(import.meta.dirname, '../../fixtures/eval-officials');
/** The tuning files, in the order they were written (tune-N.jsonl; the first is heldout.jsonl). */
const TUNE_FILES = ['heldout', ...Array.from({ length: 64 }, (_, k) => `tune-${k + 2}`)];
/** Every part: its files and whether it is held out (never tuned on: its misses are never printed). */
const PARTS = {
  tune: { files: TUNE_FILES, heldOut: false },
  test: { files: ['test'], heldOut: false },
  test2: { files: ['test-2'], heldOut: false },
  test3: { files: ['test-3'], heldOut: false },
  test4: { files: ['test-4'], heldOut: true },
  test5: { files: ['test-5'], heldOut: true },
  test6: { files: ['test-6'], heldOut: true },
  test7: { files: ['test-7'], heldOut: true },
  test8: { files: ['test-8'], heldOut: true },
  test9: { files: ['test-9'], heldOut: true },
  test10: { files: ['test-10'], heldOut: true },
  test11: { files: ['test-11'], heldOut: true },
  test12: { files: ['test-12'], heldOut: true },
  test13: { files: ['test-13'], heldOut: true },
  test14: { files: ['test-14'], heldOut: true },
  test15: { files: ['test-15'], heldOut: true },
  test16: { files: ['test-16'], heldOut: true },
  test17: { files: ['test-17'], heldOut: true },
  test18: { files: ['test-18'], heldOut: true },
  test19: { files: ['test-19'], heldOut: true },
  test20: { files: ['test-20'], heldOut: true },
  test21: { files: ['test-21'], heldOut: true },
  test22: { files: ['test-22'], heldOut: true },
  test23: { files: ['test-23'], heldOut: true },
  test24: { files: ['test-24'], heldOut: true },
  test25: { files: ['test-25'], heldOut: true },
  test26: { files: ['test-26'], heldOut: true },
  test27: { files: ['test-27'], heldOut: true },
  test28: { files: ['test-28'], heldOut: true },
  test29: { files: ['test-29'], heldOut: true },
  test30: { files: ['test-30'], heldOut: true },
  test31: { files: ['test-31'], heldOut: true },
  test32: { files: ['test-32'], heldOut: true },
  test33: { files: ['test-33'], heldOut: true },
  test34: { files: ['test-34'], heldOut: true },
  test35: { files: ['test-35'], heldOut: true },
  test36: { files: ['test-36'], heldOut: true },
  test37: { files: ['test-37'], heldOut: true },
  test38: { files: ['test-38'], heldOut: true },
} as const;
export type OfficialsEvalPart = keyof typeof PARTS;
export const OFFICIALS_EVAL_PARTS = Object.keys(PARTS) as OfficialsEvalPart[];
/** The parts never tuned on: their misses are never printed. */
export const OFFICIALS_HELD_OUT: readonly OfficialsEvalPart[] = OFFICIALS_EVAL_PARTS.filter((p) => PARTS[p].heldOut);
export const OFFICIALS_EVAL_FILES = Object.fromEntries(
  OFFICIALS_EVAL_PARTS.map((p) => [p, PARTS[p].files.map((f) => join(DIR, `${f}.jsonl`))]),
) as Record<OfficialsEvalPart, string[]>;

export interface OfficialsEvalItem {
  lang: string;
  case: string;
  html?: boolean;
  text: string;
  /** [surface, official id] or [surface, official id, which occurrence of the surface (1 = first)]. */
  expect: ([string, string] | [string, string, number])[];
}

export interface OfficialsCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface OfficialsEvalResult {
  byLang: Map<string, OfficialsCounts & { items: number }>;
  all: OfficialsCounts & { items: number };
  errors: string[];
}

export function loadOfficialsEval(part: OfficialsEvalPart): OfficialsEvalItem[] {
  return OFFICIALS_EVAL_FILES[part]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as OfficialsEvalItem);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');

export async function evaluateOfficials(
  dataset: CompiledDataset,
  items: OfficialsEvalItem[],
): Promise<OfficialsEvalResult> {
  const matcher = createMatcher(dataset);
  const parser = createPageParser();
  const zero = () => ({ tp: 0, fp: 0, fn: 0, items: 0 });
  const res: OfficialsEvalResult = { byLang: new Map(), all: zero(), errors: [] };
  try {
    for (const item of items) {
      const text = item.html ? parser.text(item.text) : item.text;
      const page = flat(text); // same length: whitespace runs are not collapsed, only made spaces
      const expected: { start: number; end: number; id: string; hit: boolean }[] = [];
      // Each surface at its first occurrence not inside one placed before ("Barrot" after "Jean-Noël Barrot"),
      // or at the occurrence a third element gives (1 for the first), where a namesake's name holds the
      // same string before it ("Siim Kallas" before "Kallas").
      for (const [surface, id, nth] of item.expect) {
        let at = page.indexOf(flat(surface));
        if (nth !== undefined) for (let k = 1; k < nth && at >= 0; k++) at = page.indexOf(flat(surface), at + 1);
        else
          while (at >= 0 && expected.some((x) => x.start < at + surface.length && at < x.end))
            at = page.indexOf(flat(surface), at + 1);
        if (at < 0) throw new Error(`surface '${surface}' not in: ${item.text}`);
        expected.push({ start: at, end: at + surface.length, id, hit: false });
      }
      const found = matcher.match(text).filter((m) => m.kind === 'official');
      const c = { tp: 0, fp: 0, fn: 0 };
      const extra: string[] = [];
      for (const m of found) {
        const e = expected.find((x) => !x.hit && x.id === m.id && x.start < m.end && m.start < x.end);
        if (e) {
          e.hit = true;
          c.tp++;
        } else {
          c.fp++;
          extra.push(`${flat(m.text)}=${m.id}`);
        }
      }
      const missed = expected.filter((x) => !x.hit).map((x) => `${page.slice(x.start, x.end)}=${x.id}`);
      c.fn = missed.length;
      let lang = res.byLang.get(item.lang);
      if (!lang) res.byLang.set(item.lang, (lang = zero()));
      for (const t of [lang, res.all]) {
        t.tp += c.tp;
        t.fp += c.fp;
        t.fn += c.fn;
        t.items++;
      }
      if (missed.length || extra.length)
        res.errors.push(
          `${item.lang} ${item.case}: missed [${missed.join(', ')}] extra [${extra.join(', ')}] :: ${flat(text)}`,
        );
    }
  } finally {
    await parser.close();
  }
  return res;
}

export const officialsPrecision = (c: OfficialsCounts): number => (c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp));
export const officialsRecall = (c: OfficialsCounts): number => (c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn));

export function formatOfficialsTable(res: OfficialsEvalResult): string {
  const pct = (x: number) => (x * 100).toFixed(1).padStart(7);
  const row = (name: string, c: OfficialsCounts & { items: number }) =>
    `${name.padStart(5)} ${String(c.items).padStart(6)} ${String(c.tp + c.fn).padStart(9)} ${pct(officialsPrecision(c))} ${pct(officialsRecall(c))}`;
  return [
    ' lang  items  mentions  off P   off R',
    ...[...res.byLang].sort().map(([l, c]) => row(l, c)),
    row('all', res.all),
  ].join('\n');
}
