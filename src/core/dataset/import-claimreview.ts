// Importers for published fact-checks: schema.org ClaimReview JSON-LD, flattened ClaimReview CSV/TSV
// (ClaimsKG extractor) and the LIAR TSV. All produce source-format records that `compile` accepts.
import { CLAIM_STATUSES, HINT_LANGS, type ClaimStatus, type HintLang } from '../types.ts';
import { parseCsv } from './csv.ts';
import { detectHintLang } from './hints.ts';
import { nameKey } from '../text/normalise.ts';
import { LIMITS, URL_PATTERN } from './schemas.ts';
import type { SelfMatch } from './self-match.ts';
import type { SourceClaim, SourceData, SourceOfficial, SourceSource } from './source-types.ts';
import {
  ID_PATTERN,
  byId,
  countTable,
  lookup,
  dominantScript,
  findMarkup,
  isValidDate,
  normaliseAlias,
  shortHash,
  slugify,
} from './text-utils.ts';
import { mapRatingValue, mapVerdict, normaliseVerdict, outletKey } from './verdicts.ts';

/** One fact-check, whatever format it came in. */
export interface ReviewRow {
  id?: string;
  claim?: string;
  verdict?: string;
  ratingValue?: string;
  bestRating?: string;
  worstRating?: string;
  url?: string;
  date?: string;
  outlet?: string;
  outletUrl?: string;
  claimant?: string;
  claimantJob?: string;
  country?: string;
  lang?: string;
  /** The fact-check article's text: AAP rows carry their claim only there ("The Statement ..."). */
  body?: string;
  /**
   * A headline that states the claim in other words (Snopes': "Did 122 Prisoners Released from
   * Guantanamo ... Return to the Battlefield?"): matched as another wording, never shown. Only from a
   * column mapped by name: many outlets' headlines give the verdict instead ("Biden has not announced
   * ..."), and one that negates where the claim does not is dropped by the engine.
   */
  headline?: string;
}
export const ROW_FIELDS: readonly (keyof ReviewRow)[] = [
  'id',
  'claim',
  'verdict',
  'ratingValue',
  'bestRating',
  'worstRating',
  'url',
  'date',
  'outlet',
  'outletUrl',
  'claimant',
  'claimantJob',
  'country',
  'lang',
  'body',
  'headline',
];

export interface ImportReport {
  input: string;
  rows: number;
  imported: number;
  byStatus: Record<ClaimStatus, number>;
  /** Verdict text as written -> status and count. */
  mapped: Record<string, { status: ClaimStatus; count: number }>;
  /** Verdict text as written -> count; these claims are kept as unverified (or skipped, by option). */
  unmapped: Record<string, number>;
  /** Reason -> rows not imported. */
  skipped: Record<string, number>;
  /** Rows imported with a change worth knowing ("claim text truncated", ...). */
  adjusted: Record<string, number>;
  officials: number;
  sources: number;
  /** Decisions that apply to the whole file (preset detected, a column resolved by position, ...). */
  notes: string[];
  /** Claims that are questions, imported as published and flagged (the first 20; the count is in adjusted). */
  questions: string[];
  /** Claims the real matcher finds in their own text (set by the CLI: see self-match.ts). */
  selfMatch?: SelfMatch;
}

export interface ImportResult {
  data: SourceData;
  report: ImportReport;
}

export interface ImportOptions {
  /** Label for the report (file name). */
  input?: string;
  /** What to do with verdicts the table does not know: keep as unverified (default) or skip. */
  unmapped?: 'unverified' | 'skip';
  /** Language of the claims when known; otherwise guessed per claim. */
  lang?: HintLang;
  /** Used when a row has no review date. Without it such rows are skipped (and reported). */
  defaultDate?: string;
  /** Fixed outlet for formats that do not name one (LIAR: PolitiFact). */
  outlet?: { id: string; name: string; url?: string };
  /** Prefix for claim ids ("liar" -> "liar-2635"). */
  idPrefix?: string;
  /** Dataset metadata for the written dataset.json. */
  version?: string;
  updated?: string;
  license?: string;
  description?: string;
  /** Outlets (outletKey form) whose claimant column holds something else than the claim's author. */
  ignoreClaimantFor?: string[];
  /** Notes carried into the report (set by the CSV reader). */
  notes?: string[];
  /**
   * Claims written as questions ("Did X ...?": CheckYourFact's and Factograph's headlines, 21
   * CheckThat! claims): imported as published and flagged (default: counted and listed in the report,
   * and the history note says so), or skipped. The verdict is on the question's proposition, and
   * skipping would drop 35 of CheckYourFact's 38 and 101 of Factograph's 108 sample reviews.
   */
  questions?: 'flag' | 'skip';
  /**
   * Skip PolitiFact Flip-O-Meter rulings, whose "statement" is a topic ("On abortion", "On whether the
   * United States should intervene in Libya."): they rate a change of position, not a claim, and a
   * page that names the topic would get a verdict badge. The LIAR preset sets it.
   */
  skipTopics?: boolean;
}

