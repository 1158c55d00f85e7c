// Helpers of the annotator's sliced full scan: where one part of the page's text ends, and whether
// what was matched is still what the page shows when its part is rendered.
import { locate, readText, type TextMap } from './extract';
import type { Mention } from '../core/types';

/**
 * Page text matched per session part during a sliced full scan. A part costs about 1-2 us per
 * character in the page (matching and rendering), so parts stay a few milliseconds long and a slice
 * ends close to its budget.
 */
export const PART_CHARS = 3000;

/**
 * Where the part starting at `from` ends: a text node boundary right after a "\n", so that no text
 * node spans two parts (rendering one part splits only its own nodes).
 */
export function partEnd(map: TextMap, from: number, partChars = PART_CHARS): number {
  const { starts, text } = map;
  let lo = 0;
  let hi = starts.length;
  const target = from + partChars;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length; i++) if (text.charCodeAt(starts[i] - 1) === 0x0a) return starts[i];
  return text.length;
}

/**
 * Whether the text nodes a mention was matched in still hold what was read (the page may have changed
 * them since extraction; those blocks are re-read by the update path).
 */
export function stillReads(map: TextMap, m: Mention): boolean {
  const a = locate(map, m.start, 'start');
  const b = locate(map, m.end, 'end');
  if (!a || !b) return true; // the renderer skips it itself
  for (let i = a.index; i <= b.index; i++) {
    const node = map.nodes[i];
    if (!node.isConnected || !map.text.startsWith(readText(node.data), map.starts[i])) return false;
    // Grown in place: the next node's text (or a separator) no longer follows where it did.
    const next = i + 1 < map.nodes.length ? map.starts[i + 1] : map.text.length;
    if (map.starts[i] + node.data.length > next) return false;
  }
  return true;
}
