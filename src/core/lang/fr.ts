// French: Snowball stemmer and stop words from Orama's packages; negations and elisions are ours.
import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import { letters, type Romanisation } from './romanise';
import { words, type LanguagePack } from './types';

const NEGATIONS = words(
  'ne pas jamais aucun aucune ni sans nullement guère refuse refusé refusée refusent refusait refusaient',
);

// How the French press writes Russian and Ukrainian names: Sergueï Lavrov, Guerassimov, Narychkine,
// Poutine; Zelensky, Sybiha, Kouleba (accents and diaereses fold away).
const VOWELS_RU = 'аеёиоуыэюя';
const romanisation: Romanisation = {
  ru: {
    rules: [
      [/г(?=[еиэ])/g, 'gu'],
      [new RegExp(`([${VOWELS_RU}])с(?=[${VOWELS_RU}])`, 'g'), '$1ss'],
      [/ий$/, 'i'],
      [/ин$/, 'ine'],
      [/ия$/, 'ia'],
    ],
    letters: letters('ж=j у=ou ч=tch ш=ch щ=chtch ю=iou'),
  },
  uk: {
    rules: [
      [/([аеєиіїоуюя])с(?=[аеєиіїоуюя])/g, '$1ss'],
      [/ий$/, 'y'],
      [/ія$/, 'ia'],
    ],
    letters: letters('г=h ж=j и=y у=ou ч=tch ш=ch щ=chtch ю=iou'),
  },
};

