// Russian: Snowball stemmer and stop words from Orama's packages; negations are ours.
import { stemmer } from '@orama/stemmers/russian';
import { stopwords } from '@orama/stopwords/russian';
import { words, type LanguagePack } from './types';

const NEGATIONS = words(
  'не нет ни никогда никаких никакого никакой никакие без отказался отказалась отказались отказывается отказываются',
);

export const ru: LanguagePack = {
  code: 'ru',
  script: 'cyrillic',
  stem: (w) => stemmer(w.replace(/ё/g, 'е')),
  stop: new Set([...stopwords.filter((w) => !NEGATIONS.has(w)), ...words('также заявил заявила сказал это')]),
  negations: NEGATIONS,
  denials: words(
    'опроверг опровергла опровергли опровержение отверг отвергла отвергли отрицает отрицал отрицала ложь ложные ложная фейк дезинформация опровергает',
  ),
  confirmations: words(
    'подтвердил подтвердила подтвердили подтверждает признал признала признали подтвержден подтверждено подтверждена подтверждены',
  ),
  hedges: words('ли слухи слухов спекуляции вопрос'),
  less: words('менее меньше'),
  keeps: words('исключает исключил исключать исключила исключено'),
  notStance: /^не только(?![\p{L}])/u,
  opposites: [
    ['выиграл', 'проиграл'],
    ['рост', 'падение'],
    ['принять', 'отвергнуть'],
  ],
  synonyms: [
    ['войска', 'военные', 'военнослужащие', 'солдаты', 'силы'],
    ['отправить', 'направить', 'разместить', 'ввести'],
  ],
  avoid: words('избежать избегнуть предотвратить'),
  negativeDeterminers: words('никаких никакой никакого никакие никакая'),
  purpose: words('чтобы'),
};
