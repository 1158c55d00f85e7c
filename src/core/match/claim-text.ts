// Claims found from their own text, with no hand-written hints: retrieval, then verification.
// Retrieval: every claim text (and translation) is a document of analysed terms (see core/lang),
// weighted by inverse document frequency in its language; a sentence wakes up only the documents that
// share its rarer terms, and keeps the best few. Verification: a candidate becomes a badge only when
// the sentence carries most of the claim's weight, every name and number the claim states, and no word
// of opposite meaning to one of the claim's words; the score (0..1) and its reasons go in `why`.
import type { CompiledClaim, CompiledOfficial } from '../types';
import { analyse, Flag, oppositesOf, type Token } from '../lang/analyse';
import { detectLanguage, LANGUAGE_PACKS, packFor, type LanguagePack } from '../lang';

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
  /** Negations in the claim's own text (its denial words are terms, met or not like any other). */
  negations: number;
  hedges: Set<string>;
  /** Content terms before mapping, for the short-claim rule. */
  size: number;
}

/** A verified candidate for one sentence. */
export interface TextClaimMatch {
  claim: number;
  score: number;
  why: string[];
  /** Indices (into the sentence's tokens) of the words that met the claim. */
  matched: number[];
  doc: ClaimDoc;
}

export interface AnalysedSentence {
  pack: LanguagePack;
  tokens: Token[];
}

/** Minimum calibrated score for a badge from the claim's text alone (chosen on the tuning data: README). */
export const TEXT_CLAIM_THRESHOLD = 0.5;

// Documents kept after retrieval, per sentence; each is then verified.
const CANDIDATES = 4;

export class ClaimTextIndex {
  private readonly docs: ClaimDoc[] = [];
  private readonly vocab = new Map<string, number>();
  private idf = new Float64Array(0);
  private df: number[] = [];
  private postings: number[][] = [];
  /** Per language: documents and the highest idf (a word no claim uses). */
  private readonly perLang = new Map<string, { n: number; maxIdf: number; wakeCap: number }>();
  private acc = new Float64Array(0);
  private accStamp = new Int32Array(0);
  private termStamp = new Int32Array(0);
  private stamp = 0;
  /** official index -> term ids of its alias words, per language (lazily). */
  private readonly aliasTerms = new Map<string, Set<number>>();

  constructor(
    readonly claims: readonly CompiledClaim[],
    private readonly officials: readonly CompiledOfficial[] = [],
  ) {
    claims.forEach((c, ci) => {
      const lang = packFor(c.lang) ?? packFor('en')!;
      this.addDoc(ci, lang, c.text);
      for (const [tag, text] of Object.entries(c.translations ?? {})) {
        const p = packFor(tag);
        if (p && text && p !== lang) this.addDoc(ci, p, text);
      }
    });
    this.idf = new Float64Array(this.df.length);
    const counts = new Map<string, number>();
    for (const d of this.docs) counts.set(d.pack.code, (counts.get(d.pack.code) ?? 0) + 1);
    for (const [code, n] of counts) {
      const maxIdf = Math.log(1 + (n + 0.5) / 1.5);
      // A term shared by more documents than this is too common to wake candidates (it still counts
      // in verification): keeps the work per sentence flat in the number of claims.
      this.perLang.set(code, { n, maxIdf, wakeCap: Math.max(25, Math.ceil(n * 0.02)) });
    }
    for (const [k, id] of this.vocab) {
      const n = counts.get(k.slice(0, k.indexOf('\u0001'))) ?? 1;
      const df = this.df[id];
      this.idf[id] = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    }
    for (const d of this.docs) {
      let t = 0;
      for (const id of d.terms) t += this.idf[id];
      d.total = t;
    }
    this.acc = new Float64Array(this.docs.length);
    this.accStamp = new Int32Array(this.docs.length);
    this.termStamp = new Int32Array(this.df.length);
  }

  get size(): number {
    return this.docs.length;
  }

