// The words around a mention, for lists that show each mention in its sentence (the side panel).
import type { Span } from './sentences';

/** Characters kept on each side of a mention inside its sentence. */
export const CONTEXT_CHARS = 120;

/**
 * The text before and after [start, end) within the sentence that holds the mention (`sentences` from
 * splitSentences over the same text, in order), at most CONTEXT_CHARS each side; an ellipsis marks a
 * sentence cut short. Whitespace runs are shown as one space.
 */
export function sentenceContext(
  text: string,
  sentences: readonly Span[],
  start: number,
  end: number,
): { before: string; after: string } {
  // The last sentence starting at or before the mention.
  let lo = 0;
  let hi = sentences.length - 1;
  let at = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= start) {
      at = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const sentenceStart = at >= 0 ? sentences[at].start : 0;
  let sentenceEnd = text.length;
  for (let k = Math.max(at, 0); k < sentences.length; k++)
    if (sentences[k].end >= end) {
      sentenceEnd = sentences[k].end;
      break;
    }
  const from = Math.max(sentenceStart, start - CONTEXT_CHARS);
  const to = Math.min(sentenceEnd, end + CONTEXT_CHARS);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: (from > sentenceStart ? '…' : '') + squash(text.slice(from, start)).trimStart(),
    after: squash(text.slice(end, to)).trimEnd() + (to < sentenceEnd ? '…' : ''),
  };
}
