// Scores sentences against claims' hint groups: one automaton finds all hint terms, then only the
// claims whose terms occur are scored. A claim needs a term of every group; otherwise we abstain.
import type { CompiledClaim, CompiledOfficial, HintLang } from '../types';
import { HINT_LANGS } from '../types';
import { joinsWord } from '../text/script';
import { AhoCorasick } from './aho-corasick';
import { keyOf } from './officials';
import { stemWord } from './slavic';

interface TermPayload {
  claim: number;
  /** Group index, or -1 for an exclude term. */
  group: number;
  prefix: boolean;
  term: string;
}

export interface TermHit {
  claim: number;
  group: number;
  term: string;
  /** Range in the key text. */
  start: number;
  end: number;
}

/** Minimum score to report a claim; a sentence missing any group scores at most 0.6. */
export const CLAIM_THRESHOLD = 0.65;

export class ClaimsIndex {
  private readonly ac = new AhoCorasick();
  private readonly payloads: TermPayload[][] = [];
  /** Per claim, per group: officials (indexes) whose mention in the sentence satisfies that group. */
  readonly entityGroups: Map<number, number[]>[] = [];
  /** Per claim: indexes of officials in `about`. */
  readonly aboutOfficials: number[][] = [];

  constructor(
    readonly claims: readonly CompiledClaim[],
    officials: readonly CompiledOfficial[],
  ) {
    const officialIndex = new Map(officials.map((o, i) => [o.id, i]));
    const aliasWords = officials.map((o) => {
      const words = new Set<string>();
      for (const a of o.aliases ?? []) for (const w of keyOf(a.text).split(' ')) if (w.length >= 3) words.add(w);
      return words;
    });
    claims.forEach((c, ci) => {
      const about = (c.about ?? []).map((id) => officialIndex.get(id)).filter((x): x is number => x !== undefined);
      this.aboutOfficials.push(about);
      const entity = new Map<number, number[]>();
      (c.hints?.groups ?? []).forEach((g, gi) => {
        for (const lang of HINT_LANGS) for (const t of g.terms?.[lang as HintLang] ?? []) {
          const term = this.addTerm(ci, gi, t);
          // A group naming an official ("Zelensky") is also met by the official's mention in any
          // inflected or transliterated form the officials matcher recognises.
          if (term && !term.includes(' ')) {
            for (const o of about) {
              if ([...aliasWords[o]].some((w) => w === term || stemWord(w) === stemWord(term) || w.startsWith(term))) {
                const list = entity.get(gi) ?? [];
                if (!list.includes(o)) list.push(o);
                entity.set(gi, list);
              }
            }
          }
        }
      });
      this.entityGroups.push(entity);
      for (const lang of HINT_LANGS) for (const t of c.hints?.exclude?.[lang as HintLang] ?? []) this.addTerm(ci, -1, t);
    });
    this.ac.build();
  }

  private addTerm(claim: number, group: number, raw: string): string {
    const prefix = raw.trim().endsWith('*');
    const term = keyOf(raw.replace(/\*\s*$/, ''));
    if (!term) return term;
    const id = this.ac.add(term);
    (this.payloads[id] ??= []).push({ claim, group, prefix, term: raw });
    return term;
  }

  groupCount(claim: number): number {
    return this.claims[claim].hints?.groups?.length ?? 0;
  }

  /** Every hint term occurrence in the key text, whole words (prefix terms may end inside a word). */
  findTerms(key: string): TermHit[] {
    const out: TermHit[] = [];
    this.ac.search(key, (pattern, end) => {
      const start = end - this.ac.patterns[pattern].length;
      if (joinsWord(key, start)) return;
      const closed = joinsWord(key, end);
      for (const p of this.payloads[pattern]) {
        if (closed && !p.prefix) continue;
        out.push({ claim: p.claim, group: p.group, term: p.term, start, end });
      }
    });
    return out;
  }
}