  private termId(pack: LanguagePack, key: string, create: boolean): number | undefined {
    const k = pack.code + '\u0001' + key;
    let id = this.vocab.get(k);
    if (id === undefined && create) {
      id = this.df.length;
      this.vocab.set(k, id);
      this.df.push(0);
      this.postings.push([]);
    }
    return id;
  }

  private addDoc(claim: number, pack: LanguagePack, text: string): void {
    const tokens = analyse(text, pack);
    const terms: number[] = [];
    const surface: string[] = [];
    const entities: number[][] = [];
    const numbers: string[] = [];
    const hedges = new Set<string>();
    let negations = 0;
    let run: number[] | null = null;
    tokens.forEach((t, i) => {
      if (t.flags & Flag.Hedge) hedges.add(t.key);
      if (t.flags & Flag.Negation && !keptNegation(tokens, i)) negations++;
      if (t.flags & Flag.Number) numbers.push(t.key);
      if (t.flags & Flag.Stop && !(t.flags & Flag.Number)) {
        run = null;
        return;
      }
      const id = this.termId(pack, t.key, true)!;
      if (!terms.includes(id)) {
        terms.push(id);
        surface.push(text.slice(t.start, t.end));
      }
      // A capital at the start of the claim says nothing; elsewhere it marks a name ("Arizona").
      const name = (t.flags & Flag.Capital && i > 0) || t.flags & Flag.Acronym;
      if (name && pack.script !== 'japanese') {
        if (!run) entities.push((run = []));
        run.push(id);
      } else run = null;
    });
    const d = this.docs.length;
    for (const id of terms) {
      this.df[id]++;
      this.postings[id].push(d);
    }
    this.docs.push({
      claim,
      pack,
      terms: Int32Array.from(terms),
      surface,
      total: 0,
      entities,
      numbers,
      negations,
      hedges,
      size: terms.length,
    });
  }

  /** Analyses a sentence in the language its letters say (undefined when no pack reads it). */
  analyseSentence(text: string): AnalysedSentence | undefined {
    const pack = detectLanguage(text);
    if (!pack) return undefined;
    return { pack, tokens: analyse(text, pack) };
  }

