import { afterAll, describe, expect, it } from 'vitest';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher } from '../../../src/core/match';
import type { Mention } from '../../../src/core/types';
import { loadSourceDataset } from './load-dataset';

// Issue 19: officials as a reader counts them on a whole page (real dataset from data/).
const matcher = createMatcher(loadSourceDataset());
const officials = (text: string): Mention[] => matcher.match(text, { claims: false, attributions: false });
const found = (text: string) => officials(text).map((m) => [m.id, m.text]);
/** What `found` gives for a page of the given date (YYYY-MM-DD). */
const foundOn = (text: string, date: string) =>
  matcher.match(text, { claims: false, attributions: false, date }).map((m) => [m.id, m.text]);

describe('officials on a page: line breaks of the HTML source', () => {
  const parser = createPageParser();
  afterAll(() => parser.close());

  it('finds a name wrapped across a source line inside one paragraph, never across paragraphs', () => {
    const text = parser.text(
      '<p>Talks resumed after Foreign Minister Sergey\n      Lavrov arrived.</p><p>Signed by Marco\r\nRubio.</p>' +
        '<ul><li>More from Donald</li><li>Trump Tower opens</li></ul>',
    );
    expect(found(text)).toEqual([
      ['sergey-lavrov', 'Sergey       Lavrov'],
      ['marco-rubio', 'Marco  Rubio'],
    ]);
  });

  it('finds a Japanese name wrapped anywhere, even inside the surname (Japanese has no spaces)', () => {
    const text = parser.text(
      '<p>モスクワでウラジーミル・\nプーチン大統領が会見し、ジョン\n・ヒーリー国防相も、ゼレン\nスキー大統領も発言した。</p>',
    );
    expect(found(text)).toEqual([
      ['vladimir-putin', 'ウラジーミル・ プーチン'],
      ['john-healey', 'ジョン ・ヒーリー'],
      ['volodymyr-zelensky', 'ゼレン スキー'],
    ]);
  });
});

describe('officials on a page: honorifics', () => {
  it('links a bare title after an honorific and surname as after the full name (issue 19)', () => {
    expect(found('Herr Putin hat kein Interesse, sagte sie. Der Kremlchef spiele auf Zeit.')).toEqual([
      ['vladimir-putin', 'Putin'],
      ['vladimir-putin', 'Kremlchef'],
    ]);
    expect(officials('Mr Healey said so. The defence secretary added more.')[1].why[0]).toBe(
      "title 'defence secretary' for John Healey, named earlier by surname (inferred)",
    );
    // Not a title before the honorific: it could be someone else's.
    expect(found('The defence secretary spoke first. Mr Healey added more.')).toEqual([['john-healey', 'Healey']]);
  });

  it('reads a German office title in the genitive or with its weak ending as that title', () => {
    expect(found('Merz telefonierte mit Donald Trump. Eine Zusage des US-Präsidenten gab es nicht.')).toEqual([
      ['friedrich-merz', 'Merz'],
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'US-Präsidenten'],
    ]);
    expect(found('Olaf Scholz sprach. Ein Sprecher des Kanzlers schwieg.')).toEqual([
      ['olaf-scholz', 'Olaf Scholz'],
      ['olaf-scholz', 'Kanzlers'],
    ]);
    // Not an English title's plural.
    expect(found('Sergey Lavrov spoke. The G7 Foreign Ministers met later.')).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
  });

  it('does not badge a title in apposition after the name, only a later one standing alone', () => {
    const ms = officials("Andrii Sybiha, Ukraine's foreign minister, met his counterpart. The foreign minister left.");
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['andrii-sybiha', 'Andrii Sybiha'],
      ['andrii-sybiha', 'foreign minister'],
    ]);
    expect(ms[1].start).toBeGreaterThan(ms[0].end + 30);
  });

  it('reads "-elect" after a title as part of the title, not as a given name', () => {
    // A Breitbart page of 2016 (corpus page "breitbart"): "President-elect Trump" twice in the body, and
    // Melania Trump named in a link list, so the surname alone is ambiguous there; the title is not.
    const text = 'Melania Trump smiled. A quote attributed to President-elect Trump was false.';
    expect(found(text)).toEqual([['donald-trump', 'Trump']]);
    expect(officials(text)[0].why[0]).toBe("title 'president-elect' + surname 'Trump'");
    expect(found('Prime Minister-elect Starmer spoke before Chancellor-elect Merz.')).toEqual([
      ['keir-starmer', 'Starmer'],
      ['friedrich-merz', 'Merz'],
    ]);
  });

  it('reads an honorific before a surname as no given name, in each language', () => {
    expect(found('Sergey Lavrov landed. Mr. Lavrov spoke, then Mr Lavrov left.')).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
      ['sergey-lavrov', 'Lavrov'],
      ['sergey-lavrov', 'Lavrov'],
    ]);
    expect(found('Jean-Noël Barrot est arrivé. M. Barrot a parlé.')).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
      ['jean-noel-barrot', 'Barrot'],
    ]);
    expect(found('Сергей Лавров прибыл. Г-н Лавров выступил.')).toEqual([
      ['sergey-lavrov', 'Сергей Лавров'],
      ['sergey-lavrov', 'Лавров'],
    ]);
    expect(found('Володимир Зеленський прибув. Пан Зеленський виступив.')).toEqual([
      ['volodymyr-zelensky', 'Володимир Зеленський'],
      ['volodymyr-zelensky', 'Зеленський'],
    ]);
    // Without the full name on the page: only an official news copy names by surname alone (`bySurname`).
    expect(found('Mr. Lavrov claimed the talks had failed.')).toEqual([['sergey-lavrov', 'Lavrov']]);
    expect(found('Mr. Yamazaki claimed the talks had failed.')).toEqual([]);
  });

  it('reads the gender an honorific says against the gender Wikidata gives the officials', () => {
    // Kallas and Zakharova are not `bySurname` (Siim Kallas; a common surname): a female honorific names
    // the one official of that gender with the surname, in each language.
    expect(found('La señora Kallas pidió a los ministros que aprobaran el paquete.')).toEqual([
      ['kaja-kallas', 'Kallas'],
    ]);
    expect(found('Пані Каллас наголосила, що Євросоюз ніколи не визнає анексії.')).toEqual([['kaja-kallas', 'Каллас']]);
    expect(found('Frau Sacharowa sagte, Moskau werde antworten.')).toEqual([['maria-zakharova', 'Sacharowa']]);
    // The English honorific as Russian and Ukrainian copy writes it.
    expect(found('Журналисты спросили миссис Каллас о санкциях.')).toEqual([['kaja-kallas', 'Каллас']]);
    expect(found('Журналісти запитали, чи готовий містер Гілі направити інструкторів.')).toEqual([
      ['john-healey', 'Гілі'],
    ]);
    expect(found('Mr Kallas said the talks had failed.')).toEqual([]);
    // Not «мисс» (a pageant's, an opera singer's), nor a female honorific before an official Wikidata gives no
    // gender whom the page does not name (review r70).
    for (const text of [
      'Мисс Каллас в роли Нормы покорила публику Ла Скала в 1955 году.',
      'Миссис Стармер посетила детскую больницу в Лондоне.',
      'Frau Merz ist Richterin in Arnsberg.',
    ])
      expect(found(text), text).toEqual([]);
    expect(found('Встреча с мистером Хили прошла в Лондоне.')).toEqual([['john-healey', 'Хили']]);
    // Named so, she is named: the surname alone after it is her too (an interview's answer).
    expect(found('Frau Kallas, wie lange noch? – Kallas: So lange wie nötig.')).toEqual([
      ['kaja-kallas', 'Kallas'],
      ['kaja-kallas', 'Kallas'],
    ]);
    expect(found('Kallas: So lange wie nötig.')).toEqual([]);
    // The other gender is someone else, even after the official's full name or for a `bySurname` one.
    expect(found('Mrs Trump waved from the steps.')).toEqual([]);
    expect(found('Donald Trump arrived. Mrs Trump waved.')).toEqual([['donald-trump', 'Donald Trump']]);
    expect(found('Mr Trump waved.')).toEqual([['donald-trump', 'Trump']]);
    // No gender in the dataset (Adrienne Watson's is not sourced): the honorific alone links nothing.
    expect(found('Ms Watson said the administration was concerned.')).toEqual([]);
  });

  it('reads a capitalised noun after an article and adjectives as a noun ("dem ukrainischen Präsidenten Selenskyj")', () => {
    expect(found('Merz hat dem ukrainischen Präsidenten Selenskyj Hilfe zugesagt.')).toEqual([
      ['friedrich-merz', 'Merz'],
      ['volodymyr-zelensky', 'Selenskyj'],
    ]);
  });

  it('reads a capitalised noun before a German genitive surname as the noun it is ("Nach Angaben Lawrows")', () => {
    expect(found('Nach Angaben Lawrows will Russland die Gespräche fortsetzen, hieß es in Moskau.')).toEqual([
      ['sergey-lavrov', 'Lawrows'],
    ]);
  });

  it('reads "Kollegen" or "Amtskollege" before a surname as a noun, and "Generalsekretär" as a title', () => {
    expect(found('Szijjártó traf in Minsk seinen russischen Kollegen Lawrow.')).toEqual([
      ['peter-szijjarto', 'Szijjártó'],
      ['sergey-lavrov', 'Lawrow'],
    ]);
    expect(
      found('Außenminister Rubio und sein russischer Amtskollege Lawrow berieten in Riad.').map(([id]) => id),
    ).toEqual(['marco-rubio', 'sergey-lavrov']);
    expect(found('Generalsekretär Stoltenberg betonte, das Bündnis sei keine Kriegspartei.')).toEqual([
      ['jens-stoltenberg', 'Stoltenberg'],
    ]);
  });

  it("gives a title no badge of its own before its holder's name across a country's acronym", () => {
    expect(found('Андрій Сибіга провів розмову з держсекретарем США Марко Рубіо.')).toEqual([
      ['andrii-sybiha', 'Андрій Сибіга'],
      ['marco-rubio', 'Марко Рубіо'],
    ]);
  });

  it('does not take トランプ before a game or a building for the person', () => {
    expect(found('雨の日、子どもたちは公民館でトランプやかるたを楽しんだ。')).toEqual([]);
    expect(found('ニューヨークのトランプタワーで火災があった。')).toEqual([]);
    expect(found('老人ホームでトランプの札を並べる手先の体操が人気だ。')).toEqual([]);
    expect(found('文具店が花柄のトランプを発売した。')).toEqual([]);
    expect(found('米自動車業界はトランプを販売不振の一因とみている。')).toEqual([['donald-trump', 'トランプ']]);
    // A winery, a drug maker, the macron sign over a vowel.
    expect(found('トランプ・ワイナリーの新酒が店頭に並んだ。')).toEqual([]);
    expect(found('ドイツのメルツ製薬が新しい塗り薬を発売した。')).toEqual([]);
    expect(found('長音はマクロン記号で表す。')).toEqual([]);
    expect(found('トランプ大学をめぐる訴訟が和解した。')).toEqual([]);
    // トランプ劇場 (Trump's political show) and a headline's ゼレンスキー空港から直行 name the person.
    expect(found('トランプ劇場が再び幕を開けた。')).toEqual([['donald-trump', 'トランプ']]);
    expect(found('ゼレンスキー空港から直行、首脳会談へ。')).toEqual([['volodymyr-zelensky', 'ゼレンスキー']]);
    expect(found('メルツ首相とマクロン大統領が会談した。')).toEqual([
      ['friedrich-merz', 'メルツ'],
      ['emmanuel-macron', 'マクロン'],
    ]);
    expect(found('トランプとプーチンが会談した。')).toEqual([
      ['donald-trump', 'トランプ'],
      ['vladimir-putin', 'プーチン'],
    ]);
  });

  it('takes the surname of a Japanese full name written with a middle dot, beside a title of theirs', () => {
    expect(found('会合にはEUのカラス上級代表が出席した。')).toEqual([['kaja-kallas', 'カラス']]);
    // Alone, the word (a crow) is not the official.
    expect(found('公園でカラスが鳴いている。')).toEqual([]);
  });

  it('links a surname to its own title set off by commas, the title then no second badge', () => {
    // Watson is not `bySurname` (a common surname): alone it links only beside a title of hers.
    expect(found('Ms Watson, the NSC spokeswoman, said the administration was concerned.')).toEqual([
      ['adrienne-watson', 'Watson'],
    ]);
    expect(found('The NSC spokeswoman, Ms Watson, said the administration was concerned.')).toEqual([
      ['adrienne-watson', 'Watson'],
    ]);
    expect(found('Kallas, la jefa de la diplomacia europea, pidió a los ministros.')).toEqual([
      ['kaja-kallas', 'Kallas'],
    ]);
    // Someone else's given name before the surname, or a title the official does not hold: no link.
    expect(found('Emma Watson, the NSC spokeswoman, said it.').map(([id]) => id)).not.toContain('adrienne-watson');
    expect(found('Ms Watson, the Labour candidate, said it.')).toEqual([]);
    expect(found('Watson said it.')).toEqual([]);
  });
});

