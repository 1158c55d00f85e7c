// The hand-written RFC 4180 parser and the verdict table, on the cases real feeds contain.
import { describe, expect, it } from 'vitest';
import {
  formatIssue,
  importReviewRows,
  mapVerdict,
  normaliseVerdict,
  parseCsv,
} from '../../../src/core/dataset/index.ts';
import { isValidDate, normaliseAlias } from '../../../src/core/dataset/text-utils.ts';
import { deriveHints, detectHintLang } from '../../../src/core/dataset/hints.ts';

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, embedded newlines and CRLF', () => {
    expect(parseCsv('a,b,c\r\n"x, y","say ""hi""","line1\nline2"\r\n1,,3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'line1\nline2'],
      ['1', '', '3'],
    ]);
  });
  it('guesses tabs, strips a BOM, keeps a last line without newline', () => {
    expect(parseCsv('\uFEFFa\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });
  it('treats quotes as text when quoting is off (LIAR)', () => {
    expect(parseCsv('1\tHe said "no\tX\n', { delimiter: '\t', quoting: false })).toEqual([['1', 'He said "no', 'X']]);
  });
});

describe('verdicts', () => {
  it('normalises case, punctuation and diacritics', () => {
    expect(normaliseVerdict('  Partly-FALSE!! ')).toBe('partly false');
    expect(normaliseVerdict('Engañoso')).toBe('enganoso');
    expect(normaliseVerdict('ДА, НО…')).toBe('да но');
  });
  it.each([
    ['False', 'denied'],
    ['Faux', 'denied'],
    ['Falso', 'denied'],
    ['Ложь', 'denied'],
    ['Falsch', 'denied'],
    ['pants-fire', 'denied'],
    ['True', 'confirmed'],
    ['Vrai', 'confirmed'],
    ['Verdadero', 'confirmed'],
    ['Правда', 'confirmed'],
    ['Richtig', 'confirmed'],
    ['Mixture', 'disputed'],
    ['Half True', 'disputed'],
    ['Misleading', 'disputed'],
    ['Partly false', 'disputed'],
    ['En partie faux', 'disputed'],
    ['Engañoso', 'disputed'],
    ['Частично', 'disputed'],
    ['Irreführend', 'disputed'],
    ['barely-true', 'disputed'],
    ['Unproven', 'unverified'],
    ['Unverifiable', 'unverified'],
    ['Sin pruebas', 'unverified'],
    ['Не доказано', 'unverified'],
    ['Unbelegt', 'unverified'],
  ])('%s -> %s', (verdict, status) => {
    expect(mapVerdict(verdict)).toBe(status);
  });
  it('does not guess unknown verdicts, and applies outlet-only letters only to that outlet', () => {
    expect(mapVerdict('Satire')).toBeUndefined();
    expect(mapVerdict('not falsely true-ish')).toBeUndefined();
    expect(mapVerdict('M', 'eufactcheck')).toBe('disputed');
    expect(mapVerdict('M', 'snopes')).toBeUndefined();
  });
  it('cannot be steered through Object.prototype by untrusted verdicts or outlet names', () => {
    expect(mapVerdict('name', 'constructor')).toBeUndefined();
    expect(mapVerdict('toString')).toBeUndefined();
    const { report } = importReviewRows([
      {
        claim: 'Parliament approved the defence budget on Tuesday.',
        verdict: '__proto__',
        date: '2024-01-01',
        outlet: 'constructor',
      },
      {
        claim: 'The minister resigned after the budget vote.',
        verdict: 'constructor',
        date: '2024-01-02',
        outlet: 'Example',
      },
    ]);
    expect(Object.entries(report.unmapped)).toEqual([
      ['__proto__', 1],
      ['constructor', 1],
    ]);
    expect(({} as Record<string, unknown>).count).toBeUndefined();
  });
  it('escapes terminal control characters and line breaks from untrusted text in messages', () => {
    const line = formatIssue({
      severity: 'error',
      file: 'data/claims.json',
      line: 3,
      pointer: '/claims/0/x',
      id: 'a',
      field: 'x\u001b[2J',
      message: 'bad\nvalue \u202e',
    });
    expect(line).toBe('data/claims.json:3 /claims/0/x [a] x\\u001b[2J: bad\\nvalue \\u202e');
  });
});

describe('text helpers', () => {
  it('validates calendar dates', () => {
    for (const ok of ['2024', '2024-02', '2024-02-29', '2000-02-29']) expect(isValidDate(ok), ok).toBe(true);
    for (const bad of ['2024-02-30', '2023-02-29', '1900-02-29', '2024-13', '2024-1-5', '24-01-01', '2024-00-10'])
      expect(isValidDate(bad), bad).toBe(false);
  });
  it('normalises aliases with NFKC, case and diacritics', () => {
    expect(normaliseAlias('Sergéi  LAVROV')).toBe('sergei lavrov');
    expect(normaliseAlias('Ｚｅｌｅｎｓｋｙ')).toBe('zelensky');
    // Cyrillic keeps й (the page matcher does too); ё folds to е in both.
    expect(normaliseAlias('Йосип')).toBe('йосип');
    expect(normaliseAlias('Пётр')).toBe('петр');
  });
  it('derives hint groups from the rarest words in the claim language', () => {
    const df = new Map([
      ['japan', 3],
      ['plans', 90],
      ['send', 80],
      ['self', 70],
      ['defense', 60],
      ['forces', 50],
      ['ukraine', 40],
      ['personnel', 2],
    ]);
    const h = deriveHints('Japan plans to send Self-Defense Forces personnel to Ukraine', 'en', df, 2);
    expect(h?.groups.map((g) => g.terms)).toEqual([{ en: ['japan'] }, { en: ['personnel'] }]);
    expect(detectHintLang('Российские войска не пересекали границу.')).toBe('ru');
    expect(detectHintLang('Війська не перетинали кордон України.')).toBe('uk');
    expect(detectHintLang('Les forces spéciales françaises sont déjà en Ukraine.')).toBe('fr');
    expect(detectHintLang('日本は自衛隊をウクライナに派遣する')).toBe('ja');
    // Every language pack is a claim language (German and Spanish rows were skipped before).
    expect(detectHintLang('El gobierno no envió tropas a la frontera con los militares')).toBe('es');
    expect(detectHintLang('Die Regierung hat keine Truppen an die Grenze geschickt und das ist auch gut so')).toBe(
      'de',
    );
    expect(detectHintLang('A widely shared photograph shows a 19th-century, Siberian bear-hunting suit.')).toBe('en');
    expect(detectHintLang('وزارة الدفاع لم ترسل قوات إلى الحدود')).toBe('other');
  });
});
