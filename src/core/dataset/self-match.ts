// How many imported claims can be found at all: each claim's own text is run through the real
// matcher (the one pages use) against the compiled import. A claim that does not match its own
// wording will not match a paraphrase on a page either; the import report counts them.
import { createMatcher } from '../match/index.ts';
import { compileDataset } from './compile.ts';
import type { SourceData } from './source-types.ts';

export interface SelfMatch {
  /** Claims checked (all claims of the import). */
  claims: number;
  /** Claims whose own text the matcher reports as that claim. */
  matched: number;
  /** Ids of the others, in id order (the first 200). */
  unmatched: string[];
  unmatchedCount: number;
}

export function selfMatch(data: SourceData): SelfMatch {
  const compiled = compileDataset(data);
  const matcher = createMatcher(compiled);
  const unmatched: string[] = [];
  let matched = 0;
  for (const c of compiled.claims) {
    const hit = matcher.match(c.text, { officials: true, claims: true, attributions: false });
    if (hit.some((m) => m.kind === 'claim' && m.id === c.id)) matched++;
    else unmatched.push(c.id);
  }
  return {
    claims: compiled.claims.length,
    matched,
    unmatched: unmatched.slice(0, 200),
    unmatchedCount: unmatched.length,
  };
}
