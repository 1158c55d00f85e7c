// Office titles that, placed right before a surname ("President Macron", "Außenminister Lawrow", or after it
// in Japanese: "ラブロフ外相"), let the surname stand for an official whose surname is unambiguous.

import { fold } from '../text/normalise';

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
  // de
  'präsident',
  'präsidentin',
  'bundeskanzler',
  'kanzler',
  'außenminister',
  'außenministerin',
  'minister',
  'ministerin',
  'verteidigungsminister',
  'ministerpräsident',
  'ministerpräsidentin',
  'premierminister',
  'regierungschef',
  'regierungschefin',
  'botschafter',
  'botschafterin',
  'sprecher',
  'sprecherin',
  'kremlsprecher',
  'generalstabschef',
  'general',
  // es
  'presidente',
  'presidenta',
  'canciller',
  'ministro',
  'ministra',
  'ministro de asuntos exteriores',
  'ministro de exteriores',
  'primer ministro',
  'primera ministra',
  'embajador',
  'embajadora',
  'portavoz',
  'secretario de estado',
  'secretario general',
  'general',
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

/**
 * Honorifics before a surname, per language (folded, without a final period): never a given name, so
 * "Mr. Lavrov", "M. Barrot", «Г-н Лавров», «Пан Зеленський» read as the surname alone. Japanese
 * honorifics follow the name (JA_AFTER_SURNAME).
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  // en
  'mr',
  'mrs',
  'ms',
  'miss',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'prof',
  // fr
  'm',
  'mm',
  'mme',
  'mmes',
  'mlle',
  'monsieur',
  'madame',
  'mademoiselle',
  // de
  'herr',
  'herrn',
  'frau',
  // es
  'sr',
  'sra',
  'senor',
  'senora',
  'don',
  'dona',
  // ru
  'г-н',
  'г-жа',
  'господин',
  'госпожа',
  'господина',
  'господину',
  'госпожи',
  'госпоже',
  // uk
  'пан',
  'пані',
  'пана',
  'панові',
  'паном',
]);

const gendered = (gender: 'female' | 'male', list: string) => list.split(' ').map((h) => [h, gender] as const);
/**
 * The honorifics that say a person's gender (folded, as in HONORIFICS): "Ms Kallas" is not Siim Kallas,
 * "Mrs Trump" not Donald Trump. Dr, Prof, 氏 and plurals say nothing.
 */
export const HONORIFIC_GENDER: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...gendered(
    'male',
    'mr sir lord m monsieur herr herrn sr senor don г-н господин господина господину пан пана панові паном',
  ),
  ...gendered(
    'female',
    'mrs ms miss dame lady mme mlle madame mademoiselle frau sra senora dona г-жа госпожа госпожи госпоже пані',
  ),
]);

/**
 * Capitalised nouns (ru, uk) that open a sentence and govern the name after them in the genitive:
 * «Слова Лаврова», «Заявление Пескова». Not given names.
 */
export const NOUNS_BEFORE_NAME: ReadonlySet<string> = new Set(
  (
    'слова заявление заявления позиция позицию визит встреча встречу речь ответ мнение интервью выступление ' +
    'предложение критика приезд поездка отставка письмо призыв решение требование реакция комментарий ' +
    'угрозы слов словам цитата цитату обращение указ переговоры переговоров режим администрация правительство ' +
    'окружение переговори адміністрація уряд оточення ' +
    'заява заяву позиція позицію візит зустріч промова відповідь виступ пропозиція рішення реакція коментар ' +
    'звернення слів словами ' +
    // German capitalises every noun: people by nationality or office, and bodies, before a name.
    'franzose franzosin brite britin ukrainer ukrainerin russe russin amerikaner amerikanerin italiener ' +
    'italienerin pole polin spanier spanierin deutsche regierung kabinett partei'
  ).split(' '),
);

/**
 * German noun endings (offices, abstract nouns) on a capitalised word before a surname: a noun, not a
 * given name ("Kremlchef Putin", "Außenamtssprecherin Sacharowa", "die Äußerungen Selenskyjs").
 */
export const GERMAN_NOUN_BEFORE_NAME =
  /(?:ungen|ung|heit|keit|schaft|chef|chefin|sprecher|sprecherin|minister|ministerin|prasident|prasidentin|kanzler|kanzlerin|befehlshaber)$/;

