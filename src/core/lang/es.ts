// Spanish: Snowball stemmer and stop words from Orama's packages; negations, stance words, opposites
// and synonyms are ours (small, for claims about public affairs).
import { stemmer } from '@orama/stemmers/spanish';
import { stopwords } from '@orama/stopwords/spanish';
import { letters, type Romanisation } from './romanise';
import { words, type LanguagePack } from './types';

const NEGATIONS = words(
  'no ni nunca jamás ningún ninguna ninguno ningunos ningunas nada nadie sin tampoco rehúsa rehusó rehusaron negarse negándose carece carecen carecía carecían evitó evita evitaron eludió elude eludieron',
);

// How the Spanish press writes Russian and Ukrainian names: Serguéi Lavrov, Zajárova, Guerásimov,
// Naryshkin/Narishkin; Zelenski, Sirski, Andrí (accents fold away).
const romanisation: Romanisation = {
  ru: {
    rules: [
      [/г(?=[еиэ])/g, 'gu'],
      // The adjectival ending -ий as -i or -ii ("Gueorgui Tíjii", a spelling in our Spanish tuning copy;
      // not checked against a press style guide, and it only adds a spelling).
      [/ий$/, ['i', 'ii']],
      [/ый$/, ['i', 'y']],
      [/ы/g, ['y', 'i']],
      [/ия$/, 'ia'],
    ],
    letters: letters('х=j щ=sch'),
  },
  uk: {
    rules: [
      [/[иі]й$/, 'i'],
      [/ія$/, 'ia'],
    ],
    letters: letters('г=h х=j є=ye'),
  },
};

