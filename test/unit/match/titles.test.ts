import { describe, expect, it } from 'vitest';
import { LANGUAGE_PACKS } from '../../../src/core/lang';
import {
  APPOSITION_AFTER,
  ARTICLE_BEFORE_SURNAME,
  DEFINITE_BEFORE,
  NOUN_ARTICLE_BEFORE,
  PLACE_APPOSITION,
  TITLE_OF_AFTER,
} from '../../../src/core/match/titles';

const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);

// Issue 17: what the officials matcher knows about a language's articles and place words lives in
// that language's pack (people.context); the patterns are built from every pack.
describe('officials context patterns, built from the language packs', () => {
  it("reads every pack's articles where each pattern needs them, and no other word", () => {
    for (const p of LANGUAGE_PACKS) {
      const c = p.people?.context;
      for (const a of words(c?.titleArticles)) expect(DEFINITE_BEFORE.test(`said ${a} `), `${p.code} ${a}`).toBe(true);
      for (const a of words(c?.appositionArticles)) expect(APPOSITION_AFTER.exec(`, ${a} x`)?.[0]).toBe(`, ${a} `);
      for (const a of words(c?.surnameArticles))
        expect(ARTICLE_BEFORE_SURNAME.test(`vu ${a} `), `${p.code} ${a}`).toBe(true);
      for (const a of words(c?.nounArticles))
        expect(NOUN_ARTICLE_BEFORE.test(`mit ${a} `), `${p.code} ${a}`).toBe(true);
      // A whole word before the next ("of the"), an elided one ("d'") runs into it.
      for (const w of words(c?.titleOf))
        expect(TITLE_OF_AFTER.test(/['’]$/.test(w) ? ` ${w}x` : ` ${w} x`), `${p.code} ${w}`).toBe(true);
      for (const n of words(c?.placeApposition?.nouns))
        expect(PLACE_APPOSITION.test(`, ${n} near`), `${p.code} ${n}`).toBe(true);
    }
    expect(DEFINITE_BEFORE.test('said a ')).toBe(false);
    // Only whole words: "the president offered", "el secretario de Estado describió" are verbs after.
    expect(TITLE_OF_AFTER.test(' offered')).toBe(false);
    expect(TITLE_OF_AFTER.test(' describió')).toBe(false);
    expect(ARTICLE_BEFORE_SURNAME.test('said the ')).toBe(false);
    expect(PLACE_APPOSITION.test(', a villager')).toBe(false);
  });

  it("takes both apostrophes for an elided article (l' and l’)", () => {
    expect(DEFINITE_BEFORE.test("contre l'")).toBe(true);
    expect(DEFINITE_BEFORE.test('contre l’')).toBe(true);
    expect(TITLE_OF_AFTER.test(' d’Etat')).toBe(true);
  });
});
