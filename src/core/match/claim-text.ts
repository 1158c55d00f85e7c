// Claims found from their own text, with no hand-written hints: retrieval, then verification.
// Retrieval: every claim text (and translation) is a document of analysed terms (see core/lang),
// weighted by inverse document frequency in its language; a sentence wakes up only the documents that
// share its rarer terms, and keeps the best few. Verification: a candidate becomes a badge only when
// the sentence carries most of the claim's weight, every name and number the claim states, and no word
// of opposite meaning to one of the claim's words; the score (0..1) and its reasons go in `why`.
import type { CompiledClaim, CompiledOfficial } from '../types';
import { analyse, Flag, oppositesOf, scanWords, stemGate, type StemGate, type Token } from '../lang/analyse';
import { detectLanguage, LANGUAGE_PACKS, packFor, type LanguagePack } from '../lang';
import { StringList, type PackPart } from './pack';
import { placesIn } from './places';

/** One claim text in one language. */
interface ClaimDoc {
  claim: number;
  pack: LanguagePack;
  /** Unique term ids of the claim's content words and numbers. */
  terms: Int32Array;
  /** Surface form of each term, for `why`. */
  surface: string[];
  total: number;
  /** Names the claim states: runs of capitalised words (term ids); one term of a run names it. */
  entities: number[][];
  numbers: string[];
  /** Negations and denial words in the claim's own text: a negative claim ("Russia rejects ..."). */
  negations: number;
  hedges: Set<string>;
  /** Whether the claim's own text says someone is deliberating ("considering", "erwägen"): see stanceOf. */
  deliberates: boolean;
  /** Content terms before mapping, for the short-claim rule. */
  size: number;
  /** Documents with the same words in the same order share it (one claim listed twice). */
  text: number;
  /** Words written with a capital after the first (names, and titles such as "Prime Minister"). */
  capitalised: Set<number>;
  /** The claim's first word when capitalised (a name or not: see `names`), else -1. */
  first: number;
  /** Whether the first name run starts at the second word ("New Zealand ..."). */
  runAtSecond: boolean;
  /** Pairs (claim term, a term of opposite meaning), flat. */
  opposed: Int32Array;
  /** Content terms in the claim's order (with repeats): word pairs that stay together are evidence. */
  seq: Int32Array;
  /** Another wording of the claim (see addDoc). */
  wording: boolean;
  /** The countries the claim's text names (see placesOf), read on first need. */
  places?: ReadonlySet<string>;
  /** Per country of `places`: the first four letters of the words naming it (see placeWordIn). */
  placeStarts?: Map<string, Set<string>>;
}

/** A verified candidate for one sentence. */
export interface TextClaimMatch {
  claim: number;
  score: number;
  why: string[];
  /** Indices (into the sentence's tokens) of the words that met the claim. */
  matched: number[];
  doc: ClaimDoc;
  /** What the score is computed from (for tuning and tests). */
  features: {
    coverage: number;
    focus: number;
    matched: number;
    weight: number;
    namesMissing: number;
    missingMax: number;
    unit: number;
    pairs: number;
    /** Shared weight above the best other candidate claim's (negative when another shares more). */
    margin: number;
    /** Share of the weight of the claim's words other than names that the sentence holds. */
    predicate: number;
    /** Weight of those words the sentence lacks. */
    predicateMissing: number;
  };
}

export interface AnalysedSentence {
  pack: LanguagePack;
  tokens: Token[];
}

/**
 * Minimum calibrated score for a badge from the claim's text alone, by the length of the page: a long
 * page holds many sentences that could each meet some claim by chance, so each must score higher (the
 * wrong badges a page gets grow with its sentences; a post of a few lines is one or two chances).
 * Up to `shortChars` the `short` threshold, from `longChars` the `long` one, between them in
 * proportion to the logarithm of the length. Chosen on the tuning data (`npm run eval -- --fit`: README).
 */
export const TEXT_CLAIM_THRESHOLDS = { short: 0.05, long: 0.9, shortChars: 1000, longChars: 20000 };

export function textClaimThreshold(pageChars: number, t = TEXT_CLAIM_THRESHOLDS): number {
  if (pageChars <= t.shortChars) return t.short;
  if (pageChars >= t.longChars) return t.long;
  return t.short + ((t.long - t.short) * Math.log(pageChars / t.shortChars)) / Math.log(t.longChars / t.shortChars);
}

// Documents kept after retrieval, per sentence; each is then verified.
const CANDIDATES = 8;
// The first cut is this many times wider, then reranked by the weight of every shared word (see match).
// On the CheckThat! tuning posts a cut of 16 then 8 found 1.2 points more of them than 8 alone, at the
// same precision (refitted); 24 to 48 found no more.
const WIDEN = 2;
// And the best other wordings (see addDoc), besides.
const WORDING_CANDIDATES = 8;

/** The best few documents of a sentence, by share, best first. */
interface Best {
  docs: number[];
  share: number[];
  cap: number;
}

function keepBest(b: Best, d: number, v: number): void {
  const { docs, share, cap } = b;
  if (docs.length === cap && v <= share[cap - 1]) return;
  let k = docs.length < cap ? docs.length : cap - 1;
  while (k > 0 && share[k - 1] < v) {
    if (k < cap) {
      docs[k] = docs[k - 1];
      share[k] = share[k - 1];
    }
    k--;
  }
  docs[k] = d;
  share[k] = v;
}

/** Entries from..to of a string list. */
function stringsIn(list: StringList, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) out.push(list.get(k));
  return out;
}