describe('officials on a page: headlines and link lists before the full name', () => {
  it('links a headline surname to the full name the body gives, unless someone else has that surname', () => {
    expect(found('Macron urges allies to act\nPresident Macron said on Monday that Europe must act.')).toEqual([
      ['emmanuel-macron', 'Macron'],
      ['emmanuel-macron', 'Macron'],
    ]);
    const text = 'Latest\nRubio to visit Kyiv\nPeskov dismisses sanctions\nSecretary of State Marco Rubio will travel.';
    const ms = officials(text);
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['marco-rubio', 'Rubio'],
      ['dmitry-peskov', 'Peskov'],
      ['marco-rubio', 'Marco Rubio'],
    ]);
    expect(ms[0].why[0]).toContain('named on this page');
    // Peskov is not named in full, but news copy names him by surname alone (`bySurname` in the dataset).
    expect(ms[1].why[0]).toContain('one official has it');
    // Not when the page also gives the surname to someone else.
    expect(found('Macron visits a school\nBrigitte Macron met pupils while Emmanuel Macron was in Berlin.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
    ]);
  });

  it('links a headline speaker whose surname is a common word («Тихий: …») only when the body names him', () => {
    expect(found('Тихий: Україна не визнає «виборів»\nРечник МЗС Георгій Тихий заявив про це.')).toEqual([
      ['heorhii-tykhyi', 'Тихий'],
      ['heorhii-tykhyi', 'Георгій Тихий'],
    ]);
    expect(found('Тихий: Україна не визнає «виборів»\nУ МЗС заявили про це.')).toEqual([]);
    expect(found('Георгій Тихий заявив про це. Тихий ранок.')).toEqual([['heorhii-tykhyi', 'Георгій Тихий']]);
  });

  it('links such a surname opening a sentence before a verb in the past, where the adjective takes a noun', () => {
    expect(found('Речник МЗС Георгій Тихий закликав до санкцій. Тихий додав, що посли працюють.')).toEqual([
      ['heorhii-tykhyi', 'Георгій Тихий'],
      ['heorhii-tykhyi', 'Тихий'],
    ]);
    expect(found('Георгий Тихий ответил журналистам. Тихий также заявил, что Киев не приглашали.')).toEqual([
      ['heorhii-tykhyi', 'Георгий Тихий'],
      ['heorhii-tykhyi', 'Тихий'],
    ]);
    // The adjective before a noun (one that ends as a verb would, too), and a verb with no one named on the page.
    expect(found('Георгій Тихий заявив про це. Тихий океан спокійний.')).toEqual([['heorhii-tykhyi', 'Георгій Тихий']]);
    expect(found('Георгій Тихий заявив про це. Тихий острів лежить у морі.')).toEqual([
      ['heorhii-tykhyi', 'Георгій Тихий'],
    ]);
    expect(found('Георгий Тихий заявил об этом. Тихий остров лежит в Карелии.')).toEqual([
      ['heorhii-tykhyi', 'Георгий Тихий'],
    ]);
    expect(found('Тихий додав, що посли працюють.')).toEqual([]);
  });

  it('links such a surname in any case inside a sentence, where the word it also is would be lower-case', () => {
    expect(found('Речник МЗС Георгій Тихий повідомив про це. За словами Тихого, постраждалих немає.')).toEqual([
      ['heorhii-tykhyi', 'Георгій Тихий'],
      ['heorhii-tykhyi', 'Тихого'],
    ]);
    // First in a sentence it may be the adjective; «Тихий океан» is the Pacific.
    expect(found('Георгій Тихий заявив про це. Тихого вечора не буде. Кораблі пішли в Тихий океан.')).toEqual([
      ['heorhii-tykhyi', 'Георгій Тихий'],
    ]);
    // Never without the full name on the page.
    expect(found('Про це сказав Тихий.')).toEqual([]);
    // Nor in a title, on a street, in a woman's name, or in a feminine form.
    expect(
      found(
        'Георгій Тихий заявив про це. Він читав роман «Тихий Дон». На вулиці Тихій ремонт. Поруч була Олена Тиха з Оленою Тихою.',
      ),
    ).toEqual([['heorhii-tykhyi', 'Георгій Тихий']]);
  });

  it('links the surname of one official in a list with officials found on the page', () => {
    expect(found('Lawrow und Rubio kamen in Riad zu ersten Gesprächen zusammen.')).toEqual([
      ['sergey-lavrov', 'Lawrow'],
      ['marco-rubio', 'Rubio'],
    ]);
    expect(found('Rubio, Hegseth y Kallas viajaron a Kiev.')).toEqual([
      ['marco-rubio', 'Rubio'],
      ['pete-hegseth', 'Hegseth'],
      ['kaja-kallas', 'Kallas'],
    ]);
    // Alone, or with someone else's given name, or in a list of no official: nothing.
    expect(found('Rubio spoke to reporters.')).toEqual([]);
    expect(found('Lavrov and Anna Kallas met.')).toEqual([['sergey-lavrov', 'Lavrov']]);
    expect(found('Kallas, Rubio')).toEqual([]);
  });

  it('reads "fils de" after a name as "son of", not as the son ("Jean-Noël Barrot, fils de …")', () => {
    expect(found('Jean-Noël Barrot, fils de l’ancien commissaire Jacques Barrot, a parlé.')).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
    ]);
    expect(found('Donald Trump, hijo del empresario Fred Trump, habló.')).toEqual([['donald-trump', 'Donald Trump']]);
    expect(found('ドナルド・トランプ・ジュニア氏が出資した。')).toEqual([]);
  });

  it('reads a son after the name as the son, in each language ("Jr.", «-младший», "hijo", "fils")', () => {
    expect(found('Дональд Трамп-младший опубликовал видео.')).toEqual([]);
    expect(found('Donald Trump hijo publicó un vídeo.')).toEqual([]);
    expect(found('Donald Trump fils a publié une vidéo.')).toEqual([]);
    expect(found('Donald Trump junior veröffentlichte ein Video.')).toEqual([]);
    expect(found('Дональд Трамп заявил.')).toEqual([['donald-trump', 'Дональд Трамп']]);
  });

  it('reads a Latin x as the ks it transliterates in a given name (Olexander is Oleksandr)', () => {
    expect(found('Oberbefehlshaber Olexander Syrskyj meldete Verluste. Syrskyj forderte Nachschub.')).toEqual([
      ['oleksandr-syrskyi', 'Olexander Syrskyj'],
      ['oleksandr-syrskyi', 'Syrskyj'],
    ]);
  });

  it("links a 'with-officials' surname alone on a page about what the dataset's claims about them say", () => {
    // Two hint groups of a claim about Olaf Scholz (German troops, Ukraine) on the page: his story.
    const ms = officials('Scholz lehnte es erneut ab, deutsche Soldaten in die Ukraine zu schicken.');
    expect(ms.map((m) => [m.id, m.text])).toEqual([['olaf-scholz', 'Scholz']]);
    expect(ms[0].why[0]).toContain("on a page about what the dataset's claims about them say");
    // A football page, a tennis page with one claim word ("Russian"): not.
    expect(found('Scholz schoss in der 80. Minute das Siegtor für Mainz.')).toEqual([]);
    expect(found('Medvedev won the final in straight sets against a Russian qualifier.')).toEqual([]);
    // Read from the whole page when it is matched in parts: the claim words may come after the surname.
    const text = 'Scholz sprach am Abend.\nDeutsche Soldaten schicke Berlin nicht in die Ukraine.';
    const s = matcher.session(text, { claims: false, attributions: false });
    const parts = [...s.next(24), ...s.next()].map((m) => m.text);
    expect(parts).toEqual(matcher.match(text, { claims: false, attributions: false }).map((m) => m.text));
    expect(parts).toEqual(['Scholz']);
  });

  it('takes another Japanese given name before the middle dot for another person (メラニア・トランプ)', () => {
    expect(found('メラニア・トランプ夫人が行事に出席した。')).toEqual([]);
    expect(found('ドナルド・トランプ大統領が述べた。')).toEqual([['donald-trump', 'ドナルド・トランプ']]);
  });

  it("links a 'with-officials' surname alone only on a page that names another official", () => {
    // Medvedev and Gerasimov are `bySurname: "with-officials"`: Daniil Medvedev plays tennis; beside
    // another official the surname is the official's.
    expect(found('Medvedev won the final in straight sets.')).toEqual([]);
    expect(found('Герасимов снял новый фильм.')).toEqual([]);
    expect(found('Герасимов доложил Путину.')).toEqual([
      ['valery-gerasimov', 'Герасимов'],
      ['vladimir-putin', 'Путину'],
    ]);
    const ms = officials('Medvedev warned the West again, a day after Putin spoke.');
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['dmitry-medvedev', 'Medvedev'],
      ['vladimir-putin', 'Putin'],
    ]);
    expect(ms[0].why[0]).toContain('on a page that names other officials');
    // Zakharova is `bySurname: true` (news copy names her so; a page on the ballerina Svetlana Zakharova
    // gives her given name, which vetoes the surname there).
    expect(found('По словам Захаровой, заявления Сырского не соответствуют действительности.')).toEqual([
      ['maria-zakharova', 'Захаровой'],
      ['oleksandr-syrskyi', 'Сырского'],
    ]);
    expect(found('Светлана Захарова станцевала Жизель. Захарова вышла на поклон.')).toEqual([]);
    // Someone else's given name still vetoes it.
    expect(found('Daniil Medvedev met Sergey Lavrov.')).toEqual([['sergey-lavrov', 'Sergey Lavrov']]);
    // The same in parts: the other official may come later on the page.
    const text = 'Medvedev warned the West.\nTalks went on.\nSergey Lavrov agreed.';
    const whole = matcher.match(text, { claims: false, attributions: false });
    expect(whole.map((m) => m.text)).toEqual(['Medvedev', 'Sergey Lavrov']);
    const s = matcher.session(text, { claims: false, attributions: false });
    const parts: Mention[] = [];
    while (!s.done) parts.push(...s.next(s.position + 1));
    expect(parts).toEqual(whole);
  });

  it('reads a title opening the sentence as a title, not a given name («Головнокомандувач Сирський»)', () => {
    expect(found('Головнокомандувач Сирський доповів про ситуацію на фронті.')).toEqual([
      ['oleksandr-syrskyi', 'Сирський'],
    ]);
  });

  it('finds the same in parts (the matcher session) as in one call', () => {
    const text =
      'Lavrov in Ankara\nRubio to visit Kyiv\nTalks went on.\nSergey Lavrov met Marco Rubio. The French president was absent.';
    // Dated, so that the bare title (whose holder the page never names) is linked in parts too.
    const whole = matcher.match(text, { date: '2025-06-01' });
    expect(whole.filter((m) => m.kind === 'official').map((m) => m.text)).toEqual([
      'Lavrov',
      'Rubio',
      'Sergey Lavrov',
      'Marco Rubio',
      'French president',
    ]);
    for (const size of [1, 20, text.length]) {
      const s = matcher.session(text, { date: '2025-06-01' });
      const parts: Mention[] = [];
      while (!s.done) parts.push(...s.next(s.position + size));
      expect(parts).toEqual(whole);
    }
  });
});

