// What the claim engine needs to know about one language. Each language lives in one file of this
// folder (en.ts, fr.ts ...) and is listed once in index.ts: adding a language touches nothing else.

import type { Romanisation } from './romanise';

export interface LanguagePack {
  /** BCP-47 code, as used in dataset translations and hint terms. */
  code: string;
  script: 'latin' | 'cyrillic' | 'japanese';
  /** Stem of one lower-cased word (from a well-kept Snowball-derived stemmer where one exists). */
  stem(word: string): string;
  /** Function words: never retrieval terms. Lower-cased, before stemming. */
  stop: ReadonlySet<string>;
  /** Words that negate the clause they are in ("not", "не", "ない"). Lower-cased, before stemming. */
  negations: ReadonlySet<string>;
  /**
   * Frequent words that tell this language from others of its script (checked before stemming). Only
   * Latin-script languages need them; Cyrillic and Japanese are told apart by their letters.
   */
  markers?: ReadonlySet<string>;
  /**
   * Lower-case letters that, among the Latin-script packs, only this language writes ("ñ", "ß"): they
   * tell languages apart when marker words do not (a short headline). Checked as written.
   */
  letters?: string;
  /**
   * Word endings (lower case) frequent in this language and rare in the other Latin-script packs
   * ("-ing", "-ung", "-os"): the last tie-break when marker words and letters leave a text undecided
   * ("Bratislava niega que Eslovaquia vaya a enviar soldados a Ucrania" has only "que", French and Spanish).
   * Read on words of four letters or more.
   */
  endings?: readonly string[];
  /** Elided articles and pronouns written before an apostrophe ("l'", "d'"): dropped from the word. */
  elisions?: ReadonlySet<string>;
  /**
   * Words of opposite meaning (won/lost, rose/fell): a sentence with one side of a pair where the claim
   * has the other states the opposite, not the claim. Written as words; compared by stem.
   */
  opposites?: readonly (readonly [string, string])[];
  /**
   * Words that mean the same for matching (jab/shot/vaccine, suspended/stopped): a claim's word is met
   * by any word of its set. Written as words; compared by stem.
   */
  synonyms?: readonly (readonly string[])[];
  /** Words that report a claim denied or rated false ("denied", "опроверг", "否定"). Before stemming. */
  denials: ReadonlySet<string>;
  /** Words that report a claim confirmed ("confirmed", "подтвердил"). Before stemming. */
  confirmations: ReadonlySet<string>;
  /** Words that only raise a claim without a side ("whether", "rumours", "ли"). Before stemming. */
  hedges: ReadonlySet<string>;
  /**
   * Verbs of deliberating, matched at a lower-case word's start ("consider", "erwäg", "sopes", «обсужда»,
   * 検討): where a claim's own text says someone is considering something, "weighing whether to send
   * troops" states it, and the hedge after such a verb (before it in Japanese) is the claim's.
   */
  deliberation?: RegExp;
  /**
   * The hedges that open a condition ("if", "si", "falls"), and how a claim in this language says it
   * is itself conditional ("would", "if"). A conditional claim ("allowing long-range strikes would mean
   * war") is stated by "if X, then war": these words do not hedge it, in any language.
   */
  conditionals?: { words: ReadonlySet<string>; claim?: RegExp };
  /**
   * Set phrases that open with a negation, a denial, a confirmation or a hedge word and are none ("sin embargo",
   * "nicht nur", "not only", "se negó a comentar": refused to comment; "ob als …", "whether as …": either
   * way): tested on the lower-case text from that word.
   */
  notStance?: RegExp;
  /**
   * A negation or stance word with what comes right before it that makes it none: Russian «где бы они ни
   * появились» (wherever they appear: "бы … ни" concedes, it negates nothing), Japanese 例外なく (without
   * exception). Tested on the lower-case text up to the word's end (from 40 characters before it),
   * anchored at that end; tried at every stance word of every line, so written with the language's own
   * lower-case letters rather than \p{L} (V8 compiles a Unicode property class slowly: a first test of
   * such a pattern cost 6 ms, each later one 1.3 ms).
   */
  notStanceAfter?: RegExp;
  /**
   * Confirmation words that also permit (Japanese 認める), and what ends right before one that then
   * permits rather than confirms (〜することを認めた, "allowed to …", where 〜したことを認めた admits):
   * tested on the text before the word.
   */
  permits?: { words: ReadonlySet<string>; after: RegExp };
  /**
   * What opens a clause of consequence ("otherwise", "sonst", "de lo contrario"), tested on the lower-case
   * clause from its start: a negation in it ("…, sonst lasse sich eine Waffenruhe nicht sichern") says
   * what happens without the claim, it does not negate the claim.
   */
  otherwise?: RegExp;
  /**
   * A source phrase ("nach ukrainischen Angaben", "según fuentes británicas", "according to British
   * intelligence"), found anywhere in a sentence (flag `g`): its words say who reports, so they are no
   * evidence that a claim's actor acts. Written in lower case, as the set phrases are (see
   * lowerCasePattern).
   */
  sourcePhrase?: RegExp;
  /**
   * Where a negation may close the clause, far after the claim's words (German "schickt … in die Ukraine
   * auch künftig nicht"): the words that open another clause ("und", "dass"), which end its reach, as
   * punctuation does. Without it, a negation counts up to two words after the claim's last word.
   */
  clauseEndNegation?: RegExp;
  /**
   * The plain negations that negate a denial verb from its clause's end ("wies den Bericht nicht zurück":
   * did not reject it), as the clause's last word or right before its particle; not after a word of
   * `notAfter` ("so deutlich wie nie zuvor ab" still rejects).
   */
  clauseEndNegators?: { words: ReadonlySet<string>; notAfter: ReadonlySet<string> };
  /**
   * Set phrases that deny although none of their words is a denial word ("restó credibilidad a",
   * "salió al paso de"): tested on the lower-case text from each word; the phrase's first word denies.
   */
  denialPhrases?: RegExp;
  /**
   * Set phrases of exclusion ("close the door to", "cerrar la puerta a"): their first word counts as a
   * verb of exclusion (see `keeps`), tested as `denialPhrases` are.
   */
  keepPhrases?: RegExp;
  /**
   * Set phrases that negate although none of their words is a negation ("dejar de lado la cobardía":
   * set cowardice aside; "abandonó la idea de"): their first word counts as a negation, tested as
   * `denialPhrases` are.
   */
  negationPhrases?: RegExp;
  /**
   * A place word after what puts someone away from it ("well back from the front", "à bonne distance du
   * front", «вдали от линии фронта»), matched at that word (the words before it in a lookbehind): it
   * negates a claim only where that word is one of the claim's ("on the front line"), not the others
   * its sentence states ("French troops in regions of Ukraine, well away from the front").
   */
  awayPhrases?: RegExp;
  /**
   * Set phrases that leave a claim open ("evitó pronunciarse": avoided commenting; "weder bestätigen noch
   * dementieren"): their first word hedges, and none of their words negates or denies.
   */
  hedgePhrases?: RegExp;
  /** "less": a negation right before it says "at least" ("no fewer than", "nicht weniger als"). */
  /**
   * The second word of a two-part negation that, right before a word of `less`, makes "no fewer" (French
   * "pas": "il n'en faudrait pas moins"): the first part, a few words before, is then no negation either.
   */
  lessAfter?: ReadonlySet<string>;
  less?: ReadonlySet<string>;
  /**
   * Verbs of exclusion: a negation right before one asserts a possibility ("did not rule out",
   * "не исключает"), so it is no denial. Before stemming.
   */
  keeps: ReadonlySet<string>;
  /**
   * "Taboo" ("Tabu", «табу», タブー), lower case as written: negated, a keep word ("is not taboo", "kein Tabu":
   * the possibility stays open, as "not ruled out"); not negated, no stance ("a taboo is crumbling").
   */
  taboos?: ReadonlySet<string>;
  /**
   * Words that open a clause a verb governs: `that` ("that", "dass", "que", «что») and `whether`
   * ("whether", "ob", "si", «ли», か): after a verdict ("…, confirmed that …") the verdict has an object
   * of its own; a `whether` after a verb of deliberating is its object, no hedge.
   */
  complementisers?: { that: ReadonlySet<string>; whether: ReadonlySet<string> };
  /**
   * Reportive particles among `complementisers.that` («будто», «якобы», «ніби», «нібито»), lower case: also
   * adverbs ("allegedly"), so "that" only after a comma or a noun («отверг сообщения, будто …»), not right after a
   * verb («отверг якобы существующие разногласия»).
   */
  reportive?: ReadonlySet<string>;
  /** "or" ("oder", "o", "ou", «или»): beside a verdict it weighs the verdict, gives none ("Fake or not"). */
  or?: ReadonlySet<string>;
  /** Nouns of intention between a verb and its negation (Japanese 撤回する考えはない: no intention of …). */
  intentionNouns?: ReadonlySet<string>;
  /**
   * Stance verbs whose particle goes to the clause's end (German "wies … zurück", "stritt … ab"):
   * [forms of the verb, space-separated; the particle; what they report]. A `keep` verb ("schloss …
   * aus": ruled out) is read at its particle, so that a negation before the particle keeps the
   * possibility open ("schloss nicht aus"), as one before "ausschließen" does.
   */
  separable?: readonly (readonly [verbs: string, particle: string, kind: 'denial' | 'confirmation' | 'keep'])[];
  /**
   * Particles that leave their verb for the clause's end in a main clause ("lehnt … ab" is "ablehnen"),
   * space-separated: a claim's hint term written as particle + verb stem ("ablehn*") also meets the
   * verb with its particle closing the clause (see ClaimsIndex.scan).
   */
  particles?: string;
  /**
   * What an infinitive puts between such a particle and its verb ("zu": "auszuschließen" is
   * "ausschließen"): a hint term "ausschließ*" meets "auszuschließen" too.
   */
  particleInfix?: string;
  /**
   * What may follow a separable verb's particle where it closes the clause (punctuation, the line's end,
   * a conjunction or a reporting verb: "…, lehne Moskau ab, erklärte Lawrow"), tested right after the
   * particle; read by the stance (`separable`) and by the hint terms (`particles`).
   */
  particleEnd?: RegExp;
  /** Number words read as numbers ("five" -> "5"), so "five pilots" and "5 pilots" agree. */
  numberWords?: Readonly<Record<string, string>>;
  /**
   * Capitalised words that are not names: titles and months ("President", "Sen", "July"). A claim's
   * names must be in the sentence; these need not be.
   */
  notNames?: ReadonlySet<string>;
  /**
   * Negations that qualify a noun ("no", "kein", «никаких»): "no confirmed plans" negates the plans, it
   * does not leave a report unconfirmed.
   */
  negativeDeterminers?: ReadonlySet<string>;
  /**
   * Negative pronouns ("nothing", "nichts", "rien", "nada", «ничего»): as the object right after a verb of
   * exclusion ("would exclude nothing", "rules out nothing") they keep everything open, as a negation before
   * the verb does.
   */
  negativePronouns?: ReadonlySet<string>;
  /**
   * What follows a negative pronoun that makes it an exception ("rules out nothing except …", "nada menos que"):
   * then it keeps nothing open. Tested on the lower-case text right after the pronoun.
   */
  exceptAfter?: RegExp;
  /**
   * A question answered, as its own clause (the lower-case text from the hedge word to its clause mark): "question from
   * the BBC", «вопрос журналиста», "pregunta de la radio"; not one about something ("question about the reports",
   * "Frage zu Berichten"), which is what the sentence is about (see stance.ts askedOfItsOwn).
   */
  questionAsked?: RegExp;
  /**
   * Some countries, states or governments as who acts in what a speaker reports ("… that several European
   * countries", "que algunos gobiernos", «що кілька країн», 数か国): where a sentence names them, a speaker whose own
   * country is a claim's actor only reports (see match/index.ts collectiveActorAt). A quantifier, not any plural:
   * "Macron said Europeans would have to …", "Stoltenberg said allies had no plans" are the speaker's own side.
   */
  collectiveActors?: RegExp;
  /** Words that end the clause of those countries ("but", "and", «но», が、): see match/index.ts actsOnClaim. */
  collectiveEnds?: RegExp;
  /** Pronouns that take up a speaker ("he", "his", «его», "lui"): see match/index.ts actsOnClaim. */
  speakerPronouns?: RegExp;
  /**
   * Words that say no when they open the answer to a question ("¿Habrá soldados polacos? No entra en
   * nuestros planes"; "… in die Ukraine? Das werde es nicht geben"): particles, not verbs of avoiding
   * ("El Elíseo evita responder" answers nothing). See stance.ts answerOf.
   */
  answerNo?: ReadonlySet<string>;
  /**
   * An answer that says it is not known or not decided yet ("Nobody knows", "Rien n'est décidé", «Пока не
   * решено», "Todavía no se sabe"), in lower case: it leaves the question open, and its "no" is that of the
   * knowing or deciding. See stance.ts answerOf.
   */
  undecided?: RegExp;
  /**
   * A "yes" opening the answer to a question, set off by a comma or a stop ("Ja, meinte Macron, die Ukraine
   * müsse das dürfen"): the answer states the claim. Tested on the answer's text. See stance.ts answerOf.
   */
  answerYes?: RegExp;
  /**
   * A yes said later in the answer, as the whole of what is said ("Austin said they were", « a répondu que oui »,
   * «каже, що так», その通りだと断言した, "answered in the affirmative"). Tested on the answer's text; a
   * negation, a hedge or a verb of exclusion earlier in its clause, or a lead that avoids or doubts ("Perhaps"),
   * makes it none. See stance.ts saysYes.
   */
  saidYes?: RegExp;
  /**
   * A question that asks what ("What did Macron propose?", « Qu'a proposé Macron ? », «Что грозит …?», 何を…のか),
   * tested on the question's text: its answer supplies what it asks, and states the claim it completes. Not who,
   * when, why or how many, which the answer may leave as it was ("Who would command British troops? The British
   * army has …"). See index.ts answered.
   */
  interrogatives?: RegExp;
  /**
   * A question that asks who ("Who steers the coalition?", « Qui … ? », «Кого …?»), tested on the question's text:
   * an answer that adds claim words the question lacks, names included ("London and Paris, Macron said"), supplies
   * it, as for `interrogatives`. See index.ts answered.
   */
  askedWho?: RegExp;
  /**
   * A question word opening a question that asks something other than yes or no ("What", "Why", "Where", "How many",
   * « Pourquoi », „Worum“, «Ради чего», «Скільки»), tested on the question: an answer that adds two or more of a
   * claim's words states the claim in its own stance (see index.ts answered). Not Japanese (its names have no
   * capital to tell them from a claim's words).
   */
  whQuestion?: RegExp;
  /**
   * The word that opens the side a negated one is set against, after its comma ("but", « mais », „sondern“, "sino",
   * «а»), lower case: "nicht im Hinterland, sondern an der Front" puts the hinterland aside and says the front (see
   * stance.ts sideNegation).
   */
  ratherBut?: ReadonlySet<string>;
  /**
   * An answer's first clause that says its speaker holds what was asked, taking it up by a pronoun ("X is convinced
   * of it", « X en est convaincu », „X ist davon überzeugt“, «Х в этом уверен»), tested on the answer's words before
   * its first clause mark: the question's claim is asserted, as with an answer that opens with the pronoun (see
   * index.ts reportsQuestion).
   */
  holdsAsked?: RegExp;
  /**
   * The word that joins a negated alternative after a statement, lower case («а» in «…, а не в тылу»: "rather than"):
   * the negation sets that alternative aside (see stance.ts sideNegation). Only where the word says "rather than"
   * unambiguously; English "not", French « pas », … set aside a time as often as a place.
   */
  ratherNot?: ReadonlySet<string>;
  /**
   * Who holds something, when few or nobody do ("Very few in Paris", „Die wenigsten“, «лишь горстка депутатов»):
   * tested on the words before a `holdsAsked` phrase, and in Russian and Ukrainian, which put the subject after the
   * verb, on the whole clause. Such an answer holds nothing.
   */
  fewHolders?: RegExp;
  /**
   * A question of what should be done ("Should Germany send …?", „Soll Deutschland …?“, «Должна ли …?»), tested on the
   * question: someone who holds that is no report that it will be (see index.ts holdsQuestion).
   */
  oughtAsked?: RegExp;
  /**
   * A yes-or-no question whose "not" only asks («Не готовит ли Чехия …?», «Чи не відправить Польща …?»), tested on the
   * question: that one negation does not make it a question about a refusal (see index.ts holdsQuestion).
   */
  askingNot?: RegExp;
  /** "Itself" after a place's preposition («в саму страну», «в саму Україну»): the claim's own place (see ratherNot). */
  itself?: RegExp;
  /**
   * A noun for what was said followed by what it is about ("reports of", «сообщения о», „Berichte über“,
   * « informations sur », "informaciones sobre"): a denial after the claim's words, in a clause of its own that names
   * such a report, denies that report, not the claim (see stance.ts deniesOtherReport).
   */
  reportsOfOther?: RegExp;
  /**
   * A condition in a question ("What happens if …", « … si … », «…, если …», …なら), tested on the question: a
   * question of a condition is not answered by the next sentence's stance (see `interrogatives`). Also the
   * words that open a condition after a claim's words, whose negation is the condition's (stance.ts
   * inConditionAfterClaim): subordinators only, not German "sollte", which also means should.
   */
  conditionAsked?: RegExp;
  /**
   * A sentence that opens by telling what was asked, tested at its start and met up to the word that asks
   * ("Asked on Tuesday whether", « Interrogé sur la question de savoir si », "Gefragt, ob", «На вопрос, … ли»):
   * what follows the next comma is the answer ("…, Scholz said no"), read as an answer after a colon is (see
   * index.ts answered).
   */
  askedFrame?: RegExp;
  /**
   * What opens a sentence that names its topic before a colon ("On reports that …, Scholz said: there are no
   * such plans", « Sur l'envoi de soldats en Ukraine, Scholz a été clair : il n'en est pas question », „Zu
   * Berichten über …, sagte Scholz: …“): a preposition and a noun of talk or of the act, at the sentence's start.
   * A denial or confirmation after the colon that holds none of the claim's words is the claim's (see index.ts
   * topicAnswered).
   */
  topicFrame?: RegExp;
  /**
   * An answer that there is no such plan ("there is no such plan", «таких планов нет», "dafür gebe es keinen
   * Plan"), tested on the answer: it says no to what was asked (see stance.ts answerOf).
   */
  noPlan?: RegExp;
  /** "For now", "yet" («пока», "derzeit", "por ahora", « pour l'heure »), lower case: a noPlan answer says "not yet". */
  notYet?: RegExp;
  /**
   * A contrast word within the next 80 characters ("but", "aber", «но», « mais », "aunque"), tested on the text after
   * a point: after a noPlan answer (the question stays open), and between a "whether" and a verb of exclusion
   * (stance.ts openAsked: the exclusion is another clause's).
   */
  contrastAfterNo?: RegExp;
  /**
   * Words before a colon in an answer that make what follows no answer of the speaker's: a quote of someone else, a
   * list of conditions, a dodge ("quoted his predecessor:", "zitierte den Kreml:", "listed his conditions:",
   * "sidestepped the question:"). Elsewhere the words after the colon are the answer (see index.ts answered).
   */
  notAnswerLead?: RegExp;
  /**
   * A condition that only says "whatever it takes", at a hedge word ("if need be", "s'il le faut", "wenn nötig";
   * "if necessary" only before a clause mark, where no noun follows): readiness, not a condition that holds an
   * answer open. Tested in place at the word. See stance.ts answerOf.
   */
  readiness?: RegExp;
  /** A qualification right after a yes ("but", "only", "mais", "aber", «но»), tested there. See stance.ts saidPlainly. */
  yesQualified?: RegExp;
  /**
   * A word of hoping or fearing right before what is said ("hofft, dass ja", "espère que oui", «надеются, что да»),
   * tested on the 30 characters before it: no yes or no of the speaker's. See stance.ts plainlySaid.
   */
  hopedBefore?: RegExp;
  /**
   * Words that avoid, doubt, call hard or deny anyone says what follows ("s'est bien gardé de répondre", "Peut-être",
   * "Difficile de dire", "Personne ne peut affirmer"), tested on the 60 characters before it, in lower case. See
   * stance.ts plainlySaid.
   */
  doubtedBefore?: RegExp;
  /**
   * "Only" right after a negation ("not only", "nicht (mehr) nur", "pas seulement", "no solo", «не только»), tested
   * after the negation: it adds to what it says and negates nothing. See stance.ts stanceOf.
   */
  onlyAfterNegation?: RegExp;
  /**
   * Nouns for the evidence of a report, in lower case ("evidence", "names", "photographs", «доказательств»): a
   * negation beside one, in a clause of none of the claim's words ("…, giving no evidence or names"),
   * says the claim is unproven, not false. See stance.ts.
   */
  evidence?: ReadonlySet<string>;
  /**
   * A source not cited, with its verb of citing or naming ("citing no sources", "without naming a source", « sans
   * citer de source », "nannte keine Quellen", "sin citar fuentes", «не ссылаясь ни на какие источники»), unanchored:
   * a negation inside it, in a clause after all of the claim's words, says the claim is unsourced, not false, as
   * `evidence` does. Not a source that denies or does not confirm ("no government source confirmed it"). See
   * stance.ts.
   */
  sourceCited?: RegExp;
  /**
   * Whether a negation may follow the words it negates in the same clause («войну на российскую территорию он
   * переносить не собирается»): a negative claim called false there is denied (see stance.ts).
   */
  negationAfterVerb?: boolean;
  /**
   * A no said in words that are no negation ("answered in the negative", «ответил отрицательно», « a répondu
   * par la négative »): a bare no, read as thatNo's is. See stance.ts saysNo.
   */
  saidNo?: RegExp;
  /**
   * Words that open a clause contrasting with the one before ("but", "mais", "но"), tested on the text
   * between two words: a denial or exclusion before one, with all of the claim's words after it, is
   * about something else ("Scholz called the accusations slander, but confirmed that …"). See stance.ts.
   */
  contrastClause?: RegExp;
  /**
   * A verb that confirms or stresses, joined after a denial word ("and confirmed", ", insisting", "et a
   * souligné", «и подтвердил», "y subrayó", "und bestätigte"), tested on the text between the denial word and
   * the claim's first word: the claim is what that verb states, and the denial word's object is something else
   * ("Zakharova called Kyiv's statements a lie and confirmed that French mercenaries were killed"). Not a bare
   * "and said", whose clause often repeats the denial ("denied the report and said claims … were propaganda").
   * See stance.ts.
   */
  sayingClause?: RegExp;
  /**
   * The word that opens a clause answering a negation ("nicht mehr in England, sondern in der Ukraine", "no …, sino"),
   * the words after it that make the clause an addition ("sondern auch"), and the words after a negation that make it
   * none of the place ("nicht nur", "no solo"): a claim's contrast place negated up to four words back before such
   * a clause is the contrast's, not the claim's (see match/claims.ts negatedBefore). Not words that also join
   * clauses ("but", "mais", «а», «але»).
   */
  negatedContrast?: { opens: string; also: string; notOnly: string };
  /**
   * Verbs of refusal that govern an infinitive written at the clause's end, however far ("hat sich
   * geweigert, … kategorisch auszuschließen"): a refusal to rule out keeps it open. See stance.ts.
   */
  refusals?: ReadonlySet<string>;
  /**
   * Pronouns that take up the previous sentence's statement as the object of a stance verb ("Kiew
   * dementierte dies", "Londres no lo confirmó", "The Pentagon denied it"): the sentence reacts to that
   * statement. See stance.ts reactionOf.
   */
  anaphora?: ReadonlySet<string>;
  /**
   * A demonstrative or an article and a noun for what was said ("these reports", "esa versión", "diese
   * Darstellung", «эти сообщения»), unanchored, case-blind: as the object of a stance word, it takes up the
   * previous sentence's statement as `anaphora` do ("El Quai d'Orsay tachó esa versión de propaganda").
   */
  statementNouns?: RegExp;
  /**
   * Where objects stand before their verb with no space (Japanese): a pronoun, or a demonstrative and a
   * noun for what was said, with its particle, anchored at the end of the text right before a stance word
   * ("これを否定した", "この報道を否定", "同国防省はその見方を否定"): the sentence reacts to the statement
   * before, as `anaphora` do.
   */
  objectBefore?: RegExp;
  /**
   * The same object opening the sentence as its topic, set off by a comma, with the stance word further on
   * ("そうした英紙の記事を、首相官邸の報道官は根拠に欠けると退けた"): anchored at the sentence's start (`^`).
   */
  objectOpening?: RegExp;
  /**
   * Object pronouns written right before their verb that are articles elsewhere (Spanish "los", "las"),
   * and how a stance verb's form ends there: a pronoun only right before a stance word that is such a verb
   * ("El Gobierno los desmintió"), an article before a noun ("las mentiras"). See anaphora.
   */
  clitics?: { words: ReadonlySet<string>; verb: RegExp };
  /**
   * Demonstratives that take a statement up too but also stand before a noun ("this", "das", «это»):
   * read as `anaphora` only where no content word follows and no preposition comes before («при этом»).
   */
  demonstratives?: ReadonlySet<string>;
  /**
   * Names of countries the press writes that the browser's country names (CLDR, see match/places.ts)
   * lack: ISO 3166 code -> names ("Czech Republic" beside CLDR's "Czechia").
   */
  countryNames?: Readonly<Record<string, readonly string[]>>;
  /**
   * What ends rumours, names them or answers a question, read on the lower-cased text right before a hedge
   * word ("acabar con los", "put an end to the", "calling the", "in answer to a", «ответил на»): that hedge
   * is what the statement dismisses or answers, it leaves nothing open. Anchored at the end (`$`).
   */
  dismissals?: RegExp;
  /**
   * What opens a clause that tells what came before the statement ("nachdem Medien spekuliert hatten",
   * "after reports speculated", "tras las especulaciones"): a hedge there, after a negated claim's words,
   * is the talk the statement answers, it leaves nothing open: within three words of the opener, or at any
   * distance after an opener matched by the named group `past` (one that only ever tells what came before:
   * "nachdem"). Tested on the lower-cased clause from its start (after a comma), anchored there (`^`).
   */
  priorClause?: RegExp;
  /** Adverbs that may follow a bare verdict ("Warsaw denied promptly", "Warschau widersprach umgehend"). */
  verdictAdverbs?: ReadonlySet<string>;
  /**
   * "Even" beside a negation ("not even", "auch nicht", "ni siquiera", «даже не»): after a negation that
   * keeps a possibility open ("nothing can be ruled out, not even that …"), such a negation carries on
   * that one and denies nothing of its own. See stance.ts.
   */
  evenWords?: ReadonlySet<string>;
  /**
   * Words that make the condition right after them a concession ("even if", "même si", "selbst wenn",
   * "incluso si", «даже если»): the claim stands whatever the condition, so its word hedges nothing.
   * Lower case as written.
   */
  concessive?: ReadonlySet<string>;
  /**
   * Privative prepositions among the negations ("without", "sin", "ohne", "sans", «без»), lower case as
   * written: one after all of a claim's words negates only what follows it ("… un enfrentamiento directo
   * sin vuelta atrás", "… aunque sin fijar cifras"), not the claim.
   */
  privative?: ReadonlySet<string>;
  /**
   * "Of the contrary" right after a hedge word, on the lower-case text after it (" to the contrary", « об
   * обратном», " contraires"): rumours of the contrary ("…, and rumours to the contrary are untrue") hold
   * nothing open. Not "on the contrary", "im Gegenteil", "por el contrario": a contrast, no object.
   */
  contraryAfter?: RegExp;
  /**
   * Words of avoiding, lower case as written: a negation right before one ("nicht mehr abzuwenden",
   * "cannot be avoided") says the thing is inevitable, which asserts a claim, not denies it.
   */
  avoid?: ReadonlySet<string>;
  /**
   * Words opening a purpose clause before an infinitive ("to avoid", "um zu vermeiden", «чтобы
   * избежать»): a word of avoiding after one is no object of a negation ("will not, to avoid
   * escalation, send troops" still negates the sending).
   */
  purpose?: ReadonlySet<string>;
  /**
   * What opens a finite purpose clause after a comma, matched on the lower-case text after the comma
   * (", damit", ", so that", ", para que", «, чтобы»): a negation inside one negates what the clause says
   * ("…, damit russische Artillerie die Dörfer nicht mehr erreicht"), not a claim none of whose hint
   * words it holds.
   */
  purposeClause?: RegExp;
  /** Whether the purpose clause is read only after a comma (German "damit" is also "with it"). */
  purposeAfterComma?: boolean;
  /** Irregular forms read as their base word before stemming ("won" -> "win", "fell" -> "fall"). */
  irregular?: Readonly<Record<string, string>>;
  /**
   * How this language's press writes Russian and Ukrainian names (Lawrow, Selenskyj; Serguéi, Zelenski;
   * Sergueï, Poutine): officials' Cyrillic aliases are romanised with it (see romanise.ts).
   */
  romanisation?: Romanisation;
  /**
   * Cue words, folded: reporting verbs (who speaks: "said", «заявил»), denials, confirmations, and negated
   * verbs of exclusion that keep a possibility open ("did not rule out"). Trailing * = a word prefix;
   * leading ~ = may start inside a word ("~n't"). Read by match/cues.ts, all languages at once.
   */
  cues?: {
    report?: readonly string[];
    deny?: readonly string[];
    confirm?: readonly string[];
    keep?: readonly string[];
  };
  /** How this language names people: titles, honorifics, words that make a surname a place (match/titles.ts). */
  people?: PeopleWords;
  /** Words that say where an act goes or happens (see PlaceWords). */
  places?: PlaceWords;
}

