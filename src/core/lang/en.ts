// English: Porter/Snowball stemmer and stop words from Orama's packages; negations, opposites and
// synonyms are ours (small, for claims about public affairs).
import { stemmer } from '@orama/stemmers/english';
import { stopwords } from '@orama/stopwords/english';
import { words, type LanguagePack } from './types';

// Verbs that negate what follows them ("preventing the escalation") count as negations too.
const NEGATIONS = words(
  'not no never neither nor none nobody nothing nowhere cannot without prevent prevents preventing prevented avoid avoids avoiding avoided refrain refrains refraining refrained refuse refuses refused refusing refusal',
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
  endings: ['ing', 'ed', 'ly', 'ght', 'ould', 'ness', 'ship'],
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
    'deny denial denied reject rejected dismiss dismissed refute refuted debunk debunked false fake hoax fiction baseless groundless untrue unfounded myth misleading fabricated rebut rebuffed disinformation downplayed downplays fabrication fabrications',
  ),
  // "played down the suggestion that …", "brushing aside a report", "brushed the notion aside." (closing its
  // clause: not "waved the idea away that he was tired and said …"), "waving away",
  // "poured cold water on": a
  // denial without a denial word.
  denialPhrases:
    /^(?:(?<=(?<![\p{L}])(?:called|calling|calls|dismissed|dismissing|dismisses|branded|branding|described|describing|labelled|labeled) (?:it|this|that|them|(?:the |these |such )?(?:reports?|claims?|suggestions?|rumou?rs?) that (?:[\p{L}'’,-]+ ){1,16}?)(?:as )?)(?:pure|mere) speculation(?![\p{L}])|(?<=(?:^|[.!?:;–—]\s*)(?:it|this|that) (?:is|was|'s) )(?:pure|mere) speculation(?=\s*(?:[.,;!?]|$))|(?:contradict\p{L}* (?:[\p{L}'’-]+ ){0,3}?(?:claims?|boasts?|reports?|assertions?|accounts?|allegations?|version)(?![\p{L}])|play\p{L}* down|brush(?:es|ed|ing)? aside|wav(?:e|es|ed|ing) away|(?:brush(?:es|ed|ing)?|wav(?:e|es|ed|ing)) (?:the|this|that|such an?|any) (?:[\p{L}'’-]+ )?(?:idea|notion|suggestion|claims?|reports?|talk|speculation|rumou?rs?) (?:aside|away)(?=\s*(?:[.,;!?]|$))|pour(?:s|ed|ing)? cold water on|(?:laugh(?:s|ed|ing)? off|brush(?:es|ed|ing)? off|scoff(?:s|ed|ing)? at) (?:[\p{L}'’-]+ ){0,4}?(?:claims?|reports?|stor(?:y|ies)|suggestions?|rumou?rs?|allegations?|accusations?|charges?|assertions?|notion|idea|talk|speculation))(?![\p{L}]))/u,
  // "warned (Europe) against cowardice", "would keep the hostilities off Russian territory", "stop acting
  // like cowards", "courage rather than cowardice", "declined to" (refused), "will keep its soldiers at
  // home" (or "out of Ukraine"): the sentence negates what follows (not "keep up", "keep on").
  negationPhrases:
    /^(?:declin(?:e|es|ed|ing) (?:(?:on|this|last|at the|at a|in a|in an|during a|during the) [\p{L}]+ |[\p{L}]+ly )?to (?:rule|send|deploy|dispatch|commit|contribute|join|take part|participate|station|put|confirm|back|support|endorse|exclude|take(?= (?:[\p{L}'’-]+ ){0,6}?off the table(?![\p{L}])))|(?<!(?:which|that|who) )(?:keep|keeps|keeping|kept) (?:its|their|his|her|our) (?:own )?(?:soldiers|troops|forces|servicemen) (?:at home|out of (?:ukraine|the country|the conflict|the war|ukrainian territory))|warn(?:ed|s|ing)? (?:[\p{L}'’]+ ){0,4}against (?:any )?(?:cowardice|timidity)|(?:stop|stops|stopped|stopping|quit|cease|ceased) (?:acting|being|behaving) (?:like |as )?(?:cowards?|cowardly|timid|faint-?hearted|spineless|gutless|craven|weak-kneed)|rather than (?:cowardice|timidity|cowards?)|(?:keep|keeps|keeping|kept) (?:[\p{L}'’]+ ){1,3}(?:off|out of) (?:the )?(?:russian|enemy) (?:territory|soil|land))(?![\p{L}])/u,
  // Where troops are not: "well behind the front", "rather than in Kyiv", "outside Ukraine", troops kept "well
  // away from Ukraine", soldiers who "stay out of Ukraine" (not Russian forces kept out, not "Ukraine's cities").
  awayPhrases:
    /^(?:(?<=(?<![\p{L}])(?<!(?:not|no) )(?:(?:far|well|away) (?:back )?from|(?:far|well) behind) the )(?:front|frontline|front line|contact line|line of contact)|(?<=(?<![\p{L}])(?:instead of|rather than) (?:in|to|into|inside) (?:the )?)\p{L}+|(?<=(?<![\p{L}])(?:instead of|rather than) (?:being )?)(?!\p{L}*ing(?![\p{L}]))\p{L}+|(?<=(?<![\p{L}])(?<!(?:just|right|immediately|fighting|war|combat|hostilities|battle|battles|strikes|attacks) )outside (?:of )?)(?:ukraine|russia)|(?<=(?<![\p{L}])(?:keep|keeps|kept|keeping) (?!(?:all |any |the )?(?:russian|russia['’]s|nato|western|foreign|allied|allies['’]?|enemy|european|alliance) )(?:[\p{L}-]+ ){0,2}(?:troops|soldiers|forces|units|personnel|them) (?:well |far |safely )?(?:out of|away from|clear of) )(?:ukraine|russia)(?!['’])|(?<=(?<![\p{L}])(?:troops|soldiers|forces|units|personnel|they) (?:[\p{L}-]+ ){0,2}(?:stay|stays|stayed|staying|remain|remains|remained) (?:well |far |safely )?(?:out of|away from|clear of) )(?:ukraine|russia)(?!['’]))(?![\p{L}])/u,
  confirmations: words(
    'confirm confirmed confirms acknowledge acknowledged verify verified admit admitted corroborated corroborates conceded concedes',
  ),
  hedges: words(
    'circulated circulating whether rumor rumors rumour rumours speculation speculate question unclear unconfirmed if',
  ),
  deliberation: /^(?:consider(?!able)|weigh(?!t)|mull|contemplat|explor)/u,
  // A conditional claim, or one of readiness ("is ready to put troops … to support a peace deal"): a
  // condition in the sentence ("ready to … if it helps secure a deal") states it, it does not hedge it.
  conditionals: { words: words('if unless'), claim: /\b(?:if|would|unless|ready|willing|prepared)\b/i },
  less: words('less fewer'),
  // "rule" only with its "out" (keepPhrases): "As a rule", "a court ruling" exclude nothing.
  // A verb that confirms or stresses after a denial word, before the claim (see LanguagePack.sayingClause).
  sayingClause:
    /(?<![\p{L}])(?:and|but)\s+(?:\p{L}+ly\s+)?(?:confirmed|acknowledged|stressed|insisted)(?![\p{L}])|,\s*(?:confirming|acknowledging|stressing|insisting)(?![\p{L}])/iu,
  // A clause of contrast after a denial that is about something else (see LanguagePack.contrastClause).
  contrastClause:
    /(?<![\p{L}])(?:but(?! also)|however|whereas|nevertheless)(?![\p{L}])|,\s*(?:yet|while|although|though|still)(?![\p{L}])/iu,
  complementisers: { that: words('that'), whether: words('whether if') },
  or: words('or'),
  taboos: words('taboo taboos'),
  keeps: words('exclude excluded excludes'),
  // "closed the door to" (ruled out); "did not close the door to" keeps it open.
  keepPhrases:
    /^(?:(?:clos|shut)\p{L}* the door|rul(?:e|es|ed|ing)(?: (?:it|that|this|them|anything|nothing))? out|(?<=(?<![\p{L}])(?:is|was|are|were|be|been|remains?|remained|stays?|stayed) (?:\p{L}+ly )?out of the )question|(?<=(?<![\p{L}])(?:is|was|are|were|be|been|remains?|remained|stays?|stayed) (?:\p{L}+ly )?off the )table|(?=take|took)(?<!(?:whether|if) (?:[\p{L}'’-]+ ){0,3})(?:take|takes|took|taken)(?= (?!(?:[\p{L}'’-]+ ){0,5}?(?:nothing|anything|his|her|their|its|your|our|demands?|conditions?)(?![\p{L}]))(?:[\p{L}'’-]+ ){0,6}?off the table(?![\p{L}])))(?![\p{L}])/u,
  sourcePhrase:
    /(?<![\p{L}])according to (?:\p{L}+ ){0,2}(?:officials|sources|intelligence|estimates|figures|media|reports)(?![\p{L}])/giu,
  otherwise: /^(?:otherwise|or else)(?![\p{L}])/u,
  // "despite the rejection of several allies": what others deny in a concession is not the sentence's stance.
  // "science fiction": a genre, no denial.
  notStanceAfter:
    /(?<![a-z'’])(?:despite|in spite of|notwithstanding)\s+(?:[a-z'’]+\s+){0,2}[a-z'’]+$|(?<![a-z'’])(?:science[- ]fiction|fact (?:from|or|and|versus|vs\.?) fiction)$/u,
  // "not far from" (near: litotes, no negation).
  // "no one knows yet whether", "it is still unclear whether": the question stays open.
  hedgePhrases:
    /^(?:(?:(?:no one|nobody) (?:yet )?knows(?: yet)?|(?<=(?<![\p{L}])(?:it is|it's|it remains|it was) (?:still )?)(?:not (?:yet )?|un)(?:known|clear)(?: yet)?) (?:whether|if))(?![\p{L}])/u,
  // "No 10" (Downing Street) negates nothing.
  // "would not hesitate to send troops" asserts the sending.
  // "200,000 troops, not one fewer": a floor, no negation.
  // "did not back down: he confirmed …": the speaker holds the line, no negation of what follows.
  // "makes no secret of it", "does not even hide it": said openly, no negation.
  // "could not be reached for comment", "was not available for comment", "did not return calls": no comment, no
  // negation of what was reported.
  notStance:
    /^(?:(?:not|n['’]t) (?:immediately )?(?:be )?(?:reached|reachable) for (?:a )?comment|(?:not|n['’]t) (?:immediately )?available (?:for|to) comment|(?:not|n['’]t) (?:immediately )?return\p{L}* (?:\p{L}+ ){0,2}(?:calls?|messages?|e-?mails?|requests?)(?= for (?:a )?comment|\s*[.;:!?)]|$)|(?<=(?<![\p{L}])(?:make|makes|made|making) )no secret(?=\s*(?:of (?:it|this|that|the fact)(?![\p{L}])|that(?![\p{L}])|[,.;:!?–—]|$))|(?:not|n['’]t|no longer) (?:even )?(?:hide|hides|hid|hiding|conceal|conceals|concealed|concealing)(?= (?:it|this|that|the fact|his|her|their|its)(?![\p{L}]))|(?:not|never|n['’]t) (?:\p{L}+ )?(?:(?:take|takes|took|taking|taken|walk|walks|walked|walking) back|retract\p{L}*|withdr[ae]w\p{L}*) (?:his|her|their|its) (?:words|remarks|comments|statements?)(?![\p{L}])|(?:not|never|n['’]t) (?:\p{L}+ )?back(?:ed|ing)? down|refus\p{L}* to (?:back down|budge|give ground)|not (?:one|a single one) (?:fewer|less)|(?:not|never|n['’]t) (?:\p{L}+ )?hesitat\p{L}*|(?<=(?<![\p{L}])(?:claimed|claims|claim|alleged|alleges|allege|said|says|asserted|asserts|insisted|suggested|argued|maintained) )without (?:any )?(?:evidence|proof)|(?<!(?<![\p{L}])(?:is|are|was|were|be|been|remains?|remained|stays?|stayed) )without (?:any )?(?:evidence|proof)(?!\s+(?:that|of|for)(?![\p{L}]))|not (?:offer|provide|give|present|cite|produce|show|supply) (?:any )?(?:evidence|proof)(?!\s+(?:that|of)(?![\p{L}]))|(?<=(?<![\p{L}])(?:offer|offered|offering|provided|providing|gave|giving|presented|presenting|cited|citing|produced|producing|showed|showing|supplied|supplying) )no (?:evidence|proof)(?!\s+(?:that|of)(?![\p{L}]))|(?<=(?<![\p{L}])whatever (?:[\p{L}-]+ ){1,6})(?:might|may|could)(?![\p{L}])|(?<=(?<![\p{L}])(?:after|to|answering) (?:a |the )?)questions? (?:from|by)(?![\p{L}])|(?:not|never|n['’]t) (?:changed|wavered)(?=\s*(?:[.,;:!?]|$|(?:(?:its|his|her|their|the) )?(?:position|stance|view|views|line|mind|course|policy)(?![\p{L}])|since|at all))|no\.? 10(?![\d,.])|(?:question|matter) of (?:time|days|weeks|months)(?=\s*(?:[.,;:!?)]|$|before|until|till))|no (?:wonder|surprise)|without (?:any )?exception|not far (?:from|off)|not only|no doubt|without (?:a )?doubt|without hesitation|without hesitating|whether as|(?<=,\s)whether (?:now|today|tomorrow|soon|later|before|after|during|this (?:year|month|week)|next (?:year|month|week))(?: [\p{L}'’-]+){0,2} or (?:[\p{L}'’-]+ ){0,3}[\p{L}'’-]+(?=\s*(?:[.,;!]|$))|no comment|(?:refus|declin)\p{L}* to (?:comment|speculate|say|specify|elaborate|answer|discuss|disclose|give details|be drawn)|without (?:taking part|participating|engaging) in (?:the )?(?:fighting|combat)|without fighting|without (?:specifying|saying|giving (?:any )?details|elaborating|going into detail)|no (?:evidence|proof)(?=\s*[.)]?\s*$)|without (?:offering|providing|giving|presenting|citing|producing) (?:any )?(?:evidence|proof)|not (?:spell\p{L}* out|specify|elaborate|go into detail|say(?=(?: \p{L}+){0,3} (?:whether|if|how|when)|\s*(?:[.;!?]|$)))|not (?:yet |immediately )?(?:respond|react|comment|repl|speculat)\p{L}*|not immediately answer\p{L}*|no (?:immediate )?(?:response|reaction|comment|reply)|no word (?:yet )?from(?= (?:[\p{L}'’.-]+ ?){1,4}(?:[.;,!?]|$|either|yet|so far)))(?![\p{L}])|(?<=(?<![\p{L}])(?:had|has|have) )nothing (?:further |more )?to add(?![\p{L}])/u,
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
  collectiveActors:
    /(?<![\p{L}])(?:that|said|says|confirmed)\s+(?:several|some|certain|a (?:group|number|handful|coalition) of|a few|various|a dozen)\s+(?:[\p{L}-]+\s+){0,4}?(?:countries|states|governments|capitals|nations|allies)(?![\p{L}])/iu,
  collectiveEnds: /(?<![\p{L}])(?:but|and|yet|while|whereas|although|though)(?![\p{L}])/iu,
  speakerPronouns: /(?<![\p{L}])(?:he|she|him|his|her|hers|himself|herself|i|me|my|we|us|our|own)(?![\p{L}])/iu,
  negativePronouns: words('nothing'),
  exceptAfter: /^\s*(?:except|but|save|other than|apart from|besides|bar)(?![\p{L}])/u,
  questionAsked: /^questions?(?: (?:from|by) (?:[\p{L}'’.-]+ ?){1,4})?[,;:–—]$/u,
  answerYes:
    /^\s*[“"]?(?:yes|yeah)\s*[,.!–—](?!\s*(?:possibly|maybe|perhaps|probably|if(?! (?:need be(?![\p{L}])|(?:necessary|needed)\s*[,.;:!?–—]))|but|eventually))/iu,
  answerNo: words('no not never none nope'),
  sourceCited:
    /(?:(?<![\p{L}])(?:citing|cited|cite|cites|naming|named|name|names|giving|gave|give|gives|quoting|quoted|identifying|identified|identify)\s+(?:no|not\s+(?:a\s+single|one))\s+(?:[\p{L}'’-]+\s+){0,2}?sources?|(?<![\p{L}])without\s+(?:citing|naming|quoting|giving|identifying)\s+(?:any\s+|a\s+)?(?:[\p{L}'’-]+\s+){0,2}?sources?|(?:(?<![\p{L}])not|n['’]t)\s+(?:cite|cited|name|named|give|gave|given|identify|identified|quote|quoted)\s+(?:any\s+|a\s+|its\s+|his\s+|her\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,2}?sources?)(?![\p{L}])/iu,
  evidence: words('evidence proof proofs names photographs photos pictures images details documents'),
  interrogatives: /^[\s"“‘'(]*what(?! if)(?![\p{L}])/iu,
  askedWho: /^[\s"“‘'(]*(?:who|whom)(?![\p{L}])/iu,
  reportsOfOther:
    /(?<![\p{L}])(?:claims?|reports?|allegations?|accounts?|suggestions?|stor(?:y|ies)|rumou?rs?|speculation|talk) (?:of|about|on)(?![\p{L}])/iu,
  fewHolders: /(?<![\p{L}])(?:few|hardly|scarcely|barely|minority|nobody|no one|none)(?![\p{L}])/iu,
  oughtAsked: /^[\s"“‘'(]*(?:should|ought)(?![\p{L}])/iu,
  holdsAsked:
    /(?<![\p{L}])(?:(?:is|are|was|were) (?:\p{L}+ )?(?:convinced|certain|sure) of it|(?:insists|insisted|believes|believed|maintains) so)(?![\p{L}])/iu,
  ratherBut: words('but'),
  whQuestion: /^[\s"“‘'(]*(?:what|which|how|why|where|when)(?![\p{L}])/iu,
  conditionAsked: /(?<![\p{L}])(?:if|unless)(?![\p{L}])/iu,
  readiness: /^(?:if need be(?![\p{L}])|if (?:necessary|needed)(?=\s*(?:[,.;:!?–—]|$)))/iu,
  yesQualified: /^\s*[,;–—]?\s*(?:but|only)(?![\p{L}])/iu,
  hopedBefore: /(?<![\p{L}])(?:hope[sd]?|hoping|fears?|feared)[\s,]*$/iu,
  doubtedBefore: /(?<![\p{L}])(?:maybe|perhaps|hard|difficult|avoid\p{L}*|refus\p{L}*|nobody|no one)(?![\p{L}])/u,
  onlyAfterNegation: /^\s+(?:longer\s+)?(?:only|merely)(?![\p{L}])/iu,
  saidYes:
    /(?<![\p{L}])(?:(?:said|says|replied|replies|answered|answers|confirmed|confirms|insisted|acknowledged|conceded|admitted|agreed)(?: that)? (?:yes|(?:they|it|he|she|we|there|this|that) (?:were|was|are|is|did|do|does|would|will|had|has|have|could|can))(?=\s*(?:[,.;:!?»“”"–—]|$))|answered in the affirmative|(?:said|says|replied|replies|answered|answers|responded|responds) with (?:a|an|one)(?: (?:firm|clear|simple|short|categorical|emphatic|resounding|straight|plain|terse|unequivocal))? yes(?=\s*(?:[,.;:!?»“”"–—]|$|and\s)))/iu,
  saidNo:
    /(?<![\p{L}])(?:answered in the negative(?![\p{L}])|(?:said|says|replied|replies|answered|answers|responded|responds)(?: with)?(?: (?:a|an|one))?(?: (?:flat|firm|clear|simple|blunt|short|categorical|emphatic|resounding|curt|straight|plain|terse|unequivocal))? no(?=\s*(?:[,.;:!?»“”"–—]|$|and\s))(?!\s*,\s*(?:though|although|but|except|unless)(?![\p{L}]))(?!\s*[—–])|(?:said|says|replied|replies|answered|answers|insisted|insists)(?: that)? (?:they|it|he|she|we|there|this|that) (?:(?:were|was|are|is|did|do|does|would|will|had|has|have|could|can)(?: not|n['’]t)|won['’]t|can['’]t|cannot)(?=\s*(?:[,.;:!?»“”"–—]|$)))/iu,
  notYet: /(?<![\p{L}])(?:yet|for now|for the time being|at the moment|currently|at present|so far)(?![\p{L}])/u,
  contrastAfterNo: /^[^.;!?]{0,80}?(?<![\p{L}])(?:but|however|though|although|yet|while)(?![\p{L}])/iu,
  notAnswerLead:
    /(?<![\p{L}])(?:quot\p{L}*|asked|different|another|letters?|words|recall\p{L}*|repeat\p{L}*|warnings?|topics?|schedule|agenda|cit(?:e|ed|es|ing)|condition\p{L}*|sidestep\p{L}*|dodg\p{L}*|evad\p{L}*|deflect\p{L}*|skirt\p{L}*)(?![\p{L}])/iu,
  noPlan:
    /(?<![\p{L}])(?:there (?:is|are|was|were) no such plans?|no such (?:plans?|intention|decision|proposal)|^\s*(?:it is |it's |that is |that's )?out of the question\s*(?:[.;!]|$)|^\s*(?:under no circumstances|by no means|absolutely not)\s*(?:[.;!]|$))(?![\p{L}])/iu,
  topicFrame:
    /^\s*(?:(?:(?:when|after being|on being) )?(?:asked|questioned|pressed) (?:about|on|over)|on|about|regarding|concerning|as for|as to|with regard to|commenting on|responding to|addressing)(?: the| these| those| this| that| such)? (?:reports?|claims?|rumou?rs?|talk|speculation|suggestions?|idea|question|prospect|possibility|subject|issue|matter|allegations?|accounts?)(?![\p{L}])/iu,
  askedFrame:
    /^\s*(?:(?:when|after being|on being) )?(?:asked|questioned|pressed)(?: [\p{L}'’.-]+){0,8}? (?:whether|if|about (?:the )?(?:idea|possibility|prospect) of)(?![\p{L}])/iu,
  undecided:
    /(?<![\p{L}])(?:not (?:yet |been |yet been )*(?:decided|known|clear|settled|certain|sure|determined)|(?:no one|nobody) (?:yet |really )?knows|no decision (?:has |had )?(?:yet |so far )?(?:been )?(?:made|taken|reached)|(?:there is|there's|there has been) (?:still |yet )?no decision|no decision (?:yet|so far)|undecided|unclear|uncertain|unknown|too (?:early|soon) to (?:say|tell))(?![\p{L}])/u,
  priorClause: /^(?:after|following)(?![a-z])/u,
  verdictAdverbs: words(
    'promptly swiftly immediately quickly firmly flatly categorically strongly vehemently outright',
  ),
  dismissals:
    /(?<![\p{L}-])(?<!(?:not|never|to|n't|n’t) )(?:(?:put|puts|putting) an end to|end|ended|quash(?:ed)?|dismiss(?:ed|ing)?|scotch(?:ed)?|brush(?:ed|es|ing)? (?:aside|off)|wav(?:e|ed|es|ing) (?:away|off)|call(?:ed|ing|s)?|describ(?:ed|ing|es)|brand(?:ed|ing|s)?|label(?:l?ed|l?ing|s)?|(?:in )?(?:answer|reply|response)(?:ed|ing)? to (?:a|the)(?: \p{L}+(?:['’]s|s['’]))?|answer(?:ed|ing|s)? (?:a|the)(?: \p{L}+(?:['’]s|s['’]))?)\s+(?:(?:the|these|those|such|what (?:he|she|they|it) (?:described as|called|termed))\s+)?$/u,
  countryNames: {
    CZ: ['Czech Republic'],
    GB: ['Britain', 'Great Britain'],
    US: ['America', 'USA'],
    TR: ['Turkey'],
    NL: ['Holland'],
    CI: ['Ivory Coast'],
  },
  anaphora: words('it'),
  // "that" only before a singular noun: "acknowledged that reports had reached it" is a clause (review r74).
  statementNouns:
    /(?<![\p{L}])(?:(?:this|these|those|such|the) (?:claims?|reports?|allegations?|assertions?|accounts?|suggestions?|stor(?:y|ies)|rumou?rs?|version|speculation|explanations?|justifications?)|that (?:claim|report|allegation|assertion|account|suggestion|story|rumou?r|version|explanation|justification))(?![\p{L}])(?!\s+(?:of|about|on|from|that)(?![\p{L}]))/iu,
  demonstratives: words('this'),
  evenWords: words('even'),
  concessive: words('even'),
  privative: words('without'),
  contraryAfter: /^\s+(?:to|of) the (?:contrary|opposite)(?![\p{L}])/u,
  purpose: words('to'),
  // "So that is not going to happen": "that" a pronoun before a verb, no purpose.
  purposeClause:
    /^\s*(?:so that(?! (?:is|was|will|would|has|had|can|could|may|might|must|should|does|did)(?![a-z]))|so as not to|in order that)(?![a-z'’])/u,
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  places: {
    prepositions: 'in to into onto inside within',
    origin: 'from',
    away: 'away far clear',
    where: 'in at',
    spoken: 'speaking spoke speaks speech interview remarks reporters journalists',
    articles: 'the',
    inside: 'inside within',
    motion:
      'mov(?:e|es|ed|ing)|shift(?:s|ed|ing)?|relocat(?:e|es|ed|ing|ion)|transfer(?:s|red|ring)?|send(?:s|ing)?|sent|deploy(?:s|ed|ing|ment)?|bring(?:s|ing)?|brought',
    contrast: 'rather_than instead_of not',
    instead: 'instead_of rather_than',
    notOnly: 'no_longer_only no_longer_just',
    regionAfter: 'region|province|oblast',
    materiel: {
      nouns:
        'destroyers?|frigates?|warships?|vessels?|aircraft|helicopters?|vehicles?|(?:fighting|combat) vehicles?|trucks|tanks|weapons?|stockpiles?|equipment|hardware|ammunition|munitions|missiles?|inventor(?:y|ies)|depots?|arsenals?',
      of: 'of_the of',
    },
  },
  people: {
    generation: { words: 'Jr Sr II III IV junior' },
    unrelated: 'no relation|not related|a namesake|namesake of',
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
    roles: {
      nouns: 'minister premier president chancellor envoy ambassador diplomat spokeswoman spokesman spokesperson chief',
      articles: 'The',
      qualifiersAfter: true,
      verbEndings: /(?:ed|s)$/u,
      verbs:
        'said says told called added warned urged spoke met went gave made took wrote sent came flew held left kept stood also then later still again himself herself meanwhile however',
    },
    notGivenNames:
      'the a an and but or as at by for from in of on to with when while after before since then so if monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december mr mrs ms dr sir according also however yesterday today without against during later earlier meanwhile now still instead moreover furthermore separately previously recently tomorrow tonight overnight afterwards afterward indeed thus therefore nonetheless nevertheless again never only',
    thenWords: 'then',
    questionOpeners:
      'did does do would will could should can has have had is was were are why how what who where whether might must shall',
    thingsAfterSurname:
      'street st st. avenue ave ave. road rd rd. boulevard blvd lane drive square place plaza tower towers hotel hotels building center centre airport bridge park stadium arena university college school institute foundation organization organisation company corp corp. inc inc. ltd ltd. llc group baking winery vineyards steakhouse golf casino casinos bank prize award museum library hall bastion fortress castle palace card cards doctrine game games franchise media pharma baroque club viaduct',
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
    context: {
      officeBefore: 'office post job seat residence race candidate candidacy',
      titleArticles: 'the',
      timesBeforeTitle: {
        former: 'former outgoing then',
        current: 'current incumbent',
        leaving: 'outgoing',
        glued: 'ex',
      },
      titleOf: 'of',
      // "Russia's general staff", "the general assembly": the title word is an adjective there.
      titleCompounds: 'staff assembly election elections strike public',
      appositionArticles: 'the',
      companyApposition: {
        articles: 'a an the',
        nouns: 'firm company brand label manufacturer carmaker retailer',
        between: 2,
      },
      placeApposition: {
        articles: 'a an the',
        small: 'small',
        nouns: 'village town city hamlet suburb district county river lake mountain island',
      },
      namedPlace: { articles: 'the a an', nouns: 'resort hotel club course links tower estate casino' },
      worksBeforeSurname: 'album film movie book novel song record documentary',
    },
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      'said',
      'says',
      'say',
      'told',
      'tells',
      'stated',
      'states',
      'denied',
      'denies',
      'added',
      'noted',
      'warned',
      'insisted',
      'according to',
      'announced',
      'claimed',
      'argued',
      'stressed',
      'addressed',
      'explained',
      'declared',
      'emphasised',
      'emphasized',
      'reiterated',
      'acknowledged',
      'confirmed',
      'remarked',
      'wrote',
      'quoted',
      'dismissed',
      'rejected',
      'maintained',
      'underlined',
      'underscored',
      'asserted',
      'admitted',
      'commented',
      'replied',
      'responded',
    ],
    deny: [
      'denied',
      'denies',
      'deny',
      'denying',
      'denial',
      'rejected',
      'rejects',
      'dismissed',
      'dismisses',
      'refuted',
      'refutes',
      'no plans',
      'no plan',
      "~n't",
      'never',
      // A bare "not" also negates adjectives ("not entirely straightforward"); a negated verb denies.
      'is not',
      'are not',
      'was not',
      'were not',
      'has not',
      'have not',
      'had not',
      'does not',
      'do not',
      'did not',
      'will not',
      'would not',
      'cannot',
      'could not',
      'not be',
      'not been',
      'there is no',
      'there are no',
      'no intention',
      'no such',
      'baseless',
      'false',
      'untrue',
      'unfounded',
      'no indication',
      'no evidence',
      'nor',
      'none',
      'no',
    ],
    confirm: ['confirmed', 'confirms', 'confirm', 'acknowledged', 'admitted', 'admits', 'verified'],
    // Negated verbs of exclusion assert a possibility; they must not read as denials.
    keep: [
      'not rule out',
      'not ruled out',
      'not ruling out',
      "~n't rule out",
      'not exclude',
      'not excluded',
      'cannot be ruled out',
      'cannot rule out',
      'not be ruled out',
      'no longer rules out',
    ],
  },
};
