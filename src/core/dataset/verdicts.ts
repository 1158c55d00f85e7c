// Fact-checkers' verdict wording -> our four statuses. The table is deliberately explicit: a
// verdict we do not know is reported to the maintainer, never guessed from a substring.
import type { ClaimStatus } from '../types.ts';
import { foldForKey, lookup } from './text-utils.ts';

/** Lowercase, NFKC, no diacritics, punctuation and dashes as spaces: "Partly-False!" == "partly false". */
export function normaliseVerdict(text: string): string {
  return foldForKey(text)
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

const TABLE: Record<ClaimStatus, string[]> = {
  denied: [
    // English
    'false',
    'fake',
    'incorrect',
    'not true',
    'untrue',
    'wrong',
    'inaccurate',
    'pants on fire',
    'pants fire',
    'fabricated',
    'hoax',
    'scam',
    'fake news',
    'altered',
    'altered image',
    'altered photo',
    'altered video',
    'altered photo video',
    'doctored',
    'manipulated',
    'miscaptioned',
    'misattributed',
    'false headline',
    // French
    'faux',
    'fausse',
    'infox',
    'c est faux',
    'trucage',
    'montage',
    'photo detournee',
    // Spanish
    'falso',
    'falsa',
    'bulo',
    'mentira',
    'fake',
    // Russian
    'ложь',
    'неправда',
    'фейк',
    'не факт',
    'не правда',
    'неверно',
    // German
    'falsch',
    'frei erfunden',
    'fake',
    'manipuliert',
  ],
  confirmed: [
    'true',
    'correct',
    'accurate',
    'mostly true',
    'correct attribution',
    'confirmed',
    'verified',
    'real',
    'vrai',
    'vraie',
    'exact',
    'c est vrai',
    'plutot vrai',
    'verdadero',
    'verdadera',
    'cierto',
    'correcto',
    'verdad',
    'правда',
    'верно',
    'скорее правда',
    'скорее так',
    'да',
    'подтверждено',
    'richtig',
    'wahr',
    'stimmt',
    'korrekt',
    'zutreffend',
  ],
  disputed: [
    'mixture',
    'mixed',
    'half true',
    'half truth',
    'misleading',
    'partly false',
    'partly true',
    'partially false',
    'partially true',
    'mostly false',
    'barely true',
    'somewhat true',
    'somewhat false',
    'missing context',
    'lacks context',
    'needs context',
    'out of context',
    'decontextualized',
    'decontextualised',
    'exaggerated',
    'exaggeration',
    'distorts the facts',
    'spins the facts',
    'cherry picks',
    'half flip',
    'trompeur',
    'trompeuse',
    'en partie faux',
    'en partie vrai',
    'partiellement faux',
    'partiellement vrai',
    'manque de contexte',
    'sorti de son contexte',
    'hors contexte',
    'exagere',
    'imprecis',
    'a nuancer',
    'plutot faux',
    'enganoso',
    'enganosa',
    'medio verdadero',
    'verdad a medias',
    'impreciso',
    'imprecisa',
    'exagerado',
    'exagerada',
    'sacado de contexto',
    'parcialmente falso',
    'parcialmente verdadero',
    'cuestionable',
    'частично',
    'частично правда',
    'частично ложь',
    'частично верно',
    'полуправда',
    'манипуляция',
    'искажение',
    'сомнительно',
    'да но',
    'не факт но',
    'так но',
    'это так но',
    'не совсем так',
    'преувеличение',
    'вне контекста',
    'вводит в заблуждение',
    'irrefuhrend',
    'teilweise falsch',
    'teilweise richtig',
    'halbwahr',
    'fehlender kontext',
    'ubertrieben',
    'aus dem kontext gerissen',
  ],
  unverified: [
    'unproven',
    'unverified',
    'unverifiable',
    'unsupported',
    'no evidence',
    'unsubstantiated',
    'not proven',
    'research in progress',
    'undetermined',
    'unknown',
    'insufficient evidence',
    'cannot be verified',
    'non prouve',
    'non verifie',
    'inverifiable',
    'invérifiable',
    'pas de preuve',
    'sans preuve',
    'sin pruebas',
    'no verificable',
    'inverificable',
    'sin evidencia',
    'no comprobado',
    'не доказано',
    'не подтверждено',
    'неизвестно',
    'пока не факт',
    'пока сомнительно',
    'возможно но',
    'нет доказательств',
    'unbelegt',
    'nicht belegt',
    'unbestatigt',
    'nicht uberprufbar',
    'unklar',
  ],
};

/** Verdict vocabularies that only make sense for one outlet (single letters, house ratings). */
const OUTLET_TABLES: Record<string, Record<string, ClaimStatus>> = {
  // EUfactcheck rates with letters: True, Mostly true/false (M), False, Unsubstantiated.
  eufactcheck: { t: 'confirmed', m: 'disputed', f: 'denied', u: 'unverified' },
};

const GLOBAL = new Map<string, ClaimStatus>();
for (const status of Object.keys(TABLE) as ClaimStatus[])
  for (const v of TABLE[status]) {
    const key = normaliseVerdict(v);
    if (!GLOBAL.has(key)) GLOBAL.set(key, status);
  }

export function outletKey(outlet: string | undefined): string {
  return (outlet ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Status for a verdict, or undefined when the table does not know it. */
export function mapVerdict(verdict: string, outlet?: string): ClaimStatus | undefined {
  const key = normaliseVerdict(verdict);
  if (!key) return undefined;
  const own = lookup(OUTLET_TABLES, outletKey(outlet));
  return (own && lookup(own, key)) ?? GLOBAL.get(key);
}

/** schema.org numeric ratings: position between worst and best, in thirds. */
export function mapRatingValue(value: number, worst = 1, best = 5): ClaimStatus | undefined {
  if (!Number.isFinite(value) || !Number.isFinite(worst) || !Number.isFinite(best) || best === worst) return undefined;
  const x = (value - worst) / (best - worst);
  if (x < 0 || x > 1) return undefined;
  return x <= 0.25 ? 'denied' : x >= 0.75 ? 'confirmed' : 'disputed';
}

export const VERDICT_TABLE: Readonly<Record<ClaimStatus, readonly string[]>> = TABLE;
