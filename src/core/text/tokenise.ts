// Splits folded text into words by script: Latin/Cyrillic words end at any non-letter, while CJK
// text (no spaces) is cut into runs of one script (Han, hiragana, katakana) for callers to scan.
import { scriptOf, type Script } from './script';

export interface Token {
  start: number;
  end: number;
  script: Script;
}

function group(s: Script): number {
  switch (s) {
    case 'latin':
    case 'cyrillic':
    case 'other-letter':
    case 'digit':
      return 1;
    case 'han':
      return 2;
    case 'hiragana':
      return 3;
    case 'katakana':
      return 4;
    default:
      return 0;
  }
}

/** Words of spaced scripts, and runs of one CJK script. A word's script is that of its first letter. */
export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let start = -1;
  let g = 0;
  let script: Script = 'none';
  for (let i = 0; i <= text.length; i++) {
    const s = i < text.length ? scriptOf(text.charCodeAt(i)) : 'none';
    const gi = group(s);
    if (gi !== g) {
      if (g !== 0) out.push({ start, end: i, script });
      start = i;
      g = gi;
      script = s;
    } else if (g === 1 && script === 'digit' && s !== 'digit') script = s;
  }
  return out;
}
