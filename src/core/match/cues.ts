// Words that mark who speaks (reporting verbs) and whether a sentence reports a denial or a
// confirmation, in the five dataset languages. Found with one small automaton over the folded text.
import { AhoCorasick } from './aho-corasick';
import { keyOf } from './officials';
import { joinsWord } from '../text/script';

/** `keep`: a negation that is not a denial ("did not rule out"): it cancels deny cues it contains. */
export type CueType = 'report' | 'deny' | 'confirm' | 'keep';

interface CueDef {
  key: string;
  types: CueType[];
  /** Matches as a word prefix ("опроверг" covers "опровергла"). */
  prefix: boolean;
  /** May start inside a word (English "n't"). */
  inWord: boolean;
}

// Trailing * = word prefix; leading ~ = may start inside a word. Japanese cues are substrings.
const REPORT = [
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
  'заявил',
  'заявила',
  'заявляет',
  'сказал',
  'сказала',
  'отметил',
  'отметила',
  'по словам',
  'сообщил',
  'сообщила',
  'подчеркнул',
  'подчеркнула',
  'опроверг',
  'опровергла',
  'добавил',
  'добавила',
  'указал',
  'указала',
  'пояснил',
  'пояснила',
  'признал',
  'признала',
  'подтвердил',
  'подтвердила',
  'заверил',
  'заверила',
  'говорит',
  'считает',
  'отверг',
  'отвергла',
  'предупредил',
  'предупредила',
  'настаивает',
  'утверждает',
  'заявив',
  'сказав',
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
  'と述べた',
  'と語った',
  'によると',
  'によれば',
  'と強調した',
  '述べ',
  '語った',
  '明らかにした',
  'と話した',
  'と発表した',
  'と指摘した',
  '否定した',
  'と説明した',
  'と主張した',
  '表明した',
  'と明言した',
];
const DENY = [
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
  'опроверг*',
  'отрица*',
  'отверг*',
  'не',
  'нет',
  'никаких',
  'никакого',
  'никакой',
  'никогда',
  'ложн*',
  'спростув*',
  'заперечу*',
  'заперечи*',
  'немає',
  'жодн*',
  'ніколи',
  'відкин*',
  'відкида*',
  '否定',
  '否認',
  'ない',
  'ません',
  'なかった',
  '事実無根',
];
const CONFIRM = [
  'confirmed',
  'confirms',
  'confirm',
  'acknowledged',
  'admitted',
  'admits',
  'verified',
  'confirme',
  'a confirme',
  'reconnu',
  'admis',
  'подтверд*',
  'признал*',
  'підтверд*',
  'визнав',
  'визнала',
  '認めた',
  '確認した',
  '認める',
];

// Negated verbs of exclusion assert a possibility; they must not read as denials.
const KEEP = [
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
  "n'exclut pas",
  "n'a pas exclu",
  'ne pas exclure',
  'pas exclu',
  'ne peut etre exclu',
  "n'ecarte pas",
  'не исключ*',
  'нельзя исключать',
  'не виключ*',
  'не можна виключати',
  '否定しない',
  '排除しない',
  '排除できない',
  '否定できない',
  '除外しない',
];

function parse(raw: string, type: CueType): CueDef {
  const prefix = raw.endsWith('*');
  const inWord = raw.startsWith('~');
  const key = keyOf(raw.replace(/^~/, '').replace(/\*$/, ''));
  return { key, types: [type], prefix, inWord };
}

let built: { ac: AhoCorasick; defs: CueDef[][] } | null = null;

function index(): { ac: AhoCorasick; defs: CueDef[][] } {
  if (built) return built;
  const ac = new AhoCorasick();
  const defs: CueDef[][] = [];
  const add = (raw: string, type: CueType) => {
    const d = parse(raw, type);
    const id = ac.add(d.key);
    const list = (defs[id] ??= []);
    const same = list.find((x) => x.prefix === d.prefix && x.inWord === d.inWord);
    if (same) {
      if (!same.types.includes(type)) same.types.push(type);
    } else list.push(d);
  };
  for (const r of REPORT) add(r, 'report');
  for (const r of DENY) add(r, 'deny');
  for (const r of CONFIRM) add(r, 'confirm');
  for (const r of KEEP) add(r, 'keep');
  ac.build();
  built = { ac, defs };
  return built;
}

export interface CueHit {
  types: CueType[];
  /** Range in the key text (callers map it back). */
  start: number;
  end: number;
}

/** Cue words in folded key text, whole words unless marked otherwise. */
export function findCues(key: string): CueHit[] {
  const { ac, defs } = index();
  const out: CueHit[] = [];
  ac.search(key, (pattern, end) => {
    const start = end - ac.patterns[pattern].length;
    for (const d of defs[pattern]) {
      if (!d.inWord && joinsWord(key, start)) continue;
      if (!d.prefix && joinsWord(key, end)) continue;
      out.push({ types: d.types, start, end });
    }
  });
  return out;
}