/** A Flip-O-Meter topic: "On <topic>" with no clause after a comma or colon, or "On whether/how ...". */
function isTopicRuling(text: string): boolean {
  if (!/^On\s/.test(text)) return false;
  return /^On\s+(?:whether|how|what|why|when|where)\b/i.test(text) || !/[,:;]/.test(text);
}

/** A claim that is a question: it ends in a question mark (closing quotes aside). */
export function isQuestion(text: string): boolean {
  return /[?\uff1f\u061f][\s"'\u201d\u2019\u00bb)\]]*$/u.test(text);
}

// "An Instagram post claims (that) X", "Australian social media users have shared claims that X":
// the lead names who spread X, not X.
const CLAIM_LEAD =
  /^[^.!?]{0,160}?\b(?:claims?|claimed|claiming|shared claims|suggests?|suggested|says|said|asserts?|states?)\s+(?:that\s+)?(?=\S)/iu;

/**
 * The claim of a fact-check article that has no claimReviewed: AAP's articles open with "The
 * Statement" and the claim in its first sentence (sentences run together in the extract:
 * "...human”.The July 10 post"). Undefined when the article has no such section.
 */
export function statementFromArticle(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const at = body.indexOf('The Statement');
  if (at === -1) return undefined;
  const rest = body.slice(at + 'The Statement'.length).trim();
  const end = /[.!?]["”’]?(?=[A-Z“"‘(]|\s|$)/u.exec(rest);
  let sentence = (end ? rest.slice(0, end.index + end[0].length) : rest.slice(0, 400)).trim();
  // A quoted statement: the quote is the claim.
  sentence = sentence.replace(/^[“"](.*?)[.,]?[”"]$/su, '$1').replace(/^[“"]/u, '');
  const lead = CLAIM_LEAD.exec(sentence);
  if (lead && lead[0].split(/\s+/).length <= 20) sentence = sentence.slice(lead[0].length);
  sentence = sentence.trim();
  if (sentence.split(/\s+/).length < 4) return undefined;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const URL_RE = new RegExp(URL_PATTERN);
// Claimants that are channels or crowds, not people who can be officials.
const NOT_A_PERSON =
  /\b(multiple|various|several|social|media|posts?|users?|viral|facebook|twitter|tiktok|instagram|whatsapp|youtube|telegram|bloggers?|websites?|e-?mails?|messages?|memes?|images?|videos?|people|sources|online|internet|claims?|rumou?rs?|chain|unknown|anonymous|anonyme|blogueurs?|internautes|publications?|usuarios|publicaciones|news|groups?|pages?|accounts?)\b/i;
// \b is ASCII-only in JS, so Cyrillic words need their own test.
const NOT_A_PERSON_CYRILLIC = /(?:^|\s)(?:пользовател|соцсет|аноним|блогер|паблик|телеграм)/iu;

/** A text's words in lower case, for "the same words" (a headline that only repeats its claim). */
const wordsOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function clean(s: string | undefined): string {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  // Only a pair of quotes around the whole text goes: 'as "dark white."' keeps its closing quote.
  return /^"[^"]*"$/.test(t) ? t.slice(1, -1).trim() : t;
}

/** "2021-7-16" and "2021-07-16T10:00:00Z" -> "2021-07-16"; anything else undefined. */
export function normaliseDate(s: string | undefined): string | undefined {
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$/.exec(clean(s));
  if (!m) return undefined;
  const d = [m[1], m[2]?.padStart(2, '0'), m[3]?.padStart(2, '0')].filter(Boolean).join('-');
  return isValidDate(d) ? d : undefined;
}

const SCRIPT_TAG: Record<string, string> = {
  Latin: 'Latn',
  Cyrillic: 'Cyrl',
  Greek: 'Grek',
  Han: 'Hani',
  Kana: 'Jpan',
  Hangul: 'Hang',
  Arabic: 'Arab',
  Hebrew: 'Hebr',
};
const LANG_SCRIPT: Record<string, string> = { en: 'Latin', fr: 'Latin', ru: 'Cyrillic', uk: 'Cyrillic', ja: 'Han' };
export function aliasLang(name: string, lang?: string): string {
  const s = dominantScript(name) ?? 'Other';
  if (lang && (LANG_SCRIPT[lang] === s || (lang === 'ja' && s === 'Kana'))) return lang;
  return `und-${SCRIPT_TAG[s] ?? 'Zyyy'}`;
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut) + '…';
}

/** Turns review rows into source-format data plus a report of everything not imported as-is. */
export function importReviewRows(rows: ReviewRow[], options: ImportOptions = {}): ImportResult {
  const report: ImportReport = {
    input: options.input ?? '',
    rows: rows.length,
    imported: 0,
    byStatus: Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>,
    mapped: Object.create(null) as ImportReport['mapped'],
    unmapped: countTable(),
    skipped: countTable(),
    adjusted: countTable(),
    officials: 0,
    sources: 0,
    notes: [...(options.notes ?? [])],
    questions: [],
  };
  const bump = (m: Record<string, number>, k: string) => (m[k] = (m[k] ?? 0) + 1);
  const used = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  // Source ids are kept so that results join back to the source rows: as given when they already
  // are valid ids ("1234", "abc-9"), else lower-cased with other characters turned into dashes;
  // with a prefix ("liar-2635") when the options give one. Any change is counted in the report.
  const ID_RE = new RegExp(ID_PATTERN);
  const sourceId = (rowId: string): string => {
    let base = options.idPrefix ? `${options.idPrefix}-${rowId}` : rowId;
    if (!ID_RE.test(base) || base.length > LIMITS.id) {
      const slug = slugify(base, LIMITS.id - 9);
      base = slug === base.toLowerCase() ? slug : `${slug || 'claim'}-${shortHash(rowId).slice(0, 8)}`;
      bump(report.adjusted, 'source id changed to fit the id pattern (a-z, 0-9, single dashes)');
    }
    if (used.has(base))
      bump(report.adjusted, 'source id already used (duplicate row id or an outlet id): suffixed -2, -3...');
    return uniqueId(base);
  };
  const sources = new Map<string, SourceSource>();
  const officials = new Map<string, SourceOfficial>(); // by normalised name
  const claims: SourceClaim[] = [];
  const claimKeys = new Set<string>();

  const sourceFor = (row: ReviewRow): SourceSource | undefined => {
    if (options.outlet) {
      const o = options.outlet;
      if (!sources.has(o.id)) {
        used.add(o.id);
        sources.set(o.id, { id: o.id, name: o.name, kind: 'fact-checker', ...(o.url ? { url: o.url } : {}) });
      }
      return sources.get(o.id);
    }
    const name = clean(row.outlet);
    if (!name || findMarkup(name)) return undefined;
    const key = normaliseAlias(name);
    if (!sources.has(key)) {
      const url = clean(row.outletUrl);
      sources.set(key, {
        id: uniqueId(slugify(name) || `outlet-${shortHash(key)}`),
        name: truncate(name, LIMITS.name),
        kind: 'fact-checker',
        ...(URL_RE.test(url) && url.length <= LIMITS.url ? { url } : {}),
      });
    }
    return sources.get(key);
  };

  const officialFor = (row: ReviewRow, lang: string, outlet?: SourceSource): SourceOfficial | undefined => {
    if (!row.claimant) return undefined;
    if (outlet && options.ignoreClaimantFor?.includes(outletKey(outlet.name))) {
      bump(report.adjusted, `claimant column ignored for ${outlet.name} (it names the reviewer or social-media users)`);
      return undefined;
    }
    const name = truncate(clean(row.claimant).replace(/[\s,;:.]+$/u, ''), LIMITS.name);
    if (!name || findMarkup(name) || NOT_A_PERSON.test(name) || NOT_A_PERSON_CYRILLIC.test(name)) return undefined;
    // The matcher's name key: two claimants it cannot tell apart become one official.
    const key = nameKey(name);
    if (!key || (outlet && key === nameKey(outlet.name))) return undefined;
    let o = officials.get(key);
    if (!o) {
      o = {
        id: uniqueId(slugify(name) || `person-${shortHash(key)}`),
        name,
        aliases: [{ text: name, lang: aliasLang(name, lang) }],
        roles: [],
      };
      officials.set(key, o);
    }
    const job = truncate(clean(row.claimantJob), LIMITS.name);
    const country = clean(row.country);
    if (job && country && !findMarkup(job) && !o.roles.some((r) => r.title === job))
      o.roles.push({ title: job, country });
    return o;
  };

  const prepared: { row: ReviewRow; text: string; lang: HintLang }[] = [];
  for (const row of rows) {
    let text = clean(row.claim);
    if (!text) {
      const statement = statementFromArticle(row.body);
      if (statement) {
        text = clean(statement);
        bump(report.adjusted, 'claim taken from the article\'s "The Statement" section (no claimReviewed)');
      }
    }
    if (!text) {
      bump(report.skipped, 'no claim text');
      continue;
    }
    if (options.skipTopics && isTopicRuling(text)) {
      bump(report.skipped, 'a Flip-O-Meter topic ("On abortion"), not a claim');
      continue;
    }
    if (isQuestion(text)) {
      if (options.questions === 'skip') {
        bump(report.skipped, 'a question, not a claim statement (--questions skip)');
        continue;
      }
      if (report.questions.length < 20) report.questions.push(truncate(text, 160));
    }
    if (findMarkup(text)) {
      bump(report.skipped, 'HTML or script in claim text');
      continue;
    }
    const detected =
      options.lang ??
      (row.lang && (HINT_LANGS as readonly string[]).includes(row.lang)
        ? (row.lang as HintLang)
        : detectHintLang(text));
    if (detected === 'other') {
      bump(report.skipped, `claim language without a language pack (not ${HINT_LANGS.join(', ')})`);
      continue;
    }
    if (text.length > LIMITS.claimText) {
      text = truncate(text, LIMITS.claimText);
      bump(report.adjusted, `claim text cut to ${LIMITS.claimText} characters`);
    }
    prepared.push({ row, text, lang: detected });
  }

  for (const { row, text, lang } of prepared) {
    const outlet = sourceFor(row);
    const date = normaliseDate(row.date) ?? options.defaultDate;
    if (!date) {
      bump(report.skipped, 'no review date');
      continue;
    }
    const url = clean(row.url);
    // A source id makes a row its own record: two ids with the same text are two fact-checks.
    const rowId = clean(row.id).replace(/\.json$/, '');
    const key = rowId ? `${rowId}\n${normaliseAlias(text)}` : `${normaliseAlias(text)}\n${url}`;
    if (claimKeys.has(key)) {
      bump(report.skipped, 'duplicate (same claim and review URL)');
      continue;
    }
    // Verdicts are counted only for rows that are otherwise importable, so mapped + unmapped = imported.
    const verdictText = clean(row.verdict);
    let status = verdictText ? mapVerdict(verdictText, outlet?.name ?? row.outlet) : undefined;
    if (!status && row.ratingValue)
      status = mapRatingValue(
        Number(row.ratingValue),
        row.worstRating ? Number(row.worstRating) : 1,
        row.bestRating ? Number(row.bestRating) : 5,
      );
    const label =
      verdictText || (row.ratingValue ? `rating ${row.ratingValue}/${row.bestRating ?? 5}` : '(no verdict)');
    if (!status) {
      bump(report.unmapped, label);
      if (options.unmapped === 'skip') {
        bump(report.skipped, 'verdict not in the mapping table');
        continue;
      }
      status = 'unverified';
    } else {
      const m = (report.mapped[label] ??= { status, count: 0 });
      m.count++;
    }
    claimKeys.add(key);
    const official = officialFor(row, lang, outlet);
    const id = rowId
      ? sourceId(rowId)
      : uniqueId(
          `${outlet ? outlet.id.slice(0, 20) + '-' : ''}${slugify(text, 32) || 'claim'}-${shortHash(key).slice(0, 6)}`,
        );
    const question = isQuestion(text);
    if (question) bump(report.adjusted, 'claim is a question (a headline as published), imported and flagged');
    // The fact-checker's own wording is the rating the card shows ("Rated “Pants on Fire” by ...").
    const rating = verdictText && !findMarkup(verdictText) ? truncate(verdictText, LIMITS.rating) : undefined;
    const note = question ? 'The fact-checker worded this claim as a question.' : undefined;
    const headline = truncate(clean(row.headline), LIMITS.claimText);
    const wordings = headline && !findMarkup(headline) && wordsOf(headline) !== wordsOf(text) ? [headline] : undefined;
    if (wordings) bump(report.adjusted, 'headline kept as another wording of the claim (matched, never shown)');
    else if (headline) bump(report.adjusted, 'headline not kept (it repeats the claim, or holds markup)');
    claims.push({
      id,
      text,
      about: official ? [official.id] : [],
      status,
      history: [
        {
          status,
          date,
          kind: 'fact-check' as const,
          ...(outlet ? { via: outlet.id } : {}),
          ...(URL_RE.test(url) && url.length <= LIMITS.url ? { url } : {}),
          ...(rating ? { rating } : {}),
          ...(note ? { note } : {}),
        },
      ],
      // The engine matches imported claims from their own text: no hints are derived.
      ...(lang !== 'en' ? { lang } : {}),
      ...(wordings ? { wordings } : {}),
    });
    report.byStatus[status]++;
    report.imported++;
  }

  const officialList = [...officials.values()].sort(byId);
  const sourceList = [...sources.values()].sort(byId);
  report.officials = officialList.length;
  report.sources = sourceList.length;
  const latest = claims.reduce((max, c) => (c.history[0].date > max ? c.history[0].date : max), '');
  const updated =
    options.updated ??
    (latest.length === 10 ? latest : latest ? `${latest.slice(0, 4)}-12-31`.slice(0, 10) : '1970-01-01');
  return {
    data: {
      meta: {
        $schema: './schema/dataset.schema.json',
        version: options.version ?? updated.replace(/-/g, '.'),
        updated,
        license:
          options.license ?? 'Fact-checks as published by the fact-checkers named in sources.json; local testing only.',
        description: options.description ?? `Imported from ${options.input ?? 'ClaimReview data'}.`,
        profile: 'imported',
      },
      officials: officialList,
      organisations: [],
      sources: sourceList,
      claims: claims.sort(byId),
    },
    report,
  };
}

// ---------------------------------------------------------------- JSON-LD

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);
const textOf = (v: unknown): string | undefined => {
  v = first(v);
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isObj(v)) return textOf(v['@value'] ?? v.name);
  return undefined;
};
const hasType = (o: Obj, t: string) =>
  [o['@type']].flat().some((x) => typeof x === 'string' && x.replace(/^.*[/#:]/, '') === t);

/** Every ClaimReview in a JSON-LD document: one object, an array, a DataFeed or an @graph. */
export function findClaimReviews(doc: unknown): Obj[] {
  const out: Obj[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, depth: number) => {
    if (depth > 8 || seen.has(v)) return;
    if (Array.isArray(v)) return v.forEach((x) => walk(x, depth + 1));
    if (!isObj(v)) return;
    seen.add(v);
    if (hasType(v, 'ClaimReview')) {
      out.push(v);
      return;
    }
    for (const k of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity'])
      if (k in v) walk(v[k], depth + 1);
  };
  walk(doc, 0);
  return out;
}

export function claimReviewToRow(cr: Obj): ReviewRow {
  const rating = isObj(first(cr.reviewRating)) ? (first(cr.reviewRating) as Obj) : {};
  const author = isObj(first(cr.author)) ? (first(cr.author) as Obj) : {};
  const item = isObj(first(cr.itemReviewed)) ? (first(cr.itemReviewed) as Obj) : {};
  const claimant = isObj(first(item.author)) ? (first(item.author) as Obj) : {};
  return {
    claim: textOf(cr.claimReviewed) ?? textOf(item.text) ?? textOf(item.name),
    verdict: textOf(rating.alternateName),
    ratingValue: textOf(rating.ratingValue),
    bestRating: textOf(rating.bestRating),
    worstRating: textOf(rating.worstRating),
    url: textOf(cr.url) ?? textOf(cr['@id']),
    date: textOf(cr.datePublished) ?? textOf(item.datePublished),
    outlet: textOf(author.name) ?? textOf(cr.author),
    outletUrl: textOf(author.url),
    claimant: textOf(claimant.name) ?? textOf(item.author),
    claimantJob: textOf(claimant.jobTitle),
    lang: textOf(cr.inLanguage)?.slice(0, 2).toLowerCase(),
  };
}

export function importClaimReviewJson(text: string, options: ImportOptions = {}): ImportResult {
  const doc: unknown = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const rows = findClaimReviews(doc).map(claimReviewToRow);
  return importReviewRows(rows, options);
}

// ---------------------------------------------------------------- CSV / TSV

/**
 * field -> columns, first non-empty wins. A column is a header name, `#N` (0-based position: `#0` is
 * the first column, the way to name a column whose header cell is empty, as pandas writes its index),
 * pandas' own `Unnamed: N` for such a cell, or a bare 1-based number for headerless files.
 */
export type ColumnMapping = Partial<Record<keyof ReviewRow, string[]>>;

/** "claim=claimReviewed,verdict=reviewRating.alternateName,date=a|b" -> mapping. */
export function parseColumnMapping(spec: string): ColumnMapping {
  const m: ColumnMapping = {};
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    const field = part.slice(0, eq).trim() as keyof ReviewRow;
    if (eq <= 0 || !ROW_FIELDS.includes(field))
      throw new Error(`bad column mapping "${part}": expected field=column with field one of ${ROW_FIELDS.join(', ')}`);
    m[field] = part
      .slice(eq + 1)
      .split('|')
      .map((s) => s.trim());
  }
  if (!m.claim) throw new Error('column mapping needs claim=<column>');
  return m;
}

export interface CsvPreset {
  header: boolean;
  mapping: ColumnMapping;
  /** LIAR quotes nothing and has bare quotes inside statements. */
  quoting?: boolean;
  delimiter?: string;
  options?: ImportOptions;
}

export const PRESETS: Record<string, CsvPreset> = {
  // Both sample folders (claimskg-extractor and susmita3107's fork) write this header; only their
  // line endings differ, which the parser handles.
  claimskg: {
    header: true,
    mapping: {
      claim: ['claimReview_claimReviewed'],
      verdict: ['rating_alternateName'],
      ratingValue: ['rating_ratingValue'],
      bestRating: ['rating_bestRating'],
      worstRating: ['rating_worstRating'],
      url: ['claimReview_url'],
      date: ['claimReview_datePublished', 'creativeWork_datePublished'],
      outlet: ['claimReview_author_name', 'claimReview_source'],
      claimant: ['creativeWork_author_name'],
      // AAP leaves claimReviewed empty; its article states the claim ("The Statement ...").
      body: ['extra_body'],
    },
    options: {
      // In these outlets' rows creativeWork_author_name is the fact-checker's own journalist (it
      // matches claimReview_author_url) or a social-media account, never an official.
      ignoreClaimantFor: [
        'africacheck',
        'checkyourfact',
        'fullfact',
        'politifact',
        'snopes',
        'truthorfiction',
        'vishvanews',
        'vishvasnews',
        'factcheckafp',
        'factcheckaap',
        'fatabyyano',
      ],
    },
  },
  // CLEF CheckThat! 2020 Task 2 verified_claims.docs.tsv: header "\tvclaim\ttitle" (the first
  // column, the claim's id, has no name), Snopes fact-checks without verdicts or dates. Snopes'
  // titles restate the claim ("Did Trump Say ...?"): another wording, as `headline`.
  checkthat: {
    header: true,
    delimiter: '\t',
    mapping: { id: ['#0'], claim: ['vclaim'], headline: ['title'] },
    options: {
      lang: 'en',
      idPrefix: 'checkthat',
      // The release gives no review dates; every review is from 2020 or earlier. A year is a valid
      // (partial) date, and the description says what it means.
      defaultDate: '2020',
      outlet: { id: 'snopes', name: 'Snopes', url: 'https://www.snopes.com/' },
      license: 'CLEF CheckThat! 2020 Task 2 (Snopes fact-checks): free for general research use. Never bundled.',
      description:
        'Snopes claims from CLEF CheckThat! 2020 Task 2 (verified_claims.docs.tsv). Claim ids are checkthat-N for the row with id N. The release has no verdicts (all unverified) and no review dates (history dates are the year 2020).',
    },
  },
  liar: {
    header: false,
    quoting: false,
    delimiter: '\t',
    mapping: { id: ['1'], verdict: ['2'], claim: ['3'], claimant: ['5'], claimantJob: ['6'] },
    options: {
      lang: 'en',
      idPrefix: 'liar',
      // LIAR carries no ruling dates; its v1.0 release date is the latest date the rulings can have.
      defaultDate: '2017-04-23',
      skipTopics: true,
      outlet: { id: 'politifact', name: 'PolitiFact', url: 'https://www.politifact.com/' },
      license:
        'LIAR dataset (W. Y. Wang, ACL 2017): research use only; statements (c) PolitiFact / Poynter. Never bundled.',
      description:
        'PolitiFact statements from the LIAR dataset. History dates are the LIAR v1.0 release date (2017-04-23): LIAR does not carry ruling dates.',
    },
  },
};

/** Picks the preset a file looks like: LIAR's first cell is "<digits>.json". */
export function detectPreset(text: string): string | undefined {
  const head = text.slice(0, 2000);
  if (/^\d+\.json\t/.test(head)) return 'liar';
  if (head.includes('claimReview_claimReviewed')) return 'claimskg';
  if (/^\tvclaim\ttitle\r?\n/.test(head)) return 'checkthat';
  return undefined;
}

/** The header as a reader sees it: an empty cell is shown by its position, `#N`. */
function describeHeader(header: string[]): string {
  const names = header.map((h, i) => (h.trim() ? h : `#${i} (no name)`));
  return names.slice(0, 30).join(', ') + (names.length > 30 ? `, ... (${names.length} columns)` : '');
}

/** Rows of a CSV/TSV under a mapping, and notes on how columns were resolved. */
export function readCsvRows(
  text: string,
  preset: CsvPreset,
  /** A preset's columns are optional (a feed may lack some); a user's --columns are not. */
  lenient = false,
): { rows: ReviewRow[]; notes: string[] } {
  const table = parseCsv(text, { delimiter: preset.delimiter, quoting: preset.quoting });
  const header = preset.header ? (table.shift() ?? []).map((h) => h.trim()) : [];
  const notes: string[] = [];
  const width = table.reduce((w, r) => Math.max(w, r.length), header.length);
  const index = (field: string, col: string): number => {
    const pos = /^#(\d+)$/.exec(col);
    if (pos) {
      const i = Number(pos[1]);
      if (i >= width) throw new Error(`--columns ${field}=${col}: the file has ${width} columns (#0 to #${width - 1})`);
      return i;
    }
    if (/^\d+$/.test(col) && !header.includes(col)) {
      if (Number(col) < 1) throw new Error(`--columns ${field}=${col}: bare column numbers start at 1 (or use #0)`);
      return Number(col) - 1;
    }
    const i = header.indexOf(col);
    if (i !== -1) return i;
    const unnamed = /^Unnamed: (\d+)$/.exec(col);
    if (unnamed && header[Number(unnamed[1])] === '') return Number(unnamed[1]);
    // pandas writes its index as an unnamed first column: that is the row id a researcher asks for.
    if (
      field === 'id' &&
      col === 'id' &&
      header.length > 1 &&
      header[0] === '' &&
      header.filter((h) => h === '').length === 1
    ) {
      notes.push('id: no column is named "id"; used the unnamed first column (#0), which holds the row ids');
      return 0;
    }
    throw new Error(
      `--columns ${field}=${col}: no column "${col}" in the header (${describeHeader(header)}); name a column with no name by its position, #0 for the first`,
    );
  };
  const resolve = (field: string, name: string): number[] => {
    try {
      return [index(field, name)];
    } catch (e) {
      if (lenient) return [];
      throw e;
    }
  };
  const cols = Object.entries(preset.mapping).map(
    ([field, names]) => [field, names!.flatMap((n) => resolve(field, n))] as const,
  );
  if (lenient && cols.some(([field, idx]) => field === 'claim' && idx.length === 0))
    throw new Error(
      `no claim column: expected ${preset.mapping.claim!.join(' or ')} in the header (${describeHeader(header)})`,
    );
  const rows = table
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => {
      const row: ReviewRow = {};
      for (const [field, idx] of cols) {
        const v = idx.map((i) => r[i]?.trim()).find((x) => x);
        if (v) row[field as keyof ReviewRow] = v;
      }
      return row;
    });
  return { rows, notes };
}

export function csvToRows(text: string, preset: CsvPreset): ReviewRow[] {
  return readCsvRows(text, preset).rows;
}

export function importClaimReviewCsv(
  text: string,
  preset: CsvPreset,
  options: ImportOptions = {},
  lenient = false,
): ImportResult {
  const { rows, notes } = readCsvRows(text, preset, lenient);
  return importReviewRows(rows, { ...preset.options, ...options, notes: [...(options.notes ?? []), ...notes] });
}

/**
 * Any supported input: JSON-LD when it parses as JSON, else CSV/TSV with the given preset, mapping
 * or the preset detected from the content.
 */
export function importClaimReview(
  text: string,
  options: ImportOptions & { preset?: string; mapping?: ColumnMapping; header?: boolean; delimiter?: string } = {},
): ImportResult {
  // Only blank lines go: a TSV header may begin with a tab (an unnamed first column).
  const t = text.replace(/^\uFEFF/, '').replace(/^(?:[ \t]*\r?\n)+/, '');
  const head = t.trimStart();
  if (!options.preset && !options.mapping && (head.startsWith('{') || head.startsWith('[')))
    return importClaimReviewJson(head, options);
  let preset: CsvPreset;
  const mapping = options.mapping;
  if (mapping) {
    // A detected preset still brings what the columns cannot say (outlet, dates, id prefix).
    const named = options.preset ?? detectPreset(t);
    const base = named && (options.preset || named !== 'liar') ? lookup(PRESETS, named) : undefined;
    if (base && !options.preset)
      options = { ...options, notes: [...(options.notes ?? []), `preset ${named} (detected from the header)`] };
    preset = {
      header: options.header ?? true,
      ...(base ?? {}),
      mapping,
      ...(options.delimiter ? { delimiter: options.delimiter } : {}),
    };
    if (options.header === false) preset.header = false;
  } else {
    const name = options.preset ?? detectPreset(t);
    // LIAR needs more than a column mapping (speaker slugs to names, job-less speakers).
    if (name === 'liar') return importLiar(t, options);
    const found = name ? lookup(PRESETS, name) : undefined;
    if (!found)
      throw new Error(`cannot tell the format: give --preset (${Object.keys(PRESETS).join(', ')}) or --columns`);
    preset = options.delimiter ? { ...found, delimiter: options.delimiter } : found;
    if (!options.preset)
      options = { ...options, notes: [...(options.notes ?? []), `preset ${name} (detected from the header)`] };
  }
  // A preset's columns are optional; the columns a user names must exist.
  return importClaimReviewCsv(t, preset, options, !mapping);
}

/** LIAR TSV (train/valid/test): PolitiFact statements, six labels, speakers with job titles. */
export function importLiar(text: string, options: ImportOptions = {}): ImportResult {
  const preset = PRESETS.liar;
  const raw = csvToRows(text, preset);
  // Speakers never given a job title are committees, chain e-mails and blog posts, not officials.
  const withJob = new Set(raw.filter((r) => r.claimantJob).map((r) => r.claimant));
  const rows = raw.map((r) => ({
    ...r,
    // LIAR speakers are slugs ("barack-obama"); the name is the readable form of it.
    claimant: withJob.has(r.claimant)
      ? r.claimant
          ?.split('-')
          .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
          .join(' ')
      : undefined,
    country: r.claimantJob ? 'United States' : undefined,
  }));
  return importReviewRows(rows, { ...preset.options, input: 'LIAR', ...options });
}

export { normaliseVerdict };