/** FNV-1a over a term's language index and key (termTable's slot). */
function termHash(lang: number, key: string): number {
  let h = Math.imul(0x811c9dc5 ^ lang, 0x01000193);
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** For the tuning script only: every rejected and accepted candidate, with its features. */
export const DEBUG: {
  on: boolean;
  rejects: { claim: number; why: string; coverage: number }[];
  accepts: TextClaimMatch[];
} = { on: false, rejects: [], accepts: [] };

export class ClaimTextIndex {
  /** Every document, built or (for a restored index) read from `packed` on first need: see docAt. */
  private docs: (ClaimDoc | undefined)[] = [];
  private docCount = 0;
  /** Per document: its claim, its language (index into langList). */
  private docClaim: Int32Array = new Int32Array(0);
  private docLang: Int32Array = new Int32Array(0);
  /** Per document: 1 for another wording of its claim (see addDoc). */
  private docWording: Int32Array = new Int32Array(0);
  private langList: string[] = [];
  /** Per language: term key -> id, while building (then termTable). */
  private readonly vocab = new Map<string, Map<string, number>>();
  private readonly langs = new Set<string>();
  private readonly gates = new Map<string, StemGate>();
  /** Per language: the claim terms of each word as written (see fewTerms). */
  private readonly wordTerms = new Map<string, Map<string, readonly number[]>>();
  /** term id -> key (without the language); while building, `keysBuilt`. */
  private keyList = StringList.of([]);
  private keysBuilt: string[] = [];
  /** term id -> its language (index into langList). */
  private termLang: Int32Array = new Int32Array(0);
  /** Open-addressing table (language, key) -> term id, -1 empty: looked up without a Map to build. */
  private termTable: Int32Array = new Int32Array(1).fill(-1);
  private idf: Float64Array = new Float64Array(0);
  private df: Int32Array = new Int32Array(0);
  /**
   * Every document's terms, flat: document d's are termsFlat[termsStart[d] .. termsStart[d + 1]] (read
   * for each candidate of the first cut without building its ClaimDoc or allocating a view).
   */
  private termsStart: Int32Array = new Int32Array(1);
  private termsFlat: Int32Array = new Int32Array(0);
  /** Documents holding term t: post[postStart[t] .. postStart[t + 1]]. */
  private postStart: Int32Array = new Int32Array(1);
  private post: Int32Array = new Int32Array(0);
  /** Per language: documents and the highest idf (a word no claim uses). */
  private readonly perLang = new Map<string, { n: number; maxIdf: number; wakeCap: number }>();
  private acc: Float64Array = new Float64Array(0);
  /** Each document's total weight (as `docs[d].total`, unboxed: read for every document a sentence wakes). */
  private totals: Float64Array = new Float64Array(0);
  private accStamp = new Int32Array(0);
  private termStamp = new Int32Array(0);
  private stamp = 0;
  /** A restored index's per-document arrays (see pack). */
  private packed: PackPart | undefined;
  /** Only while building. */
  private dfBuilt: number[] = [];
  private postingsBuilt: number[][] = [];
  /** A document's words in order -> the first document with them. */
  private readonly texts = new Map<string, number>();
  /** term id -> [times capitalised, times in lower case] inside claims (first words aside). */
  private readonly capitals = new Map<number, [number, number]>();
  /** official index -> term ids of its alias words, per language (lazily). */
  private readonly aliasTerms = new Map<string, Set<number>>();
  /**
   * Acronyms the claims define and what they stand for ("The Centers for Disease Control (CDC) ..."):
   * acronym term -> the terms of its long form, and language code + acronym key -> acronym term. A
   * sentence that writes either form meets the other, in every claim.
   */
  private expansionOf = new Map<number, number[]>();
  private acronymOf = new Map<string, number>();
  /** While building: language code + acronym key -> acronym term and each long form seen (term ids). */
  private definitionsBuilt = new Map<string, { acronym: number; forms: Set<string> }>();

  constructor(
    readonly claims: readonly CompiledClaim[],
    private readonly officials: readonly CompiledOfficial[] = [],
    /** A fixed minimum score instead of the page's (textClaimThreshold); for the tuning script. */
    private readonly threshold?: number,
    /** This index as `pack()` wrote it for the same claims: restored instead of built. */
    from?: PackPart,
  ) {
    if (from) this.restore(from);
    else this.build();
    this.acc = new Float64Array(this.docCount);
    this.accStamp = new Int32Array(this.docCount);
    this.termStamp = new Int32Array(this.df.length);
  }

  private build(): void {
    const built: ClaimDoc[] = [];
    this.claims.forEach((c, ci) => {
      const lang = packFor(c.lang) ?? packFor('en')!;
      const from = built.length;
      const main = this.addDoc(ci, lang, c.text, built.length);
      built.push(main);
      for (const w of c.wordings ?? []) if (w) this.addWording(built, ci, lang, w, main);
      for (const [tag, text] of Object.entries(c.translations ?? {})) {
        const p = packFor(tag);
        if (p && text && p !== lang) built.push(this.addDoc(ci, p, text, built.length));
      }
      // A conditional claim ("allowing strikes would mean war") is stated by "if ..., war": the words
      // that open a condition are its own in every language it is written in, not a hedge.
      if (lang.conditionals?.claim?.test(c.text))
        for (let d = from; d < built.length; d++)
          for (const w of built[d].pack.conditionals?.words ?? [])
            for (const t of analyse(w, built[d].pack)) if (t.flags & Flag.Hedge) built[d].hedges.add(t.key);
    });
    const df = this.dfBuilt;
    this.idf = new Float64Array(df.length);
    const counts = new Map<string, number>();
    for (const d of built) if (!d.wording) counts.set(d.pack.code, (counts.get(d.pack.code) ?? 0) + 1);
    for (const [code, n] of counts) {
      const maxIdf = Math.log(1 + (n + 0.5) / 1.5);
      // A term shared by more documents than this is too common to wake candidates (it still counts
      // in verification): keeps the work per sentence flat in the number of claims.
      this.perLang.set(code, { n, maxIdf, wakeCap: Math.max(25, Math.ceil(n * 0.02)) });
    }
    for (const [code, v] of this.vocab) {
      const n = counts.get(code) ?? 1;
      this.langs.add(code);
      for (const id of v.values()) this.idf[id] = Math.log(1 + (n - df[id] + 0.5) / (df[id] + 0.5));
    }
    for (const d of built) {
      let t = 0;
      for (const id of d.terms) t += this.idf[id];
      d.total = t;
      // A capitalised first word is part of the name that follows it ("New Zealand", "Former U.S.
      // ..."), or a name of its own when other claims write it capitalised mid-sentence and never in
      // lower case ("Sweden has ...", not "Photograph shows ...").
      const seen = d.first >= 0 ? this.capitals.get(d.first) : undefined;
      if (d.runAtSecond) d.entities[0].unshift(d.first);
      else if (seen && seen[0] > 0 && seen[1] === 0) d.entities.unshift([d.first]);
      if (d.runAtSecond || (seen && seen[0] > 0 && seen[1] === 0)) d.capitalised.add(d.first);
    }
    this.capitals.clear();
    this.buildAcronyms();
    this.texts.clear();
    this.docs = built;
    this.docCount = built.length;
    this.docClaim = Int32Array.from(built, (d) => d.claim);
    this.docWording = Int32Array.from(built, (d) => (d.wording ? 1 : 0));
    this.langList = [...new Set([...this.vocab.keys(), ...built.map((d) => d.pack.code)])];
    this.docLang = Int32Array.from(built, (d) => this.langList.indexOf(d.pack.code));
    this.totals = Float64Array.from(built, (d) => d.total);
    this.termsStart = new Int32Array(built.length + 1);
    built.forEach((d, i) => (this.termsStart[i + 1] = this.termsStart[i] + d.terms.length));
    this.termsFlat = new Int32Array(this.termsStart[built.length]);
    built.forEach((d, i) => this.termsFlat.set(d.terms, this.termsStart[i]));
    this.termLang = new Int32Array(df.length);
    for (const [code, v] of this.vocab) {
      const li = this.langList.indexOf(code);
      for (const id of v.values()) this.termLang[id] = li;
    }
    this.df = Int32Array.from(df);
    this.postStart = new Int32Array(df.length + 1);
    for (let t = 0; t < df.length; t++) this.postStart[t + 1] = this.postStart[t] + this.postingsBuilt[t].length;
    this.post = Int32Array.from(this.postingsBuilt.flat());
    this.keyList = StringList.of(this.keysBuilt);
    let size = 1;
    while (size < this.keysBuilt.length * 2) size *= 2;
    this.termTable = new Int32Array(size).fill(-1);
    for (let id = 0; id < this.keysBuilt.length; id++) {
      let h = termHash(this.termLang[id], this.keysBuilt[id]) & (size - 1);
      while (this.termTable[h] >= 0) h = (h + 1) & (size - 1);
      this.termTable[h] = id;
    }
    this.keysBuilt = [];
    this.vocab.clear();
    this.dfBuilt = [];
    this.postingsBuilt = [];
  }

  /**
   * Acronym tables (see expansionOf) from the definitions the claims hold; an acronym defined in two
   * ways ("In Case of Emergency (ICE)", "Immigration and Customs Enforcement (ICE)") is left out.
   */
  private buildAcronyms(): void {
    for (const [key, { acronym, forms }] of this.definitionsBuilt) {
      if (forms.size !== 1) continue;
      this.expansionOf.set(acronym, [...forms][0].split(',').map(Number));
      this.acronymOf.set(key, acronym);
    }
    this.definitionsBuilt.clear();
  }

  /**
   * An acronym defined in a claim's text: "<Long Form> (<ACRONYM>)", the capitalised words right before
   * the parenthesis (function words between them aside) spelling it. Only a definition counts: any run of
   * capitalised words whose initials happen to match ("Ukrainian Kursk" for "UK") is no evidence.
   */
  private noteDefinition(pack: LanguagePack, text: string, tokens: readonly Token[], i: number, ids: number[]): void {
    const t = tokens[i];
    const n = t.key.length;
    if (!(t.flags & Flag.Acronym) || !/^[a-z]{2,6}$/.test(t.key) || i < n) return;
    if (!/\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) || !/^\s*\)/.test(text.slice(t.end))) return;
    let initials = '';
    for (let k = i - n; k < i; k++) {
      const w = tokens[k];
      if (!(w.flags & Flag.Capital) || w.flags & (Flag.Acronym | Flag.Number)) return;
      // Words in a row: only spaces, hyphens and function words between them, then " (".
      const gap = text.slice(w.end, k + 1 < i ? tokens[k + 1].start : t.start);
      if (!/^[\p{L}\s-]*\(?\s*$/u.test(gap)) return;
      initials += w.key[0];
    }
    if (initials !== t.key) return;
    const key = pack.code + '\u0001' + t.key;
    let def = this.definitionsBuilt.get(key);
    if (!def) this.definitionsBuilt.set(key, (def = { acronym: ids[i], forms: new Set() }));
    def.forms.add(ids.slice(i - n, i).join(','));
  }

  /**
   * This index as arrays (see pack.ts): what match() reads per sentence (weights, postings), and every
   * document's fields, which a restored index turns into objects only for the candidates it verifies.
   */
  pack(): PackPart {
    const docs = Array.from({ length: this.docCount }, (_, d) => this.docAt(d));
    const csr = (lists: ArrayLike<number>[]) => {
      const start = new Int32Array(lists.length + 1);
      lists.forEach((l, i) => (start[i + 1] = start[i] + l.length));
      const flat = new Int32Array(start[lists.length]);
      lists.forEach((l, i) => {
        for (let k = 0; k < l.length; k++) flat[start[i] + k] = l[k];
      });
      return [start, flat] as const;
    };
    const { termsStart, termsFlat: terms } = this;
    const [seqStart, seq] = csr(docs.map((d) => d.seq));
    const [oppStart, opp] = csr(docs.map((d) => d.opposed));
    const starts = (lengths: number[]) => csr(lengths.map((n) => ({ length: n })))[0];
    const entStart = starts(docs.map((d) => d.entities.length));
    const [runStart, runTerms] = csr(docs.flatMap((d) => d.entities));
    const [capStart, cap] = csr(docs.map((d) => [...d.capitalised]));
    const numStart = starts(docs.map((d) => d.numbers.length));
    const hedgeStart = starts(docs.map((d) => d.hedges.size));
    return {
      meta: {
        langs: this.langList,
        perLang: [...this.perLang],
        live: [...this.langs],
        expansions: [...this.expansionOf],
        acronyms: [...this.acronymOf],
      },
      i32: {
        docClaim: this.docClaim,
        docLang: this.docLang,
        termLang: this.termLang,
        termTable: this.termTable,
        df: this.df,
        postStart: this.postStart,
        post: this.post,
        termsStart,
        terms,
        seqStart,
        seq,
        oppStart,
        opp,
        entStart,
        runStart,
        runTerms,
        capStart,
        cap,
        numStart,
        hedgeStart,
        first: Int32Array.from(docs, (d) => d.first),
        runAtSecond: Int32Array.from(docs, (d) => (d.runAtSecond ? 1 : 0)),
        negations: Int32Array.from(docs, (d) => d.negations),
        deliberates: Int32Array.from(docs, (d) => (d.deliberates ? 1 : 0)),
        size: Int32Array.from(docs, (d) => d.size),
        text: Int32Array.from(docs, (d) => d.text),
        wording: this.docWording,
      },
      f64: { idf: this.idf, totals: this.totals },
      str: {
        keys: this.keyList,
        surface: StringList.of(docs.flatMap((d) => d.surface)),
        numbers: StringList.of(docs.flatMap((d) => d.numbers)),
        hedges: StringList.of(docs.flatMap((d) => [...d.hedges])),
      },
    };
  }

  private restore(from: PackPart): void {
    const meta = from.meta as {
      langs: string[];
      perLang: [string, { n: number; maxIdf: number; wakeCap: number }][];
      live: string[];
      expansions?: [number, number[]][];
      acronyms?: [string, number][];
    };
    const need = ['docClaim', 'docLang', 'termLang', 'termTable', 'df', 'postStart', 'post', 'termsStart', 'terms'];
    if (!meta || !Array.isArray(meta.langs) || need.some((k) => !from.i32[k]) || !from.f64.idf || !from.str.keys)
      throw new Error('ClaimTextIndex: not a packed index');
    this.packed = from;
    this.langList = meta.langs;
    for (const [code, v] of meta.perLang) this.perLang.set(code, v);
    for (const code of meta.live) this.langs.add(code);
    this.expansionOf = new Map(meta.expansions ?? []);
    this.acronymOf = new Map(meta.acronyms ?? []);
    const { docClaim, docLang, termLang, termTable, df, postStart, post } = from.i32;
    if ((termTable.length & (termTable.length - 1)) !== 0) throw new Error('ClaimTextIndex: not a packed index');
    this.termTable = termTable;
    this.docClaim = docClaim;
    this.docLang = docLang;
    this.docCount = docClaim.length;
    this.docWording = from.i32.wording ?? new Int32Array(this.docCount);
    // Filled up front so that the first documents made do not turn the array into a sparse one.
    this.docs = new Array<ClaimDoc | undefined>(this.docCount).fill(undefined);
    this.termLang = termLang;
    this.df = df;
    this.postStart = postStart;
    this.post = post;
    this.idf = from.f64.idf;
    this.totals = from.f64.totals;
    this.keyList = from.str.keys;
    this.termsStart = from.i32.termsStart;
    this.termsFlat = from.i32.terms;
  }

  /** Document `d` as an object, read from the packed arrays the first time it is needed. */
  private docAt(d: number): ClaimDoc {
    const cached = this.docs[d];
    if (cached) return cached;
    const { i32, str } = this.packed!;
    const pack = packFor(this.langList[this.docLang[d]])!;
    const entities: number[][] = [];
    for (let r = i32.entStart[d]; r < i32.entStart[d + 1]; r++)
      entities.push(Array.from(i32.runTerms.subarray(i32.runStart[r], i32.runStart[r + 1])));
    const doc: ClaimDoc = {
      claim: this.docClaim[d],
      pack,
      terms: i32.terms.subarray(i32.termsStart[d], i32.termsStart[d + 1]),
      surface: stringsIn(str.surface, i32.termsStart[d], i32.termsStart[d + 1]),
      total: this.totals[d],
      entities,
      numbers: stringsIn(str.numbers, i32.numStart[d], i32.numStart[d + 1]),
      negations: i32.negations[d],
      deliberates: i32.deliberates?.[d] === 1,
      hedges: new Set(stringsIn(str.hedges, i32.hedgeStart[d], i32.hedgeStart[d + 1])),
      size: i32.size[d],
      text: i32.text[d],
      wording: this.docWording[d] === 1,
      capitalised: new Set(i32.cap.subarray(i32.capStart[d], i32.capStart[d + 1])),
      first: i32.first[d],
      runAtSecond: i32.runAtSecond[d] === 1,
      opposed: i32.opp.subarray(i32.oppStart[d], i32.oppStart[d + 1]),
      seq: i32.seq.subarray(i32.seqStart[d], i32.seqStart[d + 1]),
    };
    this.docs[d] = doc;
    return doc;
  }

  /** A language's term keys (for its stem gate). */
  private keysOf(code: string): string[] {
    const li = this.langList.indexOf(code);
    const keys: string[] = [];
    for (let id = 0; id < this.termLang.length; id++) if (this.termLang[id] === li) keys.push(this.keyList.get(id));
    return keys;
  }

  get size(): number {
    return this.docCount;
  }

  private termId(pack: LanguagePack, key: string, create: boolean): number | undefined {
    if (!create) {
      const li = this.langList.indexOf(pack.code);
      if (li < 0) return undefined;
      const table = this.termTable;
      const mask = table.length - 1;
      for (let h = termHash(li, key) & mask; ; h = (h + 1) & mask) {
        const id = table[h];
        if (id < 0) return undefined;
        if (this.termLang[id] === li && this.keyList.equals(id, key)) return id;
      }
    }
    let v = this.vocab.get(pack.code);
    if (!v) {
      if (!create) return undefined;
      this.vocab.set(pack.code, (v = new Map()));
    }
    let id = v.get(key);
    if (id === undefined && create) {
      id = this.dfBuilt.length;
      v.set(key, id);
      this.keysBuilt.push(key);
      this.dfBuilt.push(0);
      this.postingsBuilt.push([]);
    }
    return id;
  }

  /**
   * Another wording of a claim, unless it negates where the claim's text does not (or the reverse): a
   * headline that gives the verdict ("Biden has not announced ...") is not the claim, and a sentence's
   * stance is judged against the claim's own polarity.
   */
  private addWording(built: ClaimDoc[], claim: number, pack: LanguagePack, text: string, main: ClaimDoc): void {
    const tokens = analyse(text, pack);
    if (negatingTokens(tokens, text, pack).length > 0 !== main.negations > 0) return;
    built.push(this.addDoc(claim, pack, text, built.length, main, tokens));
  }

  /**
   * A claim text's document. `main` is given for another wording of the same claim in the same
   * language (a fact-check's headline): its words count once per claim in the weights, it is no rival
   * of its claim, and its capitals mark names only where the claim's own text capitalises them
   * (headlines capitalise every word).
   */
  private addDoc(
    claim: number,
    pack: LanguagePack,
    text: string,
    d: number,
    main?: ClaimDoc,
    tokens: readonly Token[] = analyse(text, pack),
  ): ClaimDoc {
    const terms: number[] = [];
    /** Term id of each token (-1 for function words). */
    const idOf = new Array<number>(tokens.length).fill(-1);
    const surface: string[] = [];
    const entities: number[][] = [];
    const numbers: string[] = [];
    const hedges = new Set<string>();
    const seq: number[] = [];
    const negations = negatingTokens(tokens, text, pack).length;
    // Not "considerará … como", "considérera comme" (will regard as).
    const deliberates =
      !!pack.deliberation &&
      tokens.some(
        (t) =>
          pack.deliberation!.test(text.slice(t.start, t.end).toLowerCase()) &&
          !/^\s+(?:\p{L}+\s+){0,4}(?:como|comme)(?![\p{L}])/u.test(text.slice(t.end, t.end + 60)),
      );
    let run: number[] | null = null;
    let first = -1;
    let runAtSecond = false;
    const capitalised = new Set<number>();
    tokens.forEach((t, i) => {
      if (t.flags & Flag.Hedge) hedges.add(t.key);
      if (t.flags & Flag.Number) numbers.push(t.key);
      if (t.flags & Flag.Stop && !(t.flags & Flag.Number)) {
        run = null;
        return;
      }
      const id = this.termId(pack, t.key, true)!;
      idOf[i] = id;
      seq.push(id);
      if (!terms.includes(id)) {
        terms.push(id);
        surface.push(text.slice(t.start, t.end));
      }
      if (main) {
        const name = main.capitalised.has(id) || main.entities.some((r) => r.includes(id));
        if (name) capitalised.add(id);
        if (name && pack.script !== 'japanese') {
          if (!run) entities.push((run = []));
          run.push(id);
        } else run = null;
        return;
      }
      // A capital at the start of the claim says nothing; elsewhere it marks a name ("Arizona").
      const name = (t.flags & Flag.Capital && i > 0) || t.flags & Flag.Acronym;
      if (t.flags & Flag.Capital && i === 0) first = id;
      if (t.flags & (Flag.Capital | Flag.Acronym) && i > 0) capitalised.add(id);
      const counts = this.capitals.get(id) ?? [0, 0];
      if (i > 0 && pack.script !== 'japanese') counts[t.flags & Flag.Capital ? 0 : 1]++;
      this.capitals.set(id, counts);
      if (name && pack.script !== 'japanese') {
        if (!run) {
          entities.push((run = []));
          if (i === 1 && first >= 0) runAtSecond = true;
        }
        run.push(id);
      } else run = null;
    });
    for (let i = 0; i < tokens.length; i++)
      if (tokens[i].flags & Flag.Acronym) this.noteDefinition(pack, text, tokens, i, idOf);
    for (const id of terms) {
      if (!main?.terms.includes(id)) this.dfBuilt[id]++;
      this.postingsBuilt[id].push(d);
    }
    return {
      claim,
      pack,
      terms: Int32Array.from(terms),
      surface,
      total: 0,
      entities,
      numbers,
      negations,
      hedges,
      deliberates,
      size: terms.length,
      text: main ? main.text : (this.texts.get(seq.join(',')) ?? (this.texts.set(seq.join(','), d), d)),
      wording: !!main,
      capitalised,
      first,
      runAtSecond,
      seq: Int32Array.from(seq),
      opposed: Int32Array.from(
        terms.flatMap((id) =>
          [...(oppositesOf(pack, this.keysBuilt[id]) ?? [])].flatMap((o) => [id, this.termId(pack, o, true)!]),
        ),
      ),
    };
  }

  /**
   * Analyses a sentence in the language its letters say: among the languages claims are written in
   * (undefined otherwise), or among all the packs with `any` (for the stance of a claim met by hints).
   */
  analyseSentence(text: string, any = false): AnalysedSentence | undefined {
    const pack = detectLanguage(text, any ? undefined : this.langs);
    if (!pack) return undefined;
    return { pack, tokens: analyse(text, pack, this.gateOf(pack)) };
  }

  /** The language of a piece of text among those claims are written in. */
  languageOf(text: string): LanguagePack | undefined {
    return detectLanguage(text, this.langs);
  }

  analyseIn(text: string, pack: LanguagePack): AnalysedSentence {
    return { pack, tokens: analyse(text, pack, this.gateOf(pack)) };
  }

  /**
   * Whether `text` surely holds fewer than two claim words in `pack`'s language, so that match() would
   * find nothing there. Each word as written is analysed once per index and its terms remembered (pages
   * repeat words), so most lines of a page (menus, bylines, prose about other things) are never analysed
   * whole. Undecided (false) where the whole text may hold more than its words one by one: Japanese
   * (segmented whole), a handle or a hashtag (split into words), and, when claims have acronyms,
   * capitalised words (a name written out meets its acronym).
   */
  fewTerms(text: string, pack: LanguagePack): boolean {
    if (pack.script === 'japanese') return false;
    let cache = this.wordTerms.get(pack.code);
    if (!cache) this.wordTerms.set(pack.code, (cache = new Map()));
    const words = cache;
    const gate = this.gateOf(pack);
    const acronyms = this.acronymOf.size > 0;
    let capitals = 0;
    let first = -1;
    let few = true;
    scanWords(text, (start, end) => {
      const before = text.charCodeAt(start - 1);
      if (before === 0x40 || before === 0x23) return (few = false); // "@name", "#tag"
      const raw = text.slice(start, end);
      // An acronym meets the name it stands for; capitalised words in a row meet their acronym.
      if (acronyms && raw[0] !== raw[0].toLowerCase()) {
        if (++capitals >= 2 || (raw.length >= 2 && raw === raw.toUpperCase())) return (few = false);
      }
      let ids = words.get(raw);
      if (!ids) {
        const found: number[] = [];
        for (const t of analyse(raw, pack, gate)) {
          if (t.flags & Flag.Stop && !(t.flags & Flag.Number)) continue;
          const id = this.termId(pack, t.key, false);
          if (id !== undefined) found.push(id);
        }
        ids = found;
        if (words.size > 50_000) words.clear();
        words.set(raw, ids);
      }
      for (const id of ids) {
        if (first < 0) first = id;
        else if (id !== first) return (few = false);
      }
      return true;
    });
    return few;
  }

  /** Page words are stemmed only when they may share a stem with a claim term (see stemGate). */
  private gateOf(pack: LanguagePack): StemGate {
    let g = this.gates.get(pack.code);
    if (!g) this.gates.set(pack.code, (g = stemGate(pack, this.keysOf(pack.code))));
    return g;
  }

  /** The claim's document in a language (its text or translation), if it has one. */
  docOf(claim: number, pack: LanguagePack): ClaimDoc | undefined {
    const li = this.langList.indexOf(pack.code);
    if (li < 0) return undefined;
    if (!this.docByClaimLang) {
      // Built on first need (a sentence's claim, its stance): one pass instead of one per call.
      this.docByClaimLang = new Map();
      for (let d = this.docCount - 1; d >= 0; d--)
        if (!this.docWording[d]) this.docByClaimLang.set(this.docClaim[d] * 64 + this.docLang[d], d);
    }
    const d = this.docByClaimLang.get(claim * 64 + li);
    return d === undefined ? undefined : this.docAt(d);
  }
  private docByClaimLang: Map<number, number> | undefined;

  /**
   * The weight of `doc`'s terms the sentence's words hold, in units of the rarest word's (a term no other
   * claim of the language uses weighs 1).
   */
  sharedWeight(s: AnalysedSentence, doc: ClaimDoc): number {
    const ids = new Set<number>();
    for (const t of s.tokens) {
      if (t.flags & Flag.Stop) continue;
      const id = this.termId(s.pack, t.key, false);
      if (id !== undefined) ids.add(id);
    }
    let w = 0;
    for (const id of doc.terms) if (ids.has(id)) w += this.idf[id];
    return w / Math.max(this.perLang.get(doc.pack.code)?.maxIdf ?? 1, 1);
  }

  /** Indices of the sentence's tokens that are terms of `doc`. */
  matchedTokens(s: AnalysedSentence, doc: ClaimDoc | undefined): number[] {
    if (!doc) return [];
    const ids = new Set(doc.terms);
    const out: number[] = [];
    s.tokens.forEach((t, i) => {
      if (t.flags & Flag.Stop) return;
      const id = this.termId(s.pack, t.key, false);
      if (id !== undefined && ids.has(id)) out.push(i);
    });
    return out;
  }

  /**
   * Whether a derived form of a name is in the sentence: Mexico/Mexican, Italy/Italian, America/
   * Americans share their first five letters (stems of four letters must be the whole shorter word).
   */
  private derivedIn(id: number, s: AnalysedSentence): boolean {
    const key = this.keyList.get(id);
    if (key.length < 4) return false;
    for (const t of s.tokens) {
      if (t.flags & (Flag.Stop | Flag.Number) || t.key.length < 4) continue;
      const n = Math.min(key.length, t.key.length, 5);
      if (n < 5 && Math.min(key.length, t.key.length) > n) continue;
      if (!(n >= 5 || key.length === n || t.key.length === n)) continue;
      let same = true;
      for (let c = 0; c < n && same; c++) same = t.key.charCodeAt(c) === key.charCodeAt(c);
      if (same) return true;
    }
    return false;
  }

  private aliasTermsOf(official: number, pack: LanguagePack): Set<number> {
    const k = official + '\u0001' + pack.code;
    let set = this.aliasTerms.get(k);
    if (!set) {
      set = new Set();
      for (const a of this.officials[official]?.aliases ?? [])
        for (const t of analyse(a.text, pack)) {
          const id = this.termId(pack, t.key, false);
          if (id !== undefined) set.add(id);
        }
      this.aliasTerms.set(k, set);
    }
    return set;
  }

  /**
   * The claim terms a handle or hashtag written without spaces is made of ("@tedcruz" -> ted, cruz;
   * "#poisonwaterbottles"), each part at least three letters, two to four parts, the longest first part
   * that leaves a segmentation; undefined when there is none.
   */
  private segment(pack: LanguagePack, word: string): number[] | undefined {
    const w = word.toLowerCase().replace(/_/g, '');
    if (w.length < 6 || w.length > 40 || !/^\p{Ll}+$/u.test(w)) return undefined;
    const termOf = (part: string) => {
      const t = analyse(part, pack);
      return t.length === 1 && !(t[0].flags & Flag.Stop) ? this.termId(pack, t[0].key, false) : undefined;
    };
    // Each (position, depth) is tried once: a word of 40 letters stays a few hundred lookups.
    const failed = new Set<number>();
    const walk = (from: number, depth: number): number[] | undefined => {
      if (from === w.length) return depth >= 2 ? [] : undefined;
      if (depth === 4 || failed.has(from * 5 + depth)) return undefined;
      for (let to = w.length; to >= from + 3; to--) {
        if (to === w.length && depth === 0) continue; // the whole word is not a split
        const id = termOf(w.slice(from, to));
        if (id === undefined) continue;
        const rest = walk(to, depth + 1);
        if (rest) return [id, ...rest];
      }
      failed.add(from * 5 + depth);
      return undefined;
    };
    return walk(0, 0);
  }

  /**
   * An acronym of the claims in the sentence meets the name it stands for, and that name written out
   * (capitalised words in a row: stop words are no tokens) meets the acronym.
   */
  private markAcronyms(s: AnalysedSentence, mark: (id: number, i: number) => void): void {
    const { tokens } = s;
    for (let a = 0; a < tokens.length; a++) {
      const t = tokens[a];
      if (!(t.flags & Flag.Capital)) continue;
      if (t.flags & Flag.Acronym) {
        const id = this.acronymOf.get(s.pack.code + '\u0001' + t.key);
        const expansion = id === undefined ? undefined : this.expansionOf.get(id);
        // One word in the sentence: it meets the name (one word of a run is enough) as its rarest word,
        // not as several shared words ("ACLU of Virginia" is not four words of a claim).
        if (expansion)
          mark(
            expansion.reduce((x, y) => (this.idf[y] > this.idf[x] ? y : x)),
            a,
          );
        continue;
      }
      let initials = t.key[0];
      for (let b = a + 1; b < tokens.length && b - a < 6; b++) {
        const u = tokens[b];
        if (!(u.flags & Flag.Capital) || u.flags & (Flag.Acronym | Flag.Stop)) break;
        initials += u.key[0];
        const id = this.acronymOf.get(s.pack.code + '\u0001' + initials);
        if (id !== undefined) mark(id, a);
      }
    }
  }

  /**
   * Claims the sentence states, best first, verified and above the threshold. `officials` are the
   * officials the sentence names (any alias, or a title standing for one), by index.
   */
  match(
    s: AnalysedSentence,
    text: string,
    officials: ReadonlySet<number>,
    aboutOf: (claim: number) => number[],
    /** Length of the whole page the sentence is on (see textClaimThreshold). */
    pageChars = 0,
  ): TextClaimMatch[] {
    const threshold = this.threshold ?? textClaimThreshold(pageChars);
    const lang = this.perLang.get(s.pack.code);
    if (!lang) return [];
    const stamp = ++this.stamp;
    const { acc, accStamp, termStamp, idf } = this;
    const touched: number[] = [];
    const present: number[] = [];
    const tokenOf = new Map<number, number>();
    const numbers = new Set<string>();
    let sentenceWeight = 0;
    let words = 0;
    /** Term `id` is in the sentence, at token `i`. */
    const mark = (id: number, i: number) => {
      if (termStamp[id] === stamp) return;
      termStamp[id] = stamp;
      tokenOf.set(id, i);
      present.push(id);
      sentenceWeight += idf[id];
    };
    s.tokens.forEach((t, i) => {
      if (t.flags & Flag.Number) numbers.add(t.key);
      if (t.flags & Flag.Stop && !(t.flags & Flag.Number)) return;
      words++;
      const id = this.termId(s.pack, t.key, false);
      if (id !== undefined) mark(id, i);
      else {
        const parts = HANDLE_OR_TAG.test(text[t.start - 1] ?? '')
          ? this.segment(s.pack, text.slice(t.start, t.end))
          : undefined;
        if (parts) for (const part of parts) mark(part, i);
        else sentenceWeight += lang.maxIdf;
      }
    });
    if (this.acronymOf.size) this.markAcronyms(s, mark);
    // A claim is met by two of its words at least (see verify): a sentence with fewer known words
    // (a menu item, a byline, a heading of one word: a third of a news page's lines) wakes none.
    if (present.length < 2) return [];
    // The claims its rare words wake, with the weight of those words (in the order they were read).
    const { post, postStart, df } = this;
    for (const id of present) {
      if (df[id] > lang.wakeCap) continue;
      const w = idf[id];
      for (let k = postStart[id], end = postStart[id + 1]; k < end; k++) {
        const d = post[k];
        if (accStamp[d] !== stamp) {
          accStamp[d] = stamp;
          acc[d] = 0;
          touched.push(d);
        }
        acc[d] += w;
      }
    }
    if (!touched.length) return [];
    // Best few by the share of the claim's weight the rare terms already cover.
    // One pass keeps the best few (a long paragraph touches hundreds of documents: no full sort).
    // Other wordings (headlines) have places of their own, so that a dataset without them verifies no
    // more candidates than before and one with them keeps its claims' texts in the running.
    const main: Best = { docs: [], share: [], cap: CANDIDATES * WIDEN };
    const other: Best = { docs: [], share: [], cap: WORDING_CANDIDATES };
    const { totals, docWording } = this;
    for (const d of touched) {
      const v = acc[d] / totals[d];
      // Far below any claim that could pass (see MIN_COVERAGE): not a candidate.
      if (v < MIN_COVERAGE / 2) continue;
      keepBest(docWording[d] ? other : main, d, v);
    }
    let firstCut = main;
    if (main.docs.length > CANDIDATES) {
      // Second stage: the widened first cut, reranked by the share of the claim's weight the sentence
      // holds with every word (common ones too, which do not wake claims), best CANDIDATES kept.
      firstCut = { docs: [], share: [], cap: CANDIDATES };
      const { termsStart, termsFlat } = this;
      for (const d of main.docs) {
        let w = 0;
        for (let k = termsStart[d], end = termsStart[d + 1]; k < end; k++) {
          const t = termsFlat[k];
          if (termStamp[t] === stamp) w += idf[t];
        }
        keepBest(firstCut, d, w / totals[d]);
      }
    }
    const best = other.docs.length ? [...firstCut.docs, ...other.docs] : firstCut.docs;
    // The weight each candidate's claim shares with the sentence, verified or not: a claim that stands
    // well above every other claim in the sentence is the one it states, one among several close ones
    // is a shared topic (see the `margin` feature).
    // Keyed by the document's text: a claim listed twice is not its own competitor.
    // The weight each candidate shares (all its terms, rare or not) and its heaviest missing term, read
    // once: verify and the rivals' weights below both need them.
    const textWeight = new Map<number, number>();
    const docs: ClaimDoc[] = [];
    const covered: number[] = [];
    const missingMax: number[] = [];
    for (const d of best) {
      const doc = this.docAt(d);
      const terms = doc.terms;
      let w = 0;
      let miss = 0;
      for (let k = 0; k < terms.length; k++) {
        const id = terms[k];
        if (termStamp[id] === stamp) w += idf[id];
        else if (idf[id] > miss) miss = idf[id];
      }
      docs.push(doc);
      covered.push(w);
      missingMax.push(miss);
      const prev = textWeight.get(doc.text);
      if (prev === undefined || w > prev) textWeight.set(doc.text, w);
    }
    // A claim with several wordings is met by the best of them.
    const byClaim = new Map<number, TextClaimMatch>();
    let places: ReadonlySet<string> | undefined;
    const sentencePlaces = () => (places ??= placesIn(text, s.pack));
    for (let b = 0; b < best.length; b++) {
      const doc = docs[b];
      const m = this.verify(
        doc,
        covered[b],
        missingMax[b],
        s,
        text,
        present,
        words,
        tokenOf,
        numbers,
        sentenceWeight,
        Math.max(lang.maxIdf, UNIT_FLOOR),
        officials,
        aboutOf,
        sentencePlaces,
      );
      if (!m) continue;
      let other = -1;
      for (const [t, w] of textWeight) if (t !== doc.text) other = Math.max(other, w);
      // No rival at all says nothing (a small dataset has none for most sentences): neutral.
      m.features.margin = other < 0 ? 0 : m.features.weight - other / Math.max(lang.maxIdf, UNIT_FLOOR);
      // A sentence that holds every word of a claim of three words or more states it, whatever else it
      // says: the score never falls below the coverage then. Another wording needs five: a short
      // headline is often a label ("Air Force One", "The Twelve Days of Christmas").
      // Every word: in a small dataset a word most claims share ("Ukraine" in the bundled one) weighs
      // next to nothing, and 99% of the weight without it is not the claim ("Tschechien werde Soldaten
      // nach Litauen verlegen" is not "... in die Ukraine schicken").
      const whole =
        m.features.coverage >= 0.95 &&
        m.features.matched >= (doc.wording ? 5 : 3) &&
        doc.terms.every((id) => this.termStamp[id] === this.stamp)
          ? m.features.coverage
          : 0;
      m.score = Math.max(calibrated(m.features), whole);
      if (DEBUG.on) DEBUG.accepts.push({ ...m });
      if (m.score < threshold || m.score <= (byClaim.get(doc.claim)?.score ?? -1)) continue;
      byClaim.set(doc.claim, m);
    }
    const out = [...byClaim.values()];
    for (const m of out) {
      m.score = Math.round(m.score * 100) / 100;
      m.why = this.reasons(m, s, text);
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private verify(
    doc: ClaimDoc,
    /** The weight of the claim's terms the sentence holds, and of the heaviest one it lacks. */
    covered: number,
    missingMax: number,
    s: AnalysedSentence,
    text: string,
    present: number[],
    /** Content words in the sentence, known to the claims or not. */
    contentWords: number,
    tokenOf: Map<number, number>,
    numbers: Set<string>,
    sentenceWeight: number,
    /** Weights are given in units of the rarest possible word's (see UNIT_FLOOR). */
    unit: number,
    officials: ReadonlySet<number>,
    aboutOf: (claim: number) => number[],
    sentencePlaces: () => ReadonlySet<string>,
  ): TextClaimMatch | null {
    const { idf, termStamp, stamp } = this;
    const reject = (why: string, coverage: number) => {
      if (DEBUG.on) DEBUG.rejects.push({ claim: doc.claim, why, coverage });
      return null;
    };
    // Coverage first, without allocating: most candidates end at the first test below.
    const terms = doc.terms;
    if (doc.total <= 0) return null;
    const coverage = covered / doc.total;
    // Far below any score that passes: not worth the checks below (most candidates end here).
    if (coverage < MIN_COVERAGE) return reject('coverage', coverage);
    const matched: number[] = [];
    for (const id of terms) if (termStamp[id] === stamp) matched.push(tokenOf.get(id)!);
    // One shared word is a topic. Short claims ("False", "New Gifts for You") say too little to be
    // recognised in other words: the sentence must hold all of them and little else.
    if (matched.length < 2) return reject('few', coverage);
    if (doc.size < 3 && (matched.length < doc.size || contentWords > doc.size + 2)) return reject('few', coverage);
    // Two or three shared words of a longer claim are weighed by the score, not refused here: how rare
    // they are, what share of the claim they cover and what the sentence says besides decide. Refusing
    // them outright ("fewer than three words", "three words with two missing") cost a tenth of the
    // CheckThat! tuning posts found (2026-12-02: 51.1 -> 57.0 at precision 97.5, refitted).
    // Numbers must agree where the sentence gives any: "6.4 million" is not "$4.6 million". Years are
    // context ("in July 2019"), not the claim.
    const stated = doc.numbers.filter((n) => !YEAR.test(n));
    if (stated.length && numbers.size && !stated.some((n) => numbers.has(n))) return reject('number', coverage);
    // The names the claim states must be in the sentence (by one of their words, or by the official
    // they name), less a third of them, rounded: the one of a claim with one, all but one of two to
    // four. A post often leaves out one of a claim's two names; requiring both cost 16 of the 212
    // CheckThat! tuning posts found (2026-12-02), so a missing name is weighed by the score instead.
    const aboutPresent = aboutOf(doc.claim).filter((o) => officials.has(o));
    let namesMissing = 0;
    for (const run of doc.entities) {
      if (run.some((id) => termStamp[id] === stamp || this.derivedIn(id, s))) continue;
      if (aboutPresent.some((o) => run.every((id) => this.aliasTermsOf(o, doc.pack).has(id)))) continue;
      namesMissing++;
    }
    if (namesMissing > Math.floor((doc.entities.length + 1) / 3)) return reject('entity', coverage);
    // A country the claim names is missing and the sentence names another one the claim does not:
    // "Czechia will send a hundred soldiers to Latvia" is not "... to Ukraine", however much of the
    // claim's weight its other words cover (in a small dataset the country every claim shares weighs
    // next to nothing).
    // Only in a claim of up to ten words, where a country is its subject or its destination; in a
    // longer one it is more often a detail the post words otherwise ("an American run prison" for "a
    // United States prison", with Iraq named besides: a CheckThat! tuning post lost to this rule).
    if (doc.size <= PLACE_CLAIM_WORDS && this.placeReplaced(doc, s, text, sentencePlaces))
      return reject('place', coverage);
    // A word of opposite meaning where the claim's own word is absent: the sentence says otherwise.
    for (let k = 0; k < doc.opposed.length; k += 2)
      if (termStamp[doc.opposed[k + 1]] === stamp && termStamp[doc.opposed[k]] !== stamp)
        return reject('opposite', coverage);
    // Pairs of claim words that follow each other in the claim and stand within three words of each
    // other in the sentence: the same statement, not the same vocabulary.
    let pairs = 0;
    for (let k = 1; k < doc.seq.length; k++) {
      const a = tokenOf.get(doc.seq[k - 1]);
      const b = tokenOf.get(doc.seq[k]);
      if (
        a !== undefined &&
        b !== undefined &&
        termStamp[doc.seq[k - 1]] === stamp &&
        termStamp[doc.seq[k]] === stamp &&
        Math.abs(b - a) <= 3
      )
        pairs++;
    }
    // The claim's other words (what it says about the names and titles): "Prime Minister Ardern wore a
    // hijab" is not met by a sentence naming Prime Minister Ardern.
    let said = 0;
    let saidCovered = 0;
    for (const id of doc.terms) {
      if (doc.capitalised.has(id)) continue;
      said += idf[id];
      if (termStamp[id] === stamp) saidCovered += idf[id];
    }
    const predicate = said > 0 ? saidCovered / said : 1;
    // A claim with hints is met here where its hints miss a group: by what it says, not by its names
    // alone ("La República Checa ha reunido fondos ... con destino a Ucrania" holds none of "enviará
    // soldados"). Claims without hints (imported feeds) keep their names-only matches, which the score
    // weighs: on CheckThat! posts such names often are the claim ("George Soros ... Nazi party").
    if (this.claims[doc.claim].hints && said > 0 && saidCovered === 0) return reject('predicate', coverage);
    const focus = sentenceWeight > 0 ? Math.min(1, covered / sentenceWeight) : 0;
    const features = {
      coverage,
      focus,
      matched: matched.length,
      weight: covered / unit,
      namesMissing,
      missingMax: missingMax / unit,
      unit: contentWords,
      pairs,
      margin: 0,
      predicate,
      predicateMissing: (said - saidCovered) / unit,
    };
    return { claim: doc.claim, score: 0, why: [], matched, doc, features };
  }

  /**
   * Whether a country the claim's text names is not in the sentence (by its name in a case form, or a
   * word starting like it: "ukrainischen" for "Ukraine") while the sentence names a country the
   * claim does not.
   */
  private placeReplaced(
    doc: ClaimDoc,
    s: AnalysedSentence,
    text: string,
    sentencePlaces: () => ReadonlySet<string>,
  ): boolean {
    const claimPlaces = this.placesOf(doc);
    if (!claimPlaces.size) return false;
    const here = sentencePlaces();
    let other = false;
    for (const p of here) if (!claimPlaces.has(p)) other = true;
    if (!other) return false;
    for (const p of claimPlaces) if (!here.has(p) && !this.placeWordIn(p, doc, s, text)) return true;
    return false;
  }

  /** A document's text: the claim's, or its translation (undefined for another wording: not kept). */
  private docText(doc: ClaimDoc): string | undefined {
    if (doc.wording) return undefined;
    const c = this.claims[doc.claim];
    if ((packFor(c.lang) ?? packFor('en')) === doc.pack) return c.text;
    for (const [tag, t] of Object.entries(c.translations ?? {})) if (packFor(tag) === doc.pack) return t;
    return undefined;
  }

  /** The countries a document's text names. */
  private placesOf(doc: ClaimDoc): ReadonlySet<string> {
    if (doc.places) return doc.places;
    const text = this.docText(doc);
    doc.places = text ? placesIn(text, doc.pack) : new Set();
    return doc.places;
  }

  /** A word of the sentence that starts like the country's name in the claim ("ukrainischen", "ucraniana"). */
  private placeWordIn(code: string, doc: ClaimDoc, s: AnalysedSentence, text: string): boolean {
    if (doc.pack.script === 'japanese') return false;
    if (!doc.placeStarts) {
      // Read once per document: the first four letters of the words naming each of its countries (of a
      // name's first word: "Estados Unidos" gives "esta", as "estadounidense" starts).
      doc.placeStarts = new Map();
      const claimText = this.docText(doc) ?? '';
      const ws: string[] = [];
      scanWords(claimText, (a, b) => (ws.push(claimText.slice(a, b)), true));
      ws.forEach((w, i) => {
        if (w.length < 4) return;
        const here = new Set([...placesIn(w, doc.pack), ...(ws[i + 1] ? placesIn(`${w} ${ws[i + 1]}`, doc.pack) : [])]);
        for (const c of here) {
          const set = doc.placeStarts!.get(c) ?? new Set<string>();
          set.add(w.slice(0, 4).toLowerCase());
          doc.placeStarts!.set(c, set);
        }
      });
    }
    const starts = doc.placeStarts.get(code);
    if (!starts) return false;
    return s.tokens.some((t) => t.end - t.start >= 4 && starts.has(text.slice(t.start, t.start + 4).toLowerCase()));
  }

  /** The reasons shown for an accepted match: the claim words met, its weight covered, what is missing. */
  private reasons(m: TextClaimMatch, s: AnalysedSentence, text: string): string[] {
    const { doc } = m;
    // An acronym stands for several of the claim's words: named once.
    const words = [...new Set(m.matched)].map((i) => text.slice(s.tokens[i].start, s.tokens[i].end));
    const missing = doc.surface.filter((_, k) => this.termStamp[doc.terms[k]] !== this.stamp);
    const why = [
      `claim words: ${words.join(', ')}`,
      `covers ${Math.round(m.features.coverage * 100)}% of the claim's weight`,
    ];
    if (missing.length) why.push(`not in the sentence: ${missing.slice(0, 5).join(', ')}`);
    if (doc.numbers.length) why.push(`numbers agree: ${doc.numbers.join(', ')}`);
    if (doc.wording) why.push('met in another wording of the claim (a fact-check headline)');
    return why;
  }
}

const MIN_COVERAGE = 0.2;

/** Claims of up to this many content words are refused when the sentence names another country (see verify). */
const PLACE_CLAIM_WORDS = 10;

/** The character before a handle or a hashtag. */
const HANDLE_OR_TAG = /^[@#]$/;

/**
 * Weights are counted in units of the rarest word's idf, but never of a dataset smaller than 10,000
 * claims: in a small dataset every word looks rare ("United", "Kingdom" and "British" are each in one
 * of 47 claims), and a count of such words is not the evidence the same count is among 10,000.
 */
const UNIT_FLOOR = Math.log(1 + 10_000 / 1.5);

const YEAR = /^(?:1[6-9]|20)\d\d$/;

const KANA_OR_KANJI = /^[\u3040-\u30ff\u4e00-\u9fff]/;

/**
 * Whether the negation at token `i` sits right before a verb of exclusion ("not rule out"), or, in
 * Japanese, where the negation ends the verb, right after one with only auxiliaries between
 * ("排除できない": cannot be ruled out).
 */
export function keptNegation(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (tokens[k].flags & Flag.Keep) return true;
  for (let k = i - 1; k >= 0 && k >= i - 8; k--)
    if (tokens[k].flags & Flag.Keep && modalNegationAfter(tokens, k, i)) return true;
  if (!KANA_OR_KANJI.test(tokens[i].key)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    if (tokens[k].flags & Flag.Keep) return true;
    if (!(tokens[k].flags & Flag.Stop)) return false;
  }
  return false;
}

/**
 * Whether token `neg` is a Russian or Ukrainian modal negation closing the sentence after verb of
 * exclusion `keep` («исключать это, по его словам, нельзя», «виключати такий сценарій не можна»): it
 * keeps the possibility open as a negation before the verb does. Only «нельзя» and «не можна» among the
 * last two tokens, at most eight after the verb: «исключил отправку войск, но не танков» still rules out.
 */
export function modalNegationAfter(tokens: readonly Token[], keep: number, neg: number): boolean {
  const t = tokens[neg];
  if (!t || !(t.flags & Flag.Negation) || neg <= keep || neg - keep > 8 || neg < tokens.length - 2) return false;
  return t.key.startsWith('нельз') || (t.key === 'не' && !!tokens[neg + 1]?.key.startsWith('можн'));
}

/**
 * Whether the negation at token `i` of `text` opens "no less than" («не менее 200 тысяч», "no menos de",
 * "nicht weniger als"): the word after it is one of the pack's words for "less".
 */
export function opensAtLeast(tokens: readonly Token[], text: string, pack: LanguagePack, i: number): boolean {
  if (!pack.less) return false;
  const at = tokens[i].end;
  const next = /^\s+(\p{L}+)/u.exec(text.slice(at, at + 20));
  if (next && pack.less.has(next[1].toLowerCase())) return true;
  // A two-part negation's first word before its second and a less-word (the pack's `lessAfter`: French "ne …
  // pas moins", "il n'en faudrait pas moins"), at most two words on, in the same phrase (not Spanish "no …, ni
  // menos": let alone).
  if (!pack.lessAfter) return false;
  const phrase = text.slice(at, at + 40).split(PUNCTUATION)[0];
  const words = [...phrase.matchAll(/[\p{L}]+/gu)].slice(0, 4).map((m) => m[0].toLowerCase());
  for (let k = 0; k + 1 < words.length && k <= 2; k++)
    if (pack.lessAfter.has(words[k]) && pack.less.has(words[k + 1])) return true;
  return false;
}

/** Punctuation that ends a phrase: nothing reads across it. */
export const PUNCTUATION = /[,;:.!?；：。、–—]/u;

/**
 * The word of avoiding the negation at token `i` negates ("nicht mehr abzuwenden", "cannot be avoided",
 * «не избежать»), at most two tokens on with no punctuation between (in Japanese the word before it,
 * 避けられない), or -1. Not a purpose clause: "will not, to avoid escalation, send troops" still negates
 * the sending.
 */
export function avoidedBy(tokens: readonly Token[], text: string, pack: LanguagePack, i: number): number {
  const avoid = pack.avoid;
  if (!avoid) return -1;
  const surface = (k: number) => text.slice(tokens[k].start, tokens[k].end).toLowerCase();
  // Japanese negates the verb after it, past the kana the segmenter splits off (避|けら|れ|ない).
  if (pack.script === 'japanese') {
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (tokens[k].flags & Flag.Stop) continue;
      return avoid.has(surface(k)) ? k : -1;
    }
    return -1;
  }
  for (let k = i + 1; k < tokens.length && k <= i + 2; k++) {
    const between = text.slice(tokens[k - 1].end, tokens[k].start);
    if (PUNCTUATION.test(between)) return -1;
    if (!avoid.has(surface(k))) continue;
    const before = /(\p{L}+)\s*$/u.exec(text.slice(Math.max(0, tokens[k].start - 12), tokens[k].start));
    return before && pack.purpose?.has(before[1].toLowerCase()) ? -1 : k;
  }
  return -1;
}

/**
 * The tokens that make a claim's text negative: negations and denial words, except one right before a
 * verb of exclusion, which keeps the possibility open ("refused to rule out"), and, given the text and
 * its pack, the negation of "no less than" («не менее 200 тысяч» is "at least") and of a word of
 * avoiding (避けられない, "cannot be avoided": inevitable), as the sentence side reads them.
 */
export function negatingTokens(tokens: readonly Token[], text?: string, pack?: LanguagePack): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (!(t.flags & (Flag.Negation | Flag.Denial)) || keptNegation(tokens, i)) return;
    if (
      text !== undefined &&
      pack &&
      t.flags & Flag.Negation &&
      (opensAtLeast(tokens, text, pack, i) || avoidedBy(tokens, text, pack, i) >= 0)
    )
      return;
    out.push(i);
  });
  return out;
}

