// Ukrainian: stemmer and stop words from Orama's packages; negations are ours.
import { stemmer } from '@orama/stemmers/ukrainian';
import { stopwords } from '@orama/stopwords/ukrainian';
import { words, type LanguagePack } from './types';

const NEGATIONS = words(
  'не ні немає ніколи жодних жодного жодної жоден без відмовився відмовилася відмовилися відмовляється відмовляються',
);

export const uk: LanguagePack = {
  code: 'uk',
  script: 'cyrillic',
  stem: (w) => stemmer(w.replace(/[’ʼ']/g, '')),
  stop: new Set([...stopwords.filter((w) => !NEGATIONS.has(w)), ...words('також заявив заявила сказав це')]),
  negations: NEGATIONS,
  denials: words(
    'спростував спростувала спростували спростовує заперечив заперечила заперечує відкинув відкинула неправда фейк дезінформація',
  ),
  confirmations: words(
    'підтвердив підтвердила підтвердили підтверджує визнав визнала підтверджено підтверджена підтверджені підтверджений',
  ),
  hedges: words('чи чутки питання'),
  less: words('менше менш'),
  keeps: words('виключає виключив виключати виключила виключено'),
  otherwise: /^(?:інакше|в іншому разі|у іншому разі)(?![\p{L}])/u,
  notStance: /^(?:не (?:лише|тільки)|без (?:сумніву|вагань|коментарів))(?![\p{L}])/u,
  synonyms: [
    ['війська', 'військові', 'військовослужбовці', 'солдати', 'сили'],
    ['відправити', 'направити', 'розмістити', 'ввести'],
  ],
  avoid: words('уникнути запобігти'),
  negativeDeterminers: words('жодних жодного жодної жодний жодна жодні'),
  answerNo: words('ні не ніколи жодних'),
  evenWords: words('навіть'),
  purpose: words('щоб'),
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  people: {
    generation: { words: 'молодш*' },
    titles: [
      'президент',
      'міністр',
      'міністр закордонних справ',
      'генеральний секретар',
      'генсек',
      'очільник мзс',
      'глава мзс',
      'посол',
      "прем'єр",
      "прем'єр-міністр",
      'канцлер',
      'генерал',
      'речник',
      'лідер',
    ],
    honorifics: { male: 'пан пана панові паном', female: 'пані' },
    notGivenNames:
      'і але та у з за як коли однак також тоді згодом потім пізніше вчора сьогодні завтра тепер зараз раніше навіть лише саме втім крім із зі при про по на в від до без під над перед через після',
    nounsBeforeName:
      'переговори адміністрація уряд оточення заява заяву позиція позицію візит зустріч промова відповідь виступ пропозиція рішення реакція коментар звернення слів словами',
    // Abstract and verbal nouns (initiative, statement, position): no given name ends so («Ініціатива
    // Макрона»; not -ція nor -ія: Патриція, Ксенія).
    nounEndingsBeforeName:
      /^..+(?:ення|енням|ання|анням|ість|ості|істю|ство|ства|ству|ством|ття|ива|иви|иву|ізм|ізму)$/,
    thingsAfterSurname: 'океані',
    thingsBeforeSurname:
      'вулиц* вул. провул* площ* станці* аеропорт* селище селища селі річка річці річки компані* фірм* концерн* завод* корпораці* бренд* марк*',
    context: {
      officeBefore: 'офіс* пост* посад* крісл* адміністрац* апарат* канцеляр* резиденц* кабінет* вибор* кандидат*',
      adjectiveEndingsBeforeTitle: 'ій ка ська цька',
      placeApposition: { articles: '', nouns: 'село місто селище річка' },
    },
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      'зазначив',
      'зазначила',
      'за словами',
      'повідомив',
      'повідомила',
      'наголосив',
      'наголосила',
      'підкреслив',
      'підкреслила',
      'додав',
      'додала',
      'спростував',
      'спростувала',
      'підтвердив',
      'підтвердила',
      'заявляє',
      'визнав',
      'визнала',
      'запевнив',
      'запевнила',
      'попередив',
      'попередила',
      'вважає',
    ],
    deny: ['спростув*', 'заперечу*', 'заперечи*', 'немає', 'жодн*', 'ніколи', 'відкин*', 'відкида*'],
    confirm: ['підтверд*', 'визнав', 'визнала'],
    keep: ['не виключ*', 'не можна виключати'],
  },
};
