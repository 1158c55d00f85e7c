import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('ends a German quoted question at its closing “ where the quote opened the sentence, not one opened inside', () => {
    expect(split('„Kommt Polen?“ – „Nein“, sagte Tusk.')).toEqual(['„Kommt Polen?“', '– „Nein“, sagte Tusk.']);
    expect(split('Tusk rief „Nein!“ Berichte seien falsch.')).toEqual(['Tusk rief „Nein!“ Berichte seien falsch.']);
  });

  it('splits on terminal punctuation followed by a capitalised word', () => {
    expect(split('France denied it. Russia insisted! Was it true? Nobody knows')).toEqual([
      'France denied it.',
      'Russia insisted!',
      'Was it true?',
      'Nobody knows',
    ]);
  });

  it('does not split after abbreviations, initials, acronyms or inside decimals', () => {
    expect(split('Mr. Lavrov met U.S. officials on Jan. 5 with J. Smith. Turnout rose 3.5 percent.')).toEqual([
      'Mr. Lavrov met U.S. officials on Jan. 5 with J. Smith.',
      'Turnout rose 3.5 percent.',
    ]);
  });

  it('does not split inside the Spanish "EE. UU.", and ends a sentence at its "UU."', () => {
    expect(
      split('Trump dijo que EE. UU. no enviará tropas. Kiev lo lamentó con EE. UU. Luego habló Zelenski.'),
    ).toEqual(['Trump dijo que EE. UU. no enviará tropas.', 'Kiev lo lamentó con EE. UU.', 'Luego habló Zelenski.']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(split('“We saw nothing.” Yamazaki left.')).toEqual(['“We saw nothing.”', 'Yamazaki left.']);
  });

  it('splits Japanese on 。！？ without spaces and Cyrillic on capitals', () => {
    expect(split('山崎大使は否定した。次の文だ！Конец. Начало')).toEqual([
      '山崎大使は否定した。',
      '次の文だ！',
      'Конец.',
      'Начало',
    ]);
  });

  it('keeps a Japanese lead ending in a dash with the sentence that says who said it', () => {
    expect(split('派兵はしない――。首相はこう述べた。次の文だ。')).toEqual([
      '派兵はしない――。首相はこう述べた。',
      '次の文だ。',
    ]);
    expect(split('派兵はしない—。首相はそう述べた。')).toEqual(['派兵はしない—。首相はそう述べた。']);
    // A sentence of its own after the dash does not pick the lead up.
    expect(split('派兵はしない――。一方、隣国は派兵を決めた。')).toEqual([
      '派兵はしない――。',
      '一方、隣国は派兵を決めた。',
    ]);
    // At the end of a block the dash ends it as 。 does.
    expect(split('派兵はしない――。\n首相は述べた。')).toEqual(['派兵はしない――。', '首相は述べた。']);
  });

  it('treats every newline as a hard boundary and trims spans', () => {
    expect(split('  Title without stop\n\n  Body starts here, and\ncontinues')).toEqual([
      'Title without stop',
      'Body starts here, and',
      'continues',
    ]);
  });

  it('handles empty and whitespace-only text', () => {
    expect(split('')).toEqual([]);
    expect(split(' \n \n')).toEqual([]);
  });
});
