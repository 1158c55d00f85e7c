// The matching engine: officials (alias automaton + surname rules), claims (scored per sentence,
// abstaining below a threshold) and attributions (official + reporting verb) in one pass per text.
import type { CompiledDataset, Mention, MentionKind } from '../types';
import { splitSentences, type Span } from '../text/sentences';
import { ClaimsIndex, CLAIM_THRESHOLD } from './claims';
import { findCues, type CueHit } from './cues';
import { OfficialsIndex, type OfficialHit } from './officials';

export interface MatchOptions {
  officials?: boolean;
  claims?: boolean;
  attributions?: boolean;
}

export interface Matcher {
  match(text: string, options?: MatchOptions): Mention[];
}

const KIND_ORDER: Record<MentionKind, number> = { official: 0, claim: 1, attribution: 2 };

/** Index of the span containing `pos` (spans sorted, disjoint), or -1. */
function spanAt(spans: Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else if (spans[mid].start > pos) hi = mid - 1;
    else return mid;
  }
  return -1;
}

interface Cue extends CueHit {
  /** Original offsets. */
  os: number;
  oe: number;
}

export function createMatcher(dataset: CompiledDataset): Matcher {
  const officials = new OfficialsIndex(dataset.officials ?? []);
  const claims = new ClaimsIndex(dataset.claims ?? [], dataset.officials ?? []);
  const officialIds = (dataset.officials ?? []).map((o) => o.id);

  function match(text: string, options: MatchOptions = {}): Mention[] {
    const want = {
      officials: options.officials !== false,
      claims: options.claims !== false,
      attributions: options.attributions !== false,
    };
    if (typeof text !== 'string' || text.length === 0 || !(want.officials || want.claims || want.attributions)) return [];
    const out: Mention[] = [];
    const prepared = officials.prepare(text);
    const { norm, key } = prepared;
    const hits = officials.match(text, prepared);

    if (want.officials) {
      for (const h of hits) {
        if (h.titleOnly) continue;
        out.push({
          kind: 'official',
          id: officialIds[h.official],
          start: h.start,
          end: h.end,
          text: text.slice(h.start, h.end),
          score: h.score,
          why: [h.why],
        });
      }
    }

    if (want.claims || want.attributions) {
      const sentences = splitSentences(text);
      const toOrig = (s: number, e: number): [number, number] => [norm.starts[s], norm.ends[e - 1]];
      const perSentence = <T>(): Map<number, T[]> => new Map();
      const officialsIn = perSentence<OfficialHit>();
      for (const h of hits) {
        const si = spanAt(sentences, h.start);
        if (si < 0) continue;
        const list = officialsIn.get(si) ?? [];
        list.push(h);
        officialsIn.set(si, list);
      }
      const cuesIn = perSentence<Cue>();
      for (const c of findCues(key)) {
        const [os, oe] = toOrig(c.start, c.end);
        const si = spanAt(sentences, os);
        if (si < 0) continue;
        const list = cuesIn.get(si) ?? [];
        list.push({ ...c, os, oe });
        cuesIn.set(si, list);
      }

      // The speaker of a sentence: the official closest to a reporting cue.
      const speakers = new Map<number, { hit: OfficialHit; cue: Cue }>();
      for (const [si, cues] of cuesIn) {
        const offs = officialsIn.get(si);
        if (!offs) continue;
        let best: { hit: OfficialHit; cue: Cue; d: number } | null = null;
        for (const cue of cues) {
          if (!cue.types.includes('report')) continue;
          for (const h of offs) {
            const d = h.end <= cue.os ? cue.os - h.end : h.start >= cue.oe ? h.start - cue.oe : 0;
            // Prefer a named official over a title standing for one at equal distance.
            if (!best || d < best.d || (d === best.d && best.hit.titleOnly && !h.titleOnly)) best = { hit: h, cue, d };
          }
        }
        if (best) speakers.set(si, { hit: best.hit, cue: best.cue });
      }

      if (want.attributions) {
        for (const [si, { hit, cue }] of speakers) {
          const s = sentences[si];
          out.push({
            kind: 'attribution',
            id: officialIds[hit.official],
            start: s.start,
            end: s.end,
            text: text.slice(s.start, s.end),
            score: hit.titleOnly ? 0.8 : 1,
            why: [`speaker: ${hit.why}`, `cue '${text.slice(cue.os, cue.oe)}'`],
            officialId: officialIds[hit.official],
            verb: text.slice(cue.os, cue.oe),
          });
        }
      }

      if (want.claims) {
        interface Cand {
          mask: Set<number>;
          terms: Set<string>;
          excluded: boolean;
        }
        const cands = new Map<number, Map<number, Cand>>();
        for (const t of claims.findTerms(key)) {
          const [os] = toOrig(t.start, t.end);
          const si = spanAt(sentences, os);
          if (si < 0) continue;
          let bySentence = cands.get(si);
          if (!bySentence) cands.set(si, (bySentence = new Map()));
          let c = bySentence.get(t.claim);
          if (!c) bySentence.set(t.claim, (c = { mask: new Set(), terms: new Set(), excluded: false }));
          if (t.group < 0) c.excluded = true;
          else {
            c.mask.add(t.group);
            c.terms.add(text.slice(os, toOrig(t.start, t.end)[1]));
          }
        }
        for (const [si, bySentence] of cands) {
          const s = sentences[si];
          const offs = (officialsIn.get(si) ?? []);
          const present = new Set(offs.map((h) => h.official));
          const cues = cuesIn.get(si) ?? [];
          const reported = cues.some((c) => c.types.includes('deny'))
            ? 'denied'
            : cues.some((c) => c.types.includes('confirm'))
              ? 'confirmed'
              : undefined;
          for (const [ci, c] of bySentence) {
            if (c.excluded) continue;
            const total = claims.groupCount(ci);
            if (total === 0) continue;
            const why: string[] = [];
            for (const [gi, os] of claims.entityGroups[ci]) {
              const o = os.find((x) => present.has(x));
              if (o !== undefined && !c.mask.has(gi)) {
                c.mask.add(gi);
                why.push(`entity for '${dataset.claims[ci].hints.groups[gi].name}': ${officialIds[o]}`);
              }
            }
            const frac = c.mask.size / total;
            const about = claims.aboutOfficials[ci].find((o) => present.has(o));
            // Full coverage starts at 0.7; an entity the claim is about and extra evidence add to it.
            // Partial coverage stays below the threshold whatever the bonuses: near misses abstain.
            const score =
              frac < 1 ? 0.6 * frac : Math.min(1, 0.7 + (about !== undefined ? 0.2 : 0) + (c.terms.size > total ? 0.1 : 0));
            if (score < CLAIM_THRESHOLD) continue;
            why.unshift(`terms: ${[...c.terms].join(', ')}`);
            if (about !== undefined) why.push(`about: ${officialIds[about]}`);
            if (reported) why.push(`reported ${reported}`);
            const speaker = speakers.get(si)?.hit.official;
            const officialIdx = about ?? speaker ?? offs.find((h) => !h.titleOnly)?.official;
            const m: Mention = {
              kind: 'claim',
              id: dataset.claims[ci].id,
              start: s.start,
              end: s.end,
              text: text.slice(s.start, s.end),
              score: Math.round(score * 100) / 100,
              why,
            };
            if (officialIdx !== undefined) m.officialId = officialIds[officialIdx];
            if (reported) m.reported = reported;
            out.push(m);
          }
        }
      }
    }
    out.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return out;
  }

  return { match };
}

export { CLAIM_THRESHOLD };
