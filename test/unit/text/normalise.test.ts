import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalise, toOriginal } from '../../../src/core/text';

describe('normalise', () => {
  it('folds case, Latin diacritics and ligature-like letters', () => {
    expect(fold('Sergueï LAVROV')).toBe('serguei lavrov');
    expect(fold('Péter Szijjártó')).toBe('peter szijjarto');
    expect(fold('Straße Łódź Æsir')).toBe('strasse lodz aesir');
  });

  it('keeps Cyrillic й and ї but folds ё to е and ґ to г', () => {
    expect(fold('Зеленський Її Ёлка')).toBe('зеленський її елка');
    // Ukrainian writes a foreign g either way: Геґсет, Гегсет.
    expect(fold('Піт Геґсет')).toBe(fold('Піт Гегсет'));
  });

  it('unifies quotes, dashes and spaces', () => {
    expect(fold('d’Emmanuel ‘x’ `y` ″z″ «w»')).toBe(`d'emmanuel 'x' 'y' "z" "w"`);
    expect(fold('a–b—c−d')).toBe('a-b-c-d');
    expect(normalise('Sergey\u00a0\u2009 Lavrov').text).toBe('sergey lavrov');
  });

  it('folds full-width and half-width forms (NFKC)', () => {
    expect(fold('ＬＡＶＲＯＶ２０２４')).toBe('lavrov2024');
    expect(fold('ﾗﾌﾞﾛﾌ')).toBe('ラブロフ');
  });

  it('folds the two Japanese spellings of a foreign v (ヴ + small vowel, the b-row) to one', () => {
    expect(fold('ラヴロフ')).toBe('ラブロフ');
    expect(fold('メドヴェージェフ')).toBe(fold('メドベージェフ'));
    expect(fold('ヴァ ヴィ ヴ ヴォ')).toBe('バ ビ ブ ボ');
    const text = 'セルゲイ・ラヴロフ外相';
    const n = normalise(text);
    expect(n.text).toBe('セルゲイ・ラブロフ外相');
    const at = n.text.indexOf('ラブロフ');
    expect(text.slice(...toOriginal(n, at, at + 4))).toBe('ラヴロフ');
    const ve = normalise('メドヴェージェフ');
    expect(ve.text).toBe('メドベジエフ'); // ー dropped, ヴェ -> ベ, small ェ -> エ
    expect(toOriginal(ve, 2, 3)).toEqual([2, 5]);
    // Half-width and decomposed ヴ, ヴュ, and hiragana ゔ.
    expect(fold('ﾗｳﾞﾛﾌ')).toBe('ラブロフ');
    expect(normalise('ﾗｳﾞﾛﾌ').text).toBe('ラブロフ');
    expect(normalise('ラウ\u3099ロフ').text).toBe('ラブロフ');
    expect(fold('ヴュ')).toBe('ビュ');
    expect(fold('ゔぁ')).toBe('ば');
  });

  it('folds a small vowel after a katakana to the full one (ナルィシキン / ナルイシキン), one unit for one', () => {
    expect(fold('ナルィシキン')).toBe(fold('ナルイシキン'));
    expect(fold('ウィリアム')).toBe(fold('ウイリアム'));
    expect(normalise('セルゲイ・ナルィシキン長官').text).toBe('セルゲイ・ナルイシキン長官');
    expect(toOriginal(normalise('セルゲイ・ナルィシキン長官'), 7, 13)).toEqual([7, 13]);
    // After ヴ it is absorbed first (ヴィ is ビ), and in hiragana it stays (ぁ is no transliteration).
    expect(fold('ヴィクトル')).toBe(fold('ビクトル'));
    expect(fold('ぁあ')).not.toBe(fold('ああ'));
  });

  it('folds ア after an i-row katakana to ャ (ネベンジア / ネベンジャ), one unit for one', () => {
    expect(fold('ネベンジア')).toBe(fold('ネベンジャ'));
    expect(normalise('ネベンジア大使').text).toBe('ネベンジャ大使');
    expect(toOriginal(normalise('ネベンジア大使'), 4, 5)).toEqual([4, 5]);
    // After ヴ is folded: ヴィア is ビャ on both sides; ア elsewhere stays.
    expect(fold('ヴィア')).toBe('ビャ');
    expect(fold('アジア')).toBe('アジャ');
    expect(fold('マリア')).toBe('マリャ');
    // And ヤ there, the other way the press writes a Russian я (マリヤ, ユリヤ); not ヤ after another row.
    expect(fold('マリヤ')).toBe(fold('マリア'));
    expect(normalise('マリヤ報道官').text).toBe('マリャ報道官');
    expect(fold('カヤ')).toBe('カヤ');
    expect(fold('カア')).toBe('カア');
  });

  it('drops invisible characters but keeps newlines as hard boundaries', () => {
    const n = normalise('Lav\u00adrov\u200b\nZelensky\r\nX');
    expect(n.text).toBe('lavrov\nzelensky\n\nx');
  });

  it('drops a space between two Japanese letters (a wrapped source line), keeping the original range', () => {
    const text = 'モスクワでウラジーミル・ プーチン大統領とジョン ・ヒーリー、ゼレン スキー';
    const n = normalise(text);
    expect(n.text).toBe('モスクワでウラジミル・プチン大統領とジョン・ヒリー、ゼレンスキー');
    const at = n.text.indexOf('ウラジミル');
    const [s, e] = toOriginal(n, at, at + 'ウラジミル・プチン'.length);
    expect(text.slice(s, e)).toBe('ウラジーミル・ プーチン');
    // Not between a Japanese and a Latin letter, nor where the space ends a Japanese word before punctuation.
    expect(normalise('プーチン Putin 大統領').text).toBe('プチン putin 大統領');
    expect(normalise('大統領 「発言」').text).toBe('大統領 「発言」');
  });

  it('drops the long-vowel mark between two katakana, so one name written with and without it matches', () => {
    expect(fold('ウラジーミル・プーチン')).toBe(fold('ウラジミール・プーチン'));
    const text = 'ロシアのウラジミール・プーチン大統領';
    const n = normalise(text);
    const at = n.text.indexOf(fold('ウラジーミル・プーチン'));
    expect(at).toBeGreaterThan(0);
    // The badge covers the marks the fold left out.
    expect(text.slice(...toOriginal(n, at, at + fold('ウラジーミル・プーチン').length))).toBe('ウラジミール・プーチン');
    // At a word's end it tells words apart: クレバー ("clever") is not クレバ (Kuleba).
    expect(fold('クレバー')).not.toBe(fold('クレバ'));
    expect(normalise('クレバーな守り').text).toBe('クレバーな守り');
  });

  it('drops the small ッ between two katakana, so a name written with and without the doubled consonant matches', () => {
    expect(fold('ロベルト・フィッツォ')).toBe(fold('ロベルト・フィツォ'));
    const text = '首相のフィッツォ氏';
    const n = normalise(text);
    const at = n.text.indexOf(fold('フィツォ'));
    expect(at).toBe(3);
    // The badge covers the mark the fold left out.
    expect(text.slice(...toOriginal(n, at, at + fold('フィツォ').length))).toBe('フィッツォ');
    // Not in hiragana, nor at a word's end, nor before any letter but ツ, where it tells ordinary words
    // apart (スナック, "snack", is not スナク, Sunak).
    expect(normalise('言った').text).toBe('言った');
    expect(normalise('ガッ！').text).toBe('ガッ!');
    expect(fold('スナック')).not.toBe(fold('スナク'));
    expect(fold('プッチン')).not.toBe(fold('プチン'));
  });

  it('drops the equals sign Japanese writes inside a hyphenated foreign name, between katakana only', () => {
    for (const sign of ['＝', '゠', '=']) {
      const text = `ジャン${sign}ノエル・バロ外相`;
      const n = normalise(text);
      expect(n.text).toBe('ジャンノエル・バロ外相');
      const [s, e] = toOriginal(n, 0, 'ジャンノエル・バロ'.length);
      expect(text.slice(s, e)).toBe(`ジャン${sign}ノエル・バロ`);
    }
    // Not between kanji, nor beside a Latin letter.
    expect(normalise('外相＝首相').text).toBe('外相=首相');
    expect(normalise('a=b').text).toBe('a=b');
  });

  it('maps every folded unit back to the original range that produced it', () => {
    const text = 'Ｓｅｒｇｕｅï  Lave\u0301\u00adrov ß';
    const n = normalise(text);
    expect(n.text).toBe('serguei laverov ss');
    const at = n.text.indexOf('lav');
    const [s, e] = toOriginal(n, at, at + 'laverov'.length);
    expect(text.slice(s, e)).toBe('Lave\u0301\u00adrov');
    const ss = n.text.indexOf('ss');
    expect(toOriginal(n, ss, ss + 2)).toEqual([text.length - 1, text.length]);
    expect(toOriginal(n, ss + 1, ss + 2)).toEqual([text.length - 1, text.length]);
  });

  it('composes decomposed input before folding', () => {
    const text = 'Se\u0301bastien'; // e + combining acute
    const n = normalise(text);
    expect(n.text).toBe('sebastien');
    expect(toOriginal(n, 1, 2)).toEqual([1, 3]);
    expect(fold('\u304b\u3099')).toBe('が'); // dakuten stays on Japanese kana
  });

  it('never throws and keeps a monotonic map, for any string including lone surrogates', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 60 }),
          fc.string({ unit: 'binary-ascii' }),
          fc.constantFrom('\ud800', 'a\udc00b', '\udbff'),
        ),
        (s) => {
          const n = normalise(s);
          let ok = n.starts.length === n.text.length && n.ends.length === n.text.length;
          for (let i = 0; ok && i < n.text.length; i++) {
            ok = n.starts[i] < n.ends[i] && n.ends[i] <= s.length && (i === 0 || n.starts[i] >= n.starts[i - 1]);
          }
          expect(ok, JSON.stringify(s)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
    // Generous: the machine is shared and this is about correctness, not speed.
  }, 60_000);

  it('keeps astral characters whole when it reads look-alikes (fast-check counterexample)', () => {
    expect(fold('\u{1d6a8}\u{10000}')).toBe(normalise('\u{1d6a8}\u{10000}').text);
    expect(fold('\u{1d6a8}\u{10000}')).toBe('α\u{10000}');
  });

  it('reads a look-alike that folds to Greek from another block as the folding of names does (fast-check counterexample)', () => {
    // U+1D71A MATHEMATICAL ITALIC RHO SYMBOL folds to ρ, which beside a Latin letter is read as p.
    expect(normalise('a\u{1d71a}').text).toBe(fold('a\u{1d71a}'));
    expect(normalise('a\u{1d71a}').text).toBe('ap');
  });

  it('folds dataset strings exactly as it folds page text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.constantFrom('Sergueï  LAVROV', 'ﾗﾌﾞﾛﾌ', 'e\u0301 `x`'),
        ),
        (s) => {
          expect(fold(s)).toBe(normalise(s).text.trim());
        },
      ),
      { numRuns: 150 },
    );
  }, 60_000);

  it('drops format characters a page slips into a word to hide it, keeping offsets on the page text', () => {
    const page = '\u202eOb\u034fa\u2062ma\u200f said L\u{e0041}avrov\u2069';
    const n = normalise(page);
    expect(n.text).toBe('obama said lavrov');
    // "obama" maps back to the page's letters, invisible ones inside it included.
    expect(page.slice(n.starts[0], n.ends[4])).toBe('Ob\u034fa\u2062ma');
    expect(fold('Ba\u2063rack\u2066 Obama')).toBe('barack obama');
  });

  it('reads a word mixing Latin with Cyrillic or Greek look-alikes as Latin, and leaves whole words alone', () => {
    // Cyrillic О, а, а in "Оbаmа"; Greek ο in "Lavrοv".
    expect(normalise('\u041eb\u0430m\u0430 and Lavr\u03bfv').text).toBe('obama and lavrov');
    expect(normalise('Путин и Лавров').text).toBe('путин и лавров');
    expect(normalise('ΚΑΤΟ').text).toBe('κατο');
    expect(fold('\u041eb\u0430m\u0430')).toBe('obama');
  });

  it('replaces a lone surrogate with U+FFFD', () => {
    expect(normalise('a\ud800b').text).toBe('a\ufffdb');
  });
});
