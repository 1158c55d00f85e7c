// A small hand-made dataset for the matcher's unit tests, independent of data/ so that edits to the
// real dataset do not change what these tests mean. The evaluation test uses the real dataset.
import type { ClaimHints, CompiledClaim, CompiledDataset, CompiledOfficial } from '../../../src/core/types';

const officials: CompiledOfficial[] = [
  {
    id: 'emmanuel-macron',
    name: 'Emmanuel Macron',
    aliases: [
      { text: 'Emmanuel Macron', lang: 'en' },
      { text: 'Macron', lang: 'en', kind: 'surname' },
      { text: 'Эммануэль Макрон', lang: 'ru' },
      { text: 'Макрон', lang: 'ru', kind: 'surname' },
      { text: 'Еммануель Макрон', lang: 'uk' },
      { text: 'マクロン', lang: 'ja' },
    ],
    roles: [{ title: 'President', country: 'FR', from: '2017' }],
    titles: ['President of France', 'French President', 'président de la République', 'президент Франции'],
  },
  {
    id: 'kazuyuki-yamazaki',
    name: 'Kazuyuki Yamazaki',
    aliases: [
      { text: 'Kazuyuki Yamazaki', lang: 'en' },
      { text: 'Yamazaki', lang: 'en', kind: 'surname' },
      { text: '山崎和之', lang: 'ja' },
      { text: '山崎', lang: 'ja', kind: 'surname' },
      { text: 'Кадзуюки Ямадзаки', lang: 'ru' },
      { text: 'Ямадзаки', lang: 'ru', kind: 'surname' },
    ],
    roles: [{ title: 'Permanent Representative to the United Nations', country: 'JP', from: '2022' }],
    titles: ['UN ambassador', "Japan's UN ambassador", 'ambassador', '国連大使'],
  },
  {
    id: 'sergey-lavrov',
    name: 'Sergey Lavrov',
    aliases: [
      { text: 'Sergey Lavrov', lang: 'en' },
      { text: 'Sergueï Lavrov', lang: 'fr' },
      { text: 'Lavrov', lang: 'en', kind: 'surname' },
      { text: 'Сергей Лавров', lang: 'ru' },
      { text: 'Сергій Лавров', lang: 'uk' },
      { text: 'Лавров', lang: 'ru', kind: 'surname' },
      { text: 'セルゲイ・ラブロフ', lang: 'ja' },
      { text: 'ラブロフ', lang: 'ja', kind: 'surname' },
    ],
    roles: [{ title: 'Minister of Foreign Affairs', country: 'RU', from: '2004' }],
    titles: ['Foreign Minister', 'Russian Foreign Minister', 'министр иностранных дел', 'глава МИД', '外相'],
  },
  {
    id: 'volodymyr-zelensky',
    name: 'Volodymyr Zelensky',
    aliases: [
      { text: 'Volodymyr Zelensky', lang: 'en' },
      { text: 'Zelensky', lang: 'en' },
      { text: 'Владимир Зеленский', lang: 'ru' },
      { text: 'Зеленский', lang: 'ru' },
      { text: 'Володимир Зеленський', lang: 'uk' },
      { text: 'Зеленський', lang: 'uk' },
      { text: 'ゼレンスキー', lang: 'ja' },
    ],
    roles: [{ title: 'President', country: 'UA', from: '2019' }],
    titles: ['Ukrainian President', 'President of Ukraine'],
  },
];

const claim = (
  id: string,
  about: string[],
  groups: ClaimHints['groups'],
  exclude?: ClaimHints['exclude'],
): CompiledClaim => ({
  id,
  text: id.replace(/-/g, ' '),
  about,
  status: 'denied',
  history: [],
  hints: exclude ? { groups, exclude } : { groups },
});

const claims: CompiledClaim[] = [
  claim(
    'japan-sdf-to-ukraine',
    ['kazuyuki-yamazaki'],
    [
      {
        name: 'japan',
        terms: {
          en: ['Japan*', 'Tokyo'],
          fr: ['japon*', 'Tokyo'],
          ru: ['япони*', 'токио'],
          uk: ['японі*', 'токіо'],
          ja: ['日本', '自衛隊', '政府'],
        },
      },
      {
        name: 'troops',
        terms: {
          en: ['troops', 'soldiers', 'military personnel', 'Self-Defense Forces', 'SDF'],
          fr: ['troupes', 'soldats', 'militaires'],
          ru: ['войск*', 'военн*', 'сил* самообороны'],
          uk: ['військ*', 'сил* самооборони'],
          ja: ['自衛隊', '部隊', '派遣'],
        },
      },
      {
        name: 'ukraine',
        terms: { en: ['Ukrain*', 'Kyiv'], fr: ['ukrain*'], ru: ['украин*'], uk: ['україн*'], ja: ['ウクライナ'] },
      },
    ],
  ),
  claim(
    'french-forces-in-ukraine',
    ['emmanuel-macron'],
    [
      {
        name: 'france',
        terms: {
          en: ['French', 'France', 'Paris'],
          fr: ['français*', 'france'],
          ru: ['франц*'],
          uk: ['франц*'],
          ja: ['フランス'],
        },
      },
      {
        name: 'forces',
        terms: {
          en: ['troops', 'forces', 'soldiers'],
          fr: ['troupes', 'forces', 'soldats'],
          ru: ['войск*', 'военн*'],
          uk: ['військ*', 'військов*'],
          ja: ['部隊', '兵', '軍'],
        },
      },
      {
        name: 'ukraine',
        terms: { en: ['Ukrain*'], fr: ['ukrain*'], ru: ['украин*'], uk: ['україн*'], ja: ['ウクライナ'] },
      },
    ],
    { en: ['Estonia'] },
  ),
  claim(
    'zelensky-no-hostilities-on-russian-soil',
    ['volodymyr-zelensky'],
    [
      {
        name: 'who',
        terms: { en: ['Zelensky'], ru: ['Зеленск*'], uk: ['Зеленськ*'], fr: ['Zelensky'], ja: ['ゼレンスキー'] },
      },
      {
        name: 'fighting',
        terms: {
          en: ['hostilities', 'fighting', 'war'],
          fr: ['hostilités', 'combats'],
          ru: ['боев*'],
          uk: ['бойов*'],
          ja: ['戦闘'],
        },
      },
      {
        name: 'russia',
        terms: {
          en: ['Russian soil', 'Russian territory'],
          fr: ['sol russe', 'territoire russe'],
          ru: ['территорию России', 'территории России'],
          uk: ['території Росії'],
          ja: ['ロシア領'],
        },
      },
    ],
  ),
];

export const fixtureDataset: CompiledDataset = {
  format: 1,
  version: 'test',
  updated: '2026-01-01',
  license: 'CC0',
  officials,
  organisations: [],
  sources: [],
  claims,
};