/** Words after a surname that make it a place, building, company or product ("Lavrov Street", "Trump Tower"). */
export const THING_AFTER_SURNAME: ReadonlySet<string> = new Set(
  (
    'street st st. avenue ave ave. road rd rd. boulevard blvd lane drive square place plaza tower towers ' +
    'hotel hotels building center centre airport bridge park stadium arena university college school ' +
    'institute foundation organization organisation company corp corp. inc inc. ltd ltd. llc group ' +
    'baking winery vineyards steakhouse golf casino casinos bank prize award museum library hall card cards doctrine ' +
    'game games franchise media ' +
    'тауэр стрит бастион бастиона бастионе бастиону ' +
    // «Тихий океан», the Pacific: a surname that is also an adjective, before the noun it qualifies.
    'океан океана океане океану океані океаном'
  ).split(' '),
);

/**
 * US states after a comma: a surname followed by one is a town ("Austin, Texas", "Trump, Md.", "Austin,
 * TX"), not the person. Names that are also people or a capital ("Washington", "Georgia", "Virginia")
 * are left out: "said Trump, Washington will ..." is the person. Postal codes count in capitals only,
 * abbreviations with their period.
 */
export const STATE_NAMES: ReadonlySet<string> = new Set(
  (
    'alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho ' +
    'illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota ' +
    'mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah ' +
    'vermont wisconsin wyoming'
  ).split(' '),
);
export const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  'ala ariz ark calif colo conn del fla ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex vt wis wisc wyo'.split(
    ' ',
  ),
);
export const STATE_CODES: ReadonlySet<string> = new Set(
  'AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(
    ' ',
  ),
);

/**
 * Words before a surname that make it a place or a building (fr, ru, uk; trailing * = word prefix, for
 * case forms: "rue Lavrov", «улица Лаврова», «на вулиці Лаврова») or a company (fr, es, de:
 * "l'équipementier (italien) Macron", "die Marke Trump"). Not in English, where a noun before a name may
 * open a clause ("the company Trump founded"), nor Russian and Ukrainian, where the genitive after
 * «компания» is the owner («компания Трампа»).
 */
export const THING_BEFORE_SURNAME: readonly string[] = (
  'rue avenue av. boulevard bd place quai pont tour hotel lycee college ecole stade aeroport fondation ' +
  'square impasse allee ' +
  'marque equipementier fabricant societe entreprise firme enseigne ' +
  'marca empresa fabricante compania farmaceutica laboratorio grupo ' +
  'groupe laboratoire pharmaceutique ' +
  // A style or a product named after a family ("le baroque Narychkine", "la plataforma Watson").
  'baroque barroco barock plateforme plataforma plattform logiciel ' +
  'marke firma hersteller ausruster unternehmen konzern pharmakonzern gruppe ' +
  'улиц* ул. проспект* просп. переул* площад* пл. бульвар* шоссе набережн* станци* аэропорт* метро ' +
  'вулиц* вул. провул* площ* станці* аеропорт* ' +
  'село селе села селище селища селі деревня деревне деревни посёлок поселок посёлке поселке озеро озера ' +
  'река реке реки річка річці річки'
).split(' ');

/**
 * Capitalised words that stand before a surname without being a given name; folded as the word before
 * a name is compared ("Según" -> "segun", "später" -> "spater").
 */
export const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set(
  (
    'the a an and but or as at by for from in of on to with when while after before since then so if ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december mr mrs ms dr sir madame monsieur mme m herr ' +
    'et mais le la les de des du pour avec selon quand lundi mardi mercredi jeudi vendredi samedi dimanche ' +
    'der die das und aber wie als wenn nach vor seit auch laut mit herrn frau dann später gestern heute ' +
    'el los las y pero como cuando tras para con ante sr sra don luego después ayer hoy también ' +
    'según sobre desde hasta sin mientras durante aunque además incluso entonces ' +
    'après pendant depuis aussi alors ensuite hier sans vers chez contre malgré ' +
    'für gegen während ohne zudem jedoch bei ' +
    'according also however yesterday today without against during ' +
    'и но а в на с по для как когда однако также тогда затем потом позже позднее вчера сегодня завтра ' +
    'теперь сейчас ранее даже лишь именно впрочем кроме ' +
    'і але та у з за як коли однак також тоді згодом потім пізніше вчора сьогодні завтра тепер зараз ' +
    'раніше навіть лише саме втім крім'
  )
    .split(' ')
    .map((w) => fold(w)),
);
