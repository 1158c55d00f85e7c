// Office titles that, placed right before a surname ("President Macron", "министр Лавров", or after it
// in Japanese: "ラブロフ外相"), let the surname stand for an official whose surname is unambiguous.

export const GENERIC_TITLES: readonly string[] = [
  // en
  'president',
  'vice president',
  'prime minister',
  'foreign minister',
  'defence minister',
  'defense minister',
  'minister',
  'ambassador',
  'envoy',
  'chancellor',
  'secretary of state',
  'secretary',
  'senator',
  'governor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'premier',
  'deputy foreign minister',
  'un ambassador',
  'u.n. ambassador',
  'top diplomat',
  'foreign secretary',
  'general',
  'admiral',
  // fr
  'president',
  'premier ministre',
  'ministre',
  'ministre des affaires etrangeres',
  'ambassadeur',
  'ambassadrice',
  'chef de la diplomatie',
  "chef de l'etat",
  'porte-parole',
  'chancelier',
  'general',
  // ru
  'президент',
  'министр',
  'министр иностранных дел',
  'глава мид',
  'посол',
  'премьер',
  'премьер-министр',
  'канцлер',
  'генерал',
  'официальный представитель',
  'пресс-секретарь',
  'глава государства',
  'лидер',
  // uk
  'президент',
  'міністр',
  'міністр закордонних справ',
  'очільник мзс',
  'глава мзс',
  'посол',
  "прем'єр",
  "прем'єр-міністр",
  'канцлер',
  'генерал',
  'речник',
  'лідер',
  // ja (follow the name)
  '大統領',
  '外相',
  '首相',
  '大使',
  '国連大使',
  '外務大臣',
  '国防相',
  '長官',
  '報道官',
  '氏',
  '首席',
];

/** Honorifics and titles that may follow a Japanese surname without being a different given name. */
export const JA_AFTER_SURNAME: readonly string[] = [
  '氏',
  'さん',
  '様',
  '大使',
  '国連大使',
  '外相',
  '大統領',
  '首相',
  '長官',
  '代表',
  '議員',
  '報道官',
  '国防相',
  '外務大臣',
  '次官',
];

/** Capitalised words that stand before a surname without being a given name. */
export const NOT_GIVEN_NAMES = new Set(
  (
    'the a an and but or as at by for from in of on to with when while after before since then so if ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr sir madame monsieur mme m herr ' +
    'et mais le la les de des du pour avec selon quand lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'и но а в на с по для как когда однако также тогда ' +
    'і але та у з за як коли однак також тоді'
  ).split(' '),
);
