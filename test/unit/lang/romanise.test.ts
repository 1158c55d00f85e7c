import { describe, expect, it } from 'vitest';
import { de } from '../../../src/core/lang/de';
import { es } from '../../../src/core/lang/es';
import { fr } from '../../../src/core/lang/fr';
import { romaniseName, romaniseWord } from '../../../src/core/lang/romanise';

// Each press's usual spelling of Russian and Ukrainian names (German: Duden-style; Spanish and French:
// their agencies' usage), folded as name keys are.
describe('romanisation of Cyrillic names', () => {
  it('writes Russian names as the German, Spanish and French press do', () => {
    expect(romaniseName('Сергей Лавров', de.romanisation!.ru)).toEqual(['sergej lawrow']);
    expect(romaniseName('Валерий Герасимов', de.romanisation!.ru)).toEqual(['waleri gerassimow', 'walerij gerassimow']);
    expect(romaniseWord('нарышкин', de.romanisation!.ru)).toEqual(['naryschkin']);
    expect(romaniseWord('евгений', de.romanisation!.ru)).toEqual(['jewgeni', 'jewgenij']);
    expect(romaniseName('Мария Захарова', es.romanisation!.ru)).toEqual(['maria zajarova']);
    expect(romaniseWord('герасимов', es.romanisation!.ru)).toEqual(['guerasimov']);
    expect(romaniseWord('сергей', es.romanisation!.ru)).toEqual(['serguei']);
    expect(romaniseName('Владимир Путин', fr.romanisation!.ru)).toEqual(['vladimir poutine']);
    expect(romaniseWord('нарышкин', fr.romanisation!.ru)).toEqual(['narychkine']);
  });

  it('writes Ukrainian names from their own letters (г is h, и is y)', () => {
    expect(romaniseName('Володимир Зеленський', de.romanisation!.uk)).toEqual(['wolodymyr selenskyj']);
    expect(romaniseName('Андрій Сибіга', de.romanisation!.uk)).toEqual(['andrij sybiha']);
    expect(romaniseName('Олександр Сирський', es.romanisation!.uk)).toEqual(['oleksandr sirski']);
    expect(romaniseName('Дмитро Кулеба', fr.romanisation!.uk)).toEqual(['dmytro kouleba']);
  });

  it('gives nothing for a word with a letter the table does not know', () => {
    // Belarusian ў is in no table.
    expect(romaniseWord('лаўроў', de.romanisation!.ru)).toEqual([]);
    expect(romaniseWord('лавров', { letters: {} })).toEqual(['lavrov']);
    expect(romaniseName('', de.romanisation!.ru)).toEqual([]);
  });
});