/**
 * Words that say where an act goes or happens, read by the claims matcher on the folded key text (lower
 * case, Latin letters without accents, ё as е; see match/claims.ts placedAt and the regional check).
 * Space-separated words, or regex alternations where forms vary (`motion`, `regionAfter`).
 */
export interface PlaceWords {
  /** Prepositions of place before a name ("in", "nach", "a", «в»), and articles that may follow them ("die"). */
  prepositions: string;
  articles?: string;
  /** Words of "inside" before a place ("inside", "within"): where an act happens, not a place it passes. */
  inside?: string;
  /** Word forms of moving something somewhere ("mov(?:e|es|ed|ing)", "verleg[a-z]*"), as an alternation. */
  motion?: string;
  /** Words of contrast right before a preposition of place ("rather_than", "statt", "а_не", "not"; _ joins a phrase). */
  contrast?: string;
  /**
   * Words of substitution right before a word ("instead_of", "statt", «вместо»; _ joins a phrase): what they
   * name is what is not done ("Statt Soldaten schickt Berlin Luftabwehr"), no evidence of a claim.
   */
  instead?: string;
  /**
   * Words that put a place aside as no longer the only one, right before it ("no_longer_only", "plus_seulement",
   * "nicht_mehr_nur"): the act is not confined there now ("forment désormais sur place, et plus seulement en
   * Angleterre"). Not "not only … but also", which names another place as well.
   */
  notOnly?: string;
  /** Nouns for a region right after an adjective ("Region", «области»), as an alternation. */
  regionAfter?: string;
  /** Romance order: articles and nouns for a region right before an adjective ("la provincia ucraniana"). */
  regionBefore?: { articles: string; nouns: string };
  /**
   * Prepositions of where someone or something comes from ("from", "aus", «из»; Japanese から after the name):
   * a place after them is no destination ("recruits from Ukraine trained in Wiltshire").
   */
  origin?: string;
  /** Words before a preposition of origin that keep the place the act's (denied) destination ("away_from"). */
  away?: string;
  /**
   * Nouns of materiel (stocks, vehicles, ships, weapons) that an armed force's name owns, as an alternation
   * on the folded key text: right after the force's word ("Self-Defense Force destroyers", 自衛隊の車両) or
   * before it with a word of "of" ("aus Beständen der Bundeswehr", "stocks of the army", «запасов армии»).
   * What is sent is then the force's things, not its troops. `of`: the words of "of" (_ joins a phrase).
   */
  materiel?: { nouns: string; of?: string };
  /** What follows a place named as where an act goes, with no space (Japanese へ, 国内). */
  after?: string;
  /**
   * Nouns of sending written right after a place with no space (Japanese 派兵, 派遣: ウクライナ派兵 is sending
   * troops to Ukraine): the place before them is where they go, not whose troops they are.
   */
  sendingAfter?: string;
  /**
   * Prepositions (postpositions in Japanese) of where something is said or done ("in", "en", «в»; で): an
   * actor's city or country after a verb and one of them names the place of the statement, not who acts
   * ("descartó en Varsovia el envío de militares de su país").
   */
  where?: string;
  /**
   * Words of speaking and its audience (folded, space-separated) right before a place with its preposition
   * ("speaking in England", "told reporters in England", « s'exprimant en Angleterre », «выступая в Лондоне»): the
   * place is where words were said, not
   * where the act happens, as it is after a verb of saying ("said in England"). Read for a claim's `elsewhere`
   * places only (see match/index.ts).
   */
  spoken?: string;
}

