// One fold for importer and page: a claim imported with "й" or "ё" matches its own wording on a page,
// and the import report says how many imported claims the real matcher finds in their own text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importClaimReview, normaliseAlias, parseColumnMapping } from '../../../src/core/dataset/index.ts';
import { selfMatch } from '../../../src/core/dataset/self-match.ts';
import { fold, normalise } from '../../../src/core/text/normalise.ts';
import { CORPUS } from './helpers.ts';

describe('dataset fold = page fold', () => {
  it.each([
    'Украина и Россия',
    'Сергей Лавров',
    'Пётр Порошенко',
    'Київ, їжак',
    'Ёлка',
    'Sergéi LAVROV',
    '“Quoted” – dash',
  ])('folds %j like page text', (text) => {
    expect(normaliseAlias(text)).toBe(normalise(text).text.replace(/\s+/g, ' ').trim());
    expect(normaliseAlias(text)).toBe(fold(text));
  });

  it('a Russian claim with й and ё matches its own wording (it did not when й was folded to и)', () => {
    const csv =
      'id,claim,date\n' +
      '1,"На Байконуре построят новый стартовый комплекс",2020-01-01\n' +
      '2,"Жители Воронежской области получат ещё одну выплату к Новому году",2020-01-01\n';
    const { data } = importClaimReview(csv, { mapping: parseColumnMapping('id=id,claim=claim,date=date'), lang: 'ru' });
    expect(data.claims).toHaveLength(2);
    // Imported claims carry no hints: they match from their own text, in their language.
    expect(data.claims.every((c) => c.hints === undefined && c.lang === 'ru')).toBe(true);
    expect(selfMatch(data)).toMatchObject({ claims: 2, matched: 2, unmatchedCount: 0 });
  });
});

describe('self-match report', () => {
  it('Factograph (Russian): 107 of 108 claims match their own text (91 with hints and the old fold)', () => {
    const text = readFileSync(
      join(CORPUS, 'claims/claimskg-samples/susmita3107-Claims_Extractor/output_sample_factograph.csv'),
      'utf8',
    );
    const { data } = importClaimReview(text, { preset: 'claimskg' });
    const s = selfMatch(data);
    expect(s.claims).toBe(108);
    expect(s.matched).toBe(107);
    expect(s.unmatched).toHaveLength(1);
  });
});