describe('officials on a page: a title standing alone', () => {
  it('gives a title no mention of its own where its holder is named close by in the sentence', () => {
    expect(
      found('Верховный представитель ЕС по иностранным делам Кая Каллас предложила направить активы на оружие.'),
    ).toEqual([['kaja-kallas', 'Кая Каллас']]);
    expect(found('メドヴェージェフ氏（ロシア安全保障会議副議長）は核の使用を示唆した。')).toEqual([
      ['dmitry-medvedev', 'メドヴェージェフ'],
    ]);
  });

  it('links a bare title to the official the page names, and says it is inferred', () => {
    const ms = officials('Emmanuel Macron met NATO leaders. The French president has also urged restraint.');
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['emmanuel-macron', 'French president'],
    ]);
    expect(ms[1].why[0]).toContain('inferred');
    expect(found('Эммануэль Макрон прибыл. Французский президент призвал к единству.')).toEqual([
      ['emmanuel-macron', 'Эммануэль Макрон'],
      ['emmanuel-macron', 'Французский президент'],
    ]);
  });

  it('links a bare title after a word of time to a holder whose role has ended, or not, as the word says', () => {
    expect(
      found(
        'Jens Stoltenberg will die Entnahmen aus dem Ölfonds begrenzen. Der frühere Nato-Generalsekretär legte einen Entwurf vor.',
      ),
    ).toEqual([
      ['jens-stoltenberg', 'Jens Stoltenberg'],
      ['jens-stoltenberg', 'Nato-Generalsekretär'],
    ]);
    // «нынешний» (current): Trump, named by surname, not Biden, named in full but no longer in office.
    expect(
      found(
        'Позиция Трампа остается непредсказуемой. В отличие от Джо Байдена, нынешний американский президент молчит.',
      ),
    ).toEqual([
      ['donald-trump', 'Трампа'],
      ['joe-biden', 'Джо Байдена'],
      ['donald-trump', 'американский президент'],
    ]);
    // In apposition to the name the title is the name's own, not another mention.
    expect(found('Rishi Sunak, the former prime minister, made a rare Commons speech.')).toEqual([
      ['rishi-sunak', 'Rishi Sunak'],
    ]);
    // Longer words of time fit between the article and the title.
    expect(found('Jens Stoltenberg will sparen. Der ehemalige Nato-Generalsekretär legte einen Entwurf vor.')).toEqual([
      ['jens-stoltenberg', 'Jens Stoltenberg'],
      ['jens-stoltenberg', 'Nato-Generalsekretär'],
    ]);
  });

  it("reads a word of time before a bare title against the page's date", () => {
    // In office on the page's date: not "the former president", whatever his earlier term.
    expect(foundOn('Donald Trump spoke in Ohio. The former president talked at length.', '2025-06-01')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(foundOn('Donald Trump spoke in Ohio. The former president talked at length.', '2022-06-01')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'president'],
    ]);
    // "Current" on a page from his term: Biden.
    expect(foundOn('Joe Biden spoke in Delaware. The current president said little.', '2023-06-01')).toEqual([
      ['joe-biden', 'Joe Biden'],
      ['joe-biden', 'president'],
    ]);
  });

  it('reads a capitalised noun before a Ukrainian or Russian genitive surname as a noun, not a given name', () => {
    expect(
      found('Заяви Фіцо щодо електроенергії обурили Київ. Прем’єр Словаччини Роберт Фіцо пояснив позицію.'),
    ).toEqual([
      ['robert-fico', 'Фіцо'],
      ['robert-fico', 'Роберт Фіцо'],
    ]);
  });

  it('links a title with a possessive that opens a sentence ("America\'s top diplomat was …")', () => {
    expect(
      found("Marco Rubio arrived in Jeddah. America's top diplomat was due to meet Saudi officials first."),
    ).toEqual([
      ['marco-rubio', 'Marco Rubio'],
      ['marco-rubio', "America's top diplomat"],
    ]);
  });

  it('links a generic title to the holder named just before by surname alone, as by the full name', () => {
    const text = '„Herr Merz, wann kommt die Reform?“, rief ein Zuhörer in Erfurt. Der Kanzler ging darauf nicht ein.';
    expect(found(text)).toEqual([
      ['friedrich-merz', 'Merz'],
      ['friedrich-merz', 'Kanzler'],
    ]);
  });

  it('reads a Japanese title that opens with a Latin acronym (EU外相) as a Japanese title', () => {
    expect(found('カヤ・カラス氏は記者会見した。EU外相は輸入停止を前倒しすべきだと主張した。')).toEqual([
      ['kaja-kallas', 'カヤ・カラス'],
      ['kaja-kallas', 'EU外相'],
    ]);
  });

  it('reads a Japanese title set off the surname by a middle dot, the country first (メドベージェフ・ロシア安保会議副議長)', () => {
    expect(found('書き込みで、メドベージェフ・ロシア安保会議副議長が欧州を批判した。')).toEqual([
      ['dmitry-medvedev', 'メドベージェフ'],
    ]);
    // Another word after the dot is no title: the surname alone, of an official not named by it alone.
    expect(found('書き込みで、メドベージェフ・ロシア代表団が欧州を批判した。')).toEqual([]);
  });

  it('reads a Japanese surname after its own title and の (安保会議副議長のメドベージェフは), not after another title', () => {
    expect(found('安保会議副議長のメドベジェフは６日、ＳＮＳに書き込んだ。')).toEqual([
      ['dmitry-medvedev', 'メドベジェフ'],
    ]);
    expect(found('大統領のメドベージェフ批判が話題になった。')).toEqual([]);
    expect(found('テニスのメドベージェフが優勝した。')).toEqual([]);
  });

  it('reads a Japanese title opening a sentence (大統領は) as the holder just named with it, or the one holder the sentence before names', () => {
    const titles = (text: string) => found(text).filter(([, t]) => !/[\u30a0-\u30ff]/u.test(t));
    expect(titles('スターマー英首相は会見した。首相は支援を表明した。')).toEqual([['keir-starmer', '首相']]);
    expect(titles('ポーランド首相のトゥスク氏は会見した。首相は警戒を呼びかけた。')).toEqual([['donald-tusk', '首相']]);
    expect(titles('ドナルド・トランプ氏は記者団に語った。大統領は欧州を訪れる。')).toEqual([
      ['donald-trump', '大統領'],
    ]);
    // The title ending the compound beside the name (大統領報道官: 報道官), not one after a particle.
    expect(titles('ペスコフ大統領報道官は会見した。報道官は接触が続いていると述べた。')).toEqual([
      ['dmitry-peskov', '報道官'],
    ]);
    expect(titles('ペスコフ氏の部下の報道官が会見した。報道官は接触が続いていると述べた。')).toEqual([]);
    // Only a compound that is the official's own title (大統領報道官 is Peskov's, not Putin's), nor a future holder's.
    expect(titles('プーチン大統領報道官は会見した。報道官は接触が続いていると述べた。')).toEqual([]);
    expect(titles('トランプ次期大統領は会見した。大統領は関税を語った。')).toEqual([]);
    // The title written again beside another name in between, or two holders before: no one in particular.
    expect(titles('トランプ米大統領は岸田首相と会談した。首相は満足した。')).toEqual([]);
    expect(titles('トランプ大統領はプーチン大統領と会談した。大統領は満足した。')).toEqual([]);
    // A closer holder named without the title, or the one named as a former holder (前大統領).
    expect(titles('トランプ米大統領は関税を発表した。プーチン氏は反発した。大統領は会見した。')).toEqual([]);
    expect(titles('トランプ前大統領は演説した。大統領は翌日会見した。')).toEqual([]);
    // Not a sentence's subject, nor inside a word.
    expect(titles('スターマー英首相は会見した。新首相の人事も話題になった。')).toEqual([]);
  });

  it('reads Japanese 同 + a title (同長官, 同報道官) as the official named just before with that title', () => {
    const ms = officials('ヘグセス米国防長官が演説した。同長官は中国の軍拡に懸念を表明した。');
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['pete-hegseth', 'ヘグセス'],
      ['pete-hegseth', '同長官'],
    ]);
    expect(ms[1].why[0]).toContain('(inferred)');
    expect(found('ペスコフ大統領報道官は強調した。同報道官は説明を避けた。')).toEqual([
      ['dmitry-peskov', 'ペスコフ'],
      ['dmitry-peskov', '同報道官'],
    ]);
    // Not 同 inside a word (共同), nor a title the named official was not given.
    expect(found('ヘグセス米国防長官が演説した。共同長官は懸念を表明した。')).toEqual([['pete-hegseth', 'ヘグセス']]);
    expect(found('ヘグセス氏が演説した。同報道官は懸念を表明した。')).toEqual([['pete-hegseth', 'ヘグセス']]);
    // 同氏 is a pronoun ("he"), not a title.
    expect(found('ヘグセス米国防長官が演説した。同氏は懸念を表明した。')).toEqual([['pete-hegseth', 'ヘグセス']]);
  });

  it('reads a word in -овна as a patronymic only between a given name and a surname («Верховна представниця»)', () => {
    expect(found('Кая Каллас приїхала до Одеси. Верховна представниця ЄС зустрілася з владою.')).toEqual([
      ['kaja-kallas', 'Кая Каллас'],
      ['kaja-kallas', 'Верховна представниця ЄС'],
    ]);
    expect(found('Мария Владимировна Захарова заявила об этом.')).toEqual([
      ['maria-zakharova', 'Мария Владимировна Захарова'],
    ]);
  });

  it('links a generic title ("Der Kanzler") to the one holder named just before, and only then', () => {
    const text =
      'Olaf Scholz hat Finanzminister Christian Lindner entlassen. Der Kanzler will im Januar die Vertrauensfrage stellen.';
    const ms = officials(text);
    expect(ms.map((m) => [m.id, m.text])).toEqual([
      ['olaf-scholz', 'Olaf Scholz'],
      ['olaf-scholz', 'Kanzler'],
    ]);
    expect(ms[1].why[0]).toBe("title 'kanzler' for Olaf Scholz, named just before (inferred)");
    expect(found('Antony Blinken llegó a Tel Aviv. El secretario de Estado se reunirá con Netanyahu.')).toEqual([
      ['antony-blinken', 'Antony Blinken'],
      ['antony-blinken', 'secretario de Estado'],
    ]);
    // Not on a page dated after his term: "der Kanzler" is then his successor.
    const on = (date: string) => matcher.match(text, { claims: false, attributions: false, date }).map((m) => m.text);
    expect(on('2024-11-07')).toEqual(['Olaf Scholz', 'Kanzler']);
    expect(on('2025-11-07')).toEqual(['Olaf Scholz']);
    // Not with two holders named, nor far from the name, nor before another official's name (his
    // title), nor with no article before it, nor in Japanese, where titles follow other names (岸田首相).
    expect(found('Emmanuel Macron met Donald Trump in Paris. The president said the talks went well.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(
      found(`Olaf Scholz hat Lindner entlassen. ${'Die Koalition ist am Ende. '.repeat(20)}Der Kanzler will reden.`),
    ).toEqual([['olaf-scholz', 'Olaf Scholz']]);
    expect(
      found('Sergey Lavrov met Marco Rubio. Le président russe Vladimir Poutine a parlé.').map(([id]) => id),
    ).toEqual(['sergey-lavrov', 'marco-rubio', 'vladimir-putin']);
    expect(found('Olaf Scholz hat Lindner entlassen. Kanzler will reden.')).toEqual([['olaf-scholz', 'Olaf Scholz']]);
    // Nor a post or an office named by the title: the post, not its holder.
    expect(found('Olaf Scholz hat Lindner entlassen. Das Amt des Kanzlers bleibt umstritten.')).toEqual([
      ['olaf-scholz', 'Olaf Scholz'],
    ]);
    expect(found('Олаф Шольц уволил Линднера. Пост канцлера он сохранил.')).toEqual([['olaf-scholz', 'Олаф Шольц']]);
    // Nor in the next block: a page matched in parts reads each block the same way as in one call.
    expect(found('Olaf Scholz hat Lindner entlassen.\nDer Kanzler will reden.')).toEqual([
      ['olaf-scholz', 'Olaf Scholz'],
    ]);
    expect(found('メローニ首相が来日した。岸田首相と会談した。')).toEqual([['giorgia-meloni', 'メローニ']]);
  });

  it("links a title whose holder the page never names by the page's date, and on an undated page not at all", () => {
    const text = 'The Slovak prime minister said on Monday that aid would continue.';
    const dated = (date?: string) =>
      matcher.match(text, { claims: false, attributions: false, date }).map((m) => [m.id, m.text, m.why[0]]);
    // Robert Fico: Prime Minister of Slovakia from 2023-10-25, still in office.
    expect(dated('2025-03-14')).toEqual([
      [
        'robert-fico',
        'Slovak prime minister',
        "specific title 'slovak prime minister' (inferred: the page names no holder of it in office then; held on the page's date 2025-03-14)",
      ],
    ]);
    // An article from before he took office (Eduard Heger's time) is not about him.
    expect(dated('2023-02-01')).toEqual([]);
    // An undated page's title names no one: its date and his role's cannot be seen to agree.
    expect(dated(undefined)).toEqual([]);
    // Named on the page, the title is his, undated or on a date he held an office; not on a date the
    // dataset gives him none (2020: his earlier terms are not in it).
    const named = (date?: string) =>
      matcher
        .match('Robert Fico flew to Brussels. The Slovak prime minister said aid would continue.', {
          claims: false,
          attributions: false,
          date,
        })
        .map((m) => m.text);
    expect(named(undefined)).toEqual(['Robert Fico', 'Slovak prime minister']);
    expect(named('2025-03-14')).toEqual(['Robert Fico', 'Slovak prime minister']);
    expect(named('2020-01-01')).toEqual(['Robert Fico']);
  });

  it('reads a date that is not an ISO date as no date', () => {
    const text = 'The Pentagon chief told reporters the aid would arrive within days.';
    const off = (date: unknown) =>
      matcher.match(text, { claims: false, attributions: false, date: date as string }).map((m) => m.id);
    expect(off('2023-05-10')).toEqual(['lloyd-austin']);
    expect(off('2023-05-10T08:00:00Z')).toEqual(['lloyd-austin']);
    for (const bad of ['garbage', '', 20230510, '10/05/2023', '2023-05-10 and more']) expect(off(bad)).toEqual([]);
  });

  it("links a title two officials have held to the one who held it on the page's date", () => {
    // Lloyd Austin (Secretary of Defense 2021-01-22 to 2025-01-20) and Pete Hegseth (from 2025-01-25).
    const ds = loadSourceDataset();
    expect(ds.officials.find((o) => o.id === 'lloyd-austin')!.roles.every((r) => r.to)).toBe(true);
    const off = (date?: string) =>
      matcher
        .match('The Pentagon chief told reporters the aid would arrive within days.', { claims: false, date })
        .filter((m) => m.kind === 'official')
        .map((m) => m.id);
    expect(off('2023-05-10')).toEqual(['lloyd-austin']);
    expect(off('2025-05-10')).toEqual(['pete-hegseth']);
    expect(off(undefined)).toEqual([]);
    expect(off('2016-05-10')).toEqual([]);
  });

  it("follows the dates of the role a title belongs to, not the official's other roles", () => {
    // "NATO chief" is a title of Stoltenberg's NATO role (2014-10-01 to 2024-10-01), not of his later
    // Norwegian one, and of Rutte's NATO role (from 2024-10-01), not of his Dutch one.
    const off = (text: string, date?: string) =>
      matcher
        .match(text, { claims: false, attributions: false, date })
        .map((m) => [m.id, m.text, m.why[0].includes('inferred') ? 'inferred' : 'named']);
    const bare = 'Allies met in Brussels. The NATO chief said the alliance would stay united.';
    expect(off(bare, '2023-05-10')).toEqual([['jens-stoltenberg', 'NATO chief', 'inferred']]);
    expect(off(bare, '2025-05-10')).toEqual([['mark-rutte', 'NATO chief', 'inferred']]);
    expect(off(bare)).toEqual([]);
    // A page of 2025 that names Stoltenberg (then Norway's finance minister): its NATO chief is Rutte.
    expect(
      off('Jens Stoltenberg spoke in Oslo. Later the NATO chief said the alliance would stay united.', '2025-05-10'),
    ).toEqual([
      ['jens-stoltenberg', 'Jens Stoltenberg', 'named'],
      ['mark-rutte', 'NATO chief', 'inferred'],
    ]);
    // Kallas was Estonia's prime minister in 2023: "the EU foreign policy chief" then was someone else.
    const kallas = 'Kaja Kallas spoke in Tallinn. Later the EU foreign policy chief said it.';
    expect(off(kallas, '2023-03-01')).toEqual([['kaja-kallas', 'Kaja Kallas', 'named']]);
    expect(off(kallas, '2025-03-01')).toEqual([
      ['kaja-kallas', 'Kaja Kallas', 'named'],
      ['kaja-kallas', 'EU foreign policy chief', 'inferred'],
    ]);
  });

  it('links a title to the one of its named holders named before it', () => {
    const off = (text: string) =>
      matcher.match(text, { claims: false, attributions: false }).map((m) => [m.id, m.text]);
    expect(
      off('Joe Biden spoke on Monday. The US president thanked Congress. Donald Trump replied on Tuesday.'),
    ).toEqual([
      ['joe-biden', 'Joe Biden'],
      ['joe-biden', 'US president'],
      ['donald-trump', 'Donald Trump'],
    ]);
    // Both named before it: no one.
    expect(off('Joe Biden called Donald Trump. The US president thanked him.')).toEqual([
      ['joe-biden', 'Joe Biden'],
      ['donald-trump', 'Donald Trump'],
    ]);
  });

  it("does not read a Latin given name with a vowel more as the official's own (Roberto is not Robert)", () => {
    expect(found('Roberto Fico ganó en Campania. Fico celebró la victoria.')).toEqual([]);
    expect(found('Robert Fico viajó a Bruselas. Fico habló.')).toEqual([
      ['robert-fico', 'Robert Fico'],
      ['robert-fico', 'Fico'],
    ]);
    expect(found('Emmanuelle Macron, une homonyme, a témoigné.')).toEqual([]);
    // Nor one with the Spanish and Portuguese -s (Marcos is not Marco).
    expect(found('Marcos Rubio, concejal de Hacienda, presentó los presupuestos municipales.')).toEqual([]);
  });

  it('still reads "Dmitri" as the "Dmitrii" an official is listed as (a romanisation, not another name)', () => {
    const ds = loadSourceDataset();
    const only = createMatcher({
      ...ds,
      claims: [],
      officials: [
        {
          id: 'dmitrii-example',
          name: 'Dmitrii Peskov',
          aliases: [
            { text: 'Dmitrii Peskov', lang: 'en' },
            { text: 'Peskov', lang: 'en', kind: 'surname' },
          ],
          roles: [],
        },
      ],
    });
    const ms = only.match('Dmitri Peskov spoke on Monday.', { claims: false, attributions: false });
    expect(ms.map((m) => [m.id, m.text])).toEqual([['dmitrii-example', 'Dmitri Peskov']]);
  });

  it('links a title after the surname alone of an official news copy names so, not before it', () => {
    const ms = (text: string) =>
      matcher.match(text, { claims: false, attributions: false }).map((m) => [m.id, m.text, m.why[0]]);
    const after = ms(
      '« Lavrov ne fait que réciter les éléments de langage du Kremlin », a réagi un diplomate. Le ministre russe des Affaires étrangères avait accusé la veille l’Europe.',
    );
    expect(after.map((m) => m.slice(0, 2))).toEqual([
      ['sergey-lavrov', 'Lavrov'],
      ['sergey-lavrov', 'ministre russe des Affaires étrangères'],
    ]);
    expect(after[1][2]).toContain('named earlier by surname (inferred)');
    // Before the surname, in parts or in one call, the title names no one (undated page).
    const before = 'Le ministre russe des Affaires étrangères a accusé l’Europe.\nLavrov a répété ses griefs.';
    expect(ms(before).map((m) => m[1])).toEqual(['Lavrov']);
    const s = matcher.session(before, { claims: false, attributions: false });
    const parts: Mention[] = [];
    while (!s.done) parts.push(...s.next(s.position + 1));
    expect(parts.map((m) => m.text)).toEqual(['Lavrov']);
  });

  it('does not take "Donald Trump Jr." for the page naming Donald Trump (his titles stay unlinked)', () => {
    expect(
      found(
        'Donald Trump Jr. et Eric Trump ont présenté le projet à Djeddah. Les deux fils du président américain misent sur le marché saoudien.',
      ),
    ).toEqual([]);
    expect(found('Donald Trump Jr. spoke in Ohio. Donald Trump later said the US president would decide.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'US president'],
    ]);
  });

  it('does not link a title that names another office or another holder', () => {
    // On a page dated while Emmanuel Macron held it, so that only the rule under test can refuse.
    const dated = (text: string) =>
      matcher.match(text, { claims: false, attributions: false, date: '2024-03-08' }).map((m) => [m.id, m.text]);
    expect(dated('The French president said the talks would resume.')).toEqual([
      ['emmanuel-macron', 'French president'],
    ]);
    expect(dated("The French president of the Bocuse d'Or jury tasted the dishes.")).toEqual([]);
    // A title word that is an adjective before a noun ("general staff"), also before a comma.
    expect(found("Valery Gerasimov, who leads Russia's general staff, visited troops.")).toEqual([
      ['valery-gerasimov', 'Valery Gerasimov'],
    ]);
    // Those nouns make no office of an office word before a title ("office staff the president …").
    expect(
      foundOn(
        'Donald Trump flew to Florida on Friday. Aides told office staff the president would return on Monday.',
        '2025-06-01',
      ),
    ).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'president'],
    ]);
    expect(found('Valery Gerasimov visited troops. The general said the drills went well.')).toEqual([
      ['valery-gerasimov', 'Valery Gerasimov'],
      ['valery-gerasimov', 'general'],
    ]);
    // "of", "de", "del" as whole words only: a verb after the title ("offered", "describió") is no other office.
    expect(dated('The French president offered no comment.')).toEqual([['emmanuel-macron', 'French president']]);
    expect(found('Marco Rubio llegó a Riad. El secretario de Estado describió la reunión.')).toEqual([
      ['marco-rubio', 'Marco Rubio'],
      ['marco-rubio', 'secretario de Estado'],
    ]);
    expect(found('Marco Rubio llegó a Roma. El secretario de Estado del Vaticano viajó a Kiev.')).toEqual([
      ['marco-rubio', 'Marco Rubio'],
    ]);
    expect(dated('The French president, Charles de Gaulle, left NATO command.')).toEqual([]);
    expect(dated('Sergey Lavrov met the Turkish foreign minister.')).toEqual([['sergey-lavrov', 'Sergey Lavrov']]);
  });
});

