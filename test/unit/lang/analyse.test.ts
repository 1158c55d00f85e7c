import { describe, expect, it } from 'vitest';
import { analyse, Flag } from '../../../src/core/lang/analyse';
import { LANGUAGE_PACKS } from '../../../src/core/lang';
import { createMatcher } from '../../../src/core/match';
import { loadSourceDataset } from '../match/load-dataset';

// Page words that are also names of Object.prototype's members once read a function as a word's
// number or irregular form: every key must be the word's own analysis, a string.
const PROTOTYPE_WORDS = 'constructor toString valueOf hasOwnProperty __proto__ isPrototypeOf propertyIsEnumerable';

describe('analyse', () => {
  it.each(LANGUAGE_PACKS.map((p) => [p.code, p] as const))('gives string keys for prototype words (%s)', (_, pack) => {
    const tokens = analyse(PROTOTYPE_WORDS, pack);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(typeof t.key).toBe('string');
  });

  it('lets a page with those words be matched', () => {
    const m = createMatcher(loadSourceDataset());
    const text = `The constructor said valueOf shares rose. ${PROTOTYPE_WORDS}. Sergey Lavrov said so.`;
    expect(m.match(text).some((x) => x.kind === 'official' && x.id === 'sergey-lavrov')).toBe(true);
  });
});

describe('separable stance verbs (German)', () => {
  const de = LANGUAGE_PACKS.find((p) => p.code === 'de')!;
  const flagged = (text: string) =>
    analyse(text, de)
      .filter((t) => t.key === '')
      .map((t) => text.slice(t.start, t.end));
  it('reads "wies … zurück" and "stritt … ab" as denial words at the verb', () => {
    expect(flagged('Das Ministerium wies die Berichte über eine Entsendung zurück.')).toEqual(['wies']);
    expect(flagged('Der Sprecher stritt jede Beteiligung ab, sagte die Agentur.')).toEqual(['stritt']);
  });
  it('needs the particle at the end of the clause', () => {
    expect(flagged('Er wies auf die zurückliegenden Gespräche hin.')).toEqual([]);
    expect(flagged('Sie stritt ab Montag mit der Regierung.')).toEqual([]);
  });
});

describe('analyse: names run together', () => {
  const en = LANGUAGE_PACKS.find((p) => p.code === 'en')!;
  const keys = (s: string) => analyse(s, en).map((t) => t.key);

  it('splits handles and hashtags at each capital', () => {
    expect(keys('@realDonaldTrump')).toEqual(keys('real Donald Trump'));
  });

  it('drops a possessive before splitting, whichever apostrophe it is written with', () => {
    // The key of "Donald" was "donald'" or "donald’", so the two spellings were two different words.
    expect(keys("McDonald's fries")).toEqual(keys('Mc Donald fries'));
    expect(keys('McDonald’s fries')).toEqual(keys('Mc Donald fries'));
  });
});

describe('set phrases, whatever the case of the line', () => {
  const en = LANGUAGE_PACKS.find((p) => p.code === 'en')!;
  // A denial phrase's first word counts as a denial word.
  const denials = (text: string) =>
    analyse(text, en)
      .filter((t) => t.flags & Flag.Denial)
      .map((t) => text.slice(t.start, t.end));
  it('reads a phrase written in capitals or opening a sentence, and on a line that lower-casing would lengthen', () => {
    expect(denials('The ministry played down the report.')).toEqual(['played']);
    expect(denials('PLAYED DOWN BY THE MINISTRY, the report spread.')).toEqual(['PLAYED']);
    // "İ" lower-cases to two code units: the phrase is then read case-blind on the line as written.
    expect(denials('İstanbul officials Played Down the report.')).toEqual(['Played']);
    expect(denials('The ministry played a video down the hall.')).toEqual([]);
  });

  it('reads a phrase whose first word is a stop word from its first token (a lookbehind holds the stop word)', () => {
    // Phrases are tried at token starts, and stop words are no tokens: "it is not clear whether" opens at "not".
    const flagsOf = (text: string, word: string, code = 'en') =>
      analyse(
        text,
        LANGUAGE_PACKS.find((p) => p.code === code)!,
      ).find((t) => text.slice(t.start, t.end) === word)?.flags ?? 0;
    const not = flagsOf('It is not clear whether Poland will send troops.', 'not');
    expect([!!(not & Flag.Hedge), !!(not & Flag.Negation)]).toEqual([true, false]);
    expect(flagsOf('Se desconoce si Polonia enviará tropas.', 'desconoce', 'es') & Flag.Hedge).toBeTruthy();
    expect(flagsOf('Queda por aclarar si Polonia enviará tropas.', 'Queda', 'es') & Flag.Hedge).toBeTruthy();
    expect(flagsOf('On ne sait pas si la Pologne enverra des troupes.', 'ne', 'fr') & Flag.Hedge).toBeTruthy();
    // Not without the stop word before it.
    expect(flagsOf('Poland is not clear whether to send troops.', 'not') & Flag.Negation).toBeTruthy();
  });
});