export const es: LanguagePack = {
  code: 'es',
  script: 'latin',
  stem: stemmer,
  stop: new Set([
    ...stopwords.filter((w) => !NEGATIONS.has(w)),
    ...words('dijo afirmó según además también ya así unos unas'),
  ]),
  negations: NEGATIONS,
  letters: 'ñáíóú¿¡',
  endings: ['a', 'o', 'os', 'as', 'ción', 'ciones', 'mente'],
  // ASCII words only (detectLanguage reads short ASCII runs). Words shared with French ("de", "la",
  // "en", "que") count for both in part; the others tell Spanish apart.
  markers: words(
    'de la en que un el los las del y por con una para se su al sus ha han fue como pero lo este esta tras ya hay son era ' +
      'dijo sobre hasta entre desde cuando muy sin ni ante unos unas ese esa esto eso sido tiene dice habia haya pide hace todo todos otros otras donde',
  ),
  denials: words(
    'negó niega negaron niegan negado desmintió desmiente desmienten desmentido desmentida rechazó rechaza ' +
      'rechazaron rechazado refutó falso falsa falsos bulo infundado infundada desinformación mentira mentiras ' +
      'disparate disparates absurdo absurda patraña ficción tachó tacha tachan tacharon tildó tilda tildan tildaron',
  ),
  confirmations: words(
    'confirmó confirma confirmaron confirmado confirmada reconoció reconoce admitió admite corroboró corrobora ' +
      'verificado verificada verificados verificadas autentificado autentificados autenticado autenticados',
  ),
  hedges: words(
    'si rumores rumor especulaciones especulación especula especulan especularon especulaba especulaban pregunta preguntado incógnita',
  ),
  deliberation: /^(?:consider|sopes|baraj|plante|contempl|evalu)/u,
  conditionals: { words: words('si') },
  // "sin embargo" (however), "sin duda", "sin remedio" (inevitably); "se negó a comentar(lo)", "se niega a
  // precisar" (refused to say), "se negó a descartar" (the exclusion word says it), but not "se negó a
  // enviar" (refused to send: a denial);
  // "Lo verificamos" (we check it: a fact-checker's act, no confirmation); "no lejos de" (near: litotes);
  // "sin funciones de combate" (non-combat: the claim's own qualification, as "nunca para combatir").
  // "restó credibilidad a" (cast doubt on), "salió al paso de" (rebutted): denials without a denial word. "negar",
  // "negaba" … deny before "que", a report or at the clause's end ("llegó a negar que …"; not "tras negar el acceso").
  denialPhrases:
    /^(?:(?<=(?:^|[.!?:;–—«¿¡]\s*)(?:es|eso es|esto es|todo eso es) )(?:pura|mera) especulaci(?:ón|ones)(?=\s*(?:[.,;!?»”]|$))|(?:negando(?= (?:que|rotundamente|categóricamente|tajantemente|las? informaci\p{L}+|el envío|la presencia|el despliegue)(?![\p{L}]))|(?:negar|negaba|negaban|negaría|niego)(?= (?:que|haber|tener|ser|estar|rotundamente|categóricamente|tajantemente|tal|tales|dicha|dichas|dicho|dichos|esa|esas|ese|esos|esta|estas|este|estos|las? informaci\p{L}+|el envío|la presencia|el despliegue)(?![\p{L}])|\s*(?:[.,;:!?]|$))|rest(?:ó|a|an|aron|aba|ando) (?:toda |cualquier |)credibilidad|sal(?:ió|e|en|ieron|iendo) al paso|(?:tach|calific)(?:ó|a|an|aron|aba|aban|ado|ando) de (?:farsa|fábula|mito)(?= (?:(?:la|las|el|los|esa|esas|ese|esos|sus|su) (?:\p{L}+ )?(?:información|informaciones|noticia|noticias|anuncio|anuncios|promesa|promesas|versión|versiones|informe|informes|afirmación|afirmaciones|acusación|acusaciones)(?![\p{L}])|que(?![\p{L}])))|(?:(?:tach|calific)\p{L}* (?:(?:\p{L}+ ){1,3})?(?:de|como)|despach(?:ó|a|an|aron|aba|aban|ando) (?:(?:\p{L}+ ){1,3})?como) (?:«|"|“)?(?:\p{L}+ )?(?:propaganda|bulo|montaje|mentira|invención|invento|patraña|disparate|delirio|fantasía|especulación|engaño|cuento))(?![\p{L}]))/u,
  // "evitó pronunciarse" (avoided commenting), "eludió responder": the question stays open. Not "evitó
  // enviar" (avoided sending: a negation) nor "evitó cerrar la puerta" (kept it open).
  // Also "declinó confirmar o desmentir", "se preguntan si" (wonder whether: the "si" asks, it sets no
  // condition), "sigue sin resolverse" (unresolved).
  hedgePhrases:
    /^(?:(?<=(?<![\p{L}])(?:sobre|acerca de|en torno a|respecto a|respecto de) )si(?![\p{L}])|circul(?:a|an|aba|aban)(?! (?:[\p{L}-]+ ){0,3}?(?:su|sus|nuestra|nuestras|mi|mis|la última|las últimas) )(?: [\p{L}-]+){0,4}? (?:versiones|versión|rumores|rumor|informaciones|especulaciones)(?= de que)|(?:evit(?:ó|a|an|aron)|elud(?:ió|e|en|ieron)|esquiv(?:ó|a|an|aron)) (?:pronunciarse|precisar|confirmar|responder|aclarar|comentar|concretar|detallar|contestar|valorar|referirse|dar (?:una |ninguna )?(?:cifra|fecha|número|plazo|detalles))(?: (?:o|ni) (?:confirmar|desmentir|negar))?|(?:no se sabe (?:aún |todavía )?|(?<=se )desconoce (?:aún |todavía )?|queda(?:n)? por (?:aclarar|ver|saber|determinar|confirmar|precisar|definir|decidir|dilucidar) |nadie (?:[a-záéíóúñü]+ ){0,3}(?:sabe|aclara|explica|precisa|confirma) (?:aún |todavía )?)si|(?:no )?(?:(?:(?:ha|han|había|habían) )?querido|quiso|quisieron|quiere|quieren) (?:comentar|pronunciarse|confirmar|precisar|aclarar|responder|hacer (?:ningún )?comentarios?)(?:l[oa]s?)?|no (?:(?:ha|han|había|habían) )?(?:querido|quiso|quisieron|quiere|quieren) (?:despejar|disipar) (?:la|esa|esta|las|esas) dudas?|(?:declin|rehus)\p{L}* (?:confirmar|desmentir|negar|comentar|pronunciarse|precisar)(?: (?:o|ni) (?:confirmar|desmentir|negar))?|pregunt\p{L}* (?:a (?:\p{L}\p{L}* ){1,3}|al (?:\p{L}+ ){1,2})?si|(?:discut|debat|dud)\p{L}* si|sin (?:resolver|decidir|aclarar|definir)(?:se)?)(?![\p{L}])/u,
  // "dejen de lado la cobardía", "desterrar la cobardía" (banish), "dejar atrás la cobardía" (not
  // "dejar atrás" alone), "abandonó la idea de …", "renunció a enviar …", "se negó a enviar" (refused to,
  // as "rehusó"; no denial of a claim: "se niega a aceptar tropas" states a refusal): the sentence negates
  // what follows. Not a place or position left ("abandonaron sus posiciones en Kursk", "dejó atrás"):
  // troops leaving a region state that someone else holds it.
  negationPhrases:
    /^(?:(?:advirti|advierte|previno|previene|alert)\p{L}* (?:\p{L}+ ){0,6}contra (?:la |toda |cualquier )?(?:cobardía|pusilanimidad)|desterr\p{L}*|dej\p{L}* atrás (?:la|el|su|sus) (?:cobardía|miedo|temor|timidez|pusilanimidad)|dej\p{L}* de (?:comportarse|actuar|mostrarse|conducirse|ser) (?:con )?(?:cobard\p{L}*|temeros\p{L}*|pusilánime\p{L}*|pusilanimidad)|dej\p{L}* (?:\p{L}+ ){0,3}(?:de lado|a un lado)|(?:neg|nieg)\p{L}*(?= a (?:enviar|mandar|desplegar|destinar|aportar|movilizar|trasladar)(?:l[oa]s?)?(?![\p{L}]))|(?:abandon|renunci)\p{L}* (?:a )?(?:la idea|el plan|los planes|la intención|el proyecto|la propuesta|enviar|mandar|desplegar)|(?:(?:qued|dej|estar|est)\p{L}* )?fuera del? (?:paraguas|amparo|protección|cobertura|alcance)|(?<=(?<![\p{L}])se )resist\p{L}*(?= a (?:excluir|descartar|aceptar|admitir|enviar|mandar|desplegar)(?![\p{L}]))|vet(?:ar|ará|arán|aría|arían|ó|aron|a|an)(?= (?:cualquier|todo|toda|el|la) (?:(?:plan|propuesta|proyecto|intento) (?:para que|de (?:enviar|mandar|desplegar))|(?:envío|despliegue))(?![\p{L}])))(?![\p{L}])/u,
  awayPhrases:
    /^(?:(?<=(?<![\p{L}])(?<!no )lejos (?:del|de la|de las) (?:(?:primera )?línea de(?:l)? )?)(?:frente|contacto|trincheras)|(?<=(?<![\p{L}])(?:en lugar de|en vez de) (?:(?:en|a) (?:la |el )?|la |el |los |las |ser ))\p{L}+|(?<=(?<![\p{L}])(?<!(?:combates|guerra|hostilidades|ataques|lucha) )fuera (?:de|del) (?:territorio )?)(?:ucrania|rusia|país|ucraniano|ruso))(?![\p{L}])/u,
  // "cerró la puerta a" (ruled out); "no quiso cerrar la puerta a" keeps it open.
  // Also with an adverb between: "cerró en seco la puerta a", "cerró de golpe la puerta".
  keepPhrases:
    /^(?:cerr|cierr)\p{L}* (?:(?:en seco|de golpe|de plano|tajantemente|definitivamente) )?(?:la|las) puertas?(?![\p{L}])/u,
  sourcePhrase:
    /(?<![\p{L}])según (?:(?:las |los )?(?:fuentes|estimaciones|cálculos|datos|cifras|medios|servicios de inteligencia|inteligencia)(?: \p{L}+){0,2}|(?:la |el )?(?:inteligencia|gobierno|ejército) \p{L}+)(?![\p{L}])/giu,
  otherwise: /^(?:de lo contrario|de otro modo|en caso contrario)(?![\p{L}])/u,
  // "pese al rechazo de varios socios": what others deny in a concession is not the sentence's stance.
  // "ciencia ficción": a genre, no denial.
  negatedContrast: { opens: 'sino', also: 'también que', notOnly: 'solo sólo solamente siquiera' },
  notStanceAfter:
    /(?<![a-záéíóúüñ])(?:pese al?|a pesar del?)\s+(?:[a-záéíóúüñ]+\s+){0,2}[a-záéíóúüñ]+$|(?<![a-záéíóúüñ])ciencia ficción$|(?<![a-záéíóúüñ])n(?:i?eg)[a-záéíóúüñ]* a [a-záéíóúüñ]+$|(?<![a-záéíóúüñ])(?:difícil|imposible|absurdo|inútil|ridículo)\s+(?:de\s+)?(?:negar|desmentir|refutar|rebatir)$/u,
  // "no dudará en desplegar" asserts the deployment.
  // "doscientos mil soldados, ni uno menos": a floor, no negation.
  // "no dejó lugar a dudas" (left no doubt): an emphasis, no negation.
  // "no dio marcha atrás: confirmó …": the speaker holds the line, no negation of what follows.
  // "no tiene dudas" (is sure), "ni siquiera lo oculta" (says it openly): no negation.
  // "no se pronunció", "no estaba localizable": no comment, no negation of what was reported.
  notStance:
    /^(?:no se (?:ha |han |había |habían )?pronunci\p{L}*(?=(?:\s+(?:todavía|aún|públicamente|por (?:ahora|el momento)))?\s*(?:[.;:!?»”)]|$|al respecto))|no (?:estaba|estaban|está|están) (?:disponibles? para (?:hacer )?comentarios|localizables?)|no (?:(?:ha|han|había|habían) )?(?:hecho|hizo|hicieron) (?:ningún |ninguna )?(?:comentarios?|declaraci\p{L}+)(?=\s*(?:[.,;:!?»”]|$|al respecto|todavía|aún|por ahora|hasta (?:ahora|el momento)))|nadie l[oa]s? coment\p{L}*|no (?:tiene|tenía|tengo|tienen|tenían|tuvo|cabe|cabía|le cabe|les cabe) (?:ninguna |la menor |la más mínima )?(?:duda|dudas)(?![\p{L}])|(?<=(?<![\p{L}])no (?:tiene|tenía|tengo|tienen|tenían|tuvo|cabe|cabía|le cabe|les cabe) )ninguna (?:duda|dudas)(?![\p{L}])|(?:ni siquiera|no) (?:lo |la |los |las )(?:oculta|ocultan|ocultó|ocultaron|ocultaba|esconde|esconden|escondió|disimula|disimulan|disimuló)(?![\p{L}])|(?:ni siquiera|no) (?:oculta|ocultan|ocultó|ocultaron|esconde|esconden|escondió|disimula|disimulan|disimuló)(?= que(?![\p{L}]))|no se (?:retract|desdic|desdij|desdec)\p{L}*|no (?:\p{L}+ )?(?:retroced\p{L}*|dio marcha atrás|dar marcha atrás|se echó atrás|echarse atrás|recul\p{L}*)|no dej\p{L}* (?:lugar|espacio|margen) (?:a|para) (?:la )?(?:duda|dudas)|ni (?:uno|una) (?:sol[oa] )?menos|no (?:\p{L}+ )?(?:dud|vacil|titube)\p{L}* (?:\p{L}+ )?en(?![\p{L}])|no (?:ha |han |había |habían )?(?:cambiado|variado|cambia|cambian|varía|varían)(?![\p{L}])|nada de (?:malentendidos|equívocos|sorpresas|dudas)|no hay (?:duda|dudas)|sin (?:ninguna )?excepción|verific(?:amos|aremos|ar|a si|an si)(?![\p{L}])|no lejos d|sin (?:embargo|duda|remedio|falta|vacilar|titubear|dudarlo|comentarios?|combatir|precisar|detallar|especificar|concretar|dar (?:más )?detalles|entrar en detalles|intermediarios|rodeos|ambages|tapujos|paliativos)(?![\p{L}])|(?:sin que |(?<=sin que ))(?:nadie|nada|nadie ni nada) (?:lo )?(?:pueda|pudiera|pudiese|podría) (?:evitarlo|impedirlo|remediarlo|frenarlo|detenerlo)(?![\p{L}])|sin (?:participar|tomar parte|intervenir|entrar) en (?:los |el )?combates?(?![\p{L}])|n(?:i?eg)\p{L}* a (?!(?:enviar|mandar|desplegar|destinar|aportar|movilizar|trasladar)(?:l[oa]s?)?(?![\p{L}]))\p{L}+(?:ar|er|ir)(?:l[oa]s?|se)?(?![\p{L}])|absurd[oa] (?:de )?(?:negar|desmentir|refutar|rebatir)(?![\p{L}])|preguntad[oa]s? (?:por|sobre|acerca de) (?!si(?![\p{L}]))|preguntas? (?:por|sobre|acerca de) (?!si(?![\p{L}]))|(?:nunca|no) para (?:combatir|luchar|pelear)(?![\p{L}])|(?<=que )no impli\p{L}* (?:combatir|combates?|luchar|participar en (?:los )?combates)(?![\p{L}])|sin (?:funciones|función|tareas|papel|papeles|rol|roles|misiones|misión|labores) (?:de )?combate(?![\p{L}])|no (?:l[oa]s? )?(?:ha |han |había |habían )?(?:reaccion|respond|contest|coment|precis|aclar|detall|especific)\p{L}*|ni (?:\p{L}+ ){1,3}(?:l[oa]s? )?(?:ha |han |había |habían )?(?:reaccion|respond|contest|coment|precis|aclar|detall|especific)(?:ado|ido)(?![\p{L}])|(?:no|sin) (?:cit|aport|ofrec|present)\p{L}* (?:ninguna |ningún |ninguno )?(?:fuentes?|pruebas?|evidencias?))/u,
  less: words('menos'),
  // A verb that confirms or stresses after a denial word, before the claim (see LanguagePack.sayingClause).
  sayingClause:
    /(?<![\p{L}])y\s+(?:\p{L}+mente\s+)?(?:confirmó|reconoció|subrayó|insistió|confirma|reconoce|subraya|insiste)(?![\p{L}])|,\s*(?:confirmando|reconociendo|subrayando|insistiendo)(?![\p{L}])/iu,
  // A clause of contrast after a denial that is about something else (see LanguagePack.contrastClause).
  contrastClause:
    /(?<![\p{L}])(?:pero(?! también)|sin embargo|no obstante|mientras que)(?![\p{L}])|,\s*(?:aunque|mientras)(?![\p{L}])/iu,
  complementisers: { that: words('que'), whether: words('si') },
  or: words('o'),
  taboos: words('tabú tabúes'),
  keeps: words(
    'descartar descarta descartó descartado descartada descartados descartadas descartarse descartan excluir excluye excluyó excluirse excluido excluida excluidos excluidas excluyen',
  ),
  opposites: [
    ['ganar', 'perder'],
    ['subir', 'bajar'],
    ['aumentar', 'reducir'],
    ['permitir', 'prohibir'],
    ['aceptar', 'rechazar'],
    ['apoyar', 'rechazar'],
    ['antes', 'después'],
    ['enviar', 'retirar'],
  ],
  synonyms: [
    ['tropas', 'soldados', 'militares', 'fuerzas', 'efectivos', 'contingente'],
    ['enviar', 'desplegar', 'mandar', 'destacar'],
    ['planea', 'prevé', 'pretende', 'proyecta'],
    ['eeuu', 'estadounidense', 'estadounidenses'],
  ],
  numberWords: {
    uno: '1',
    dos: '2',
    tres: '3',
    cuatro: '4',
    cinco: '5',
    seis: '6',
    siete: '7',
    ocho: '8',
    nueve: '9',
    diez: '10',
    veinte: '20',
    veintiséis: '26',
    cincuenta: '50',
    cien: '100',
    mil: '1000',
  },
  notNames: words(
    'presidente presidenta canciller ministro ministra primer primera portavoz embajador embajadora general señor señora sr sra ' +
      'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre ' +
      'lunes martes miércoles jueves viernes sábado domingo',
  ),
  romanisation,
  avoid: words('evitar evitarse evitado evitada impedir'),
  negativeDeterminers: words('ningún ninguna ninguno'),
  collectiveActors:
    /(?<![\p{L}])que\s+(?:varios|varias|algunos|algunas|ciertos|ciertas|un grupo de|una coalición de|diversos)\s+(?:[\p{L}-]+\s+){0,4}?(?:países|estados|gobiernos|capitales|naciones|aliados)(?![\p{L}])/iu,
  collectiveEnds: /(?<![\p{L}])(?:pero|y|e|mientras|aunque|sin embargo)(?![\p{L}])/iu,
  speakerPronouns: /(?<![\p{L}])(?:él|ella|le|les|su|sus|yo|nosotros|nuestro|nuestra|propio|propia)(?![\p{L}])/iu,
  negativePronouns: words('nada'),
  exceptAfter: /^\s*(?:salvo|excepto|menos|más que|fuera de|aparte de)(?![\p{L}])/u,
  questionAsked: /^preguntas?(?: de (?:un|una|la|el|los|las) (?:[\p{L}-]+ ?){1,3})?[,;:–—]$/u,
  answerYes:
    /^\s*(?:[–—]\s*)?[«"“]?sí»?\s*[,.!–—](?!\s*(?:tal vez|quizás?|posiblemente|probablemente|si(?! (?:hace falta(?![\p{L}])|es necesario\s*[,.;:!?–—]))|pero))/iu,
  answerNo: words('no nunca jamás ningún ninguna ninguno ni tampoco'),
  sourceCited:
    /(?<![\p{L}])(?:sin\s+(?:citar|mencionar|dar|aportar|identificar|precisar|revelar|nombrar)\s+(?:[\p{L}-]+\s+){0,2}?fuentes?|no\s+(?:[\p{L}-]+\s+)?(?:citó|cita|citan|citaron|dio|da|dieron|aportó|identificó|precisó|reveló|nombró)\s+(?:ninguna|ni\s+una|sus|su)\s+(?:[\p{L}-]+\s+)?fuentes?)(?![\p{L}])/iu,
  evidence: words('pruebas prueba nombres fotos fotografías imágenes detalles'),
  interrogatives: /^[\s«"“(]*¿?\s*qué(?![\p{L}])/iu,
  askedWho: /^[\s«"“(]*¿?\s*(?:a )?(?:quién|quiénes)(?![\p{L}])/iu,
  reportsOfOther:
    /(?<![\p{L}])(?:versión|versiones|información|informaciones|afirmación|afirmaciones|acusación|acusaciones|noticia|noticias|informe|informes|rumor|rumores|especulaciones) (?:sobre|acerca)(?![\p{L}])/iu,
  fewHolders: /(?<![\p{L}])(?:pocos|pocas|apenas|minoría|nadie|ninguno)(?![\p{L}])/iu,
  oughtAsked: /^[\s«"“(—–-]*¿?\s*(?:debería|deberían|debe|deben|tendría|tendrían)(?![\p{L}])/iu,
  holdsAsked:
    /(?<![\p{L}])(?:(?:está|están|estaba|estaban) (?:\p{L}+ )?convencid[oa]s? de ello|lo (?:asegura|aseguran|aseguró|afirma|afirman|afirmó|sostiene|sostienen|sostuvo))(?![\p{L}])/iu,
  ratherBut: words('sino'),
  whQuestion:
    /^[\s«"“(—–-]*¿?\s*(?:qué|cuál|cuáles|cómo|por qué|dónde|adónde|cuándo|cuánto|cuánta|cuántos|cuántas|para qué)(?![\p{L}])/iu,
  conditionAsked: /(?<![\p{L}])si(?![\p{L}])/iu,
  notYet: /(?<![\p{L}])(?:por ahora|por el momento|de momento|todavía|aún|hasta ahora|actualmente)(?![\p{L}])/u,
  contrastAfterNo: /^[^.;!?]{0,80}?(?<![\p{L}])(?:pero|aunque|sin embargo|si bien)(?![\p{L}])/iu,
  notAnswerLead:
    /(?<![\p{L}])(?:cit(?:ó|a|an|aron|ando)|cartas?|palabras|record\p{L}*|repiti\p{L}*|advertencias?|temas?|otro|condicion\p{L}*|esquiv\p{L}*|elud\p{L}*)(?![\p{L}])/iu,
  noPlan:
    /(?<![\p{L}])(?:no (?:existe|hay|tiene|tenía) (?:tal plan|tales planes|ningún plan (?:así|semejante|de ese tipo)|planes (?:así|semejantes|de ese tipo))|^\s*(?:eso )?(?:está|queda) (?:completamente |totalmente )?descartado\s*(?:[.;!]|$)|^\s*ni hablar\s*(?:[.;!]|$))(?![\p{L}])/iu,
  topicFrame:
    /^\s*(?:sobre|acerca de|en cuanto a|respecto (?:a|de)|con respecto a|(?:al ser )?(?:preguntad|cuestionad|interrogad)[oa]s? (?:por|sobre))(?: el| la| los| las| lo| un| una| esas?| estos?| estas?| esos?| tales)? (?:informaci\p{L}*|rumor\p{L}*|noticias?|versi\p{L}*|especulaci\p{L}*|afirmaci\p{L}*|envío|despliegue|idea|posibilidad|hipótesis|propuesta|pregunta|cuestión|tema|presencia|acusaci\p{L}*)(?![\p{L}])/iu,
  askedFrame:
    /^\s*(?:preguntad[oa]s?|interrogad[oa]s?|a la pregunta)(?: [\p{L}.-]+){0,6}? (?:de si|sobre si|por si|si|sobre (?:la )?(?:idea|posibilidad|eventualidad|perspectiva) de)(?![\p{L}])/iu,
  readiness: /^(?:si hace falta(?![\p{L}])|si es necesario(?=\s*(?:[,.;:!?–—]|$)))/iu,
  yesQualified: /^\s*[,;–—]?\s*(?:pero|solo|sólo)(?![\p{L}])/iu,
  hopedBefore: /(?<![\p{L}])(?:esperan?|espero|esperaba\p{L}*|confían?|temen?|temía\p{L}*)[\s,]*$/iu,
  doubtedBefore: /(?<![\p{L}])(?:quizás?|tal vez|difícil|evit\p{L}*|nadie)(?![\p{L}])/u,
  onlyAfterNegation: /^\s+(?:más\s+)?(?:solo|sólo|solamente|únicamente)(?![\p{L}])/iu,
  saidYes:
    /(?<![\p{L}])(?:que sí(?=\s*(?:[,.;:!?»“”"–—]|$))|(?:respondi\p{L}*|contest\p{L}*) (?:afirmativamente|de forma afirmativa|con un sí))/iu,
  // An answer that opens with "En absoluto", "De ningún modo", "Para nada" (not at all): a no without a negation word.
  saidNo:
    /(?<![\p{L}])(?:respondi\p{L}*|contest\p{L}*) (?:negativamente|de forma negativa|con un no(?=\s*(?:[,.;:!?»“”"–—]|$)))|^[\s«"“—–-]*(?:en absoluto|de ningún modo|de ninguna manera|de ninguna forma|para nada)(?=\s*[»"”]?\s*(?:[,.;:!–—]|$))|(?<!(?<![\p{L}])no )(?:respondi\p{L}*|contest\p{L}*) con una (?:sola )?palabra[,:]?\s*[«"“]?no[»"”]?(?=\s*(?:[,.;:!?–—]|$))/iu,
  undecided:
    /(?<![\p{L}])(?:nadie (?:lo )?sabe|no se sabe|(?:aún |todavía )?no (?:está|hay nada) (?:decidido|claro)|no se ha tomado (?:ninguna |una )?decisión|no hay (?:ninguna )?decisión (?:todavía|aún)|(?:todavía|aún) no hay (?:ninguna )?decisión|(?:aún|todavía) no (?:se ha )?decidido|(?:es )?(?:pronto|prematuro) para (?:decirlo|saberlo|decir))(?![\p{L}])/u,
  priorClause: /^(?:tras|después de(?: que)?|luego de(?: que)?)(?![a-záéíóúüñ])/u,
  verdictAdverbs: words('inmediatamente rápidamente tajantemente rotundamente categóricamente enseguida'),
  dismissals:
    /(?:(?:acabar con|poner fin a|ponga fin a|zanjar|cortar de raíz|desmentir|frenar|tach(?:ó|a|an|aron|aba|ar) de|calific(?:ó|a|an|aron|ar) de|(?:respondiendo|contestando|en respuesta|(?:al )?(?:responder|contestar)|respondió|contestó) a (?:una|la))\s+|(?:cort|zanj|enfri|ataj|disip|desactiv)(?:ó|aron)\s+(?:[\p{L}]+\s+){0,5}?)(?:(?:los|las|el|la|esos|esas|estos|estas|tales)\s+)?(?:(?:pura|puras|mera|meras|simple|simples)\s+)?$/u,
  countryNames: {
    CZ: ['República Checa'],
    GB: ['Gran Bretaña'],
    US: ['EEUU', 'EE.UU.'],
    BY: ['Belarús'],
  },
  anaphora: words('lo esto eso ello'),
  statementNouns:
    /(?<![\p{L}])(?:esa|esta|esas|estas|ese|este|esos|estos|dicha|dichas|dicho|dichos|tal|tales|la|las|el|los) (?:versión|versiones|información|informaciones|afirmación|afirmaciones|acusación|acusaciones|noticia|noticias|denuncia|denuncias|informe|informes|relato|rumor|rumores|especulaciones|explicación|explicaciones|justificación)(?![\p{L}])(?!\s+(?:del|sobre)(?![\p{L}]))/iu,
  // Past and plural forms only: "la mentira", "la niega" look alike.
  clitics: { words: words('los las'), verb: /(?:ó|aron|ieron)$/u },
  evenWords: words('siquiera'),
  concessive: words('incluso aun tampoco siquiera'),
  privative: words('sin'),
  contraryAfter: /^\s+(?:en (?:sentido )?contrario|contrari[oa]s)(?![\p{L}])/u,
  purpose: words('para'),
  // "para que", and through a verb of purpose ("para garantizar que la paz no se quiebre"; not "para aclarar
  // que", which reports).
  purposeClause: /^\s*(?:para (?:(?:garantizar|evitar|impedir|lograr|conseguir) )?que|a fin de que)(?![a-záéíóúñü])/u,
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  places: {
    prepositions: 'a al en hacia para',
    origin: 'desde',
    where: 'en',
    spoken: 'hablando hablo habla discurso entrevista periodistas prensa',
    articles: 'el la los las',
    motion:
      'traslad[a-z]*|(?:llev|envi|mand)arl[aeo]s?|llev(?:ar|a|an|ara|aran|aria|arian|o|aron|arse)|envi(?:ar|a|an|ara|aran|aria|arian|o|aron)|mand(?:ar|a|an|ara|aran|aria|arian|o|aron)|despleg(?:ar|ara|aran|aria|o|aron|ado|ados)|desplieg(?:a|an|ue|uen)',
    contrast: 'en_lugar_de en_vez_de no',
    instead: 'en_lugar_de en_vez_de',
    notOnly: 'ya_no_solo ya_no_solamente ya_no_unicamente',
    regionBefore: { articles: 'la el del', nouns: 'region provincia oblast' },
    materiel: {
      nouns:
        'existencias|arsenal(?:es)?|armas?|armamento|vehiculos?|tanques?|buques?|barcos?|fragatas?|destructores?|aviones|avion|helicopteros?|equipamiento|material|municiones|municion|depositos?|misiles?|sistemas?',
      of: 'del de_la de_los de_las',
    },
  },
  people: {
    generation: { words: 'hijo', notBefore: 'de del' },
    unrelated: 'sin parentesco|ningún parentesco|homónimo|tocayo',
    titles: [
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
    ],
    honorifics: { male: 'sr senor don', female: 'sra senora dona' },
    roles: {
      nouns:
        'ministro ministra premier presidente presidenta canciller excanciller embajador diplomático portavoz mandatario mandataria jefe jefa',
      articles: 'El La',
      qualifiersAfter: true,
      verbs: 'dijo afirmó aseguró declaró advirtió insistió explicó indicó intervino pidió',
    },
    notGivenNames:
      'el los las y pero como cuando tras para con ante sr sra don luego después ayer hoy también según sobre desde hasta sin mientras durante aunque además incluso entonces',
    thenWords: 'entonces',
    questionOpeners: 'qué quién cuándo dónde cómo por cuál ha había fue es está puede podría será',
    invertedQuestion: { mark: '¿', verbEndings: 'rá rán ría rían ó aron ieron aba aban' },
    thingsBeforeSurname:
      'marca empresa fabricante compania farmaceutica laboratorio grupo barroco plataforma calle avenida paseo plaza torre hotel edificio estadio aeropuerto fundacion colegio escuela universidad complejo golf club casino puente',
    venuesBeforeArticle: 'restaurante trattoria pizzeria taberna cafeteria bar hotel club',
    context: {
      officeBefore: 'cargo despacho oficina palacio sillon candidat* candidatura',
      titleArticles: 'el la del al',
      timesBeforeTitle: { former: 'ex antiguo antigua', current: 'actual', glued: 'ex' },
      titleOf: 'de del',
      nationalityEndings: 'ano ana ino ina és esa ense eno ena ol ola',
      appositionArticles: 'el la los las',
      surnameArticles: 'el la los las',
      feminine: {
        determiners: 'una esta otra',
        adjectives: 'mejor nueva verdadera famosa gran pequeña buena vieja',
      },
      companyApposition: {
        articles: 'el la un una',
        nouns: 'marca empresa fabricante compañía',
        nounFirst: true,
      },
      placeApposition: { articles: 'un una', small: 'pequeño pequeña', nouns: 'pueblo ciudad aldea municipio río' },
      namedPlace: { articles: 'el la', nouns: 'campo' },
      worksBeforeSurname: 'álbum película libro novela canción disco documental',
    },
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      'dijo',
      'afirmó',
      'aseguró',
      'declaró',
      'señaló',
      'según',
      'indicó',
      'explicó',
      'subrayó',
      'advirtió',
      'añadió',
      'insistió',
      'negó',
      'desmintió',
      'rechazó',
      'reconoció',
      'confirmó',
      'recalcó',
      'reiteró',
      'sostuvo',
      'manifestó',
      'anunció',
      'destacó',
      'aclaró',
      'asegura',
      'afirma',
      'sostiene',
    ],
    deny: [
      'negó',
      'niega',
      'niegan',
      'negaron',
      'desmient*',
      'desmintió',
      'desmintieron',
      'desmentid*',
      'rechaz*',
      'nunca',
      'jamás',
      'ningún',
      'ninguna',
      'ninguno',
      'falso',
      'falsa',
      'bulo',
      'infundad*',
    ],
    confirm: [
      'confirmó',
      'confirma',
      'confirmaron',
      'confirmado',
      'confirmada',
      'reconoció',
      'reconoce',
      'admitió',
      'admite',
    ],
    keep: [
      'no descart*',
      'no se puede descartar',
      'no se pueden descartar',
      'no se puede excluir',
      'no se pueden excluir',
      'no excluy*',
      'no excluir',
    ],
  },
};
