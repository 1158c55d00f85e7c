// What a sentence does with a claim it names, judged against the claim's own wording: a claim may
// itself be negative ("Russia will not accept NATO troops"), and a sentence that says Russia rejects
// them asserts it. Words come from the language packs (negations, denials, confirmations, hedges).
import type { Reported } from '../types';
import { Flag } from '../lang/analyse';
import { keptNegation, type AnalysedSentence } from './claim-text';

export interface ClaimPolarity {
  /** Negations and denial words in the claim's own text. */
  negations: number;
  /** Hedge words the claim itself uses ("if NATO sent troops"): no hedge in the sentence then. */
  hedges: ReadonlySet<string>;
}

const NONE: ClaimPolarity = { negations: 0, hedges: new Set() };

/**
 * Stance of sentence `s` towards a claim met by the tokens at `matched` (indices into s.tokens; empty
 * when the claim was met by hints the analyser does not see). Negations count only near the words
 * that met the claim; denial and confirmation words count anywhere, except the claim's own words.
 */
export function stanceOf(
  s: AnalysedSentence,
  text: string,
  matched: readonly number[],
  claim: ClaimPolarity = NONE,
): Reported {
  const own = new Set(matched);
  const lo = matched.length ? Math.max(0, Math.min(...matched) - 4) : 0;
  const hi = matched.length ? Math.max(...matched) + 3 : s.tokens.length;
  let negations = 0;
  let denial = false;
  let confirmation = false;
  let hedge = /[?？]\s*["'”»」)]*\s*$/.test(text);
  s.tokens.forEach((t, i) => {
    if (own.has(i)) return;
    const f = t.flags;
    if (f & Flag.Denial) {
      negations++;
      denial = true;
    } else if (f & Flag.Negation && i >= lo && i <= hi && !keptNegation(s.tokens, i)) {
      // "did not confirm" is no denial of the claim: the negation goes with the confirmation word.
      const next = s.tokens[i + 1];
      if (next && next.flags & Flag.Confirmation) hedge = true;
      else negations++;
    }
    if (f & Flag.Confirmation && !(i > 0 && s.tokens[i - 1].flags & Flag.Negation)) confirmation = true;
    if (f & Flag.Hedge && !claim.hedges.has(t.key)) hedge = true;
  });
  if ((negations - claim.negations) % 2 !== 0) return hedge && !denial ? 'mentioned' : 'denied';
  if (hedge) return 'mentioned';
  if (confirmation) return 'confirmed';
  return 'asserted';
}
