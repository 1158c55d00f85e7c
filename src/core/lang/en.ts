// English: Porter/Snowball stemmer and stop words from Orama's packages; negations, opposites and
// synonyms are ours (small, for claims about public affairs).
import { stemmer } from '@orama/stemmers/english';
import { stopwords } from '@orama/stopwords/english';
import { words, type LanguagePack } from './types';

// Verbs that negate what follows them ("preventing the escalation") count as negations too.
const NEGATIONS = words(
  'not no never neither nor none nobody nothing nowhere cannot without prevent prevents preventing prevented avoid avoids avoiding avoided refrain refrains refraining refrained refuse refuses refused refusing',
);

export const en: LanguagePack = {
  code: 'en',
  script: 'latin',
  stem: stemmer,
  stop: new Set([
    ...stopwords.filter((w) => !NEGATIONS.has(w)),
    // Orama's list lacks the article "a".
    ...words('a also just said says say would could will may might one two per via'),
  ]),
  negations: NEGATIONS,
  // The commonest English words (Fry's first hundred "instant words") that are function words of five
  // letters at most (detectLanguage reads no longer ones) and not often written in French, Spanish,
  // German, Italian or Dutch ("a", "an", "he", "we", "or", "so", "do", "no", "her", "come", Dutch "had",
  // "all" of Italian "all'" are left out).
  // A short post ("Felons can't vote. But pardoned ones can") often holds none of the commonest few,
  // and an eight-word text without a marker is taken for another language and left unread.
  markers: words(
    'the and of to is in that was for with are has have said this not from by be will it on ' +
      'you as his they at what were when your can there which she how their if up about out many ' +
      'then them these some would like him into more could than been who its now down did get made',
  ),
  opposites: [
    ['win', 'lose'],
    ['rise', 'fall'],
    ['increase', 'decrease'],
    ['raise', 'lower'],
    ['higher', 'lower'],
    ['more', 'less'],
    ['more', 'fewer'],
    ['allow', 'ban'],
    ['allow', 'forbid'],
    ['legal', 'illegal'],
    ['alive', 'dead'],
    ['accept', 'reject'],
    ['support', 'oppose'],
    ['approve', 'reject'],
    ['approve', 'veto'],
    ['pass', 'fail'],
    ['open', 'close'],
    ['add', 'remove'],
    ['hire', 'fire'],
    ['buy', 'sell'],
    ['gain', 'loss'],
    ['gain', 'lose'],
    ['win', 'defeat'],
    ['before', 'after'],
    ['import', 'export'],
    ['male', 'female'],
    ['guilty', 'innocent'],
    ['arrest', 'release'],
    ['start', 'end'],
    ['join', 'leave'],
    ['expand', 'cut'],
    ['include', 'exclude'],
  ],
  synonyms: [
    ['vaccine', 'jab', 'shot', 'vaccination', 'vaccinated', 'inoculation'],
    ['suspend', 'stop', 'halt', 'pause'],
    ['kill', 'murder', 'slay'],
    ['die', 'dead', 'death', 'perish'],
    ['ban', 'prohibit', 'outlaw'],
    ['troop', 'soldier', 'military', 'forces'],
    ['send', 'deploy', 'dispatch'],
    ['plan', 'intend', 'prepare'],
    ['president', 'pres'],
    ['america', 'us', 'usa'],
    ['uk', 'britain', 'british'],
    ['photo', 'picture', 'image', 'pic'],
    ['video', 'footage', 'clip'],
    ['child', 'kid'],
    ['money', 'cash', 'fund'],
    ['million', 'mln'],
  ],
  denials: words(
    'deny denial denied reject rejected dismiss dismissed refute refuted debunk debunked false fake hoax baseless untrue unfounded myth misleading fabricated rebut rebuffed disinformation',
  ),
  confirmations: words(
    'confirm confirmed confirms acknowledge acknowledged verify verified admit admitted corroborated corroborates',
  ),
  hedges: words(
    'circulated circulating whether rumor rumors rumour rumours speculation speculate question unclear unconfirmed if',
  ),
  conditionals: { words: words('if unless'), claim: /\b(?:if|would|unless)\b/i },
  less: words('less fewer'),
  keeps: words('rule ruled exclude excluded'),
  notStance: /^(?:not only|no doubt)(?![\p{L}])/u,
  numberWords: {
    one: '1',
    two: '2',
    three: '3',
    four: '4',
    five: '5',
    six: '6',
    seven: '7',
    eight: '8',
    nine: '9',
    ten: '10',
    eleven: '11',
    twelve: '12',
    twenty: '20',
    thirty: '30',
    fifty: '50',
    hundred: '100',
    thousand: '1000',
  },
  notNames: words(
    'president former sen senator rep representative gov governor secretary minister prime chancellor ambassador ' +
      'speaker mr mrs ms dr u s us jr sr lt col gen house state states united jan feb mar apr may jun jul aug sep sept oct nov dec ' +
      'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
      'democrat democrats democratic republican republicans gop',
  ),
  irregular: {
    won: 'win',
    lost: 'lose',
    rose: 'rise',
    risen: 'rise',
    fell: 'fall',
    fallen: 'fall',
    sold: 'sell',
    bought: 'buy',
    fired: 'fire',
    left: 'leave',
    began: 'start',
    died: 'die',
    dies: 'die',
    dying: 'die',
    killed: 'kill',
    children: 'child',
    men: 'man',
    women: 'woman',
    people: 'people',
    sent: 'send',
    said: 'say',
    paid: 'pay',
    shot: 'shot',
  },
  avoid: words('avoid avoided avoidable prevent prevented averted'),
  negativeDeterminers: words('no'),
  purpose: words('to'),
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  people: {
    titles: [
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
    ],
    honorifics: { male: 'mr sir lord', female: 'mrs ms miss dame lady', neutral: 'dr prof' },
    notGivenNames:
      'the a an and but or as at by for from in of on to with when while after before since then so if monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr sir according also however yesterday today without against during',
    thingsAfterSurname:
      'street st st. avenue ave ave. road rd rd. boulevard blvd lane drive square place plaza tower towers hotel hotels building center centre airport bridge park stadium arena university college school institute foundation organization organisation company corp corp. inc inc. ltd ltd. llc group baking winery vineyards steakhouse golf casino casinos bank prize award museum library hall card cards doctrine game games franchise media',
    townsAfterComma: {
      names:
        'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho ' +
        'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota ' +
        'mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah ' +
        'vermont wisconsin wyoming',
      abbreviations:
        'ala ariz ark calif colo conn del fla ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt wis wisc wyo',
      codes:
        'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY',
    },
  },
};