describe('pack patterns read on lower-case text', () => {
  it('are written in lower case, with no class that tells capitals apart (lowerCasePattern relies on it)', () => {
    const keys = ['denialPhrases', 'keepPhrases', 'negationPhrases', 'awayPhrases', 'hedgePhrases', 'sourcePhrase'];
    const offending: string[] = [];
    for (const pack of LANGUAGE_PACKS)
      for (const key of keys) {
        const re = (pack as unknown as Record<string, RegExp | undefined>)[key];
        if (!re) continue;
        // Escapes aside (\p{…}, \s, \S …), a capital letter in the source would never meet lower-case text.
        const literal = re.source.replace(/\\[pP]\{[^}]+\}/g, '').replace(/\\./g, '');
        if (/\p{Lu}/u.test(literal) || /\\[pP]\{L[ul]\}/.test(re.source)) offending.push(`${pack.code}.${key}`);
      }
    expect(offending).toEqual([]);
  });
});

describe('Japanese lines longer than one piece of the segmenter', () => {
  const ja = LANGUAGE_PACKS.find((p) => p.code === 'ja')!;
  const key = (t: { key: string; start: number; end: number; flags: number }, shift: number) =>
    `${t.key}@${t.start - shift}-${t.end - shift}:${t.flags}`;
  it('reads a long line cut at its punctuation as its sentences one by one', () => {
    const sentence = '日本政府は、ウクライナに自衛隊を派遣しなければならないと判断した。';
    const one = analyse(sentence, ja).map((t) => key(t, 0));
    const line = sentence.repeat(60);
    const all = analyse(line, ja);
    expect(all.length).toBe(one.length * 60);
    for (let k = 0; k < 60; k++)
      expect(all.slice(k * one.length, (k + 1) * one.length).map((t) => key(t, k * sentence.length))).toEqual(one);
  });

  it('reads a run with no break at all in pieces, keeping its offsets in the line', () => {
    const line = 'ない'.repeat(3000);
    const tokens = analyse(line, ja);
    expect(tokens.length).toBeGreaterThan(0);
    for (const t of tokens) expect(line.slice(t.start, t.end)).not.toBe('');
    expect(tokens[tokens.length - 1].end).toBe(line.length);
  });
});

describe('pack phrase lists: every alternative can fire', () => {
  // Set phrases are tried at token starts, and a stop word is no token: an alternative opening with one never
  // matches ("se desconoce si" was dead until its "se" became a lookbehind). The first plain word of every
  // alternative (through leading groups that are not optional) must be a token of its pack.
  const closeOf = (a: string, open: number): number => {
    let depth = 0;
    for (let i = open; i < a.length; i++) {
      const c = a[i];
      if (c === '\\') i++;
      else if (c === '[') while (a[i] !== ']') i += a[i] === '\\' ? 2 : 1;
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return i;
    }
    return -1;
  };
  const alternatives = (s: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let from = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') i++;
      else if (c === '[') while (s[i] !== ']') i += s[i] === '\\' ? 2 : 1;
      else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        out.push(s.slice(from, i));
        from = i + 1;
      }
    }
    return [...out, s.slice(from)];
  };
  const firstWords = (a: string): string[] => {
    if (a.startsWith('(?:')) {
      const c = closeOf(a, 0);
      if (c < 0 || /[?*]/.test(a[c + 1] ?? '')) return [];
      return alternatives(a.slice(3, c)).flatMap((x) => firstWords(x + a.slice(c + 1)));
    }
    const m = /^([a-zà-öø-ÿа-яёіїєґ]+) /u.exec(a);
    return m ? [m[1]] : [];
  };
  it('opens no alternative with a stop word', () => {
    const dead: string[] = [];
    for (const pack of LANGUAGE_PACKS)
      for (const field of [
        'denialPhrases',
        'keepPhrases',
        'negationPhrases',
        'hedgePhrases',
        'awayPhrases',
        'notStance',
      ] as const) {
        const re = pack[field];
        if (!re) continue;
        const source = re.source.replace(/^\^/, '');
        const body = source.startsWith('(?:') ? source.slice(3, closeOf(source, 0)) : source;
        for (const a of alternatives(body))
          for (const w of firstWords(a))
            if (!analyse(w, pack).length) dead.push(`${pack.code} ${field}: ${w} (${a.slice(0, 40)})`);
      }
    expect(dead).toEqual([]);
  });

  it('would catch one', () => {
    const es = LANGUAGE_PACKS.find((p) => p.code === 'es')!;
    // "se" is a stop word: the phrase below could never fire.
    expect(analyse('se', es)).toEqual([]);
    expect(firstWords('se desconoce si')).toEqual(['se']);
  });
});
