// German: Snowball stemmer and stop words from Orama's packages; negations, stance words, opposites
// and synonyms are ours (small, for claims about public affairs).
import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import { letters, type Romanisation } from './romanise';
import { words, type LanguagePack } from './types';

const NEGATIONS = words(
  'nicht kein keine keinen keinem keiner keines keinerlei keineswegs keinesfalls nie niemals niemand niemanden niemandem weder nichts ohne weigert weigerte weigerten geweigert verweigert verweigerte',
);

// How the German press writes Russian (Duden) and Ukrainian names: Lawrow, Gerassimow, Naryschkin,
// Dmitri/Dmitrij; Selenskyj, Sybiha, Heorhij Tychyj.
const VOWELS_RU = 'аеёиоуыэюяьъ';
const romanisation: Romanisation = {
  ru: {
    rules: [
      [new RegExp(`(^|[${VOWELS_RU}])е`, 'g'), '$1je'],
      [new RegExp(`([${VOWELS_RU}])с(?=[аеёиоуыэюя])`, 'g'), '$1ss'],
      [/ий$/, ['i', 'ij']],
      [/ия$/, ['ija', 'ia']],
    ],
    letters: letters('в=w ж=sch з=s й=j х=ch ц=z ч=tsch ш=sch щ=schtsch ё=jo ю=ju я=ja'),
  },
  uk: {
    rules: [
      [/([аеєиіїоуюяь])с(?=[аеєиіїоуюя])/g, '$1ss'],
      [/ія$/, ['ija', 'ia']],
    ],
    letters: letters('в=w г=h ж=sch з=s и=y ї=ji й=j х=ch ц=z ч=tsch ш=sch щ=schtsch є=je ю=ju я=ja'),
  },
};

