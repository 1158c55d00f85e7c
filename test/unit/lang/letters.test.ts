import { describe, expect, it } from 'vitest';
import { LETTER_RANGES, withCheapLetters } from '../../../src/core/lang/letters';

describe('letters as an explicit class', () => {
  it('agrees with \\p{L} on every code point of the scripts the packs read', () => {
    const cheap = new RegExp(`^[${LETTER_RANGES}]$`, 'u');
    const full = /^\p{L}$/u;
    const spans: [number, number][] = [
      [0x0000, 0x052f], // Latin, Greek, Cyrillic
      [0x1c80, 0x1c8f],
      [0x1d00, 0x1fff],
      [0x3000, 0x30ff], // kana, CJK punctuation (・ is no letter)
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
      [0xa640, 0xa69f],
      [0xff00, 0xffef],
    ];
    const differ: string[] = [];
    for (const [a, b] of spans)
      for (let c = a; c <= b; c++) {
        const ch = String.fromCharCode(c);
        if (cheap.test(ch) !== full.test(ch)) differ.push(c.toString(16));
      }
    expect(differ).toEqual([]);
  });

  it('rewrites \\p{L} inside and outside a class, and leaves escapes alone', () => {
    const rewrite = (src: string) => new RegExp(withCheapLetters(src), 'u');
    expect(rewrite('^\\p{L}+$').test('Лавров')).toBe(true);
    expect(rewrite("^[\\p{L}'’-]+$").test('d’Orsay')).toBe(true);
    expect(rewrite('^\\P{L}$').test('7')).toBe(true);
    expect(rewrite('^\\P{L}$').test('a')).toBe(false);
    // An escaped backslash or bracket is no syntax: "\\\\p{L}" is a backslash and "p{L}".
    expect(withCheapLetters('\\\\p{L}')).toBe('\\\\p{L}');
    expect(withCheapLetters('\\[\\p{L}\\]')).toBe(`\\[[${LETTER_RANGES}]\\]`);
    // \P{L} inside a class is left as written.
    expect(withCheapLetters('[\\P{L}x]')).toBe('[\\P{L}x]');
    expect(withCheapLetters('abc')).toBe('abc');
  });
});