describe('officials on a page: surnames that are places or things', () => {
  it('does not link a street, a building or a product named after the surname, still links people', () => {
    expect(found('Sergey Lavrov spoke. Traffic on Lavrov Street was blocked.')).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    // The street word ends the sentence: its dot is the sentence's.
    expect(found('Mark Rutte spoke. Protesters gathered on Rutte Street.')).toEqual([['mark-rutte', 'Mark Rutte']]);
    expect(found('Protesters gathered on Lavrov Street.')).toEqual([]);
    expect(found('Сергей Лавров выступил. На улице Лаврова перекрыли движение.')).toEqual([
      ['sergey-lavrov', 'Сергей Лавров'],
    ]);
    // «Лавров переулок», «Лавров провулок» (a lane); not a genitive object after the subject («тупика»).
    expect(found('Сергей Лавров выступил. Лавров переулок закрыли на ремонт.')).toEqual([
      ['sergey-lavrov', 'Сергей Лавров'],
    ]);
    expect(found('Сергій Лавров виступив. Лавров провулок закрили на ремонт.')).toEqual([
      ['sergey-lavrov', 'Сергій Лавров'],
    ]);
    expect(found('В Кремле считают, что Путин тупика не допустит.')).toEqual([['vladimir-putin', 'Путин']]);
    // "fort", "bastion" before a name are an adjective and a stronghold of the person's: the person.
    expect(found('Un signal fort de Macron à Moscou.')).toEqual([['emmanuel-macron', 'Macron']]);
    expect(found('Florida, bastión de Trump, votó en masa.')).toEqual([['donald-trump', 'Trump']]);
    expect(found('John Healey visited the plant. An Austin-Healey was on display.')).toEqual([
      ['john-healey', 'John Healey'],
    ]);
    expect(found('Donald Trump arrived. Trump Tower was lit up.')).toEqual([['donald-trump', 'Donald Trump']]);
    // A longer name of a building or a venue that opens with the surname; not a headline in title case.
    expect(found('El antiguo Trump Ocean Club de Panamá cambió de operador.')).toEqual([]);
    expect(found('The Trump International Hotel was sold.')).toEqual([]);
    expect(found('Trump Berates News Media')).toEqual([['donald-trump', 'Trump']]);
    // A bridge named after an engineer.
    expect(found('Le viaduc Séjourné, à Fontpédrouse, a rouvert au Train jaune.')).toEqual([]);
    // Review r48: a headline in title case names him, whatever venue word it holds; so does a verb.
    expect(found('Trump Buys New Golf Club in Scotland')).toEqual([['donald-trump', 'Trump']]);
    expect(found('Zelensky Joins Club of Wartime Leaders')).toEqual([['volodymyr-zelensky', 'Zelensky']]);
    expect(found('Would Putin resort to nuclear weapons?')).toEqual([['vladimir-putin', 'Putin']]);
    // A place word, then a function word, then the surname: the man, on the whole page.
    expect(found("Le musée où Macron a inauguré l'exposition était bondé. Macron a ensuite parlé.")).toEqual([
      ['emmanuel-macron', 'Macron'],
      ['emmanuel-macron', 'Macron'],
    ]);
    expect(found('Il servira de pont entre Macron et Merz.')).toEqual([
      ['emmanuel-macron', 'Macron'],
      ['friedrich-merz', 'Merz'],
    ]);
    expect(found('Donald Trump arrived. A new Trump game came out.')).toEqual([['donald-trump', 'Donald Trump']]);
    // The surname and the next name are one place's, as the apposition says.
    expect(found('Donald Trump arrived. Protesters met at Trump Doral, the golf resort near Miami.')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    expect(found('Donald Trump arrived. Trump Monday, the aide said, had no plans.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    // People joined by a hyphen, and a surname before a lower-case word, are still people.
    expect(found('Donald Trump met Vladimir Putin. The Trump-Putin summit and the Trump-led talks ended.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['vladimir-putin', 'Vladimir Putin'],
      ['donald-trump', 'Trump'],
      ['vladimir-putin', 'Putin'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it("reads another given name before a surname that ends alike in every case as another person's", () => {
    // Ukrainian «Мелоні» ends like a dative («Макрону»), but is written so in every case.
    expect(found('Аріанна Мелоні заявила, що партія не підтримає реформу.')).toEqual([]);
    expect(found('Джорджа Мелоні прибула до Києва. Мелоні заявила про підтримку.')).toEqual([
      ['giorgia-meloni', 'Джорджа Мелоні'],
      ['giorgia-meloni', 'Мелоні'],
    ]);
    // A dative surname after a word with no dative ending is still him.
    expect(found('Позже Макрону позвонил премьер.')).toEqual([['emmanuel-macron', 'Макрону']]);
  });

  it('links two officials named by surname alone in a hyphenated pair, not a brand', () => {
    expect(found('La cumbre Trump-Putin en Alaska terminó sin acuerdo.')).toEqual([
      ['donald-trump', 'Trump'],
      ['vladimir-putin', 'Putin'],
    ]);
    expect(found('El tándem Macron-Merz impulsa el plan.')).toEqual([
      ['emmanuel-macron', 'Macron'],
      ['friedrich-merz', 'Merz'],
    ]);
    // Neither Austin nor Healey is named by surname alone: a car.
    expect(found('An Austin-Healey was on display.')).toEqual([]);
  });

  it("does not link a town named like the official, after a comma or a state's name in brackets", () => {
    for (const t of [
      'Lloyd Austin visited the base in Austin, Texas, on Monday.',
      'Lloyd Austin visitó el Mando, con sede en Austin (Texas), para supervisar pruebas.',
    ])
      expect(found(t)).toEqual([['lloyd-austin', 'Lloyd Austin']]);
    // A code in brackets may be a country's: "Merz (DE)" is him.
    expect(found('Merz (DE) und Macron (FR) einigten sich in Brüssel.')).toEqual([
      ['friedrich-merz', 'Merz'],
      ['emmanuel-macron', 'Macron'],
    ]);
    // Anything else in brackets is him.
    expect(found('Lloyd Austin spoke. Austin (the former secretary) smiled.')).toEqual([
      ['lloyd-austin', 'Lloyd Austin'],
      ['lloyd-austin', 'Austin'],
    ]);
  });

  it('links the surname of a romanised full name after it, and a title before a French verb in -que', () => {
    // Only «Георгий Тихий» is listed: its Spanish romanisation gives the surname too.
    expect(found('El portavoz ucraniano Gueorgui Tíjii habló. Tíjii recordó los ataques.')).toEqual([
      ['heorhii-tykhyi', 'Gueorgui Tíjii'],
      ['heorhii-tykhyi', 'Tíjii'],
    ]);
    // "évoque" ends like "tchèque", but is a verb: the title is still Peskov's, not another country's.
    expect(found('Dmitri Peskov a parlé. Le porte-parole du Kremlin évoque des contacts.')).toEqual([
      ['dmitry-peskov', 'Dmitri Peskov'],
      ['dmitry-peskov', 'porte-parole du Kremlin'],
    ]);
    expect(found('Dmitri Peskov a parlé. Le porte-parole du Kremlin tchèque a démenti.')).toEqual([
      ['dmitry-peskov', 'Dmitri Peskov'],
    ]);
    expect(
      found("Jean-Noël Barrot est arrivé. Le ministre des Affaires étrangères helvétique a salué l'accord."),
    ).toEqual([['jean-noel-barrot', 'Jean-Noël Barrot']]);
  });

  it('does not link a family by its plural surname, nor a fortress bastion, still links the man', () => {
    expect(found('Сергей Нарышкин выступил. Бастион назван в честь рода Нарышкиных.')).toEqual([
      ['sergey-naryshkin', 'Сергей Нарышкин'],
    ]);
    // The singular instrumental is him.
    expect(found('Сергей Нарышкин выступил. С Нарышкиным согласились не все.')).toEqual([
      ['sergey-naryshkin', 'Сергей Нарышкин'],
      ['sergey-naryshkin', 'Нарышкиным'],
    ]);
    expect(found('Sergei Naryshkin spoke. Visitors climbed onto the Naryshkin Bastion at noon.')).toEqual([
      ['sergey-naryshkin', 'Sergei Naryshkin'],
    ]);
  });

  it('does not link a quoted title, a drug maker or a media company named like a surname', () => {
    expect(found('Donald Tusk habló. Fleetwood Mac reeditará en vinilo «Tusk», el doble álbum de 1979.')).toEqual([
      ['donald-tusk', 'Donald Tusk'],
    ]);
    expect(found('Friedrich Merz sprach. La farmacéutica alemana Merz anunció la compra de un laboratorio.')).toEqual([
      ['friedrich-merz', 'Friedrich Merz'],
    ]);
    expect(found('Donald Trump a parlé. L’action de Trump Media & Technology Group a chuté.')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    // A feminine determiner before a man's surname: a thing named so; a noun before it still names him.
    expect(found('Vladimir Poutine a parlé. On a goûté la meilleure Poutine de Montréal.')).toEqual([
      ['vladimir-putin', 'Vladimir Poutine'],
    ]);
    expect(found('Emmanuel Macron a parlé. La loi Macron entre en vigueur.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['emmanuel-macron', 'Macron'],
    ]);
    expect(found('Sergueï Narychkine a parlé. L’église est un chef-d’œuvre du baroque Narychkine.')).toEqual([
      ['sergey-naryshkin', 'Sergueï Narychkine'],
    ]);
  });

  it('reads French quotes with a space inside, and a surname the page gives to a thing as that thing elsewhere', () => {
    expect(found('Fleetwood Mac réédite « Tusk » en vinyle.')).toEqual([]);
    expect(found('Fleetwood Mac réédite «\u00a0Tusk\u00a0» en vinyle.')).toEqual([]);
    expect(found('« Tusk a raison », dit-il.')).toEqual([['donald-tusk', 'Tusk']]);
    // The headline's "Merz" is the company the body names, not the chancellor.
    expect(found('Merz Aesthetics, filiale du groupe pharmaceutique allemand Merz, va supprimer 200 postes.')).toEqual(
      [],
    );
    expect(found('Merz warnt vor Zöllen. Der Kanzler sprach in Berlin.')).toEqual([['friedrich-merz', 'Merz']]);
  });

  it('does not link a surname after a Spanish place or building word («el complejo de golf Trump»)', () => {
    expect(found('El complejo de golf Trump National Doral acogerá la cumbre.')).toEqual([]);
    expect(found('Donald Trump llegó a la torre Trump de Nueva York.')).toEqual([['donald-trump', 'Donald Trump']]);
  });

  it('links the surname alone after "Trump Tower" (the building is named with its word), not "Merz Pharma"', () => {
    expect(found('Protesters marched past Trump Tower. Trump, at Mar-a-Lago, brushed it off.')).toEqual([
      ['donald-trump', 'Trump'],
    ]);
    expect(found('Merz Pharma said it would buy a start-up.')).toEqual([]);
    expect(found('A church in the Naryshkin Baroque style reopened.')).toEqual([]);
    expect(found('親戚でトランプの七並べをして遊んだ。')).toEqual([]);
  });

  it('does not link "Poutine sauce", the Quebec dish', () => {
    expect(found('Poutine sauce brune et frites : la cantine affiche complet.')).toEqual([]);
    expect(found('Poutine a parlé au téléphone avec Macron.')).toEqual([
      ['vladimir-putin', 'Poutine'],
      ['emmanuel-macron', 'Macron'],
    ]);
  });

  it('does not take a preposition opening the sentence for a given name («Según Peskov»)', () => {
    expect(found('El portavoz Dmitri Peskov negó el contacto. Según Peskov, no hay agenda.')).toEqual([
      ['dmitry-peskov', 'Dmitri Peskov'],
      ['dmitry-peskov', 'Peskov'],
    ]);
  });

  it('does not link a company named like a surname in French, Spanish or German; English keeps the person', () => {
    expect(found("Le club a signé avec l'équipementier italien Macron pour ses maillots.")).toEqual([]);
    expect(found('Die Marke Trump verkauft Krawatten.')).toEqual([]);
    expect(found('Emmanuel Macron a parlé. Le président français Macron a ajouté.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['emmanuel-macron', 'Macron'],
    ]);
    // "the company Trump founded": a clause, the person.
    expect(found('The company Trump founded went bankrupt.')).toEqual([['donald-trump', 'Trump']]);
  });

  it('does not link a surname whose apposition calls it a company; other appositions keep the person', () => {
    expect(found('Macron, the Bologna-based sportswear firm, will supply the kits.')).toEqual([]);
    expect(found('Macron, der italienische Sportartikelhersteller, liefert die Trikots.')).toEqual([]);
    // German nouns are capitalised standing alone.
    expect(found('Merz, die Firma, streicht Stellen.')).toEqual([]);
    expect(found('Macron, la marca italiana de ropa deportiva, vestirá al club.')).toEqual([]);
    expect(found('Emmanuel Macron spoke. Macron, the French president, added a warning.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['emmanuel-macron', 'Macron'],
    ]);
    // An ordinary noun after a fronted phrase, or a company word deeper in the apposition, is no company.
    for (const [t, id, name] of [
      ['Tras la reunión con Zelenski, la firma del acuerdo quedó aplazada.', 'volodymyr-zelensky', 'Zelenski'],
      ['Face à Macron, la société française reste profondément divisée.', 'emmanuel-macron', 'Macron'],
      ['Après avoir reçu Zelensky, la chaîne britannique a diffusé un documentaire.', 'volodymyr-zelensky', 'Zelensky'],
    ])
      expect(found(t)).toEqual([[id, name]]);
    expect(found('Friedrich Merz sprach. Merz, der frühere Aufsichtsratschef der Firma, schwieg.')).toEqual([
      ['friedrich-merz', 'Friedrich Merz'],
      ['friedrich-merz', 'Merz'],
    ]);
    expect(found('Donald Trump spoke. Trump, the self-styled deal maker, said talks would resume.')).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
    // The noun must close the apposition: "the company's founder" is a person.
    expect(found("Donald Trump spoke. Trump, the company's founder, left.")).toEqual([
      ['donald-trump', 'Donald Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it("does not link a surname the dataset's notWhen words make a place or a dish, elsewhere still the person", () => {
    // "Austin" before "in": the Texan city, even after the full name; the surname alone later is him.
    expect(found('Lloyd Austin told a forum in Austin that stocks were low. Austin, a retired general, left.')).toEqual(
      [
        ['lloyd-austin', 'Lloyd Austin'],
        ['lloyd-austin', 'Austin'],
      ],
    );
    expect(found('Ллойд Остин выступил в Остине, где Остин преподаёт.')).toEqual([
      ['lloyd-austin', 'Ллойд Остин'],
      ['lloyd-austin', 'Остин'],
    ]);
    // The Quebec dish: food words in its sentence.
    expect(found('Poutine, frites et fromage en grains : le plat fait recette à Paris.')).toEqual([]);
    expect(found('Vladimir Poutine a parlé. Poutine au homard et sirop d’érable : la carte du chef.')).toEqual([
      ['vladimir-putin', 'Vladimir Poutine'],
    ]);
    expect(found('Poutine a reçu Macron : les deux hommes ont parlé de l’Ukraine.')).toEqual([
      ['vladimir-putin', 'Poutine'],
      ['emmanuel-macron', 'Macron'],
    ]);
    // Putin in a sentence about Quebec's premier; and a food word more than 300 characters away.
    expect(found('Le Premier ministre québécois a condamné la guerre lancée par Poutine.')).toEqual([
      ['vladimir-putin', 'Poutine'],
    ]);
    expect(found(`Poutine a parlé longuement ${'de la guerre et de la paix '.repeat(12)}puis du fromage.`)).toEqual([
      ['vladimir-putin', 'Poutine'],
    ]);
    // «путина», the salmon run, opening a sentence about fish.
    expect(found('Путина на Амуре завершилась досрочно: кета не подошла к нерестилищам.')).toEqual([]);
    expect(found('Путина поздравили с днём рождения.')).toEqual([['vladimir-putin', 'Путина']]);
  });
});

describe('officials on a page: Russian forms', () => {
  it('knows «Эмманюэль Макрон», the spelling Russian Wikipedia uses, as an alias in every case', () => {
    const ms = officials('Эмманюэль Макрон прибыл. Встреча с Эмманюэлем Макроном прошла в Берлине.');
    expect(ms.map((m) => [m.id, m.text, m.why[0]])).toEqual([
      ['emmanuel-macron', 'Эмманюэль Макрон', "alias 'Эмманюэль Макрон'"],
      ['emmanuel-macron', 'Эмманюэлем Макроном', "alias 'Эмманюэль Макрон'"],
    ]);
  });

  it('reads a Cyrillic given name as the Latin one it spells («Кейр Стармер» is Keir Starmer)', () => {
    expect(found('Премьер-министр Великобритании Кейр Стармер прибыл. Вчера Кейра Стармера критиковали.')).toEqual([
      ['keir-starmer', 'Кейр Стармер'],
      ['keir-starmer', 'Кейра Стармера'],
    ]);
    // Another given name is another person.
    expect(found('Ирина Стармер прибыла.')).toEqual([]);
  });

  it('reads the Ukrainian vocative after «пане» («Пане Макроне», «Пане Сибіго»)', () => {
    expect(found('«Пане Макроне, дякую за підтримку», — написав він.')).toEqual([['emmanuel-macron', 'Макроне']]);
    expect(found('Андрій Сибіга прибув. «Пане Сибіго, що далі?» — запитали його.')).toEqual([
      ['andrii-sybiha', 'Андрій Сибіга'],
      ['andrii-sybiha', 'Сибіго'],
    ]);
  });

  it('takes neither an adverb opening the sentence nor a country in the genitive for a given name', () => {
    expect(found('Дональд Туск виступив. Водночас Туск визнав, що рішення ще немає.')).toEqual([
      ['donald-tusk', 'Дональд Туск'],
      ['donald-tusk', 'Туск'],
    ]);
    expect(found("Прем'єр Словаччини Фіцо пригрозив вето.")).toEqual([['robert-fico', 'Фіцо']]);
    expect(found('Премьер Словакии Фицо пригрозил вето.')).toEqual([['robert-fico', 'Фицо']]);
    // Nor a Russian or Ukrainian stop word or adverb («Там», «Напередодні», «Потом»).
    expect(found('Марк Рютте прибув до Вільнюса. Там Рютте проведе переговори.')).toEqual([
      ['mark-rutte', 'Марк Рютте'],
      ['mark-rutte', 'Рютте'],
    ]);
    expect(found('Указ підписав Володимир Зеленський. Напередодні Зеленському доповіли.')).toEqual([
      ['volodymyr-zelensky', 'Володимир Зеленський'],
      ['volodymyr-zelensky', 'Зеленському'],
    ]);
    // A place word ending the sentence before is no place of the surname.
    expect(found('Джон Гілі прибув із представниками компаній. Гілі оглянув завод.')).toEqual([
      ['john-healey', 'Джон Гілі'],
      ['john-healey', 'Гілі'],
    ]);
    // A given name in the nominative is still another person.
    expect(found('Ірина Фіцо пригрозила вето.')).toEqual([]);
  });

  it('does not take a noun opening the sentence for a given name («Слова Лаврова»)', () => {
    expect(found('Сергей Лавров выступил. Слова Лаврова вызвали споры.')).toEqual([
      ['sergey-lavrov', 'Сергей Лавров'],
      ['sergey-lavrov', 'Лаврова'],
    ]);
  });

  it('does not take an abstract noun in -а opening the sentence for a given name («Риторика Путина», «Відставка Кулеби»)', () => {
    expect(found('Риторика Путина в отношении Европы заметно ужесточилась, отмечают аналитики.')).toEqual([
      ['vladimir-putin', 'Путина'],
    ]);
    expect(found('Відставка Кулеби у вересні стала частиною перезавантаження уряду.')).toEqual([
      ['dmytro-kuleba', 'Кулеби'],
    ]);
    // Nouns for a talk, a letter, a plan, a party (nineteenth session).
    expect(found('Розмова Зеленського з прем’єром Британії тривала годину.')).toEqual([
      ['volodymyr-zelensky', 'Зеленського'],
    ]);
    expect(found('Разговор Путина с канцлером продлился час.')).toEqual([['vladimir-putin', 'Путина']]);
    // A given name in the genitive there is another person.
    expect(found('Брата Владимира Путина не было.')).toEqual([['vladimir-putin', 'Владимира Путина']]);
    expect(found('Ирина Кулеба выступила.')).toEqual([]);
  });

  it('reads a given name written with or without «й» before a iotated vowel as one (Кайя / Кая Каллас)', () => {
    expect(found('Глава евродипломатии Кайя Каллас предложила новый пакет санкций. Каллас ждёт согласия.')).toEqual([
      ['kaja-kallas', 'Кайя Каллас'],
      ['kaja-kallas', 'Каллас'],
    ]);
    // Another given name is still another person.
    expect(found('Кира Каллас предложила новый пакет санкций.')).toEqual([]);
  });

  it('does not take a noun before a genitive in -ського for a given name («Радник Зеленського»)', () => {
    expect(found('Радник Зеленського назвав ці слова маніпуляцією.')).toEqual([['volodymyr-zelensky', 'Зеленського']]);
    expect(found('Советник Зеленского ответил.')).toEqual([['volodymyr-zelensky', 'Зеленского']]);
    // A given name in the genitive is one: someone else's vetoes the surname.
    expect(found('Олени Зеленської не було. Ігоря Зеленського теж.')).toEqual([]);
  });

  it('reads Ukrainian г softened to з before -і as the same surname («Сибізі» is Сибіга)', () => {
    expect(found('Міністр подякував Андрію Сибізі за підтримку.')).toEqual([['andrii-sybiha', 'Андрію Сибізі']]);
    expect(found('Андрій Сибіга виступив. Сибізі аплодували.')).toEqual([
      ['andrii-sybiha', 'Андрій Сибіга'],
      ['andrii-sybiha', 'Сибізі'],
    ]);
    // Only where the hard form is a known stem: «нозі» is no name.
    expect(found('На нозі рана.')).toEqual([]);
  });

  it('does not take a gerund before a dative in -е for a given name («Отвечая Сибиге»)', () => {
    expect(found('Андрей Сибига выступил. Отвечая Сибиге, в МИД России возразили.')).toEqual([
      ['andrii-sybiha', 'Андрей Сибига'],
      ['andrii-sybiha', 'Сибиге'],
    ]);
    // A given name in that case is one: someone else.
    expect(found('Андрей Сибига выступил. Ирине Сибиге ответили.')).toEqual([['andrii-sybiha', 'Андрей Сибига']]);
  });

  it('does not take a noun or a preposition opening the sentence for a given name («Советники Трампа», «При Путине»)', () => {
    // A given name before a genitive in -а is in the genitive too (Дональда), or a woman's (Ирина).
    expect(found('Трамп заявил журналистам. Советники Трампа обсуждают площадки.')).toEqual([
      ['donald-trump', 'Трамп'],
      ['donald-trump', 'Трампа'],
    ]);
    expect(found('Ирина Лаврова пришла. Сергей Лавров прибыл.')).toEqual([['sergey-lavrov', 'Сергей Лавров']]);
    expect(found('При Путине Совбез стал главной площадкой.')).toEqual([['vladimir-putin', 'Путине']]);
    expect(found('Кая Каллас виступила. Із Каллас погодилися міністри.').length).toBeGreaterThan(0);
  });

  it('does not link an adjective made from a surname («Лавровый лист») nor a company («компании Sikorsky»)', () => {
    expect(found('Сергей Лавров прибыл. Лавровый лист подорожал.')).toEqual([['sergey-lavrov', 'Сергей Лавров']]);
    expect(found('Радослав Сикорский побывал на заводе компании Sikorsky.')).toEqual([
      ['radoslaw-sikorski', 'Радослав Сикорский'],
    ]);
    // A Polish name has one Latin spelling: "Sikorsky" is no variant of "Sikorski" (Ukrainian and
    // Russian names keep theirs: Zelensky, Zelenskyy, Zelenskiy).
    expect(found('Sikorsky, the helicopter maker, grew. Foreign Minister Radoslaw Sikorski spoke.')).toEqual([
      ['radoslaw-sikorski', 'Radoslaw Sikorski'],
    ]);
    expect(found('Volodymyr Zelenskiy spoke. Zelenskyy left.')).toEqual([
      ['volodymyr-zelensky', 'Volodymyr Zelenskiy'],
      ['volodymyr-zelensky', 'Zelenskyy'],
    ]);
  });

  it('does not take an abstract noun opening the sentence for a given name («Инициатива Макрона»)', () => {
    expect(found('Инициатива Макрона вызвала осторожную реакцию в Варшаве.')).toEqual([['emmanuel-macron', 'Макрона']]);
    expect(found('Ініціатива Макрона викликала стриману реакцію.')).toEqual([['emmanuel-macron', 'Макрона']]);
    // A name ending so is still a name: another person.
    for (const given of ['Стефания', 'Ксения', 'Евгения'])
      expect(found(`Сергей Лавров прибыл. ${given} Лаврова пришла.`)).toEqual([['sergey-lavrov', 'Сергей Лавров']]);
    expect(found('Сергей Лавров прибыл. Евгению Лаврову вручили премию.')).toEqual([
      ['sergey-lavrov', 'Сергей Лавров'],
    ]);
  });

  it('reads a foreign name with or without a soft sign or a double letter («Стольтенберг», «Баро»)', () => {
    expect(found('Йенс Стольтенберг поддержал призыв. Оппозиция упрекает Столтенберга.')).toEqual([
      ['jens-stoltenberg', 'Йенс Стольтенберг'],
      ['jens-stoltenberg', 'Столтенберга'],
    ]);
    expect(found('Глава МИД Франции Жан-Ноэль Баро заявил о поддержке.')).toEqual([
      ['jean-noel-barrot', 'Жан-Ноэль Баро'],
    ]);
    // Only a soft sign before another consonant than л, and one letter of a doubled pair: «Калас» is
    // Kallas, «Кальлас» no spelling of hers alone (after her given name, one spelled another way: see
    // nameVariantHits).
    expect(found('Верховный представитель ЕС Кая Калас выступила.')).toEqual([['kaja-kallas', 'Кая Калас']]);
    expect(found('В Таллине выступила Кальлас.')).toEqual([]);
  });

  it('does not take an adverb before a dative surname for a given name («Позже Макрону»)', () => {
    expect(found('Эммануэль Макрон выступил. Позже Макрону задали вопрос.')).toEqual([
      ['emmanuel-macron', 'Эммануэль Макрон'],
      ['emmanuel-macron', 'Макрону'],
    ]);
  });
});

describe('officials on a page: Japanese joined posts and words headed by a title (twenty-first session)', () => {
  it('reads a surname before two posts joined by 兼 as the holder of the second', () => {
    expect(found('ポーランドのシコルスキ副首相兼外相が会合で説明した。')).toEqual([
      ['radoslaw-sikorski', 'シコルスキ'],
    ]);
    // A post they do not hold, alone, is no title of theirs.
    expect(found('ポーランドのシコルスキ副首相が会合で説明した。')).toEqual([]);
  });

  it('takes a surname in a sentence of the body, not a headline, for the holder of the next sentence’s bare title', () => {
    expect(
      found(
        'Mit Merz’ Vorstoß für eine europäische Debatte ist die Koalition wenig glücklich, heißt es in der SPD-Fraktion. Der Kanzler habe sich nicht abgestimmt.',
      ),
    ).toEqual([
      ['friedrich-merz', 'Merz'],
      ['friedrich-merz', 'Kanzler'],
    ]);
    // An abbreviation's dot ends no sentence: the title is still in the surname's own.
    expect(
      found(
        'Merz hat am Dienstag im Bundestag in Berlin u. a. die Haushaltspolitik der Regierung scharf kritisiert, doch der Kanzler wies das zurück.',
      ),
    ).toEqual([['friedrich-merz', 'Merz']]);
    // A title in the surname's own sentence is what they became, not a mention of its own.
    expect(
      found('Риторика Мерца в отношении Москвы заметно ужесточилась после его избрания канцлером, отмечают в Кремле.'),
    ).toEqual([['friedrich-merz', 'Мерца']]);
  });

  it('reads no qualifier after the office’s word in a language that puts adjectives before it ("Der Generalsekretär sprach")', () => {
    expect(
      found(
        'Mehr Munition forderte Nato-Generalsekretär Mark Rutte in Den Haag. Der Generalsekretär sprach dort vor Vertretern der Industrie.',
      ),
    ).toEqual([
      ['mark-rutte', 'Mark Rutte'],
      ['mark-rutte', 'Der Generalsekretär'],
    ]);
    // A former holder's phrase against the page's date: Trump was president again in 2025.
    expect(foundOn('Donald Trump habló ayer en Washington. El expresidente dijo que no.', '2025-03-10')).toEqual([
      ['donald-trump', 'Donald Trump'],
    ]);
    // French still reads one: another country's minister.
    expect(found("Jean-Noël Barrot s'est rendu à Kyiv. Le ministre italien a suivi.")).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
    ]);
  });

  it('checks an office’s word opening a sentence against its holder: another office, an outgoing one, a former one', () => {
    expect(found('Mark Rutte spoke in Brussels. The chief executive said nothing.')).toEqual([
      ['mark-rutte', 'Mark Rutte'],
    ]);
    expect(
      found('Die Nato-Staaten tagten mit Mark Rutte in Brüssel. Der UN-Generalsekretär äußerte sich besorgt.'),
    ).toEqual([['mark-rutte', 'Mark Rutte']]);
    expect(
      foundOn('Olaf Scholz spoke in Berlin on Monday. The outgoing chancellor said little.', '2025-03-10'),
    ).toEqual([
      ['olaf-scholz', 'Olaf Scholz'],
      ['olaf-scholz', 'The outgoing chancellor'],
    ]);
    // A vice-president's title holds no "president".
    expect(
      foundOn(
        'Dmitri Medvedev threatened Europe again on Telegram. The former president said the West was weak.',
        '2025-10-10',
      ),
    ).toEqual([
      ['dmitry-medvedev', 'Dmitri Medvedev'],
      ['dmitry-medvedev', 'The former president'],
    ]);
  });

  it('reads «Бывший президент России» opening a sentence as Medvedev, named in the one before', () => {
    expect(
      found(
        'Заместитель председателя Совбеза Дмитрий Медведев раскритиковал европейских политиков. Бывший президент России заявил, что они слабы.',
      ),
    ).toEqual([
      ['dmitry-medvedev', 'Дмитрий Медведев'],
      ['dmitry-medvedev', 'Бывший президент России'],
    ]);
  });

  it('reads a Spanish word of time written onto a bare title ("el expresidente") as a former holder', () => {
    expect(
      found('El presidente Joe Biden habló en Delaware. El expresidente evitó hablar de política exterior.'),
    ).toEqual([
      ['joe-biden', 'Joe Biden'],
      ['joe-biden', 'expresidente'],
    ]);
    // Another word written onto the title is another office: the vice-president is not the president.
    expect(
      found('El presidente Joe Biden habló en Delaware. El vicepresidente evitó hablar de política exterior.'),
    ).toEqual([['joe-biden', 'Joe Biden']]);
  });

  it('reads a full name run on into a country and a title without a dot (ドナルド・トゥスクポーランド首相)', () => {
    expect(found('ドナルド・トゥスクポーランド首相は２８日、計画を公表した。')).toEqual([
      ['donald-tusk', 'ドナルド・トゥスク'],
    ]);
    expect(found('ロベルト・フィツォスロバキア首相が異を唱えた。')).toEqual([['robert-fico', 'ロベルト・フィツォ']]);
    // A name ending in a long-vowel mark, which the page's folding drops before more katakana.
    expect(found('キア・スターマーイギリス首相は述べた。')).toEqual([['keir-starmer', 'キア・スターマー']]);
    // More katakana that is no country: a longer name, not the official.
    expect(found('ドナルド・トゥスクマン氏が語った。')).toEqual([]);
  });

  it('does not take a word headed by the title (大統領専用機) for the title written again before 同大統領', () => {
    expect(found('トランプ米大統領は大統領専用機内で記者団に答えた。同大統領は詳細に触れなかった。')).toEqual([
      ['donald-trump', 'トランプ'],
      ['donald-trump', '同大統領'],
    ]);
    // Another holder with the title between them: 同大統領 is either.
    expect(found('トランプ米大統領はマクロン大統領と会談した。同大統領は詳細に触れなかった。')).toEqual([
      ['donald-trump', 'トランプ'],
      ['emmanuel-macron', 'マクロン'],
    ]);
  });

  it("reads a title after an organisation's acronym (カラスEU上級代表), full-width letters too", () => {
    expect(found('カラスEU上級代表は加盟国に訴えた。')).toEqual([['kaja-kallas', 'カラス']]);
    expect(found('カラスＥＵ上級代表は加盟国に訴えた。')).toEqual([['kaja-kallas', 'カラス']]);
    // The common word alone (a crow) is no one.
    expect(found('カラスが電線に止まっていた。')).toEqual([]);
  });

  it('does not take a town after the part of a country it is in for the surname (米南部オースティン)', () => {
    expect(found('米南部オースティンで見本市が開幕した。ロイド・オースティン氏も訪れた。')).toEqual([
      ['lloyd-austin', 'ロイド・オースティン'],
    ]);
    expect(found('テキサス州オースティンで見本市が開幕した。ロイド・オースティン氏も訪れた。')).toEqual([
      ['lloyd-austin', 'ロイド・オースティン'],
    ]);
    // Not 欧州 (Europe) or 豪州 (Australia), which end in 州 too.
    expect(found('欧州ルッテ氏が述べた。')).toEqual([['mark-rutte', 'ルッテ']]);
    // After the full name, the surname alone elsewhere is still the person.
    expect(found('ロイド・オースティン氏が訪れた。オースティン氏は演説した。')).toEqual([
      ['lloyd-austin', 'ロイド・オースティン'],
      ['lloyd-austin', 'オースティン'],
    ]);
  });

  it("reads a former holder's title opening a sentence (前首相は) as the official named with it just before", () => {
    expect(found('前首相のオラフ・ショルツ氏が京都で講演した。前首相は協力拡大を訴えた。')).toEqual([
      ['olaf-scholz', 'オラフ・ショルツ'],
      ['olaf-scholz', '前首相'],
    ]);
    // No one named with it before: no one.
    expect(found('前首相は協力拡大を訴えた。')).toEqual([]);
  });
});

describe('officials on a page: a word for an office opening the next sentence', () => {
  it('links "Le ministre français", "El mandatario ucraniano" to the one official the sentence before names', () => {
    expect(
      found('Jean-Noël Barrot a fait escale à Beyrouth. Le ministre français a rencontré le président du pays.'),
    ).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
      ['jean-noel-barrot', 'Le ministre'],
    ]);
    expect(
      found('Volodímir Zelenski pidió más defensas. El mandatario ucraniano intervino por videoconferencia.'),
    ).toEqual([
      ['volodymyr-zelensky', 'Volodímir Zelenski'],
      ['volodymyr-zelensky', 'El mandatario'],
    ]);
    // A former office needs a word of time.
    expect(
      found(
        'Mit einem Atomschlag hat Dmitri Medwedew gedroht. Der frühere russische Präsident ist Vizechef des Sicherheitsrats.',
      ),
    ).toEqual([
      ['dmitry-medvedev', 'Dmitri Medwedew'],
      ['dmitry-medvedev', 'Der frühere russische Präsident'],
    ]);
  });

  it('leaves it alone where it names someone else: two officials before, another country, a name after', () => {
    expect(found('Emmanuel Macron met Olaf Scholz in Paris. The president said nothing.')).toEqual([
      ['emmanuel-macron', 'Emmanuel Macron'],
      ['olaf-scholz', 'Olaf Scholz'],
    ]);
    expect(found('Jean-Noël Barrot a vu Antonio Tajani à Rome. Le ministre italien a plaidé pour un emprunt.')).toEqual(
      [['jean-noel-barrot', 'Jean-Noël Barrot']],
    );
    expect(found('Sergey Lavrov spoke in Minsk. The minister of Hungary said nothing.')).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
    ]);
    expect(found('Sergey Lavrov spoke in Minsk. The minister Péter Szijjártó said nothing.')).toEqual([
      ['sergey-lavrov', 'Sergey Lavrov'],
      ['peter-szijjarto', 'Péter Szijjártó'],
    ]);
    // An office the official does not hold now, with no word of time: not them.
    expect(found('Dmitri Medwedew hat gedroht. Der Präsident schwieg dazu.')).toEqual([
      ['dmitry-medvedev', 'Dmitri Medwedew'],
    ]);
  });

  it('links a Russian or Ukrainian one, with no article: its adjectives and genitives in the titles', () => {
    expect(found('Визит Макрона в Пекин завершился. Французский лидер также обсудил Украину.')).toEqual([
      ['emmanuel-macron', 'Макрона'],
      ['emmanuel-macron', 'Французский лидер'],
    ]);
    expect(found('Лист Мерца оприлюднило видання Politico. Німецький канцлер пропонує спростити правила.')).toEqual([
      ['friedrich-merz', 'Мерца'],
      ['friedrich-merz', 'Німецький канцлер'],
    ]);
    // Genitive qualifiers join the phrase while the titles hold them; the verb after them does not.
    expect(found('Визит Лаврова в Анкару намечен на среду. Глава МИД обсудит ситуацию в регионе.')).toEqual([
      ['sergey-lavrov', 'Лаврова'],
      ['sergey-lavrov', 'Глава МИД'],
    ]);
    // Another country's, another office: not them.
    expect(found('Визит Макрона в Пекин завершился. Итальянский лидер также обсудил Украину.')).toEqual([
      ['emmanuel-macron', 'Макрона'],
    ]);
    expect(found('Визит Макрона в Пекин завершился. Министр финансов Франции также обсудил Украину.')).toEqual([
      ['emmanuel-macron', 'Макрона'],
    ]);
    expect(found('Визит Лаврова в Анкару намечен на среду. Глава МИД Турции обсудит ситуацию.')).toEqual([
      ['sergey-lavrov', 'Лаврова'],
    ]);
    // A lower-case genitive the titles lack is another office too (not the verb).
    for (const [text, official] of [
      ['Андрей Сибига встретился с коллегами. Глава российской дипломатии заявил, что это ложь.', 'Андрей Сибига'],
      ['Владимир Зеленский выступил в Раде. Лидер оппозиции заявил, что это ложь.', 'Владимир Зеленский'],
      // «министр» is no word of «премьер-министр»; «ОП» no word of Kallas's titles.
      ['Роберт Фицо выступил в парламенте. Министр обороны заявил, что это ложь.', 'Роберт Фицо'],
      ['Кая Каллас прибыла в Киев. Глава ОП заявил, что это ложь.', 'Кая Каллас'],
      // Slovenia's premier is not Slovakia's.
      ['Роберт Фицо провел переговоры в Братиславе. Словенский премьер заявил, что это ложь.', 'Роберт Фицо'],
    ])
      expect(
        found(text).map(([, t]) => t),
        text,
      ).toEqual([official]);
    // Any apostrophe: ' ’ ʼ.
    for (const word of ["Прем'єр", 'Прем’єр', 'Премʼєр'])
      expect(found(`Роберт Фіцо провів переговори в Братиславі. ${word} також заявив, що це неприйнятно.`)).toEqual([
        ['robert-fico', 'Роберт Фіцо'],
        ['robert-fico', word],
      ]);
  });
});

describe('officials on a page: words that are surnames, appositions and Slavic cases (tune-32)', () => {
  it('leaves a surname that opens a sentence to the word when the page writes it in lower case', () => {
    // "séjourné" (stayed) is a word: opening a sentence, its capital says nothing.
    expect(
      found('Séjourné à Lisbonne six ans, le peintre en garde la lumière. Il a séjourné ailleurs depuis.'),
    ).toEqual([]);
    expect(found('Séjourné a présenté mardi son plan pour l’acier.')).toEqual([['stephane-sejourne', 'Séjourné']]);
    // Not where the page names the official, nor on a page that names other officials.
    expect(found('Stéphane Séjourné a séjourné à Rome. Séjourné y a vu Giorgia Meloni.')).toEqual([
      ['stephane-sejourne', 'Stéphane Séjourné'],
      ['stephane-sejourne', 'Séjourné'],
      ['giorgia-meloni', 'Giorgia Meloni'],
    ]);
  });

  it('reads "X, then the defence secretary," as X’s title, not another mention', () => {
    expect(found('Grant Shapps, then the defence secretary, sent a frigate to the Gulf.')).toEqual([
      ['grant-shapps', 'Grant Shapps'],
    ]);
  });

  it('reads a Russian or Ukrainian noun in the locative before a surname as a place, not a given name', () => {
    expect(found('Роберт Фицо прилетел утром. В Кремле Фицо обсудил поставки газа.')).toEqual([
      ['robert-fico', 'Роберт Фицо'],
      ['robert-fico', 'Фицо'],
    ]);
    expect(found('Роберт Фіцо прилетів уранці. У Кремлі Фіцо обговорив постачання газу.')).toEqual([
      ['robert-fico', 'Роберт Фіцо'],
      ['robert-fico', 'Фіцо'],
    ]);
  });

  it('reads a noun ending in a consonant before a woman’s surname in an oblique case as what the name depends on', () => {
    expect(found('Брифинг Захаровой перенесли на пятницу.')).toEqual([['maria-zakharova', 'Захаровой']]);
    expect(found('Брифінг Захарової перенесли на п’ятницю.')).toEqual([['maria-zakharova', 'Захарової']]);
  });
});

describe('officials on a page: compound initials, appositions after "then", German genitive titles (tune-33)', () => {
  it('reads "J.-N. Barrot" as Jean-Noël Barrot, not "J.-P. Barrot"', () => {
    expect(found('Le texte, signé J.-N. Barrot, a été publié lundi.')).toEqual([['jean-noel-barrot', 'J.-N. Barrot']]);
    expect(found('Le texte, signé J.-P. Barrot, a été publié lundi.')).toEqual([]);
  });

  it('reads "X, then Hungary’s foreign minister," as X’s title', () => {
    expect(found('Péter Szijjártó, then Hungary’s foreign minister, flew to Minsk.')).toEqual([
      ['peter-szijjarto', 'Péter Szijjártó'],
    ]);
  });

  it('links a German title opening a sentence with its country in the genitive to the holder named before', () => {
    expect(
      found('Jean-Noël Barrot forderte die Freilassung. Frankreichs Außenminister drohte mit Sanktionen.'),
    ).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
      ['jean-noel-barrot', 'Frankreichs Außenminister'],
    ]);
  });
});

describe('review of the twenty-fourth session: officials the new rules and titles must not reach', () => {
  it('reads "then the defense secretary told …" as afterwards, and a surname capitalised inside a sentence as the name', () => {
    expect(
      foundOn(
        'Pete Hegseth arrived in Brussels. Trump spoke to Putin, then the defense secretary told reporters about it.',
        '2025-03-10',
      ),
    ).toContainEqual(['pete-hegseth', 'defense secretary']);
    expect(found('Trump said the tariffs would stay. Analysts called them a trump card, and Trump agreed.')).toEqual([
      ['donald-trump', 'Trump'],
      ['donald-trump', 'Trump'],
    ]);
  });

  it('keeps other people after «об», «при» and before a woman’s surname, and "J.-P." after "Jean-Noël"', () => {
    expect(found('Газета написала об Арианне Мелони, сестре премьер-министра.')).toEqual([]);
    expect(found('Концерт Захаровой прошёл с аншлагом.')).toEqual([]);
    expect(found('Jean-Noël Barrot a parlé lundi. Mardi, J.-P. Barrot, un élu local, a répondu.')).toEqual([
      ['jean-noel-barrot', 'Jean-Noël Barrot'],
    ]);
  });

  it('links no title to a holder where the sentence names a past one or another office', () => {
    expect(foundOn('Das war 2003. Frankreichs Außenminister hieß damals Dominique de Villepin.', '2025-03-10')).toEqual(
      [],
    );
    expect(foundOn('Michail Gorbatschow ist tot. Der Ex-Kremlchef starb in Moskau.', '2022-08-31')).toEqual([]);
    expect(foundOn('Очільник Генштабу ЗСУ Андрій Гнатов заявив про нові бригади.', '2025-03-10')).toEqual([]);
    expect(found('Захарова назвала заявление Макрона театром абсурда.')).toContainEqual([
      'maria-zakharova',
      'Захарова',
    ]);
  });
});

describe('officials on a page: a Spanish question’s verb before a surname (tune-46)', () => {
  it('reads the word after "¿" as the question’s verb, not another person’s given name', () => {
    expect(found('¿Ofrecerá Trump garantías a los soldados europeos en Ucrania?')).toEqual([['donald-trump', 'Trump']]);
    // A given name of the official's own after "¿" is still read as one.
    expect(found('¿Donald Trump ofrecerá garantías?')).toEqual([['donald-trump', 'Donald Trump']]);
  });
});

describe('officials on a page: companies, board games and hosts (tune-34)', () => {
  it('leaves a Japanese surname before 社 (a company) or a board game to the thing', () => {
    expect(found('同州に本社を置くシコルスキー社製ヘリの追加購入が話題になった。')).toEqual([]);
    expect(found('高校生が手作りのトランプとすごろくを寄贈した。')).toEqual([]);
  });

  it('reads German "Gastgeber" before a surname as a noun, not a given name', () => {
    expect(found('Am Treffen nehmen neben Gastgeber Starmer auch Macron und Tusk teil.')).toContainEqual([
      'keir-starmer',
      'Starmer',
    ]);
  });
});

describe('review of the twenty-fourth session’s later round: officials', () => {
  it('keeps a relative’s given name after "¿", and 社民党 (a party) no company', () => {
    expect(found('¿Melania Trump apoya a su marido?')).toEqual([]);
    expect(found('¿Brigitte Macron acompañará al presidente?')).toEqual([]);
    expect(found('ショルツ社民党政権は派兵しない。')).toContainEqual(['olaf-scholz', 'ショルツ']);
  });

  it('reads a German bare title followed by "von" and a country as that country\'s holder, not a passive\'s agent', () => {
    // "den Präsidenten von Laos" is the Laotian president, not Putin (named just before).
    expect(found('Wladimir Putin empfing am Montag den Präsidenten von Sri Lanka im Kreml.')).toEqual([
      ['vladimir-putin', 'Wladimir Putin'],
    ]);
    // A passive's agent after the title is no country: the title is still the one just named.
    expect(found('Wladimir Putin sprach am Montag. Danach wurde der Präsident von Journalisten gefragt.')).toEqual([
      ['vladimir-putin', 'Wladimir Putin'],
      ['vladimir-putin', 'Präsident'],
    ]);
    // "von Polen aus" is from Poland: the title is still the one just named.
    expect(
      found('Wolodymyr Selenskyj reiste nach Warschau. Tusk hatte den Präsidenten von Polen aus begleitet.'),
    ).toContainEqual(['volodymyr-zelensky', 'Präsidenten']);
    expect(found('Wladimir Putin sprach am Montag. Der Präsident wurde von der Opposition kritisiert.')).toEqual([
      ['vladimir-putin', 'Wladimir Putin'],
      ['vladimir-putin', 'Präsident'],
    ]);
  });
});

describe('a description of a person opening a sentence (tried twice, taken back: review r66)', () => {
  it('links none: "The former …" may be a thing, another person, or across a paragraph', () => {
    for (const text of [
      'Keir Starmer toured Battersea on Friday. The former power station now houses offices and flats.',
      'Vladimir Putin did not attend the funeral of Mikhail Gorbachev. The former Soviet leader died in August.',
      'Keir Starmer met a retired schoolteacher in Leeds. The former teacher told him about class sizes.',
      'Olaf Scholz besuchte eine Schule in Halle. Die frühere Lehrerin zeigte ihm die Bibliothek.',
      'Дмитрий Песков встретился с журналистами. Бывшая ведущая Первого канала задала вопрос.',
      'Keir Starmer spoke in London on Monday.\nThe former hedge fund manager urged calm.',
    ])
      expect(
        found(text).filter(([, t]) => /former|frühere|Бывшая/u.test(t)),
        text,
      ).toEqual([]);
  });
});

describe('a full name spelled another way', () => {
  it('links a Latin or Cyrillic one whose surname spells the same sounds, or whose given name one inner letter alike', () => {
    for (const [text, id, name] of [
      ['General Oleksandr Sirsky visited the front near Pokrovsk.', 'oleksandr-syrskyi', 'Oleksandr Sirsky'],
      ['Министр обороны США Пит Хегсэт прилетел в Варшаву.', 'pete-hegseth', 'Пит Хегсэт'],
      ['Kaia Kallas met the foreign ministers in Brussels.', 'kaja-kallas', 'Kaia Kallas'],
    ])
      expect(found(text), text).toContainEqual([id, name]);
  });

  it('links a given name spelled alike before a surname as written (Wassilij / Wassili), and Ukrainian є as е', () => {
    for (const [text, id, name] of [
      [
        'Im Sicherheitsrat blockierte Wassilij Nebensja erneut eine Resolution.',
        'vassily-nebenzia',
        'Wassilij Nebensja',
      ],
      ['Heorhij Tykhyi wies die Vorwürfe zurück.', 'heorhii-tykhyi', 'Heorhij Tykhyi'],
      ['Заступник голови Радбезу Росії Дмитро Медвєдєв знову погрожував.', 'dmitry-medvedev', 'Дмитро Медвєдєв'],
    ])
      expect(found(text), text).toContainEqual([id, name]);
    // Another given name before an official's surname is another person.
    // Nor a given name with a doubled or an inner letter more (review r68).
    for (const text of [
      'Die Schauspielerin Vasilisa Nebensja trat auf.',
      'Der Sänger Heorhij Tychonow sang.',
      'The Finnish skier Kaija Kallas won the sprint in Lahti.',
      'The rapper Loyd Austin released a new album in Atlanta.',
    ])
      expect(found(text), text).toEqual([]);
  });

  it("links no other person whose name is near an official's in letters or consonants (review r66)", () => {
    for (const text of [
      'The billionaire Vladimir Potanin controls Norilsk Nickel.',
      'Миллиардер Владимир Потанин купил новый завод.',
      'Former Hong Kong leader Donald Tsang was released from prison in 2019.',
      "Venezuela's defence minister Vladimir Padrino said the army was ready.",
      'The translator Dmitry Puchkov has millions of followers.',
      'The cricket umpire Mark Rutter retired.',
      'The engineer John Kilby built the first chip.',
      'Der Bäckermeister Olaf Schulz eröffnet eine Filiale.',
      'Der Landwirt Friedrich Metz verkauft Kartoffeln.',
      'The chess player Dmitry Peskin won in Riga.',
      'The footballer Sergey Lavrin scored twice.',
      'The Italian chef Marco Rubin opened a restaurant.',
      'Der tschechische Tennisspieler Petr Fila gewann.',
      'John Gruber wrote about the new phones.',
      'Roberto Fico, del Movimiento 5 Estrellas, ganó en Campania.',
      'Marcos Rubio, concejal de Urbanismo, presentó el plan.',
      'The singer John Hill toured Japan.',
      // Japanese spellings differ in vowels and consonants at once, as other people's names do: none is read.
      'ロシアの富豪ウラジーミル・ポターニン氏が工場を買った。',
      '民主党のピート・ブティジェッジ前運輸長官が批判した。',
      '作家のドナルド・トゥーサン氏が来日した。',
    ])
      expect(found(text), text).toEqual([]);
  });
});