export const de: LanguagePack = {
  code: 'de',
  script: 'latin',
  // The Snowball stemmer folds ä/ö/ü itself; ß is read as ss first, so "Maßnahme" and "Massnahme" agree.
  stem: (w) => stemmer(w.replace(/ß/g, 'ss')),
  stop: new Set([
    ...stopwords.filter((w) => !NEGATIONS.has(w)),
    ...words('sagte sagt erklärte laut sowie bereits jedoch zudem etwa rund demnach dabei'),
  ]),
  negations: NEGATIONS,
  letters: 'äöüß',
  endings: [
    'ung',
    'ungen',
    'lich',
    'liche',
    'lichen',
    'isch',
    'ische',
    'ischen',
    'keit',
    'heit',
    'schaft',
    'cht',
    'chen',
    'tz',
  ],
  // ASCII words only (detectLanguage reads short ASCII runs): none of them is a common English or
  // French word.
  markers: words(
    'der die das und ist nicht mit von den dem ein eine einen sich auch sei hat wird dass nach zu im auf bei wie sind nur ' +
      'noch er sie wir am um aus vor haben wurde als oder soll war kein keine diese durch gegen seit sagte laut ' +
      'werde werden wurden einem einer eines zum zur keinen keinem ob ihrer ihren liess ihr ihre ihrem sein seine seinen seinem seiner',
  ),
  denials: words(
    'dementiert dementierte dementieren dementi bestritten bestreitet bestritt zurückgewiesen zurückweisen ' +
      'abgelehnt lehnt lehnte falsch falschmeldung unwahr haltlos unbegründet erfunden desinformation ' +
      'fake dementis widersprach widerspricht absage abrede verneint verneinte verneinten verneinen ' +
      'verwarf verwirft verwarfen verwerfen verworfen erfindung märchen scheindebatte',
  ),
  // "bleibt beim Nein zu eigenen Kampftruppen", "ein klares Nein zu", "Prag sagt Nein", "wiederholte sein Nein", "hielt an ihrem Nein
  // fest": a refusal with no denial word (not "revidierte sein Nein").
  // "trat Spekulationen/Berichten entgegen, …" (countered the reports that …): not "trat der Kritik entgegen".
  denialPhrases:
    /^(?:(?<=(?:^|[.!?:;–—„“"»]\s*)(?:das|dies|es) (?:sei|ist|wäre|war) (?:doch |nur |alles )?)(?:reine|pure|bloße) spekulation(?=\s*(?:[.,;!?»“”"]|$))|(?<=(?<![\p{L}])(?:nannte|nannten|nennt|bezeichnete|bezeichneten|bezeichnet) (?:das|dies|es|diese berichte|solche berichte) (?:als )?)(?:reine|pure|bloße) spekulation(?![\p{L}])|(?<=^[\s„"“»]*)(?:reine|pure|bloße) spekulation(?=\s*[»“”"]?\s*(?:[.,;!?]|$))|(?:(?:trat|tritt|traten|trete) (?:[\p{L}-]+ ){0,3}(?:spekulationen|berichten|gerüchten|darstellungen|meldungen|behauptungen|vorwürfen|mutmaßungen|dem eindruck|der darstellung|der behauptung|dem bericht|dem gerücht)(?:,[^.;:!?]{1,160}?,)?(?: [\p{L}-]+){0,4} entgegen(?![\p{L}])|desinformationskampagnen?(?=\s*(?:[.;!?]|$|,\s*(?:sagte|sagten|erklärte|erklärten|so|betonte|hieß)(?![\p{L}])))|nein (?:zu|zur|zum)|(?<=(?<![\p{L}])(?:sagt|sagte|sagten|sagen) )nein|(?<=(?<![\p{L}])(?:bekräftigt|wiederholt|erneuert|bleibt|blieb|hält|hielt)\p{L}* (?:[\p{L}-]+ ){0,8}(?:(?:bei|an) )?(?:sein|ihr|seinem|ihrem) (?:klares |klaren )?)nein(?![\p{L}])|(?:tat|tut|taten) (?:\p{L}+ ){0,4}als (?:\p{L}+ )?propaganda|(?:sprach|sprachen|spricht|sprechen) (?:\p{L}+ ){0,4}von (?:\p{L}+ )?(?:propaganda|desinformation|lügen?|fälschung)(?=\s*(?:[.;!?»“”"]|$))|ohne (?:jede|jegliche|die geringste) (?:grundlage|faktengrundlage|substanz|belege?|beweise?)(?=\s*(?:[.,;!?]|$)))(?![\p{L}]))/u,
  // "warnte (die Europäer) vor Feigheit": the sentence negates what follows.
  negationPhrases:
    /^(?:warnt\p{L}*|warnen|gewarnt) (?:\p{L}+ ){0,10}(?:vor (?:jeder |der )?|davor,? (?:\p{L}+ ){0,3}(?:aus )?)(?:feigheit|mutlosigkeit|zaghaftigkeit)(?![\p{L}])/u,
  awayPhrases:
    /^(?:(?<=(?<![\p{L}])(?<!nicht )(?:fernab|abseits|fern|weit hinter|weit weg von) (?:der|den) )(?:front|frontlinie|kontaktlinie|kampflinie|kampfzone)\p{L}*|(?<=(?<![\p{L}])(?<!(?:findet|fand|finden|fanden) )(?:statt|anstatt) (?:(?:in|nach|auf) (?:der |die |dem |den )?|sich ))\p{L}+|(?<=(?<![\p{L}])(?:statt|anstatt) )\p{L}+(?:heit|keit)(?![\p{L}])|(?<=(?<![\p{L}])(?<!(?:kämpfe|krieg|angriffe|kampfhandlungen) )außerhalb (?:der |des |von )?)(?:ukraine|russlands|landes|kriegsgebiets|kriegsgebietes))/u,
  confirmations: words(
    'bestätigt bestätigte bestätigten bestätigen eingeräumt räumte einräumen zugegeben verifiziert authentifiziert',
  ),
  hedges: words(
    'ob gerüchte gerüchten spekulationen spekuliert spekulieren spekulierte spekulierten frage fragen unklar unbestätigt falls',
  ),
  deliberation: /^(?:erwäg|erwog|überleg|prüf|sondier|auslot|durchspiel)/u,
  conditionals: { words: words('falls wenn sollte sollten') },
  // "nicht nur … sondern auch" (not only); "nichts anderes als" (nothing but: an assertion).
  clauseEndNegators: {
    words: words('nicht nie niemals keineswegs keinesfalls'),
    notAfter: words('wie'),
  },
  clauseEndNegation:
    /(?:^|[^\p{L}])(?:und|oder|aber|sondern|doch|denn|dass|ob|wenn|weil|während|bevor|nachdem|falls|sowie)(?![\p{L}])/iu,
  sourcePhrase:
    /(?<![\p{L}])(?:nach|laut) (?:\p{L}+ ){0,2}(?:angaben|schätzungen|geheimdienstschätzungen|geheimdienstangaben|geheimdienstinformationen|informationen|erkenntnissen|darstellung|quellen|medienberichten|regierungsangaben|militärangaben)(?![\p{L}])/giu,
  otherwise: /^(?:sonst|andernfalls|ansonsten|anderenfalls)(?![\p{L}])/u,
  // "trotz der Ablehnung mehrerer Partner": what others deny in a concession is not the sentence's stance.
  negatedContrast: { opens: 'sondern', also: 'auch', notOnly: 'nur einmal' },
  notStanceAfter: /(?<![a-zäöüß])(?:trotz|ungeachtet)\s+(?:[a-zäöüß]+\s+){0,2}[a-zäöüß]+$/u,
  // "nicht weit von der Front", "unweit" (near: litotes, no negation); "führt kein Weg (an …) vorbei"
  // (inevitable: asserts). "ausschließlich" (exclusively) shares the stem of "ausschließen" (rule out).
  // "werde nicht zögern, Soldaten zu schicken" asserts the sending.
  // "ließ keinen Zweifel/Spielraum" (left no doubt): an emphasis, no negation.
  // "ruderte nicht zurück: er bestätigte …": the speaker holds the line, no negation of what follows.
  // "macht keinen Hehl daraus", "verheimlicht das nicht", "ohne Umschweife" (plainly): no negation.
  // "äußerte sich zunächst nicht", "hat sich nicht geäußert", "wollte sich nicht zu Berichten äußern", "nahm dazu nicht Stellung", "war nicht zu erreichen": no
  // comment, no negation of what was reported.
  notStance:
    /^(?:(?<=(?<![\p{L}])(?:äußerte|äußerten|äußert|äußere|äußern) sich(?: (?!(?:und|aber|oder|sondern|doch)(?![\p{L}]))\p{L}+){0,3} )nicht(?=\s*(?:[.,;:!?)–—]|$)|\s+(?:zu (?:den |dem |der |diesen |diesem )?(?:bericht|meldung|angabe|information|spekulation|gerücht)\p{L}*|dazu|darüber|näher|öffentlich|weiter)(?![\p{L}]))|(?<=(?<![\p{L}])sich(?: \p{L}+){0,2} )nicht (?:dazu |darüber |näher |öffentlich |weiter )?geäußert(?![\p{L}])|nicht zu (?:\p{L}+ ){1,3}äußern(?![\p{L}])|nicht (?:dazu |darüber |öffentlich |näher )?stellung (?:genommen|nehmen)|(?<=(?<![\p{L}])(?:nahm|nahmen|nimmt|nehme)(?: \p{L}+){0,3} )nicht (?:dazu |darüber |öffentlich |näher )?stellung(?=\s*[.,;:!?)–—]|$)|(?<=(?:stellungnahme|anfrage|nachfrage|kommentar)(?: \p{L}+){0,3} )nicht (?:zu erreichen|erreichbar)|(?<=(?<![\p{L}])(?:macht|machte|machen|machten|mache)(?: \p{L}+){0,2} )(?:keinen hehl|kein geheimnis)(?=\s+(?:daraus|davon)(?![\p{L}])|,?\s+(?:dass|daß)(?![\p{L}])|\s*[:;.–—])|(?<=(?<![\p{L}])(?:verheimlicht|verheimlichte|verheimlichen|verhehlt|verhehlte|verbirgt|verbarg)(?! sich)(?: (?!sich )\p{L}+){0,2} )nicht(?![\p{L}])|ohne umschweife(?![\p{L}])|nicht (?:\p{L}+ ){0,2}von (?:seinen|ihren) (?:worten|äußerungen|aussagen) ab(?![\p{L}])|(?<=(?<![\p{L}])(?:nimmt|nahm|nehme) )nichts (?:davon )?zurück(?![\p{L}])|(?<=(?<![\p{L}])(?:ruderte|ruderten|wich|wichen|knickte|knickten) (?:\p{L}+ ){0,2})nicht (?:zurück|ein)(?![\p{L}])|nicht (?:zurückgerudert|zurückgewichen|eingeknickt)|(?<=(?<![\p{L}])(?:ließ|ließen|lässt|lassen|lasse) )keinen (?:zweifel(?=\s*[,:;.–—]|\s+(?:daran|dass|daß)(?![\p{L}]))|spielraum(?=\s*[:;.–—]|\s+für zweifel(?![\p{L}])))|nicht (?:\p{L}+ )?(?:zögern|zögert|zögerte|zögerten|zaudern|zaudert)(?![^.;:!?]{0,100}(?:abzulehnen|auszuschließen|zurückzuweisen|zu verweigern|abzusagen|zu dementieren))|(?<!(?<![\p{L}])(?:ist|sind|war|waren|bleibt|bleiben|blieb|blieben) )ohne (?:jeden |jegliche |irgendwelche |einen )?(?:belege?|beweise?|nachweise?|beleg)(?![\p{L}])(?!\s+(?:dafür|für|dass)(?![\p{L}]))|(?<=(?<![\p{L}])(?:legte|legten|nannte|nannten|lieferte|lieferten|präsentierte|präsentierten|brachte|brachten|führte|führten)(?: \p{L}+){0,2} )keine(?:rlei)? (?:belege|beweise|nachweise)(?!\s+(?:dafür|für|dass)(?![\p{L}]))|(?<=(?<![\p{L}])(?:belege|beweise|nachweise)(?: für (?:die|diese|seine|ihre|dessen|deren) (?:behauptung|darstellung|angaben|vorwürfe))? (?:lieferte|lieferten|nannte|nannten|legte|legten|präsentierte|präsentierten|brachte|brachten)(?: \p{L}+){1,3} )nicht(?![\p{L}])|nichts? (?:ge|ver)ändert(?![\p{L}])|kein(?:e)? (?:wunder|zweifel|frage)(?=\s*[,:;–—])|(?:eine )?frage der zeit(?=\s*(?:[.,;:!?)–—]|$|bis))|niemand (?:anderes|anderer|geringeres|geringerer) als|niemand (?:zweifelt|bezweifelt|bestreitet)|ausschlie(?:ß|ss)lich\p{L}*|ohne (?:jede )?ausnahme|kein(?:en)? (?:anderen? )?weg (?:führt |führe |gibt es |gebe es )?(?:mehr )?(?:(?:da)?ran (?:[^.,;:!?]{1,100}? )?|an [^.,;:!?]{1,100}? )?vorbei|nicht weit (?:von|vor|hinter)|unweit|nicht nur|nichts (?:anderes |weiter |weniger )?als|ob mit oder ohne|ob (?:mit|als|in|auf|per) [^.,;:?!]{1,60} oder|(?=ob )(?<=, )(?<!(?:offen|fraglich|unklar|ungewiss|unsicher|zweifelhaft|frage|wissen|weiß|wüssten?|prüf\p{L}*|entscheid\p{L}*|entschied\p{L}*|debattier\p{L}*|diskutier\p{L}*|überleg\p{L}*|erwäg\p{L}*|sagte|sagt|nicht)[^.;:!?]{0,20})ob \p{L}+ oder (?!nicht(?![\p{L}]))\p{L}+(?=\s*,(?!\s*(?:die|der|das|den|dem|welche|welcher|wie|so|wenn|falls|und|oder|gemeinsam)(?![\p{L}])))|ohne wenn und aber|ohne (?:zu )?zögern|ohne zweifel|ohne frage|ob als|(?<=(?:[,–—]|\p{L}{3}) (?:(?:ganz|völlig|ganz und gar) )?(?:gleich|egal|einerlei|unabhängig davon),? )ob|kein kommentar|keinen kommentar|ohne (?:sich )?an (?:den )?kämpfen (?:teilzunehmen|zu beteiligen)|ohne dass (?:diese|sie) an (?:den )?kämpfen teilnähmen|ohne (?:kampfeinsatz|kampfauftrag|kampfrolle|kampffunktion|kampfaufgaben)|lehnt\p{L}* (?:eine|jede|jegliche|einen) (?:stellungnahme|kommentar)|nicht (?:dazu |näher )?(?:äußern|kommentieren)|ohne (?:details|einzelheiten|nähere angaben) zu nennen|ohne (?:zu )?präzisieren|nicht (?:\p{L}+ ){0,2}(?:reagiert|geantwortet))(?![\p{L}])/u,
  // "wollte die Äußerung weder bestätigen noch dementieren", "man bestätige und dementiere nichts",
  // "kommentierte das Ministerium nicht": the question stays open.
  hedgePhrases:
    /^(?:(?=(?:ließ|ließen|lässt|lassen|lasse|ließe) )(?<=(?:^|[.!?]\s+)[„»«"]?(?:ob|inwieweit|inwiefern)(?![\p{L}])[^.;:!?]{1,200}, )(?:ließ|ließen|lässt|lassen|lasse|ließe) (?:[\p{L}-]+ ){0,8}offen(?=\s*(?:[.;!?]|$))|niemand weiß(?: bislang| bisher| noch)?,? ob|nicht (?:bekannt|klar),? ob|weder (?:zu )?(?:bestätig|dementier|bestreit|kommentier|bejah|vernein)\p{L}* noch (?:zu )?(?:bestätig|dementier|bestreit|kommentier|bejah|vernein)\p{L}*|(?<=(?<![\p{L}])(?:wollte|wollten|will|wolle|möchte|mochte) (?:\p{L}+ ){0,2}sich (?:\p{L}+ ){0,3})nicht (?:mehr |weiter |näher )?äußern|(?:bestätig|dementier)\p{L}* (?:und|oder) (?:bestätig|dementier|bestreit)\p{L}* nichts|(?:kommentiert|reagiert|antwortet)\p{L}* (?:\p{L}+ ){0,4}nicht(?! (?:nur|ohne|zuletzt|weniger))|lehnt\p{L}* (?:\p{L}+ ){0,2}(?:jede|jegliche|alle|weitere) spekulation(?:en)? (?:\p{L}+ ){0,6}ab(?=\s*(?:[.;!?]|$)))(?![\p{L}])/u,
  less: words('weniger'),
  // "schließt … aus" is read at its particle (separable, below): "schloss ein Abkommen" rules nothing out.
  // A verb that confirms or stresses after a denial word, before the claim (see LanguagePack.sayingClause).
  sayingClause:
    /(?<![\p{L}])und\s+(?:\p{L}+\s+)?(?:bestätigte|bestätigten|bestätigt|betonte|betonten|betont)(?![\p{L}])/iu,
  // A clause of contrast after a denial that is about something else (see LanguagePack.contrastClause).
  contrastClause:
    /(?<![\p{L}])(?:aber(?! auch)|jedoch|allerdings|dennoch|hingegen)(?![\p{L}])|,\s*(?:während|obwohl)(?![\p{L}])/iu,
  complementisers: { that: words('dass daß'), whether: words('ob') },
  or: words('oder'),
  taboos: words('tabu'),
  keeps: words('ausschließen auszuschließen ausgeschlossen ausschließt ausschließe ausschloss'),
  // "vom Tisch nehmen" (take off the table: rule out), read at "Tisch" ("vom" is no token); "Nichts dürfe vom
  // Tisch genommen werden" keeps it open.
  keepPhrases: /^(?<=(?<![\p{L}])vom )tisch(?![\p{L}])(?! de[rs] )/u,
  // Only those that always separate: "über", "unter", "um", "durch", "wieder" often do not.
  particleEnd:
    /^\s*(?:[,.;:!?)\u2013\u2014"»“”]|$|(?:und|oder|aber|sondern|denn|wie|sagte|sagt|erklärte|hieß)(?![\p{L}]))/u,
  particleInfix: 'zu',
  particles: 'ab an auf aus bei bereit dar ein fest fort her hin los mit nach vor weg zu zurück zusammen',
  separable: [
    ['schließt schloss schlossen schließen schließe', 'aus', 'keep'],
    ['wies weist wiesen weisen', 'zurück', 'denial'],
    ['stritt streitet stritten', 'ab', 'denial'],
    ['tat tut taten', 'ab', 'denial'],
    ['räumte räumt räumten', 'ein', 'confirmation'],
    // "Selenskyj gab zu, dass …" (admitted).
    ['gab gibt gaben', 'zu', 'confirmation'],
    // "steht nicht zur Debatte" (is not on the table): ruled out.
    ['steht stehen stehe stand standen stünde stünden', 'nicht zur Debatte', 'denial'],
    ['steht stehen stehe stand standen stünde stünden', 'nicht zur Diskussion', 'denial'],
    ['steht stehen stehe stand standen stünde stünden', 'nicht auf der Tagesordnung', 'denial'],
    // "kommt für Budapest nicht in Frage" (is out of the question): ruled out.
    ['kommt kommen komme kam kamen käme kämen', 'nicht in Frage', 'denial'],
    // "kämen ebenso wenig in Frage wie …" (no more than …): ruled out too.
    ['kommt kommen komme kam kamen käme kämen', 'ebenso wenig in Frage', 'denial'],
    ['kommt kommen komme kam kamen käme kämen', 'genauso wenig in Frage', 'denial'],
  ],
  opposites: [
    ['gewinnen', 'verlieren'],
    ['steigen', 'sinken'],
    ['erhöhen', 'senken'],
    ['zulassen', 'verbieten'],
    ['erlauben', 'verbieten'],
    ['annehmen', 'ablehnen'],
    ['unterstützen', 'ablehnen'],
    ['abziehen', 'entsenden'],
  ],
  synonyms: [
    ['truppen', 'soldaten', 'militär', 'streitkräfte', 'bodentruppen', 'kräfte'],
    ['entsenden', 'schicken', 'senden', 'stationieren', 'verlegen'],
    ['plant', 'beabsichtigt', 'will', 'vorhat', 'erwägt'],
    ['usa', 'amerika'],
  ],
  // Not "ein"/"eine": the indefinite article far more often than the number, and as a number a claim's
  // "ein Kontingent von 2000 Soldaten" agreed with every sentence that has an article ("rund 1500").
  numberWords: {
    zwei: '2',
    drei: '3',
    vier: '4',
    fünf: '5',
    sechs: '6',
    sieben: '7',
    acht: '8',
    neun: '9',
    zehn: '10',
    zwanzig: '20',
    sechsundzwanzig: '26',
    fünfzig: '50',
    hundert: '100',
    tausend: '1000',
    zweitausend: '2000',
  },
  // German capitalises every noun; these are the titles, months and days a claim may carry.
  notNames: words(
    'präsident präsidentin bundeskanzler kanzler kanzlerin minister ministerin außenminister außenministerin ' +
      'verteidigungsminister regierungschef premierminister sprecher sprecherin botschafter general herr frau dr ' +
      'januar februar märz april mai juni juli august september oktober november dezember ' +
      'montag dienstag mittwoch donnerstag freitag samstag sonntag',
  ),
  romanisation,
  avoid: words('abzuwenden abwenden abgewendet vermeiden vermeidbar verhindern verhindert aufzuhalten aufhalten'),
  negativeDeterminers: words('kein keine keinen keinem keiner keines'),
  collectiveActors:
    /(?:(?<![\p{L}])dass|,)\s+(?:mehrere|einige|manche|eine gruppe|eine reihe|verschiedene|bestimmte)\s+(?:[\p{L}-]+\s+){0,4}?(?:länder|staaten|regierungen|hauptstädte|nationen|verbündete)(?![\p{L}])/iu,
  collectiveEnds: /(?<![\p{L}])(?:aber|doch|und|während|jedoch|obwohl)(?![\p{L}])/iu,
  speakerPronouns:
    /(?<![\p{L}])(?:er|ihn|ihm|sein|seine|seinen|seinem|seiner|ich|wir|uns|unser\p{L}*|eigene\p{L}*)(?![\p{L}])/iu,
  negativePronouns: words('nichts'),
  exceptAfter: /^\s*(?:außer|ausgenommen|bis auf|abgesehen)(?![\p{L}])/u,
  questionAsked: /^fragen?(?: (?:eines|einer|des|der|von) (?:[\p{L}-]+ ?){1,3})?[,;:–—]$/u,
  refusals: words('weigert weigerte weigerten geweigert verweigert verweigerte weigere weigern'),
  answerYes:
    /^\s*(?:[–—]\s*)?[„"«]?(?:ja|jawohl)[“"»]?\s*[,.!–—](?!\s*(?:vielleicht|möglicherweise|eventuell|wenn(?! (?:nötig|es sein muss)(?![\p{L}]))|falls(?! nötig(?![\p{L}]))|unter umständen|aber|doch))/iu,
  answerNo: words('nicht nein kein keine keinen keinem keiner keines keinerlei nie niemals keineswegs keinesfalls'),
  sourceCited:
    /(?<![\p{L}])(?:(?:nannte|nennt|nennen|nannten|gab|gibt|zitierte|zitiert|belegte)\s+(?:[\p{L}-]+\s+){0,2}?(?:keine|keinerlei)\s+(?:[\p{L}-]+\s+)?quellen?|ohne\s+(?:eine\s+|die\s+|seine\s+|ihre\s+)?(?:[\p{L}-]+\s+)?quellen?\s+(?:zu\s+nennen|anzugeben|zu\s+zitieren|zu\s+belegen)|(?:keine|keinerlei)\s+quellen?\s+(?:nannte|nennt|nannten|genannt|angab|angegeben|zitiert))(?![\p{L}])/iu,
  evidence: words('belege beleg beweise beweis namen fotos bilder details nachweise nachweis'),
  interrogatives: /^[\s„"“»(]*was(?![\p{L}])/iu,
  askedWho: /^[\s„"“»(]*(?:wer|wen|wem)(?![\p{L}])/iu,
  fewHolders: /(?<![\p{L}])(?:kaum|wenige|wenigsten|minderheit|niemand|keiner)(?![\p{L}])/iu,
  oughtAsked: /^[\s„"“»(]*(?:soll|sollte|sollen|sollten|muss|müsste|müssen)(?![\p{L}])/iu,
  holdsAsked:
    /(?<![\p{L}])(?:(?:ist|sind|war|waren|zeigt sich|zeigten sich|zeigte sich) (?:\p{L}+ )?davon (?:überzeugt|fest überzeugt)|(?:behauptet|behaupten|behauptete) (?:das|dies|es))(?![\p{L}])/iu,
  ratherBut: words('sondern'),
  whQuestion:
    /^[\s„"“»(]*(?:was|wie|warum|wo|wann|weshalb|wieso|welche[rsmn]?|wozu|worum|woher|wohin|wofür)(?![\p{L}])/iu,
  conditionAsked: /(?<![\p{L}])(?:wenn|falls)(?![\p{L}])/iu,
  notYet:
    /(?<![\p{L}])(?:derzeit|vorerst|noch (?:nicht|kein\p{L}*)|zurzeit|momentan|bislang|bisher|aktuell)(?![\p{L}])/u,
  contrastAfterNo: /^[^.;!?]{0,80}?(?<![\p{L}])(?:aber|doch|jedoch|allerdings|wenngleich|obwohl)(?![\p{L}])/iu,
  notAnswerLead:
    /(?<![\p{L}])(?:zitier\p{L}*|brief\p{L}*|worte|erinnert\p{L}*|wiederholt\p{L}*|warnung\p{L}*|thema|themen|anderes|bedingung\p{L}*|auswich\p{L}*|wich\p{L}* (?:\p{L}+ ){0,3}aus)(?![\p{L}])/iu,
  noPlan:
    /(?<![\p{L}])(?:(?:dafür|hierfür|darüber) (?:gebe|gibt|gab|gäbe) es (?:[\p{L}-]+ ){0,4}?(?:keinen|keinerlei|weder einen) (?:konkreten )?plan|(?:gebe|gibt|gab|gäbe) es (?:[\p{L}-]+ ){0,4}?(?:keinen|keinerlei) (?:solchen|derartigen) plan|keine (?:solchen|derartigen) pläne|^\s*(?:das )?(?:komme|kommt|käme) (?:überhaupt |gar )?nicht in (?:frage|betracht)\s*(?:[.;!]|$))(?![\p{L}])/iu,
  topicFrame:
    /^\s*(?:zu|über|(?:auf die frage|gefragt|befragt) (?:nach|zu)|angesprochen auf|mit blick auf|hinsichtlich|bezüglich)(?: den| die| der| dem| des| diesen| solchen)? (?:bericht|gerücht|spekulation|meldung|behauptung|frage|idee|entsendung|stationierung|vorschlag|überlegung|darstellung|vorwurf|vorwürf)\p{L}*(?![\p{L}])/iu,
  askedFrame:
    /^\s*(?:(?:auf die|zur) frage|(?:[\p{L}-]+ ){0,3}?gefragt)(?: [\p{L}.-]+){0,6}?,? (?:ob|nach (?:der )?(?:möglichkeit|idee|aussicht))(?![\p{L}])/iu,
  readiness: /^(?:wenn (?:nötig|es sein muss)|falls nötig)(?![\p{L}])/iu,
  yesQualified: /^\s*[,;–—]?\s*(?:aber|doch|nur|allerdings)(?![\p{L}])/iu,
  hopedBefore: /(?<![\p{L}])(?:hoff\p{L}*|fürchte\p{L}*)[\s,]*$/iu,
  doubtedBefore: /(?<![\p{L}])(?:vielleicht|schwer|niemand)(?![\p{L}])/u,
  onlyAfterNegation: /^\s+(?:mehr\s+)?(?:nur|bloß)(?![\p{L}])/iu,
  saidYes:
    /(?<![\p{L}])(?:^\s*genau (?:das|dies|so)(?= (?:behauptet|sagt|sagte|meint|meinte|erklärt|erklärte|bestätigt|bestätigte|versichert|versicherte)\p{L}*(?![\p{L}]))(?![^.;!?]*(?:[:–—]|(?<![\p{L}])für(?![\p{L}])))|dass ja(?=\s*(?:[,.;:!?»“”"–—]|$))|antwortete\p{L}*(?: [\p{L}.-]+){0,3}? mit (?:einem )?(?:(?:klaren|knappen|entschiedenen|deutlichen|schlichten|eindeutigen) )?(?:ja|jein)(?=\s*(?:[,.;:!?»“”"–—]|$)))/iu,
  saidNo:
    /(?<![\p{L}])(?:dass nein(?=\s*(?:[,.;:!?»“”"–—]|$))|antwortete\p{L}*(?: [\p{L}.-]+){0,3}? mit (?:einem )?(?:(?:klaren|knappen|entschiedenen|deutlichen|glatten|schlichten|eindeutigen) )?nein(?=\s*(?:[,.;:!?»“”"–—]|$)))/iu,
  undecided:
    /(?<![\p{L}])(?:niemand weiß|(?:noch )?nicht (?:entschieden|klar|sicher|bekannt|abzusehen)|noch keine entscheidung|unklar|ungewiss|zu früh,? um)(?![\p{L}])/u,
  priorClause: /^(?:(?<past>nachdem)|nach (?:den|dem|der))(?![a-zäöüß])/u,
  verdictAdverbs: words('umgehend sofort prompt postwendend entschieden energisch vehement scharf'),
  dismissals:
    /(?<![\p{L}-])(?:schluss mit|ende der|ende den|beenden|zurückweisen|ersticken|(?:in |als )?antwort auf (?:eine|die)|(?:antwortete|antwortend|antwortet)(?: \p{L}+){0,2} auf (?:eine|die))\s+(?:(?:den|diesen|allen)\s+)?$/u,
  countryNames: {
    CZ: ['Tschechische Republik'],
    GB: ['Großbritannien', 'Britannien', 'England'],
    US: ['Amerika'],
    BY: ['Weißrussland'],
    MD: ['Moldau', 'Moldawien'],
  },
  anaphora: words('dies es'),
  statementNouns:
    /(?<![\p{L}])(?:diese[nrs]?|solche[nrs]?|die|den|das|derartige) (?:Darstellung(?:en)?|Berichte?n?|Behauptung(?:en)?|Meldung(?:en)?|Angaben|Vorwürfen?|Vorwurf|Version|Spekulation(?:en)?|Gerüchte?n?|Aussagen?|Äußerung(?:en)?|Worte|Pläne|Plan|Entscheidung|Erklärung|Begründung|Zusagen?|Lieferung(?:en)?|Zahl(?:en)?)(?![\p{L}])(?!\s+(?:über|von|zu|zur|zum)(?![\p{L}]))/iu,
  demonstratives: words('das'),
  evenWords: words('auch einmal'),
  concessive: words('selbst auch'),
  privative: words('ohne'),
  contraryAfter: /^\s+(?:über das gegenteil|vom gegenteil|des gegenteils)(?![\p{L}])/u,
  purpose: words('um'),
  purposeAfterComma: true,
  purposeClause:
    /^\s*(?:damit(?! (?:ist|war|sei|wäre|hat|hätte|habe|wird|würde|sind|waren|wären)(?![a-zäöüß]))|auf dass)(?![a-zäöüß])/u,
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  places: {
    prepositions: 'in ins im nach an auf',
    origin: 'aus',
    where: 'in im',
    spoken: 'sprach spricht sprechend rede interview journalisten reportern presse',
    articles: 'die der den dem',
    motion: 'verleg[a-z]*|verlager[a-z]*|verschieb[a-z]*|(?:ge)?schick[a-z]*|entsend[a-z]*|stationier[a-z]*',
    contrast: 'statt anstatt sondern nicht',
    instead: 'statt anstatt',
    notOnly: 'nicht_mehr_nur',
    regionAfter: 'region|regionen|gebiet|gebiets|gebietes|grenzregion|grenzgebiet|provinz',
    materiel: {
      nouns:
        'bestand|bestande|bestanden|bestands|bestandes|lagerbestand|lagerbestande|lagerbestanden|lager|lagern|depots?|waffen|waffe|waffensysteme?n?|flugabwehrsysteme?n?|systeme|systemen|panzer|panzern|kampfpanzer|kampfpanzern|fahrzeuge?n?|schiffe?n?|zerstorer|zerstorern|fregatten?|flugzeuge?n?|kampfjets?|hubschraubern?|ausrustung|material|munition',
      of: 'der des',
    },
  },
  people: {
    generation: { words: 'junior' },
    unrelated: 'nicht verwandt|weder verwandt|namensvetter',
    titles: [
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
      'generalsekretär',
      'generalsekretärin',
      'general',
    ],
    honorifics: { male: 'herr herrn', female: 'frau' },
    roles: {
      nouns:
        'minister ministerin premier präsident präsidentin kanzler kanzlerin botschafter diplomat sprecher sprecherin chef chefin generalsekretär generalsekretärin',
      articles: 'Der Die',
      verbs: 'sagte erklärte betonte warnte',
    },
    notGivenNames:
      'herr der die das und aber wie als wenn nach vor seit auch laut mit herrn frau dann später gestern heute für gegen während ohne zudem jedoch bei neben ob',
    thenWords: 'damals',
    questionOpeners:
      'hat hatte hätte wird würde will kann könnte soll sollte muss ist war warum wieso weshalb was wer wo wann',
    nounsBeforeName:
      'franzose franzosin brite britin ukrainer ukrainerin russe russin amerikaner amerikanerin italiener italienerin pole polin spanier spanierin deutsche regierung kabinett partei gastgeber gastgeberin',
    nounEndingsBeforeName:
      /(?:ungen|ung|heit|keit|schaft|chef|chefin|sprecher|sprecherin|minister|ministerin|prasident|prasidentin|kanzler|kanzlerin|befehlshaber|kollege|kollegen|kollegin|sekretar|sekretarin)$/,
    thingsBeforeSurname:
      'barock plattform marke firma hersteller ausruster unternehmen konzern pharmakonzern gruppe destillerie brennerei brauerei weingut kellerei werft',
    context: {
      officeBefore: 'amt amtes posten buro sitz kandidat* kandidatur',
      titleArticles: 'der die des dem den',
      // "den Präsidenten von Laos": another country's holder (before a name only: "von der Opposition" is a passive's).
      titleOfName: 'von',
      timesBeforeTitle: {
        former: 'frühere früheren ehemalige ehemaligen einstige einstigen scheidende scheidenden damalige damaligen',
        current: 'amtierende amtierenden heutige heutigen',
        leaving: 'scheidende scheidenden',
        glued: 'ex alt',
      },
      appositionArticles: 'der die das den dem des',
      surnameArticles: 'der die das',
      nounArticles: 'der die das den dem des eine einer einem eines',
      companyApposition: {
        articles: 'der die das ein eine',
        nouns: '~hersteller ~konzern ~firma ~marke ~unternehmen ~kette',
      },
      placeApposition: {
        articles: 'ein eine',
        small: 'klein kleine kleins kleines',
        nouns: 'dorf stadt gemeinde fluss',
      },
      namedPlace: { articles: 'der die das', nouns: 'Hotel Resort Golfplatz' },
      worksBeforeSurname: 'Album Film Buch Roman Song Lied Platte Dokumentarfilm',
    },
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      // "„Frei erfunden“, hieß es aus dem Generalstab": the report without a named speaker.
      'hieß es',
      'heißt es',
      'sagte',
      'sagt',
      'erklärte',
      'erklärt',
      'betonte',
      'betont',
      'teilte',
      'warnte',
      'bekräftigte',
      'versicherte',
      'unterstrich',
      'behauptete',
      'behauptet',
      'schrieb',
      'stellte klar',
      'fügte hinzu',
      'räumte ein',
      'bestätigte',
      'dementierte',
      'bestritt',
      'wies',
      'laut',
      'zufolge',
      'nach angaben',
    ],
    deny: [
      'dementi*',
      'bestritt',
      'bestreitet',
      'bestritten',
      'zurückgewiesen',
      'zurückweis*',
      'abgelehnt',
      'lehnte',
      'nicht',
      'kein*',
      'keinerlei',
      'niemals',
      'falsch*',
      'unwahr',
      'haltlos',
      'unbegründet',
    ],
    confirm: ['bestätigt*', 'eingeräumt', 'räumte ein', 'zugegeben', 'gab zu'],
    keep: [
      'nicht ausschließ*',
      'nicht ausgeschlossen',
      'nicht auszuschließen',
      'schließt nicht aus',
      'schloss nicht aus',
    ],
  },
};