/**
 * What the officials matcher knows of a language's ways of naming people. Word lists are folded, lower
 * case, space-separated; match/titles.ts joins every language's into the tables the matcher reads.
 */
export interface PeopleWords {
  /**
   * Office titles that any holder may carry ("president", "Außenminister"): before a surname they let it
   * stand for the one official of that surname; alone they are too common to badge.
   */
  titles: readonly string[];
  /** Honorifics before a surname, without a final period ("mr", "mme", «г-н»), by the gender they say. */
  honorifics?: { male?: string; female?: string; neutral?: string };
  /** Honorifics and titles that follow a surname (Japanese 氏, 外相) without being another given name. */
  after?: readonly string[];
  /** Capitalised words that stand before a surname without being a given name (function words, months). */
  notGivenNames?: string;
  /**
   * Auxiliaries and question words that may open a question before a surname ("Did Macron …?", «Почему
   * Лавров …?»): no given name there, in a sentence that ends in a question mark only ("Will Kirby said"
   * names Will Kirby).
   */
  questionOpeners?: string;
  /**
   * A question's opening mark after which the verb comes first (Spanish "¿Ofrecerá Trump …?"), and the
   * endings (space-separated) of the verb forms read there as no given name: none a given name has
   * ("Melania", "Brigitte" stay given names).
   */
  invertedQuestion?: { mark: string; verbEndings: string };
  /** Adverbs that put a sentence in the past ("damals", "then"): a title opening it names a past holder. */
  thenWords?: string;
  /** Capitalised nouns opening a sentence that govern the name after them («Слова Лаврова»). */
  nounsBeforeName?: string;
  /** Endings of nouns (offices, abstract nouns) on a capitalised word before a surname ("Kremlchef Putin"). */
  nounEndingsBeforeName?: RegExp;
  /** Words after a surname that make it a place, building, company or product ("Trump Tower"). */
  thingsAfterSurname?: string;
  /**
   * Words after a full name that make it another generation of the family ("Jr.", "fils", «-младший»;
   * `*`: a word prefix, for case forms), and the words of "of" after which such a word is no generation
   * ("Barrot, fils de Jacques Barrot": his son).
   */
  generation?: { words: string; notBefore?: string };
  /**
   * Words right after a full name and a dash, comma or bracket that say the person is not the official of
   * that name ("Olaf Scholz – weder verwandt noch verschwägert mit dem früheren Kanzler", "John Kirby (no
   * relation)", «однофамилец»), as an alternation on the text: a namesake, as a generation word makes one
   * (see match/titles.ts UNRELATED_AFTER).
   */
  unrelated?: string;
  /** Words before a surname that make it a place, building or company ("rue Lavrov"; `*`: a word prefix). */
  thingsBeforeSurname?: string;
  /**
   * Words for a venue before a capitalised article and a surname: the article opens the venue's name ("la
   * trattoria Il Fico", "the hotel The Trump"); not before the surname itself ("the cafeteria Biden visited").
   */
  venuesBeforeArticle?: string;
  /** Places written after a surname and a comma: it is a town then ("Austin, Texas"; US states). */
  townsAfterComma?: { names: string; abbreviations: string; codes: string };
  /** The words around a name or a title that tell the officials matcher what it is (space-separated). */
  context?: ContextWords;
  /**
   * A word for an office opening a sentence, for the one official the sentence before names ("Le ministre
   * français a rencontré …", «Французский лидер также обсудил …»; see OfficialsIndex.roleNounHits): the
   * words (lower case), the capitalised articles that open such a phrase in a language that has them
   * ("The", "L'"), and verbs that may follow the word without qualifying it ("said", "sagte").
   */
  roles?: {
    nouns: string;
    articles?: string;
    verbs?: string;
    /**
     * Whether a lower-case word after the office's word qualifies it: adjectives that follow the noun ("le
     * ministre français", "el mandatario ucraniano"), or a noun making another office ("The chief executive").
     */
    qualifiersAfter?: boolean;
    /** Endings of a verb right after the office's word, which is then no qualifier ("The president talked", "says"). */
    verbEndings?: RegExp;
  };
  /**
   * A verb right after its subject in a language with no articles (Russian, Ukrainian): the endings of its
   * finite forms (past and present, third person), the endings of a masculine past no noun ends with, and
   * adverbs that may stand between ("також", "также", "пока"). A surname that is also a common word before
   * such a past, or before a cue word («Тихий додав», «Тихий заявил»), is the person; after an office's
   * word a finite verb ends the office's qualifiers («Глава МИД обсудит»).
   */
  subjectVerb?: { ending: RegExp; past: RegExp; adverbs?: string };
}

