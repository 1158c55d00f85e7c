// Words that mark who speaks (reporting verbs) and whether a sentence reports a denial or a
// confirmation, from every language pack in src/core/lang (their `cues`). Found with one small
// automaton over the folded text.
import { LANGUAGE_PACKS } from '../lang';
import type { LanguagePack } from '../lang/types';
import { AhoCorasick } from './aho-corasick';
import { keyOf } from './officials';
import { joinsWord } from '../text/script';

/** `keep`: a negation that is not a denial ("did not rule out"): it cancels deny cues it contains. */
export type CueType = 'report' | 'deny' | 'confirm' | 'keep';

interface CueDef {
  key: string;
  types: CueType[];
  /** Matches as a word prefix ("опроверг" covers "опровергла"). */
  prefix: boolean;
  /** May start inside a word (English "n't"). */
  inWord: boolean;
}

// Each language pack's cue words (see LanguagePack.cues), all languages in one automaton: the page's
// language need not be known to read who speaks.
const cuesOf = (type: keyof NonNullable<LanguagePack['cues']>): string[] =>
  LANGUAGE_PACKS.flatMap((p) => p.cues?.[type] ?? []);

function parse(raw: string, type: CueType): CueDef {
  const prefix = raw.endsWith('*');
  const inWord = raw.startsWith('~');
  const key = keyOf(raw.replace(/^~/, '').replace(/\*$/, ''));
  return { key, types: [type], prefix, inWord };
}

let built: { ac: AhoCorasick; defs: CueDef[][] } | null = null;

function index(): { ac: AhoCorasick; defs: CueDef[][] } {
  if (built) return built;
  const ac = new AhoCorasick();
  const defs: CueDef[][] = [];
  const add = (raw: string, type: CueType) => {
    const d = parse(raw, type);
    const id = ac.add(d.key);
    const list = (defs[id] ??= []);
    const same = list.find((x) => x.prefix === d.prefix && x.inWord === d.inWord);
    if (same) {
      if (!same.types.includes(type)) same.types.push(type);
    } else list.push(d);
  };
  for (const r of cuesOf('report')) add(r, 'report');
  for (const r of cuesOf('deny')) add(r, 'deny');
  for (const r of cuesOf('confirm')) add(r, 'confirm');
  for (const r of cuesOf('keep')) add(r, 'keep');
  ac.build();
  built = { ac, defs };
  return built;
}

export interface CueHit {
  types: CueType[];
  /** Range in the key text (callers map it back). */
  start: number;
  end: number;
}

/** Cue words in folded key text, whole words unless marked otherwise. */
export function findCues(key: string): CueHit[] {
  const { ac, defs } = index();
  const out: CueHit[] = [];
  ac.search(key, (pattern, end) => {
    const start = end - ac.pattern(pattern).length;
    for (const d of defs[pattern]) {
      if (!d.inWord && joinsWord(key, start)) continue;
      if (!d.prefix && joinsWord(key, end)) continue;
      out.push({ types: d.types, start, end });
    }
  });
  return out;
}
