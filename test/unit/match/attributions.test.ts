import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/match';
import type { Mention } from '../../../src/core/types';
import { fixtureDataset } from './fixture-dataset';

const matcher = createMatcher(fixtureDataset);
const attributions = (text: string): Mention[] => matcher.match(text, { officials: false, claims: false });
const who = (text: string) => attributions(text).map((m) => [m.id, m.verb]);

describe('attributions', () => {
  it('returns the sentence, the speaker and the reporting verb as written, without any claim', () => {
    const text = 'Markets fell. Sergey Lavrov told reporters the West was playing with fire. Then rain.';
    const [m] = attributions(text);
    expect(m).toMatchObject({ kind: 'attribution', id: 'sergey-lavrov', officialId: 'sergey-lavrov', verb: 'told' });
    expect(m.text).toBe('Sergey Lavrov told reporters the West was playing with fire.');
    expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('recognises reporting cues in the five languages', () => {
    expect(who('According to Volodymyr Zelensky, the front is holding.')).toEqual([
      ['volodymyr-zelensky', 'According to'],
    ]);
    expect(who("Emmanuel Macron a déclaré que l'Europe devait se réarmer.")).toEqual([
      ['emmanuel-macron', 'a déclaré'],
    ]);
    expect(who('Selon Emmanuel Macron, rien n’est exclu.')).toEqual([['emmanuel-macron', 'Selon']]);
    expect(who('Сергей Лавров заявил, что Запад играет с огнём.')).toEqual([['sergey-lavrov', 'заявил']]);
    expect(who('По словам Сергея Лаврова, переговоры не ведутся.')).toEqual([['sergey-lavrov', 'По словам']]);
    expect(who('Володимир Зеленський наголосив, що фронт тримається.')).toEqual([['volodymyr-zelensky', 'наголосив']]);
    expect(who('山崎和之国連大使は、そのような計画はないと述べた。')).toEqual([['kazuyuki-yamazaki', 'と述べた']]);
  });

  it('takes the speaker from the clause of the reporting verb, not from anywhere in the sentence', () => {
    // Before the verb, with adverbs or an appositive between; after it, with titles between.
    expect(who('Sergey Lavrov has also said that talks were over.')).toEqual([['sergey-lavrov', 'said']]);
    expect(who("Sergey Lavrov, Russia's top diplomat since 2004, said talks were over.")).toEqual([
      ['sergey-lavrov', 'said'],
    ]);
    expect(who('“Talks are over,” said Foreign Minister Sergey Lavrov.')).toEqual([['sergey-lavrov', 'said']]);
    // Someone else speaks about the official.
    expect(who('Obama says Lavrov’s temperament will not serve him well.')).toEqual([]);
    expect(who('Sergey Lavrov’s deputy Ryabkov told reporters the talks were over.')).toEqual([]);
    expect(who('A Lavrov adviser, Maria Ivanova, said on Monday that talks were over.')).toEqual([]);
    expect(who('Kanye West Says He Discussed Talks With Sergey Lavrov')).toEqual([]);
    expect(who('Sergey Lavrov met the rapper, according to the rapper.')).toEqual([]);
    // "States" in a name is not the verb.
    expect(who('Sergey Lavrov visited the United States last year.')).toEqual([]);
  });

  it('counts an official named by title + surname, or by surname after the full name', () => {
    expect(who('Foreign Minister Lavrov insisted on talks.')).toEqual([['sergey-lavrov', 'insisted']]);
    expect(who('Kazuyuki Yamazaki arrived. Yamazaki said nothing had changed.')).toEqual([
      ['kazuyuki-yamazaki', 'said'],
    ]);
  });

  it('counts a title standing alone for an official already named', () => {
    expect(who('Sergey Lavrov arrived in Ankara. The foreign minister said talks would be long.')).toEqual([
      ['sergey-lavrov', 'said'],
    ]);
  });

  it('picks the official closest to the cue as the speaker', () => {
    expect(who('Emmanuel Macron was criticised on Tuesday, said Sergey Lavrov.')).toEqual([['sergey-lavrov', 'said']]);
  });

  it('needs a recognised official: a reporting verb alone or an unlinked surname is not enough', () => {
    expect(who('A spokesman said the talks would resume.')).toEqual([]);
    expect(who('Yamazaki said the talks would resume.')).toEqual([]);
    expect(who('Sergey Lavrov arrived in Ankara for talks.')).toEqual([]);
  });
});
