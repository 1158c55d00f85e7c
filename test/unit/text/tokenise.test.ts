import { describe, expect, it } from 'vitest';
import { fold, joinsWord, scriptOf, tokenise } from '../../../src/core/text';

const words = (s: string) => tokenise(s).map((t) => [s.slice(t.start, t.end), t.script]);

describe('tokenise', () => {
  it('splits Latin and Cyrillic words at non-letters, keeping apostrophes and hyphens outside', () => {
    expect(words(fold("d'Emmanuel Macron, Лаврову-2"))).toEqual([
      ['d', 'latin'],
      ['emmanuel', 'latin'],
      ['macron', 'latin'],
      ['лаврову', 'cyrillic'],
      ['2', 'digit'],
    ]);
  });

  it('cuts CJK text without spaces into runs of one script', () => {
    expect(words('山崎和之国連大使は「ウクライナ」と述べた')).toEqual([
      ['山崎和之国連大使', 'han'],
      ['は', 'hiragana'],
      ['ウクライナ', 'katakana'],
      ['と', 'hiragana'],
      ['述', 'han'],
      ['べた', 'hiragana'],
    ]);
  });
});

describe('script', () => {
  it('classifies scripts', () => {
    expect(scriptOf('a'.charCodeAt(0))).toBe('latin');
    expect(scriptOf('é'.charCodeAt(0))).toBe('latin');
    expect(scriptOf('Ж'.charCodeAt(0))).toBe('cyrillic');
    expect(scriptOf('山'.charCodeAt(0))).toBe('han');
    expect(scriptOf('ロ'.charCodeAt(0))).toBe('katakana');
    expect(scriptOf(' '.charCodeAt(0))).toBe('none');
  });

  it('joins letters of spaced scripts and runs of katakana, never other CJK', () => {
    expect(joinsWord('lavrovsky', 6)).toBe(true);
    expect(joinsWord('lavrov sky', 6)).toBe(false);
    expect(joinsWord('ラブロフスキー', 4)).toBe(true);
    expect(joinsWord('山崎和之', 2)).toBe(false);
    expect(joinsWord('ラブロフ外相', 4)).toBe(false);
  });
});
