import { describe, expect, it } from 'vitest';
import { packFor } from '../../../src/core/lang';
import { placesIn } from '../../../src/core/match/places';

const places = (lang: string, text: string) => [...placesIn(text, packFor(lang)!)].sort();

describe('countries named in a text (placesIn)', () => {
  it('finds country names in each language, with their case forms', () => {
    expect(places('en', "Japan sent aircraft to Sudan; Ukraine's soldiers and the United Kingdom.")).toEqual([
      'GB',
      'JP',
      'SD',
      'UA',
    ]);
    expect(places('fr', "Les troupes entrent en Lettonie et l'Ukraine.")).toEqual(['LV', 'UA']);
    expect(places('de', 'Die USA verlegen Soldaten nach Polen; Lettlands Regierung schweigt.')).toEqual([
      'LV',
      'PL',
      'US',
    ]);
    expect(places('es', 'La República Checa enviará militares a Letonia.')).toEqual(['CZ', 'LV']);
    expect(places('ru', 'Чехия направит военных в Латвию, а не на Украину.')).toEqual(['CZ', 'LV', 'UA']);
    expect(places('uk', 'Військових відправлять до Латвії, а не в Україну.')).toEqual(['LV', 'UA']);
    expect(places('ja', '日本は自衛隊をスーダンに派遣した。')).toEqual(['JP', 'SD']);
  });

  it("reads the press's names the browser lacks from the language pack (countryNames)", () => {
    // CLDR says "Czechia", "Chequia", "Tschechien": the press also writes the long forms.
    expect(places('en', 'The Czech Republic and Britain will not send troops.')).toEqual(['CZ', 'GB']);
    expect(places('es', 'EE.UU. y la República Checa')).toEqual(['CZ', 'US']);
    expect(places('de', 'Großbritannien und die Tschechische Republik')).toEqual(['CZ', 'GB']);
    expect(places('ru', 'Северная Корея направила войска')).toEqual(['KP']);
    expect(places('ja', '米国防総省')).toEqual(['US']);
    // 南米 is South America: 南米国家連合 names no United States.
    expect(places('ja', '南米国家連合の会合')).toEqual([]);
  });

  it('does not read adjectives, lower-case words or pronouns as countries', () => {
    // "российский" is the adjective, not Russia; "chad" and "us" are words; "Turkish" is no name.
    expect(places('ru', 'Российский министр выступил.')).toEqual([]);
    expect(places('en', 'Let us chad the ballots, said a Turkish official.')).toEqual([]);
    // Part of a longer name, a region named like a country, a katakana word holding a name.
    expect(places('en', 'On Monday, Jim Jordan met the New Jersey governor and Chad Smith.')).toEqual([]);
    expect(places('ru', 'Кроме того, на Кубани прошли учения.')).toEqual([]);
    expect(places('uk', 'Після того малі підприємства виросли.')).toEqual([]);
    expect(places('ja', 'マリウポリでマリアさんが語った。')).toEqual([]);
    // Lists and French elisions opening a sentence are read.
    expect(places('fr', 'L’Allemagne, l’Italie et la Pologne.')).toEqual(['DE', 'IT', 'PL']);
    expect(places('en', 'The U.S. will send troops.')).toEqual(['US']);
    // A possessive ends its name: "Egypt's Sinai" names Egypt, "Chad's Smith" still no Chad before a name.
    expect(places('en', "Observers went to Egypt's Sinai peninsula and Poland’s Baltic coast.")).toEqual(['EG', 'PL']);
    expect(places('en', 'On Monday, Chad Smith met Jordan Peele.')).toEqual([]);
    // After an acronym the name is a country's ("the navy of Australia"), not part of a longer name.
    expect(places('ru', 'Корабль вышел на манёвры вместе с ВМС Австралии.')).toEqual(['AU']);
    expect(places('en', 'A frigate sailed with the RAN Australia squadron.')).toEqual(['AU']);
  });
});