  /** The claim's document in a language (its text or translation), if it has one. */
  docOf(claim: number, pack: LanguagePack): ClaimDoc | undefined {
    return this.docs.find((d) => d.claim === claim && d.pack === pack);
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
   * Claims the sentence states, best first, verified and above the threshold. `officials` are the
   * officials the sentence names (any alias, or a title standing for one), by index.
   */
  match(
    s: AnalysedSentence,
    text: string,
    officials: ReadonlySet<number>,
    aboutOf: (claim: number) => number[],
  ): TextClaimMatch[] {
    const lang = this.perLang.get(s.pack.code);
    if (!lang) return [];
    const stamp = ++this.stamp;
    const { acc, accStamp, termStamp, idf } = this;
    const touched: number[] = [];
    const present: number[] = [];
    const tokenOf = new Map<number, number>();
    const numbers = new Set<string>();
    let sentenceWeight = 0;
    s.tokens.forEach((t, i) => {
      if (t.flags & Flag.Number) numbers.add(t.key);
      if (t.flags & Flag.Stop && !(t.flags & Flag.Number)) return;
      const id = this.termId(s.pack, t.key, false);
      if (id === undefined) {
        sentenceWeight += lang.maxIdf;
        return;
      }
      if (termStamp[id] === stamp) return;
      termStamp[id] = stamp;
      tokenOf.set(id, i);
      present.push(id);
      sentenceWeight += idf[id];
      if (this.df[id] > lang.wakeCap) return;
      for (const d of this.postings[id]) {
        if (accStamp[d] !== stamp) {
          accStamp[d] = stamp;
          acc[d] = 0;
          touched.push(d);
        }
        acc[d] += idf[id];
      }
    });
    if (!touched.length) return [];
    // Best few by the share of the claim's weight the rare terms already cover.
    touched.sort((a, b) => acc[b] / this.docs[b].total - acc[a] / this.docs[a].total);
    const out: TextClaimMatch[] = [];
    const seenClaims = new Set<number>();
    for (const d of touched.slice(0, CANDIDATES)) {
      const doc = this.docs[d];
      if (seenClaims.has(doc.claim)) continue;
      const m = this.verify(doc, s, text, present, tokenOf, numbers, sentenceWeight, officials, aboutOf(doc.claim));
      if (m) {
        seenClaims.add(doc.claim);
        out.push(m);
      }
    }
    return out.sort((a, b) => b.score - a.score);
  }

  private verify(
    doc: ClaimDoc,
    s: AnalysedSentence,
    text: string,
    present: number[],
    tokenOf: Map<number, number>,
    numbers: Set<string>,
    sentenceWeight: number,
    officials: ReadonlySet<number>,
    about: number[],
  ): TextClaimMatch | null {
    const { idf, termStamp, stamp } = this;
    let covered = 0;
    const matched: number[] = [];
    const words: string[] = [];
    const missing: string[] = [];
    doc.terms.forEach((id, k) => {
      if (termStamp[id] === stamp) {
        covered += idf[id];
        matched.push(tokenOf.get(id)!);
        const t = s.tokens[tokenOf.get(id)!];
        words.push(text.slice(t.start, t.end));
      } else missing.push(doc.surface[k]);
    });
    if (doc.total <= 0) return null;
    const coverage = covered / doc.total;
    // Short claims ("False", "New Gifts for You") say too little to be recognised in other words.
    if (matched.length < 3 && (matched.length < doc.size || doc.size < 2 || present.length > doc.size + 2)) return null;
    for (const n of doc.numbers) if (!numbers.has(n)) return null;
    // Every name the claim states must be in the sentence, by one of its words or by the official it is.
    const aboutPresent = about.filter((o) => officials.has(o));
    for (const run of doc.entities) {
      if (run.some((id) => termStamp[id] === stamp)) continue;
      if (aboutPresent.some((o) => run.every((id) => this.aliasTermsOf(o, doc.pack).has(id)))) continue;
      return null;
    }
    // A word of opposite meaning where the claim's own word is absent: the sentence says otherwise.
    for (const t of s.tokens) {
      const opp = oppositesOf(s.pack, t.key);
      if (!opp) continue;
      for (const o of opp) {
        const id = this.termId(s.pack, o, false);
        if (id !== undefined && doc.terms.includes(id) && termStamp[id] !== stamp) return null;
      }
    }
    const focus = sentenceWeight > 0 ? Math.min(1, covered / sentenceWeight) : 0;
    const score = calibrated(coverage, focus, matched.length);
    if (score < TEXT_CLAIM_THRESHOLD) return null;
    const why = [`claim words: ${words.join(', ')}`, `covers ${Math.round(coverage * 100)}% of the claim's weight`];
    if (missing.length) why.push(`not in the sentence: ${missing.slice(0, 5).join(', ')}`);
    if (doc.numbers.length) why.push(`numbers agree: ${doc.numbers.join(', ')}`);
    return { claim: doc.claim, score: Math.round(score * 100) / 100, why, matched, doc };
  }
}

/** Whether the negation at token `i` sits right before a verb of exclusion ("not rule out"). */
export function keptNegation(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) if (tokens[k].flags & Flag.Keep) return true;
  return false;
}

/**
 * Score from the share of the claim's weight the sentence carries (coverage), the share of the
 * sentence's weight that is the claim's (focus) and how many words met. Logistic, weights fitted on
 * the tuning data (see scripts/eval.ts --fit).
 */
export function calibrated(coverage: number, focus: number, matched: number): number {
  const z = W.bias + W.coverage * coverage + W.focus * focus + W.matched * Math.log(1 + matched);
  return 1 / (1 + Math.exp(-z));
}

export const W = { bias: -8, coverage: 8, focus: 2, matched: 0.5 };

export { LANGUAGE_PACKS };
