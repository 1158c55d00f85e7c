import { describe, expect, it } from 'vitest';
import { sentenceContext } from '../../../src/core/text/context';
import { splitSentences } from '../../../src/core/text/sentences';

const around = (text: string, word: string) => {
  const start = text.indexOf(word);
  return sentenceContext(text, splitSentences(text), start, start + word.length);
};

describe('sentenceContext', () => {
  it('keeps the sentence that holds the mention, not its neighbours', () => {
    const text = 'Markets fell on Monday. Sergey Lavrov said talks were over. Nothing else happened.';
    expect(around(text, 'Lavrov')).toEqual({ before: 'Sergey ', after: ' said talks were over.' });
  });

  it('does not end a sentence at an abbreviation', () => {
    const text = 'He met the U.S. envoy and Mr. Lavrov in Geneva. Then he left.';
    expect(around(text, 'Lavrov')).toEqual({ before: 'He met the U.S. envoy and Mr. ', after: ' in Geneva.' });
  });

  it('cuts a long sentence to the characters around the mention, with an ellipsis', () => {
    const text = `${'word '.repeat(60)}Lavrov ${'more '.repeat(60)}end.`;
    const c = around(text, 'Lavrov');
    expect(c.before.startsWith('…')).toBe(true);
    expect(c.after.endsWith('…')).toBe(true);
    expect(c.before.length).toBeLessThanOrEqual(121);
    expect(c.after.length).toBeLessThanOrEqual(121);
  });

  it('shows runs of whitespace and line breaks inside a sentence as one space', () => {
    const text = 'Sergey\n   Lavrov   said\tit.';
    const start = text.indexOf('Lavrov');
    expect(sentenceContext(text, [{ start: 0, end: text.length }], start, start + 6)).toEqual({
      before: 'Sergey ',
      after: ' said it.',
    });
  });
});