export const fr: LanguagePack = {
  code: 'fr',
  script: 'latin',
  stem: stemmer,
  stop: new Set([...stopwords.filter((w) => !NEGATIONS.has(w)), ...words('a selon lors déjà ainsi')]),
  negations: NEGATIONS,
  letters: 'àèêëçîïôûùœ',
  endings: [
    'ent',
    'ait',
    'aient',
    'eux',
    'aux',
    'eau',
    'eaux',
    'ez',
    'é',
    'ée',
    'és',
    'ées',
    'ère',
    'ès',
    'oir',
    'oire',
    'ique',
  ],
  // "ne", the elided "n'" and "qu'" (with their apostrophe: "U.N." is no "n'"), "jamais", "ils": no other
  // pack's word; without them a line with no "pas" ("Bratislava n'enverra jamais de militaires en Ukraine")
  // tied with Spanish on "de", "en".
  markers: words(
    "le la les des de en l d est et une un du que qui dans pour pas sur au aux avec ont été sont ne n' qu' jamais ils",
  ),
  elisions: words('l d j m n s t c qu jusqu lorsqu puisqu quoiqu'),
  denials: words(
    'démenti démentir dément démenti démentent fiction rejeté rejette rejeter réfuté réfute infondé infondées faux fausse fausses intox désinformation mensonge mensonges balayé balayée balaie balaye balayer balayant affabulation affabulations absurde absurdes truqué truquée truqués truquées',
  ),
  // "qualifié de propagande", "taxé de pure propagande": a denial without a denial word.
  // « a nié tout désaveu », « nie avoir … »: nier is no entry of `denials`, whose stem (ni) is the negation's. Not in
  // a clause of "qui" (« le ministre, qui nie toute responsabilité, a confirmé … », « qui avait longtemps nié »).
  // « parle d'invention pure », « une pure invention » closing its clause: a denial (not « une invention française »).
  denialPhrases:
    /^(?:(?<=(?<![\p{L}])(?:l['’]a qualifié\p{L}*|les a qualifié\p{L}*|a parlé|ont parlé) (?:de |d['’]une )?)(?:pure|simple) spéculation(?![\p{L}])|(?<=(?:^|[.!?:;–—«]\s*)(?:c['’]est|c['’]était) (?:de la |une )?)(?:pure|simple) spéculation(?=\s*(?:[.,;!?»]|$))|(?:(?<=(?<![\p{L}])(?:parl\p{L}*|qualifi\p{L}*|dénonc\p{L}*) (?:d['’]|de |d['’]une |une )(?:(?:pure|simple|totale) )?)invention(?: pure| totale)?(?: et simple)?(?=\s*(?:[.,;:!?»”]|$|selon|d['’]après|et (?:une|un) (?:manipulation|mensonge|intox\p{L}*)))|(?<=(?<![\p{L}])(?:pure|simple|totale) )invention(?: et simple)?(?=\s*(?:[.,;:!?»”]|$|selon|d['’]après|et (?:une|un) (?:manipulation|mensonge|intox\p{L}*)))|(?<=(?<![\p{L}])(?:une |l['’]|d['’]|de )?)invention (?:pure|totale)(?: et simple)?(?=\s*(?:[.,;:!?»”]|$|selon|d['’]après|et (?:une|un) (?:manipulation|mensonge|intox\p{L}*)))|(?=ni)(?<!(?<![\p{L}])qui (?:[\p{L}'’]+ ){0,3})(?:nié|niée|niés|niées|nie|nient|nier|niant|niait|niaient|nièrent)(?![\p{L}])|(?:qualifi|tax)\p{L}* de (?:«\s?)?(?:\p{L}+ )?(?:propagande|mensonge|intox|fake news|invention|fiction|élucubrations?|calomnie|bluff|fantasmes?|affabulations?)(?![\p{L}])|(?<=(?<![\p{L}])(?<!qui )(?:a|ont|avait|avaient|l['’]a|l['’]ont) )trait(?:é|ée|és|ées) de (?:«\s?)?(?:(?:pur|simple) )?(?:bluff|fantasmes?|affabulations?|mensonges?)(?![\p{L}])|tourn\p{L}* en (?:dérision|ridicule) (?:l['’]idée|l['’]hypothèse|le scénario|la rumeur|les rumeurs|l['’]information|les informations|les affirmations|l['’]affirmation|les allégations|la mise en garde|les mises en garde|la thèse)(?![\p{L}])|(?<=(?<![\p{L}])(?:jugé|jugée|jugés|juge|jugent|estimé|estime)\s)sans (?:aucune )?valeur(?![\p{L}])|récus\p{L}* (?:que|qu['’]|(?:les?|la|l['’]|toute?s?|ces|cette) ?(?:informations?|accusations?|allégations?|affirmations?|propos|raisonnement|thèse|idée|rumeurs?|version|chiffres?|existence|présence|envoi))(?![\p{L}])|(?=contest)(?<!(?<![\p{L}])qui )contest\p{L}* (?:(?:l['’]authenticité|la véracité|l['’]exactitude|que)(?![\p{L}])|qu['’])|ni(?:e|ent|é|ée|és|ées|er|ant|ait|aient)(?= (?:que|qu['’]|(?!(?:notre|votre|hier|entre|contre|autre|quatre|leur)(?![\p{L}]))\p{L}+(?:er|ir|re|oir)(?![\p{L}])|(?:formellement|catégoriquement|fermement|énergiquement|farouchement) |en bloc|(?:tout|toute|tous|toutes) (?:envoi|présence|déploiement|projet|plan|intention|participation|implication|idée|information|rumeur|rapport|allégation|affirmation)|(?:l['’]|la |le |les |cette |ces )(?:envoi|présence|déploiement|participation|implication|existence|information|informations|affirmation|affirmations|allégation|allégations|rumeur|rumeurs|article|rapport|rapports))|\s*(?:[.,;:!?]|$))))/u,
  confirmations: words(
    'confirmé confirme confirmer confirment reconnu reconnaît admis vérifié vérifiée vérifiés authentifié authentifiés',
  ),
  hedges: words('si rumeur rumeurs spéculations spécule spéculent question interrogé'),
  deliberation: /^(?:envisag|réfléch|examin|consid)/u,
  conditionals: { words: words('si') },
  less: words('moins'),
  lessAfter: words('pas'),
  // A verb that confirms or stresses after a denial word, before the claim (see LanguagePack.sayingClause).
  sayingClause:
    /(?<![\p{L}])et\s+(?:a\s+|ont\s+)?(?:\p{L}+ment\s+)?(?:confirmé|reconnu|souligné|insisté|confirme|reconnaît|souligne|insiste)(?![\p{L}])|,\s*(?:confirmant|reconnaissant|soulignant|insistant)(?![\p{L}])/iu,
  // A clause of contrast after a denial that is about something else (see LanguagePack.contrastClause).
  contrastClause:
    /(?<![\p{L}])(?:mais(?! aussi| encore)|cependant|toutefois|pourtant|tandis|néanmoins|en revanche)(?![\p{L}])|,\s*(?:alors qu|bien qu)/iu,
  complementisers: { that: words("que qu'"), whether: words('si') },
  or: words('ou'),
  taboos: words('tabou tabous'),
  keeps: words('exclure exclu exclut écarter écarte exclus'),
  // "a fermé la porte à" (ruled out); "n'a pas fermé la porte à" keeps it open.
  keepPhrases: /^ferm\p{L}* la porte(?![\p{L}])/u,
  sourcePhrase:
    /(?<![\p{L}])(?:selon|d['’]après) (?:des |les )?(?:sources|estimations|chiffres|renseignements|services de renseignement|médias|responsables)(?: \p{L}+){0,2}(?![\p{L}])/giu,
  otherwise: /^(?:sinon|faute de quoi)(?![\p{L}])/u,
  // "bannir toute lâcheté" (banish cowardice): negates without a negation word.
  negationPhrases:
    /^(?:(?:bann|proscri)\p{L}* |(?:mis|mise|mettre|met|mettent|mettait) en garde (?:[\p{L}'’]+ ){0,6}contre )(?:toute |la |leur )?(?:lâcheté|couardise)(?![\p{L}])/u,
  awayPhrases:
    /^(?:(?<=(?<![\p{L}])(?<!(?:non|pas) )(?:(?:bonne|grande) distance|(?<!(?:courte|faible|petite) )distance|loin|retrait|écart) (?:du|des|de la) (?:lignes? de )?)(?:front|contact|combats)|(?<=(?<![\p{L}])(?:au lieu (?:de |d['’])|plutôt (?:que |qu['’]))(?:(?:en|dans|vers|au) (?:l['’]|la |le )?|la |le |les |l['’]|être ))\p{L}+|(?<=(?<![\p{L}])(?<!(?:combats|guerre|hostilités|frappes|attaques|combat) )(?:en dehors|hors) (?:de l['’]|d['’]|de la |du )?)(?:ukraine|russie|territoire ukrainien|territoire russe|pays))(?![\p{L}])/u,
  // "malgré le refus de plusieurs alliés": what others deny in a concession is not the sentence's stance.
  // "science-fiction": a genre, no denial.
  notStanceAfter:
    /(?<![a-zàâäçéèêëîïôöùûüÿœæ'’])(?:malgré\s+|en dépit (?:du|de la|des|de)\s+|en dépit d['’])(?:[a-zàâäçéèêëîïôöùûüÿœæ'’]+\s+){0,2}[a-zàâäçéèêëîïôöùûüÿœæ'’]+$|(?<![a-zàâäçéèêëîïôöùûüÿœæ'’])pas\s+question$|(?<![a-zàâäçéèêëîïôöùûüÿœæ'’])science[- ]fiction$|(?<![a-zàâäçéèêëîïôöùûüÿœæ'’])(?:impossible|difficile|vain|absurde|inutile|(?:nul|personne|on) ne (?:peut|pourrait|saurait)|personne ne|nul ne|ne (?:peut|saurait) (?:guère )?)\s+(?:de\s+|d['’])?(?:nier|nie|démentir|dément|contester|conteste)$/u,
  // "pas loin du front" (near: litotes, no negation).
  // « personne ne sait encore si », « on ne sait pas si » : la question reste ouverte.
  hedgePhrases:
    /^(?:(?:personne ne sait (?:encore )?|nul ne sait (?:encore )?|(?<=(?<![\p{L}])(?:on|l['’]on) )(?:ne sait pas|ignore) (?:encore )?|reste à (?:savoir|voir|déterminer|préciser|établir) )(?:si(?![\p{L}])|s['’]il)|(?<![;:,]\s{0,3})rien n['’](?:a|avait|en a) (?:encore |pour l['’]instant |jusqu['’]ici )?(?:filtré|transpiré)(?![\p{L}])|refus\p{L}* d['’](?:en )?dire (?:davantage|plus) (?=sur|à propos|concernant|au sujet))/u,
  // « ne tiendrait qu'avec », « n'accepte que » (only): a restriction, no negation; « à l'écart des combats »
  // (away from the fighting) rules nothing out.
  // « n'hésitera pas à envoyer » asserts the sending.
  // « deux cent mille soldats, et pas un de moins »: a floor, no negation.
  // « n'a pas reculé : il a confirmé … »: the speaker holds the line, no negation of what follows.
  // « ne le cache pas », « n'en fait pas mystère » (said openly): no negation.
  // « ne s'est pas exprimée », « n'a pas donné suite », « n'était pas joignable »: no comment, no negation of what
  // was reported.
  // « avant que les troupes ne pénètrent », « à moins que Paris n'y consente » (the expletive ne of avant que and à moins
  // que): no second negative word follows, no negation. Not before a verb of denial (« à moins que Moscou ne rejette
  // l'accord »: the denial is the condition's), nor after de peur que (what is feared is no statement; review r91).
  notStance:
    /^(?:(?<=(?<![\p{L}])(?:avant|moins) qu(?:e |['’])(?:[\p{L}'’-]+ ){0,6})(?:ne(?= )|n(?=['’]))(?![ '’](?:[\p{L}'’-]+ ){0,3}(?:pas|plus|jamais|rien|guère|point|aucun|aucune|personne|nullement|que|qu['’])(?![\p{L}]))(?![ '’](?:[\p{L}'’-]+ )?(?:rejet|refus|dément|nie|contest|récus|réfut)\p{L}*)|(?:ne|n['’]) ?s['’](?:est|était|sont|étaient|soit) (?:pas|toujours pas|pas encore) (?:publiquement )?(?:exprimé|prononcé)\p{L}*(?=\s*(?:[.;:!?)»]|$))|(?<=(?<![\p{L}])(?:ne|n['’]) ?s['’](?:est|était|sont|étaient|soit) )pas (?:encore )?(?:publiquement )?(?:exprimé|prononcé)\p{L}*(?=\s*(?:[.;:!?)»]|$))|(?:ne|n['’]) ?(?:a|ont|avait|avaient) (?:pas|toujours pas|pas encore) (?:immédiatement )?donné suite(?= (?:à nos (?:sollicitations|questions)|aux (?:sollicitations|questions) (?:de la presse|de l['’]afp|des journalistes|de la rédaction))\s*(?:[.;:!?)»]|$))|(?<=(?<![\p{L}])(?:ne|n['’]) ?(?:a|ont|avait|avaient) )pas (?:encore |immédiatement )?donné suite(?= (?:à nos (?:sollicitations|questions)|aux (?:sollicitations|questions) (?:de la presse|de l['’]afp|des journalistes|de la rédaction))\s*(?:[.;:!?)»]|$))|(?:ne|n['’]) ?(?:était|étaient|est|sont) (?:pas|toujours pas) joignables?|(?<=(?<![\p{L}])(?:ne|n['’]) ?(?:était|étaient|est|sont) )pas joignables?|(?<=(?<![\p{L}])(?:qu['’]|que )(?:(?!ne |n['’])[\p{L}'’-]+ ){1,3})jamais(?![\p{L}])|(?<![\p{L}])(?:ne|n['’]) ?(?:s['’]en |le |l['’]|en |la )(?:cache|cachent|cachait|cachaient|dissimule|dissimulent|dissimulait)(?: même| plus)? pas(?![\p{L}])|(?<![\p{L}])(?:ne|n['’]) ?(?:en )?(?:fait|font|faisait|faisaient) (?:pas|aucun|plus) (?:de )?mystère(?![\p{L}])|(?<![\p{L}])ne (?:revient|revenait|reviendra|revenir) pas sur (?:ses|leurs) (?:propos|paroles|déclarations)(?![\p{L}])|(?<=(?<![\p{L}])ne (?:revient|revenait|reviendra|revenir) )pas sur (?:ses|ces|leurs|les) (?:propos|paroles|déclarations)(?![\p{L}])|n['’](?:est|était) pas revenue? sur (?:ses|leurs) (?:propos|paroles|déclarations)(?![\p{L}])|(?<=(?<![\p{L}])n['’](?:est|était) )pas revenue? sur (?:ses|ces|leurs|les) (?:propos|paroles|déclarations)(?![\p{L}])|n['’](?:a|ont|avait|avaient) pas recul\p{L}*|(?<=(?<![\p{L}])n['’](?:a|ont|avait|avaient) )pas recul\p{L}*|ne recul\p{L}* pas|(?<=(?<![\p{L}])ne recul\p{L}* )pas|pas (?:un|une) (?:seule? )?de moins|n['’](?:\p{L}+ )?h[ée]sit\p{L}* (?:\p{L}+ )?pas|(?<=(?<![\p{L}])n['’](?:\p{L}+ )?h[ée]sit\p{L}* (?:\p{L}+ )?)pas|ne pas h[ée]siter|(?<=(?<![\p{L}])ne )pas h[ée]siter|(?<=(?<![\p{L}])(?:affirme|affirment|affirmé|prétend|prétendent|prétendu|accuse|accusent|accusé|assure|assurent|assuré|soutient|soutiennent|soutenu) )sans (?:la moindre |aucune )?preuves?|(?<!(?<![\p{L}])(?:est|sont|était|étaient|reste|restent|demeure|demeurent) )sans (?:(?:en )?(?:apporter|fournir|présenter|donner|avancer|produire|montrer) )?(?:la moindre |aucune |de |des )?(?:preuves?|éléments? de preuve)(?!\s+(?:que|qu['’]|de|d['’]|du|des)(?![\p{L}]))|(?<=(?<![\p{L}])(?:fourni|apporté|présenté|avancé|produit|donné|montré|fournir|apporter|présenter|avancer|produire|donner|montrer) )aucune (?:preuve|élément)(?!\s+(?:que|qu['’]|de|d['’]|du|des)(?![\p{L}]))|n['’](?:a|ont|avait|avaient|en a) (?:fourni|apporté|présenté|avancé|produit|donné|montré) (?:aucune|la moindre|pas de|aucun) (?:preuve|élément)(?!\s+(?:que|qu['’]|de|d['’]|du|des)(?![\p{L}]))|(?<=n['’](?:a|ont|avait|avaient) )pas (?:fourni|apporté|présenté|avancé|produit|donné|montré) (?:de |la moindre )(?:preuve|élément)(?!\s+(?:que|qu['’]|de|d['’]|du|des)(?![\p{L}]))|(?:n['’](?:a|ont|avait|avaient) )?pas (?:changé|varié|bougé)(?![\p{L}])|ne (?:change|varie|bouge)(?:nt)? pas(?![\p{L}])|(?<=ne (?:change|varie|bouge)(?:nt)? )pas(?![\p{L}])|question de (?:temps|jours|semaines|mois)(?=\s*(?:[.,;:!?)–—]|$|avant))|(?:pas de|nul|aucun) doute|pas étonnant|écart (?:des combats|du front|des hostilités|de la ligne de front)|(?:ne |n['’])(?:(?!(?:pas|plus|jamais|rien|guère|point|aucun|aucune|personne|nullement)(?![\p{L}]))\p{L}+ ){1,2}qu(?:e|(?=['’]))|sans (?:aucune )?exception|pas loin d|non seulement|sans doute|sans hésiter|sans (?:aucun |le moindre )?états? d['’]âme|sans hésitation|pas de commentaire|sans commentaire|aucun commentaire|sans (?:participer|prendre part) aux combats|sans combattre|sans franchir le seuil|sans (?:mission|rôle|fonction)s? (?:de combat|combattante?s?)|refus\p{L}* (?:(?:\p{L}+ ){0,2}à (?:tout |aucun |le moindre )commentaire|de (?:commenter|s['’]exprimer)|d['’](?:en )?dire (?:davantage|plus)(?! (?:sur|à propos|concernant|au sujet)))|sans (?:préciser|détailler|donner de détails|entrer dans les détails|(?:fixer|chiffrer|avancer|donner) (?:d['’]|de |les |le |la |un |une |aucun |aucune )?(?:effectifs?|chiffres?|calendrier|nombre|date|échéance|délai))|n['’](?:a|ont|avait|avaient) pas (?:encore )?(?:réag|répond|comment)\p{L}*|(?:n['’](?:a|ont|avait|avaient) )?pas (?:jugé (?:utile|bon|nécessaire)|souhaité|voulu|daigné) (?:de |d['’])?(?:réag|répond|comment)\p{L}*(?! (?:à|aux|favorablement|positivement)(?![\p{L}]))|(?:aucun|aucune|personne|nul|nulle)(?: (?:[\p{L}'’-]+ ){0,4}?| )n['’](?:a|ont|avait|avaient) (?:encore )?(?:jugé (?:utile|bon|nécessaire) (?:de |d['’])|souhaité |voulu |daigné )?(?:réag|répond|comment)\p{L}*(?! (?:à|aux|favorablement|positivement)(?![\p{L}]))|(?<=(?<![\p{L}])(?:aucun|aucune|personne|nul|nulle)(?: (?:[\p{L}'’-]+ ){0,4}?| ))n['’](?:a|ont|avait|avaient) (?:encore )?(?:jugé (?:utile|bon|nécessaire) (?:de |d['’])|souhaité |voulu |daigné )?(?:réag|répond|comment)\p{L}*(?! (?:à|aux|favorablement|positivement)(?![\p{L}]))|pas (?:encore )?(?:réag|répond|comment)\p{L}*|ni (?:[\p{L}'’-]+ ){1,4}?n['’](?:a|ont|avait|avaient) (?:encore )?(?:réag\p{L}*|comment\p{L}*|répond\p{L}*(?! (?:à|aux|favorablement)(?![\p{L}])))|(?<=(?<![\p{L}])ni (?:[\p{L}'’-]+ ){1,4}?)n['’](?:a|ont|avait|avaient) (?:encore )?(?:réag\p{L}*|comment\p{L}*|répond\p{L}*(?! (?:à|aux|favorablement)(?![\p{L}]))))(?![\p{L}])/u,
  opposites: [
    ['gagner', 'perdre'],
    ['hausse', 'baisse'],
    ['augmenter', 'diminuer'],
    ['accepter', 'rejeter'],
    ['autoriser', 'interdire'],
  ],
  synonyms: [
    ['troupes', 'soldats', 'militaires', 'forces'],
    ['envoyer', 'déployer', 'dépêcher'],
    ['vaccin', 'vaccination'],
  ],
  romanisation,
  avoid: words('éviter évité évitée empêcher empêché'),
  negativeDeterminers: words('aucun aucune'),
  collectiveActors:
    /(?<![\p{L}])(?:que|qu['’])\s*(?:plusieurs|certains|certaines|quelques|une coalition de|un groupe de|divers|diverses)\s+(?:[\p{L}-]+\s+){0,4}?(?:pays|états|gouvernements|capitales|nations|alliés)(?![\p{L}])/iu,
  collectiveEnds: /(?<![\p{L}])(?:mais|et|alors que|tandis que|bien que|pourtant)(?![\p{L}])/iu,
  speakerPronouns: /(?<![\p{L}])(?:il|elle|lui|son|sa|ses|je|nous|notre|propre)(?![\p{L}])/iu,
  negativePronouns: words('rien'),
  exceptAfter: /^\s*(?:sauf|hormis|excepté|à part|si ce n['’]est)(?![\p{L}])/u,
  questionAsked:
    /^questions?(?: d['’](?:un|une)? ?(?:[\p{L}-]+ ?){1,3}| de (?:la|le|l['’]|des) ?(?:[\p{L}-]+ ?){1,3})?[,;:–—]$/u,
  answerYes:
    /^\s*(?:[–—]\s*)?[«"]?\s*oui\s*»?\s*[,.!–—](?!\s*(?:peut-être|peut-etre|sans doute|éventuellement|si(?! (?:nécessaire|besoin)\s*[,.;:!?–—])|s['’](?!il le faut(?![\p{L}]))|mais))/iu,
  answerNo: words('non pas jamais aucun aucune nullement'),
  sourceCited:
    /(?<![\p{L}])(?:(?:sans|ne)\s+|n['’]\s*)(?:[\p{L}'’-]+\s+){0,2}?(?:citer|cite|citent|citant|cité|nommer|nomme|nommant|nommé|donner|donne|donné|indiquer|indique|indiqué|préciser|précise|précisé|révéler|révèle|révélé)\s+(?:pas\s+)?(?:de\s+|d['’]|la\s+moindre\s+|aucune\s+|ses\s+|leurs\s+|sa\s+)?(?:[\p{L}'’-]+\s+)?sources?(?![\p{L}])/iu,
  evidence: words('preuve preuves noms photos photographies images détails'),
  interrogatives: /^[\s«"“(]*(?:qu['’](?=\p{L})|(?:que|quoi)(?![\p{L}]))/iu,
  askedWho: /^[\s«"“(]*qui(?![\p{L}'’])/iu,
  reportsOfOther:
    /(?<![\p{L}])(?:affirmations?|allégations?|informations?|accusations?|rumeurs?|spéculations?|articles?) sur(?![\p{L}])/iu,
  fewHolders: /(?<![\p{L}])(?:peu|rares?|personne|nul|guère|aucun|minorité)(?![\p{L}])/iu,
  oughtAsked:
    /(?<![\p{L}])(?:doit-(?:il|elle|on)|doivent-(?:ils|elles)|devrait-(?:il|elle|on)|devraient-(?:ils|elles)|faut-il)(?![\p{L}])/iu,
  holdsAsked:
    /(?<![\p{L}])(?:en (?:est|sont|était|étaient) (?:\p{L}+ )?(?:convaincue?s?|persuadée?s?|certaine?s?|sûre?s?)|l['’](?:affirme|affirment|assure|assurent))(?![\p{L}])/iu,
  ratherBut: words('mais'),
  whQuestion:
    /^[\s«"“(]*(?:qu['’](?=\p{L})|(?:que|quoi|quel|quelle|quels|quelles|comment|pourquoi|où|quand|combien)(?![\p{L}])|d['’]où(?![\p{L}]))/iu,
  conditionAsked: /(?<![\p{L}])(?:si|s['’]il)(?![\p{L}])/iu,
  notYet:
    /(?<![\p{L}])(?:pour l['’]heure|pour l['’]instant|pour le moment|encore|à ce stade|actuellement|jusqu['’]ici)(?![\p{L}])/u,
  contrastAfterNo: /^[^.;!?]{0,80}?(?<![\p{L}])(?:mais|toutefois|cependant|pourtant|bien que|même si)(?![\p{L}])/iu,
  notAnswerLead:
    /(?<![\p{L}])(?:cit(?:é|ée|e|ent|ant|ait)|lettres?|paroles|propos|rappel\p{L}*|répét\p{L}*|avertissements?|sujets?|condition\p{L}*|élud\p{L}*|esquiv\p{L}*)(?![\p{L}])/iu,
  noPlan:
    /(?<![\p{L}])(?:il n['’]y a (?:aucun|pas de) (?:plan|projet) (?:de ce genre|de cette nature|en ce sens)|(?:aucun|pas de) tel (?:plan|projet)|^\s*(?:il )?n['’](?:en )?est (?:absolument |aucunement |nullement )?pas question\s*(?:[.;!]|$)|^\s*(?:c['’]est )?hors de question\s*(?:[.;!]|$))(?![\p{L}])/iu,
  topicFrame:
    /^\s*(?:sur|quant (?:à|aux?)|concernant|à propos (?:de|des|du|d['’])|au sujet (?:de|des|du|d['’])|(?:interrog|questionn)\p{L}* sur)(?: l['’]| la| le| les| des| du| de| d['’]| ces| cette| ce| une| un)? ?(?:informations?|rumeurs?|affirmations?|allégations?|accusations?|spéculations?|envoi|déploiement|idée|hypothèse|question|possibilité|perspective|propos|projet|éventualité|présence|articles?)(?![\p{L}])/iu,
  askedFrame:
    /^\s*(?:interrogée?s?|questionnée?s?|à la question)(?: [\p{L}'’.-]+){0,6}? (?:(?:de savoir si|si)(?![\p{L}])|sur (?:l['’](?:idée|éventualité|hypothèse)|la (?:possibilité|perspective)) d(?:e(?![\p{L}])|['’]))|^\s*(?:interrogée?s?|questionnée?s?|à la question)(?: [\p{L}'’.-]+){0,6}? (?:de savoir )?s['’](?=ils?(?![\p{L}]))/iu,
  readiness: /^(?:s['’]il le faut(?![\p{L}])|si (?:nécessaire|besoin)(?=\s*(?:[,.;:!?–—]|$)))/iu,
  yesQualified: /^\s*[,;–—]?\s*(?:mais|seulement)(?![\p{L}])/iu,
  hopedBefore: /(?<![\p{L}])(?:espère\p{L}*|espéra\p{L}*|crai\p{L}*)[\s,]*$/iu,
  doubtedBefore:
    /(?<![\p{L}])(?:s['’](?:est|était) (?:bien )?gard\p{L}*|se gard\p{L}*|peut-être|difficil\p{L}*|dur|esquiv\p{L}*|refus\p{L}*|personne ne|nul ne)(?![\p{L}])/u,
  onlyAfterNegation: /^\s+(?:plus\s+)?(?:seulement|uniquement)(?![\p{L}])/iu,
  saidYes: /(?<![\p{L}])(?:que oui(?=\s*(?:[,.;:!?»“”"–—]|$))|par l['’]affirmative)/iu,
  saidNo: /(?<![\p{L}])par la négative(?![\p{L}])/iu,
  undecided:
    /(?<![\p{L}])(?:personne ne (?:le )?sait|on ne (?:le )?sait pas|rien n['’](?:est|a été) (?:encore )?(?:décidé|tranché|arrêté)|(?:n['’]est|ne sont|n['’]a été) pas (?:encore )?(?:décidée?s?|tranchée?s?|claire?s?|arrêtée?s?)|aucune décision n['’](?:a|avait) (?:encore )?été (?:prise|arrêtée)|pas (?:encore )?de décision|(?:trop tôt|prématuré) pour (?:le )?dire)(?![\p{L}])/u,
  priorClause: /^(?:après|à la suite d)(?![a-zàâçéèêëîïôûùüÿœæ])/u,
  verdictAdverbs: words('aussitôt immédiatement fermement catégoriquement formellement vivement'),
  // « coupant court aux rumeurs », « coupant court à une semaine de spéculations »: the talk the statement ends.
  dismissals:
    /(?<![\p{L}-])(?:mettre fin aux?|(?<!pas )(?:couper|coupant|coupé) court (?:aux?|à (?:[\p{L}'’]+ ){1,3}(?:de|d['’]))|faire taire les|démentir les|qualifiant (?:les|ces|de telles)|(?:en réponse|répondant|a répondu|répondait) à (?:une|la))\s+$/u,
  countryNames: {
    CZ: ['République tchèque'],
    GB: ['Grande-Bretagne'],
    US: ['Amérique'],
  },
  anaphora: words("cela ceci ça l'a l'ont l'avait l'aurait"),
  statementNouns:
    /(?<![\p{L}])(?:(?:cette|ces|ce|cet|les|la|le|de telles|une telle) |l['’])(?:affirmations?|allégations?|informations?|accusations?|version|rumeurs?|récit|assertions?|spéculations?|explications?|justifications?)(?![\p{L}])(?!\s+(?:de|du|des|sur)(?![\p{L}])|\s+d['’])/iu,
  evenWords: words('même'),
  concessive: words('même'),
  privative: words('sans'),
  contraryAfter: /^\s+(?:contraires?|en sens contraire|du contraire)(?![\p{L}])/u,
  purpose: words('pour afin'),
  purposeClause: /^\s*(?:pour|afin|de sorte|de façon à ce) qu(?:e(?![a-zàâçéèêëîïôûùüÿœæ])|['’])/u,
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  places: {
    prepositions: 'en vers dans au aux sur',
    origin: 'depuis',
    where: 'à en',
    spoken: 'exprimant exprime exprimait discours entretien interview journalistes presse',
    articles: "le les l'",
    motion:
      'deplac[a-z]*|delocalis[a-z]*|envoy[a-z]*|enverr[a-z]*|depech[a-z]*|transfer[a-z]*|deploy[a-z]*|deploi[a-z]*',
    contrast: 'au_lieu_d plutot_qu pas',
    instead: 'au_lieu_de au_lieu_d au_lieu_des plutot_que plutot_qu',
    notOnly: 'plus_seulement plus_uniquement',
    regionBefore: { articles: "une la l'", nouns: 'region province oblast' },
    materiel: {
      nouns:
        'stocks?|arsenal|arsenaux|armes?|armements?|vehicules?|chars|navires?|fregates?|destroyers?|avions?|helicopteres?|equipements?|materiels?|munitions?|depots?|missiles?|systemes?',
      of: "de_l' du des de_la de",
    },
  },
  people: {
    generation: { words: 'fils', notBefore: "de du des d'" },
    unrelated: 'sans lien de parenté|aucun lien de parenté|homonyme',
    titles: [
      'president',
      'premier ministre',
      'secretaire general',
      'ministre',
      'ministre des affaires etrangeres',
      'ambassadeur',
      'ambassadrice',
      'chef de la diplomatie',
      "chef de l'etat",
      'porte-parole',
      'chancelier',
      'general',
    ],
    honorifics: { male: 'm monsieur', female: 'mme mlle madame mademoiselle', neutral: 'mm mmes' },
    roles: {
      nouns: 'ministre premier président présidente chancelier ambassadeur diplomate porte-parole chef',
      articles: "Le La L'",
      qualifiersAfter: true,
      verbs: 'déclaré déclare estime affirme assuré rappelé expliqué souligné',
    },
    notGivenNames:
      'madame monsieur mme m et mais le la les de des du pour avec selon quand lundi mardi mercredi jeudi vendredi samedi dimanche après pendant depuis aussi alors ensuite hier sans vers chez contre malgré',
    thenWords: 'alors',
    questionOpeners: 'pourquoi comment où qui que quoi est a peut pourrait va',
    thingsBeforeSurname:
      'rue avenue av. boulevard bd place quai pont viaduc musee tour hotel lycee college ecole stade aeroport fondation square impasse allee marque equipementier fabricant societe entreprise firme enseigne groupe laboratoire pharmaceutique baroque plateforme logiciel',
    venuesBeforeArticle: 'restaurant trattoria pizzeria brasserie bistrot café bar hôtel club',
    // "Poutine sauce brune", "poutine frites-fromage": the Quebec dish.
    thingsAfterSurname: 'sauce frites fromage',
    context: {
      officeBefore: 'poste bureau palais fauteuil cabinet candidat* candidature',
      titleArticles: "le la l' du au",
      timesBeforeTitle: { former: 'ancien ancienne', current: 'actuel actuelle', glued: 'ex' },
      titleOf: "de du des d'",
      // Not "-que" alone: "le porte-parole du Kremlin évoque …" is a verb (tchèque, slovaque, turque,
      // grecque, britannique, soviétique, helvétique, basque, monégasque are; not "masque").
      nationalityEndings:
        'ais aise ois oise ien ienne ain aine èque ovaque urque ecque itannique altique étique basque égasque and ande',
      appositionArticles: "le la les l'",
      surnameArticles: 'le la les',
      feminine: {
        determiners: 'la une cette sa',
        adjectives: 'meilleure nouvelle vraie véritable célèbre fameuse grande petite bonne belle vieille',
      },
      companyApposition: {
        articles: 'le la un une',
        nouns: 'marque entreprise firme équipementier fabricant constructeur enseigne',
        nounFirst: true,
      },
      placeApposition: { articles: 'un une', small: 'petit petite', nouns: 'village commune ville bourg rivière' },
      namedPlace: { articles: 'le la', nouns: 'complexe station centre' },
      worksBeforeSurname: 'album film livre roman chanson disque documentaire',
    },
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      'a declare',
      'a dit',
      'a affirme',
      'a indique',
      'selon',
      'a dementi',
      'a souligne',
      'a assure',
      'a ajoute',
      'a estime',
      'a explique',
      'a annonce',
      "d'apres",
      'a martele',
      'a rappele',
      'a reconnu',
      'a confirme',
      'declare',
      'affirme',
      'assure',
      'dement',
      'a precise',
      'a insiste',
      'a nie',
      'a averti',
    ],
    deny: [
      'dementi*',
      'dement',
      'dementent',
      'nie',
      'nient',
      'nie',
      'pas',
      'aucun',
      'aucune',
      'jamais',
      'rejete*',
      'infonde*',
      'faux',
      'ni',
    ],
    confirm: ['confirme', 'a confirme', 'reconnu', 'admis'],
    keep: ["n'exclut pas", "n'a pas exclu", 'ne pas exclure', 'pas exclu', 'ne peut etre exclu', "n'ecarte pas"],
  },
};