/** Articles and other words around names and titles, per language (see PeopleWords.context). */
export interface ContextWords {
  /** Definite articles (and their contractions) before a bare title that make it one holder's ("the", "l'", "del"). */
  titleArticles?: string;
  /** Words after a bare title that make it another office ("the president of the jury"; `d'` covers both apostrophes). */
  titleOf?: string;
  /**
   * Nouns after a bare title that make its word an adjective ("Russia's general staff", "the general public"):
   * no holder. Read after the title only, unlike `titleOf` (which also links an office word to a title before it).
   */
  titleCompounds?: string;
  /**
   * Words after a bare title that make it another office only before a capitalised word that is no article
   * (German "den Präsidenten von Laos"; not the passive "vom Präsidenten … von der Opposition", nor
   * "Präsidentin von der Leyen").
   */
  titleOfName?: string;
  /** Endings of nationality adjectives written after a title ("el primer ministro italiano"): another country's holder. */
  nationalityEndings?: string;
  /** Endings of an adjective before a title that qualify it («турецкий министр»): another country's holder. */
  adjectiveEndingsBeforeTitle?: string;
  /**
   * Words of time that may stand between the article and a bare title without making it another
   * office: `former` ("der frühere Nato-Generalsekretär", "the former NATO chief") names a holder whose
   * role with that title has ended, `current` («нынешний американский президент») one whose role has not.
   */
  timesBeforeTitle?: {
    former: string;
    current: string;
    /**
     * Words of time written onto the title, as one word or with a hyphen (Spanish "ex": "el exmandatario",
     * German "Ex-Präsident", "Altkanzler", «экс-президент»): former.
     */
    glued?: string;
    /**
     * Of the `former` words, those for a holder about to leave ("outgoing", "scheidende"): still in office on
     * the page's date, so an office's word after them is not checked against it.
     */
    leaving?: string;
  };
  /**
   * Nouns of a post or an office before a title, with the article or preposition the language puts
   * between them ("the office of the president", «Офис президента», «пост канцлера», "das Amt des
   * Kanzlers"): the post, not its holder (`*`: a word prefix; matched on the folded text).
   */
  officeBefore?: string;
  /**
   * What follows a title and makes it the post, not its holder, where the language puts the post after the title
   * (Japanese 国務長官の職を離れた, 首相の座; not 座右の銘), matched right after the title.
   */
  officeAfter?: RegExp;
  /**
   * Copulas before a title in the instrumental («був генеральним секретарем НАТО», «стал министром»): what
   * someone was, not a mention of the holder (see officials.ts standsForHolder). Not the nominative («На
   * переговорах был госсекретарь США»: someone present).
   */
  copulas?: string;
  /**
   * Words right before a title (Cyrillic, no article) that make it the capacity someone acts in («Медведеву как
   * зампреду Совбеза», «як голові МЗС»): a predicate, not a mention of the holder, in any case.
   */
  capacityBefore?: string;
  /** Prepositions between a `capacityBefore` word and the title («как о канцлере», «як про канцлера»). */
  capacityPrepositions?: string;
  /** Articles between a name's comma and a title in apposition ("Lavrov, the foreign minister"). */
  appositionArticles?: string;
  /** Articles right before a surname that make it a thing named after the person ("la Poutine"). */
  surnameArticles?: string;
  /** Articles after which a capitalised word is a noun, not a given name ("die Rede Selenskyjs"). */
  nounArticles?: string;
  /** Feminine determiners, and adjectives that stand before nouns, before a man's surname: a thing ("la meilleure Poutine"). */
  feminine?: { determiners: string; adjectives?: string };
  /** ", a (small) village" after a surname: a place. Articles, words for small, place nouns (any case). */
  placeApposition?: { articles: string; small?: string; nouns: string };
  /**
   * "Macron, the Bologna-based sportswear firm,": articles and company nouns in an apposition that ends
   * at a comma or a stop, with up to three words between (as written; a leading `~`: the end of a
   * compound word, "Sportartikelhersteller"); `nounFirst`: adjectives follow the noun, so lower-case
   * words may follow it ("la marca italiana de ropa deportiva"); `between`: how many words may stand
   * between the article and the noun (1, lower case, unless 2: "the Bologna-based sportswear firm").
   */
  companyApposition?: { articles: string; nouns: string; nounFirst?: boolean; between?: 1 | 2 };
  /** "Trump Turnberry, the golf resort": articles and resort nouns (as written) after a surname and a name. */
  namedPlace?: { articles: string; nouns: string };
  /**
   * Words for a work (album, film, book) before a surname that then ends its phrase ("son album Tusk, paru en
   * 1979", "the film Trump (2017)"): the work's title; not "the album Zelensky gave Biden" (the surname goes on).
   */
  worksBeforeSurname?: string;
}

export const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));