export type TextFeatures = TextClaimMatch['features'];

/** The features the score reads, in the order of CALIBRATION's weights. */
// Linear terms only: a product or square of coverage, fitted on data where coverage is rarely near 1,
// would turn negative there and score a sentence that holds the whole claim at 0.
export function featureVector(f: TextFeatures): number[] {
  return [
    f.coverage,
    f.focus,
    Math.log1p(f.matched),
    f.weight,
    f.namesMissing,
    f.missingMax,
    Math.log1p(f.unit),
    Math.log1p(f.pairs),
    f.pairs / Math.max(1, f.matched),
    Math.max(-1.5, Math.min(1.5, f.margin)),
    f.predicate,
    f.predicateMissing,
  ];
}

/**
 * Logistic score over standardised features. Fitted by `npm run eval -- --fit` on the tuning half of
 * CheckThat! 2020 (posts) and the tuning half of the corpus pages (every candidate there is wrong);
 * the other halves are never used for fitting.
 */
export const CALIBRATION = {
  mean: [0.3495, 0.2236, 1.2116, 1.4431, 0.2177, 0.8058, 2.776, 0.4619, 0.2848, -0.3202, 0.2532, 2.4539],
  sd: [0.1462, 0.2512, 0.2256, 0.7133, 0.4129, 0.149, 0.8329, 0.4273, 0.251, 0.6598, 0.2367, 1.2665],
  weights: [1.1885, -1.8413, 0.4262, 0.7286, -0.0671, 0.2246, -0.8332, 0.623, -0.5799, 1.2636, -0.2133, 0.019],
  bias: -7.5819,
};

export function calibrated(f: TextFeatures): number {
  const x = featureVector(f);
  let z = CALIBRATION.bias;
  for (let i = 0; i < x.length; i++) z += (CALIBRATION.weights[i] * (x[i] - CALIBRATION.mean[i])) / CALIBRATION.sd[i];
  return 1 / (1 + Math.exp(-z));
}

export { LANGUAGE_PACKS };
