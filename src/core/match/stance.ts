// What a sentence does with a claim it names, judged against the claim's own wording: a claim may
// itself be negative ("Russia will not accept NATO troops"), and a sentence that says Russia rejects
// them asserts it. Words come from the language packs (negations, denials, confirmations, hedges).
import type { CompiledClaim, Reported } from '../types';
import { analyse, Flag, lowerCasePattern } from '../lang/analyse';
import { packFor } from '../lang';
import { findCues } from './cues';
import { keyOf } from './officials';
import {
  avoidedBy,
  keptNegation,
  modalNegationAfter,
  negatingTokens,
  opensAtLeast,
  PUNCTUATION,
  type AnalysedSentence,
} from './claim-text';

export interface ClaimPolarity {
  /** Negations and denial words in the claim's own text. */
  negations: number;
  /** Hedge words the claim itself uses ("if NATO sent troops"): no hedge in the sentence then. */
  hedges: ReadonlySet<string>;
  /** Whether the claim's own text says someone is deliberating (see deliberating). */
  deliberates?: boolean;
}

const NONE: ClaimPolarity = { negations: 0, hedges: new Set() };

/**
 * Stance of sentence `s` towards a claim met by the tokens at `matched` (indices into s.tokens; empty
 * when the claim was met by hints the analyser does not see). Negations count only near the words
 * that met the claim; denial and confirmation words count anywhere. The claim's own denial words
 * ("Russia rejects ...") make it negative, so a sentence that rejects asserts it.
 */
export function stanceOf(
  s: AnalysedSentence,
  text: string,
  matched: readonly number[],
  claim: ClaimPolarity = NONE,
  /**
   * Ranges of `text` (a hint group's words) that state the claim's own negation ("unacceptable",
   * «не допустит» for "Russia rejects ..."): their words are the claim's polarity, not the sentence's
   * (see polarityGroup).
   */
  carried: readonly (readonly [number, number])[] = [],
  /**
   * Ranges of `text` holding an exclusion term of the claim that the sentence negates ("not in Britain",
   * "nicht mehr in England, sondern …"): the negation up to three words before each is the contrast's,
   * not the claim's.
   */
  contrasts: readonly (readonly [number, number])[] = [],
  /**
   * Whether the carried words are a refusal the data names (`hints.polarity`: "distanced itself"), not
   * the claim text's own negation: a negation right before them then negates the refusal.
   */
  declared = false,
  /**
   * Ranges of `text` holding a hint term that is itself negative ("ne ferme pas la porte", "rien
   * n'interdit"): the negations in it, and one or two words before it ("ne … pas"), are the term's own
   * words, not the sentence's stance.
   */
  worded: readonly (readonly [number, number])[] = [],
  /**
   * The tokens met by the claim's hint terms (not by its text's words alone): a negation in a purpose
   * clause that holds none of them is the clause's (see purposeNegations).
   */
  hinted?: readonly number[],
): Reported {
  // A negation of a word alone ("away from the front") negates the claim only where the word is the claim's.
  if (s.tokens.some((t, i) => t.flags & Flag.OwnNegation && matched.includes(i)))
    s = {
      ...s,
      tokens: s.tokens.map((t, i) =>
        t.flags & Flag.OwnNegation && matched.includes(i) ? { ...t, flags: t.flags | Flag.Negation } : t,
      ),
    };
  const isCarried = (i: number) => carried.some(([a, b]) => s.tokens[i].start < b && a < s.tokens[i].end);
  const lo = matched.length ? Math.max(0, Math.min(...matched) - 6) : 0;
  const hi = matched.length ? negationWindowEnd(s, text, Math.max(...matched)) : s.tokens.length;
  let negations = 0;
  /**
   * Negations that are no denial word ("not", "no", «не») among the claim's words (from just before the
   * first to the last), and whether a denial word (not a word of exclusion) is in the sentence.
   */
  let particles = 0;
  /** Negations closing the clause a word or two after the claim's last (negationClosesClause). */
  let particlesAfter = 0;
  /** Whether a denial word stands with no negation holding it back («не стал называть выдумкой» does). */
  let denialFree = false;
  let denialWord = false;
  const firstMatched = matched.length ? Math.min(...matched) : 0;
  let denial = false;
  let confirmation = false;
  let firstConfirmation = -1;
  /** The hedge words read (see the answered question below). */
  const hedges: number[] = [];
  const asked = QUESTION_END.test(text);
  let hedge = asked;
  /**
   * A hedge word leaves the claim open: one before or among its words ("Gerüchte, dass …", "whether …"),
   * or one after them that nobody dismisses.
   */
  let hedgeOpen = false;
  const lastMatched = matched.length ? Math.max(...matched) : s.tokens.length;
  // A negated denial ("did not deny", "否定しない") is no denial, and its negation no negation.
  const cancelled = new Set<number>();
  /** The first token that ends after `offset` (the token count if none). */
  const tokenAt = (offset: number) => {
    const found = s.tokens.findIndex((t) => t.end > offset);
    return found < 0 ? s.tokens.length : found;
  };
  for (const [from] of contrasts) {
    const at = tokenAt(from);
    for (let k = at - 1; k >= 0 && k >= at - 3; k--) if (s.tokens[k].flags & Flag.Negation) cancelled.add(k);
  }
  for (const [from, to] of worded)
    for (let k = Math.max(0, tokenAt(from) - 2); k < s.tokens.length && s.tokens[k].start < to; k++)
      if (s.tokens[k].flags & Flag.Negation) cancelled.add(k);
  if (hinted) for (const k of purposeNegations(s, text, hinted)) cancelled.add(k);
  const keptLate = keptAtClauseEnd(s, text);
  for (const k of keptLate.values()) cancelled.add(k);
  // "nothing, not even Western troops, can be excluded": the insertion's own negation is the first one's.
  // So is the one after a negative determiner's noun ("ninguna opción, ni siquiera …, puede quedar excluida").
  s.tokens.forEach((t, k) => {
    if (!(t.flags & Flag.Negation) || keepPastInsertion(s, text, k) < 0) return;
    const own = [k + 1, k + 2].find(
      (j) => s.tokens[j]?.flags & Flag.Negation && text.slice(t.end, s.tokens[j].start).includes(','),
    );
    if (own !== undefined) cancelled.add(own);
  });
  // Of those, the denials negated by a word outside the claim's carried words: a hint term that is
  // itself a negated denial ("否定しない", "not ruled out") states the claim; it does not negate it.
  let negatedCarried = false;
  s.tokens.forEach((t, i) => {
    if (!(t.flags & Flag.Denial)) return;
    const negators: number[] = [];
    const next = s.tokens[i + 1];
    // Not across a clause mark ("das sei frei erfunden: Kein französischer Soldat …": the verdict, then what
    // is true).
    if (next && next.flags & Flag.Negation && !/[:;,.!?–—]/u.test(text.slice(t.end, next.start))) negators.push(i + 1);
    // German puts it at the clause's end, past the object ("wies den Bericht nicht zurück", "lehnte den
    // Plan nicht ab": did not reject it): one of the pack's plain negations as the clause's last word or
    // right before its particle; not "ohne Umschweife ab" (without beating about the bush) nor "wie nie zuvor".
    else if (s.pack.clauseEndNegation && s.pack.clauseEndNegators) {
      const { words: plain, notAfter } = s.pack.clauseEndNegators;
      const k = clauseEndNegation(s, text, i);
      const end = negationWindowEnd(s, text, i);
      const before =
        k >= 0 ? /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, s.tokens[k].start - 20), s.tokens[k].start)) : null;
      if (
        k >= 0 &&
        plain.has(surface(s, text, k)) &&
        (k === end || (k === end - 1 && s.pack.particles?.split(' ').includes(surface(s, text, end)))) &&
        !(before && notAfter.has(before[1].toLowerCase()))
      )
        negators.push(k);
    }
    // Japanese puts a light verb and auxiliaries between (否定|し|なかった, 撤回|し|てい|ない), or a
    // noun of intention (撤回|する|考え|は|ない: has no intention of retracting).
    else if (s.pack.script === 'japanese')
      for (let k = i + 1; k < s.tokens.length && k <= i + 5; k++) {
        const t = s.tokens[k];
        if (t.flags & Flag.Negation) {
          negators.push(k);
          break;
        }
        if (!(t.flags & Flag.Stop) && !s.pack.intentionNouns?.has(surface(s, text, k))) break;
      }
    // Japanese negates a verb after it (否定しない): a negation before a denial is what it denies
    // (事実ではないと退けた: rejected it as untrue).
    if (s.pack.script !== 'japanese')
      for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (s.tokens[k].flags & Flag.Negation) negators.push(k);
    for (const k of negators) {
      cancelled.add(i).add(k);
      if (carried.length && isCarried(i) && !isCarried(k)) negatedCarried = true;
    }
  });
  // A negated word of avoiding says "inevitable" ("nicht mehr abzuwenden"; "could not be avoided", where
  // "avoided" is a negation of its own): the pair asserts.
  // A negated confirmation ("not confirmed by independent sources", «пока не подтверждены») leaves the
  // claim open: the sentence mentions it, it does not deny it.
  // Not a determiner ("no confirmed plans" negates the plans), and at most one word between ("have not
  // yet been confirmed").
  let unconfirmed = false;
  // Japanese negates a confirmation after it (確認されていない: not confirmed), past its auxiliaries.
  if (s.pack.script === 'japanese')
    s.tokens.forEach((t, i) => {
      // Only 確認 (confirm): 認めていない may be "does not allow" (see LanguagePack.permits).
      if (!(t.flags & Flag.Confirmation) || cancelled.has(i) || surface(s, text, i) !== '確認') return;
      for (let k = i + 1; k < s.tokens.length && k <= i + 4; k++) {
        if (s.tokens[k].flags & Flag.Negation) {
          if (cancelled.has(k)) return;
          cancelled.add(i).add(k);
          unconfirmed = true;
          return;
        }
        if (!(s.tokens[k].flags & Flag.Stop)) return;
      }
    });
  for (const k of neededWithout(s, text, matched, cancelled)) cancelled.add(k);
  // "nicht mehr nur in Lagern, sondern …", "not only … but", "no solo … sino", «не только …, но и»: a negation
  // of "only" adds to what it says; it negates nothing.
  s.tokens.forEach((t, i) => {
    if (!(t.flags & Flag.Negation) || !s.pack.onlyAfterNegation?.test(text.slice(t.end, t.end + 24))) return;
    cancelled.add(i);
    // French "n'enverra pas seulement": the «ne» before the verb is the same negation.
    for (let k = i - 1; k >= 0 && k >= i - 3; k--)
      if (s.tokens[k].flags & Flag.Negation && /^n(?:e|['’])?$/iu.test(surface(s, text, k).replace(/['’]$/u, '')))
        cancelled.add(k);
  });
  // "…, giving no evidence or names", "Belege lieferte sie keine", "citing no sources": a negation of the evidence
  // (the pack's `evidence`) or of citing a source (`sourceCited`), in a clause after all of the claim's words, says
  // the claim is unproven, not false.
  const evidence = s.pack.evidence;
  if ((evidence || s.pack.sourceCited) && matched.length)
    s.tokens.forEach((t, i) => {
      if (!(t.flags & Flag.Negation) || cancelled.has(i)) return;
      const [a, b] = clauseAround(s, text, i);
      // After the claim, as an aside: "no evidence, the Pentagon said, that …" before it still denies it. A
      // few of the claim's words named again in a later clause do not make it so ("…; she produced no documents,
      // and the German government did not respond"): most of them stand before, none in the negation's own clause
      // (r67: "…, but Berlin's documents say no German soldiers will go" denies).
      const after = matched.filter((m) => m >= a);
      if (after.some((m) => m <= b) || after.length * 2 >= matched.length) return;
      for (let k = Math.max(a, i - 3); k <= Math.min(b, i + 3); k++)
        if (k !== i && evidence?.has(surface(s, text, k))) {
          cancelled.add(i);
          return;
        }
      // A source not cited (the pack's sourceCited: "citing no sources", «не ссылаясь ни на какие источники»):
      // every negation inside the phrase goes with it.
      const cited = s.pack.sourceCited;
      if (!cited) return;
      const from = s.tokens[Math.max(a, i - 4)].start;
      const to = s.tokens[Math.min(b, i + 8)].end;
      for (const m of text.slice(from, to).matchAll(globalOf(cited))) {
        const [ms, me] = [from + m.index, from + m.index + m[0].length];
        if (s.tokens[i].start < ms || s.tokens[i].end > me) continue;
        for (let j = a; j <= b; j++) {
          const t = s.tokens[j];
          if (t.flags & Flag.Negation && t.start >= ms && t.end <= me) cancelled.add(j);
        }
        return;
      }
    });
  s.tokens.forEach((t, i) => {
    if (!(t.flags & Flag.Negation) || cancelled.has(i)) return;
    const k = avoidedAfter(s, text, i);
    if (k >= 0) {
      cancelled.add(i).add(k);
      return;
    }
    if (i < lo || i > hi || s.pack.negativeDeterminers?.has(surface(s, text, i))) return;
    // Japanese negates after the verb (see above): a negation before a confirmation is its clause's own
    // (排除しないと認めた: admitted that it does not rule it out).
    if (s.pack.script === 'japanese') return;
    for (let c = i + 1; c <= i + 2 && c < s.tokens.length; c++) {
      if (PUNCTUATION.test(text.slice(s.tokens[c - 1].end, s.tokens[c].start))) break;
      if (!(s.tokens[c].flags & Flag.Confirmation)) continue;
      cancelled.add(i).add(c);
      unconfirmed = true;
      break;
    }
  });
  s.tokens.forEach((t, i) => {
    const f = t.flags;
    if (cancelled.has(i) || (carried.length && isCarried(i))) return;
    // A split stance verb (a token of its own at the verb, no key: "kämen … nicht in Frage") whose particle
    // is among the claim's carried words states the claim's own refusal, as those words do. Within the reach of
    // a split verb (160 characters): a long sentence is never sliced whole for each.
    if (
      f & Flag.Denial &&
      !t.key &&
      carried.some(([a]) => a > t.start && a - t.end <= 200 && !/[,.;:!?]/u.test(text.slice(t.end, a)))
    )
      return;
    // "refused to rule out", "a refusé d'exclure", "отказался исключить": a refusal of an exclusion keeps
    // the possibility open, as "did not rule out" does; neither word denies.
    if (f & Flag.Denial && keptNegation(s.tokens, i)) return;
    // A denial or exclusion in a clause of its own before a contrast, with the claim after it, is about
    // something else ("Scholz called the accusations slander, but confirmed that Germany will send …").
    if (f & (Flag.Denial | Flag.Keep) && contrastAfter(s, text, i, matched)) return;
    // One before a verb of saying that states the claim ("called the reports a lie and confirmed that …").
    if (f & Flag.Denial && saidAfter(s, text, i, matched)) return;
    // One in a clause of its own about another report: after the claim ("…, and called reports of talks in Istanbul
    // a fabrication"), or before it, then "and said" ("called reports of talks in Istanbul fake and said …").
    if (f & Flag.Denial && deniesOtherReport(s, text, i, matched)) return;
    // An un-negated taboo rules nothing out ("Ein Tabu bröckelt").
    if (f & Flag.Keep && !keepNegated(s, i, text) && s.pack.taboos?.has(surface(s, text, i))) return;
    if (f & Flag.Denial || (f & Flag.Keep && !keepNegated(s, i, text) && !keptLate.has(i))) {
      // "ruled out", "a exclu", "исключил": exclusion without a negation before it is a denial.
      negations++;
      denial = true;
      if (f & Flag.Denial) {
        denialWord = true;
        // «не стал называть выдумкой»: a negation a few words before the denial word, in its clause, holds it back.
        let held = false;
        for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
          if (PUNCTUATION.test(text.slice(s.tokens[k].end, s.tokens[k + 1].start))) break;
          if (s.tokens[k].flags & Flag.Negation && !cancelled.has(k)) held = true;
        }
        if (!held) denialFree = true;
      }
    } else if (
      f & Flag.Negation &&
      i >= lo &&
      i <= hi &&
      !keptNegation(s.tokens, i) &&
      keepPastInsertion(s, text, i) < 0 &&
      refusalBeforeInfinitive(s, text, i) < 0 &&
      !concordAfterKept(s, text, i) &&
      !inOtherwiseClause(s, text, i, matched) &&
      !inConditionAfterClaim(s, text, i, matched) &&
      !continuesKept(s, text, i) &&
      !atLeast(s, text, i) &&
      !acrossClause(s, text, i, matched) &&
      !sideNegation(s, text, i, matched) &&
      !(matched.length && i > lastMatched && s.pack.privative?.has(surface(s, text, i)))
    ) {
      // "no confirmed plan", "did not confirm": a negation, and no confirmation (below). Not a privative
      // after all of the claim's words ("… sin vuelta atrás"): it negates what follows it.
      negations++;
      // Japanese closes the clause with the negation, after the claim's last word (持ち込むつもりはない); so may
      // Russian and Ukrainian, a word or two after it in the same clause («войну на российскую территорию он
      // переносить не собирается»).
      if (i >= firstMatched - 2 && i <= (s.pack.script === 'japanese' ? hi : lastMatched)) particles++;
      else if (i >= firstMatched - 2 && negationClosesClause(s, text, i, lastMatched)) particlesAfter++;
    }
    if (f & Flag.Confirmation && !(i > 0 && s.tokens[i - 1].flags & Flag.Negation)) {
      if (!confirmation) firstConfirmation = i;
      confirmation = true;
    }
    if (
      f & Flag.Hedge &&
      (!claim.hedges.has(t.key) || (f & Flag.PhraseHedge && asksOfTheClaim(s, text, i, lastMatched))) &&
      !(claim.deliberates && deliberating(s, text, i)) &&
      !(matched.length && i > lastMatched && s.pack.conditionals?.words.has(surface(s, text, i)))
    ) {
      // A dismissed hedge after the claim's first word is no hedge ("Poland will send troops, Tusk said in
      // answer to a question"; "…, calling the rumours a distraction from Prague's ammunition drive": Prague is
      // the claim's word too). Before it, the talk is what the sentence is about ("In answer to a question
      // about Polish troops in Ukraine, Tusk said no decision had been taken"): open.
      if (matched.length && i > firstMatched && dismissed(s, text, i)) return;
      // Before it, one in a clause of its own that holds none of the claim's words is the question answered,
      // not what the sentence is about ("Отвечая на вопрос журналиста, Захарова заявила, что Берлин готовит …",
      // "Answering a reporter's question, she said …"); not "In answer to a question about Polish troops, …".
      if (matched.length && i < firstMatched && dismissed(s, text, i) && askedOfItsOwn(s, text, i, firstMatched))
        return;
      // Rumours of the contrary ("…, and rumours to the contrary are untrue", «а слухи об обратном не
      // соответствуют действительности», "despite rumours to the contrary"): they hold the claim's opposite open.
      if (matched.length && ofTheContrary(s, text, i)) return;
      // A question of its own after all of the claim's words, past a clause mark ("Polonia no enviará sus tropas
      // a Ucrania; queda por ver si Alemania lo hará", "…, mais on ignore si l'Allemagne le fera"): about
      // something else, as a condition there is.
      if (matched.length && i > lastMatched && whetherOfItsOwn(s, text, i, lastMatched)) return;
      hedge = true;
      hedges.push(i);
      // One in a clause telling what came before, after the claim's words, leaves nothing open either.
      if (i <= lastMatched || !inPriorClause(s, text, i)) hedgeOpen = true;
    }
  });
  // A negated claim and then, after all of its words, rumours that someone dismisses ("Varsovia no
  // enviará tropas a Ucrania, zanjó Tusk, que exigió acabar con los rumores"): the negation stands. Not
  // rumours that report it ("…, unconfirmed media reports said").
  if (hedge && !asked && !hedgeOpen && negations > 0 && matched.length) hedge = false;
  // A question put in a clause of its own before an explicit confirmation ("Interrogé sur ses propos,
  // Macron a reconnu …", "Asked about it, …"): the confirmation answers it, as a denial there would.
  if (
    hedge &&
    !asked &&
    confirmation &&
    negations > 0 === claim.negations > 0 &&
    hedges.every((h) => {
      // Its clause holds none of the claim's words ("Nadie sabe aún si Washington respaldará …, reconoció
      // Starmer" leaves the claim open).
      const to = Math.min(firstConfirmation, matched.length ? firstMatched : firstConfirmation);
      // Not a condition ("If Russia attacks again, Tusk confirmed, Poland will …"): it still holds it open.
      if (s.pack.conditionals?.words.has(surface(s, text, h))) return false;
      return h < to && /[,;:–—]/u.test(text.slice(s.tokens[h].end, s.tokens[to].start));
    })
  )
    hedge = false;
  // Left open only where nothing else negates: "has not confirmed the report, and Germany will not send
  // troops" still denies.
  if (unconfirmed && !denial && negations === 0) hedge = true;
  // The group's words state the claim's negation: the sentence denies the claim only by negating those
  // words ("did not reject") or by a denial of its own ("denied that Russia rejects ..."); another
  // negation particle only repeats the negation ("no aceptará ... ni siquiera con casco azul").
  // A question asks, whatever its words ("¿Descarta Macron enviar tropas?", "Did Moscow deny it?"): its
  // answer, if any, says more (see answerOf).
  if (asked && questionHoldsClaim(s, text, matched)) return 'mentioned';
  if (carried.length) {
    // A negation right before every run of the words that carry the claim's refusal negates that refusal
    // ("did not distance itself", «не отмежевался»), whatever those words are; one run not negated states
    // it ("ging Washington auf Abstand", beside another claim's "nicht ausschließen").
    if (declared) {
      let runs = 0;
      let negated = 0;
      for (let i = 0; i < s.tokens.length; i++) {
        if (!isCarried(i) || (i > 0 && isCarried(i - 1))) continue;
        runs++;
        for (let k = i - 1; k >= 0 && k >= i - 2; k--)
          if (s.tokens[k].flags & Flag.Negation && !isCarried(k) && !cancelled.has(k)) {
            negated++;
            break;
          }
      }
      if (runs > 0 && negated === runs) negatedCarried = true;
    }
    if (negatedCarried || denial) return hedge && !denial ? 'mentioned' : 'denied';
    if (hedge) return 'mentioned';
    return confirmation ? 'confirmed' : 'asserted';
  }
  // Negations do not cancel each other in news prose ("no troops ... and no plans"): a sentence is
  // negative or not, and it denies the claim when its polarity differs from the claim's.
  if (negations > 0 !== claim.negations > 0) return hedge && !denial ? 'mentioned' : 'denied';
  // A negative claim repeated with its own negation and called false ("tachó de mentira las garantías de
  // Kiev de que no llevaría la guerra a suelo ruso"): the negation among the claim's words is the claim's,
  // the denial word the sentence's. A denial with no negation there ("denied it would take the war to
  // Russia", "…, saying it has no such intention") states it, as does a word of exclusion ("ruled out
  // carrying the fighting onto Russian soil, saying Kyiv would not attack").
  if (claim.negations > 0 && denialWord && (particles > 0 || (particlesAfter > 0 && denialFree))) return 'denied';
  if (hedge) return 'mentioned';
  if (confirmation) return 'confirmed';
  return 'asserted';
}

/**
 * Whether negation `i` stands one or two words after the claim's last word, in its clause, in a language whose
 * negation may follow the verb it belongs to (the pack's `negationAfterVerb`: Russian, Ukrainian).
 */
function negationClosesClause(s: AnalysedSentence, text: string, i: number, lastMatched: number): boolean {
  if (!s.pack.negationAfterVerb || lastMatched >= s.tokens.length || i <= lastMatched || i > lastMatched + 2)
    return false;
  const { tokens } = s;
  if (PUNCTUATION.test(text.slice(tokens[lastMatched].end, tokens[i].start))) return false;
  // It closes the clause: at most its verb after it, then a clause mark or the end («… не собирается.»), not a time
  // or degree phrase («… не позднее весны»: review r99).
  const end = (k: number) => k >= tokens.length || PUNCTUATION.test(text.slice(tokens[k - 1].end, tokens[k].start));
  return end(i + 1) || end(i + 2);
}

/** The first and last tokens of the clause of token `i` (between clause marks). */
function clauseAround(s: AnalysedSentence, text: string, i: number): [number, number] {
  let a = i;
  while (a > 0 && !PUNCTUATION.test(text.slice(s.tokens[a - 1].end, s.tokens[a].start))) a--;
  let b = i;
  while (b + 1 < s.tokens.length && !PUNCTUATION.test(text.slice(s.tokens[b].end, s.tokens[b + 1].start))) b++;
  return [a, b];
}

/**
 * The negations inside a finite purpose clause (the pack's `purposeClause`: "…, damit
 * russische Artillerie die Dörfer nicht mehr erreicht", "…, so that Russian guns can no longer reach")
 * after all of the `hinted` tokens it holds: they negate the purpose, not the claim stated before it. The
 * clause runs to the next stop (a comma inside it does not end it).
 */
function purposeNegations(s: AnalysedSentence, text: string, hinted: readonly number[]): number[] {
  const opener = s.pack.purposeClause;
  if (!opener || !hinted.length) return [];
  if (!s.tokens.some((t) => t.flags & Flag.Negation)) return [];
  const out = new Set<number>();
  const ends = new Set<number>();
  // One opening the sentence, up to its first comma («Щоб гармати більше не сягали Сум, потрібна смуга безпеки …»,
  // "So that the guns can no longer hit Sumy, Kyiv wants a strip of land …"): its
  // negations are the purpose's, where it holds fewer hint words than the rest.
  const lead = /^[\s«"„“]*/u.exec(text)![0].length;
  const comma = text.indexOf(',', lead);
  if (!s.pack.purposeAfterComma && opener.test(text.slice(lead, lead + 30).toLowerCase()) && comma > 0) {
    const inside = (i: number) => s.tokens[i].start >= lead && s.tokens[i].start < comma;
    if (hinted.filter(inside).length < hinted.filter((h) => s.tokens[h].start > comma).length)
      s.tokens.forEach((t, i) => {
        if (t.flags & Flag.Negation && inside(i)) out.add(i);
      });
  }
  // After a comma, or after a word when nothing sets it off ("una franja tapón para que la artillería rusa
  // ya no llegue hasta Sumy"); German only after a comma ("Tusk will damit nichts zu tun haben": damit is
  // "with it" there).
  for (let at = 0; at < text.length; at++) {
    if (text[at] !== ',' && (text[at] !== ' ' || s.pack.purposeAfterComma)) continue;
    if (!opener.test(text.slice(at + 1, at + 30).toLowerCase())) continue;
    const stop = /[.;:!?…]/u.exec(text.slice(at + 1));
    const end = stop ? at + 1 + stop.index : text.length;
    // Each clause once: a page may repeat the opener thousands of times before one stop.
    if (ends.has(end)) continue;
    ends.add(end);
    const inside = (i: number) => s.tokens[i].start > at && s.tokens[i].start < end;
    // Where the clause holds fewer hint words than the statement before it, a negation after all of them
    // negates what the clause says of them ("…, para que un eventual pacto de paz no se venga abajo": the deal
    // must not collapse), not the claim; one before a hint word may negate it ("…, so that no European troops
    // are needed"). A clause that holds most of the claim states it ("…, damit deutsche Soldaten in der Ukraine
    // nicht gebraucht werden": German closes its clause with the negation).
    const within = hinted.filter(inside).length;
    if (within && hinted.filter((h) => s.tokens[h].start < at).length <= within) continue;
    s.tokens.forEach((t, i) => {
      if (t.flags & Flag.Negation && inside(i) && !hinted.some((h) => inside(h) && h > i)) out.add(i);
    });
  }
  return [...out];
}

/**
 * A negation with "even" beside it ("auch nicht", "ni siquiera") opening a clause of its own right after
 * one that keeps a possibility open: "Nichts dürfe ausgeschlossen werden, auch nicht, dass …", "nada
 * puede excluirse, ni siquiera que …". It goes on with the first, whose possibility it names; it denies
 * nothing. Not in a clause of its own ("…, but Germany would not even consider …" still denies: no
 * comma or dash right before the pair), nor after a negation that was no keeping one.
 */
function continuesKept(s: AnalysedSentence, text: string, i: number): boolean {
  const even = s.pack.evenWords;
  if (!even) return false;
  const { tokens } = s;
  // Function words are no tokens: read the words of the text right before and after the negation.
  const before = /(\p{L}+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start));
  const after = /^[^\p{L}]*(\p{L}+)/u.exec(text.slice(tokens[i].end, tokens[i].end + 40));
  let pairStart: number;
  if (before && even.has(before[1].toLowerCase())) pairStart = Math.max(0, tokens[i].start - 40) + before.index;
  else if (after && even.has(after[1].toLowerCase())) pairStart = tokens[i].start;
  else return false;
  if (!/[,;:–—(][^\p{L}]*$/u.test(text.slice(Math.max(0, pairStart - 4), pairStart))) return false;
  // The nearest negation before it keeps the possibility open.
  for (let j = i - 1; j >= 0; j--) if (tokens[j].flags & Flag.Negation) return keptNegation(tokens, j);
  return false;
}

/**
 * Whether the question a sentence ends with holds the claim's first word: not a question quoted or
 * asked after it ("Tusk ruled out sending troops, asking: \"Why would we?\"", "Warschau dementiert
 * Bericht …: Was steckt dahinter?"). The question starts after the last colon, dash or opening quote.
 */
function questionHoldsClaim(s: AnalysedSentence, text: string, matched: readonly number[]): boolean {
  if (!matched.length) return true;
  const body = text.replace(/[?？]\s*["'”“‘»」)]*\s*$/u, '');
  let from = 0;
  for (const m of body.matchAll(/[:：–—«"“„]/gu)) from = m.index + 1;
  return s.tokens[Math.min(...matched)].start >= from;
}

/** Whether the pack's `contraryAfter` follows hedge token `i` ("rumours to the contrary"). */
function ofTheContrary(s: AnalysedSentence, text: string, i: number): boolean {
  const re = s.pack.contraryAfter;
  return !!re && re.test(text.slice(s.tokens[i].end, s.tokens[i].end + 40).toLowerCase());
}

/**
 * Whether hedge token `i` is dismissed: the object of a denial word right before it ("desmintió los
 * rumores") or of a phrase of the pack's `dismissals` ("acabar con los rumores", "put an end to the
 * speculation").
 */
function dismissed(s: AnalysedSentence, text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (s.tokens[k].flags & Flag.Denial) return true;
  const before = text.slice(Math.max(0, s.tokens[i].start - 40), s.tokens[i].start).toLowerCase();
  return !!s.pack.dismissals?.test(before);
}

/**
 * Whether hedge token `i` is a question answered, in a clause of its own that ends before token `k` and says who asked,
 * if anything (the pack's questionAsked: "a reporter's question,", «вопрос журналиста,»), not what about.
 */
function askedOfItsOwn(s: AnalysedSentence, text: string, i: number, k: number): boolean {
  const re = s.pack.questionAsked;
  if (!re) return false;
  for (let j = i; j < k; j++) {
    const gap = text.slice(s.tokens[j].end, s.tokens[j + 1].start);
    const mark = PUNCTUATION.exec(gap);
    if (mark) return re.test(text.slice(s.tokens[i].start, s.tokens[j].end + mark.index + 1).toLowerCase());
  }
  return false;
}

/**
 * Whether hedge token `i` opens or is a "whether" (the pack's `complementisers.whether` at it or among the next
 * three tokens: "queda por ver si", "on ignore si", "it is unclear whether") in a clause of its own after token
 * `last` (a clause mark between them) about someone else: a name among its next three words ("si Alemania lo
 * hará", "whether Germany will follow"; not "whether that will change", which takes the claim up).
 */
function whetherOfItsOwn(s: AnalysedSentence, text: string, i: number, last: number): boolean {
  const whether = s.pack.complementisers?.whether;
  if (!whether || firstAfter(s.tokens, text, last, PUNCTUATION_FROM) > s.tokens[i].start) return false;
  for (let k = i; k < s.tokens.length && k <= i + 3; k++)
    if (whether.has(surface(s, text, k))) return s.tokens.slice(k + 1, k + 4).some((t) => t.flags & Flag.Capital);
  return false;
}

/**
 * Whether hedge token `i` is in a clause that tells what came before the statement (the pack's
 * `priorClause`: "…, nachdem Medien über eine Beteiligung spekuliert hatten"), from the last comma,
 * semicolon or dash before it.
 */
function inPriorClause(s: AnalysedSentence, text: string, i: number): boolean {
  const re = s.pack.priorClause;
  if (!re) return false;
  // The clause's last 300 characters: a line of thousands of hedge words was read from its start for each.
  const head = text.slice(Math.max(0, s.tokens[i].start - 300), s.tokens[i].start);
  const mark = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf(' – '), head.lastIndexOf(' — '));
  if (mark < 0) return false;
  const clause = head
    .slice(mark + 1)
    .replace(/^[\s–—]+/u, '')
    .toLowerCase();
  const opener = re.exec(clause);
  if (!opener) return false;
  // The hedge is the talk itself, within three words of the opener ("after media speculated", "tras las
  // especulaciones"), or the opener only ever tells what came before (the pack's `past`: "nachdem"); not
  // "after a ceasefire it is unclear whether …", a hedge about later.
  const between = wordsIn(clause.slice(opener[0].length)).length;
  return between <= 2 || opener.groups?.past !== undefined;
}

/**
 * The words of a text, as written: letters, digits, apostrophes and hyphens ("qu'il", "Nato-Chef"). One
 * pattern for every such split here: a Unicode property class costs a compile on every page.
 */
const NOT_WORD = /[^\p{L}\p{N}'’-]+/u;
const wordsIn = (text: string): string[] => text.split(NOT_WORD).filter(Boolean);

/** An article and a noun not after a preposition: a German object ("einen Besuch", not "für die Zukunft"). */
const GERMAN_OBJECT =
  /(?<![\p{L}])(?<!(?:für|in|im|mit|nach|von|vom|zu|zum|zur|bei|beim|auf|über|unter|vor|aus|gegen|ohne|um)\s+)(?:einen|eine|ein|den|die|das|diese[nrs]?|jede[nrs]?|weitere)\s+\p{Lu}/u;

/** A sentence that ends in a question mark (closing quotes and brackets aside). */
export const QUESTION_END = /(?:[?？]|(?<!どう)のか。)\s*["'”“‘»」)]*\s*$/u;

/**
 * What the sentence after a question says of it ("Kommen deutsche Kampfverbände in die Ukraine? Das
 * werde es nicht geben, versicherte Scholz"; "¿Habrá soldados polacos en Ucrania? No entra en nuestros
 * planes"): a denial word anywhere, or a word of the pack's `answerNo` (not "evita") among the first
 * few content words of its first clause, denies, as a word of exclusion does ("Das schloss Hegseth aus"); a
 * confirmation word not negated ("nadie quiso confirmarlo") confirms; anything else ("Experts disagree",
 * "asegura que la decisión aún no está tomada") leaves it open (undefined). A negated denial ("did not
 * deny") is no answer either way.
 */
/** How far into the answer's content words its "no" may stand ("Das werde es unter seiner Führung nicht geben"). */
const ANSWER_REACH = 2;
export function answerOf(
  s: AnalysedSentence,
  text: string,
  /** Whether a "no" among its first words answers (not where the answer opens with who answers: see index.ts). */
  early = true,
): Reported | undefined {
  let firstClause = true;
  let negation = false;
  let denial = false;
  let confirmation = false;
  let noAt = -1;
  let hedged = false;
  s.tokens.forEach((t, i) => {
    if (i > 0 && PUNCTUATION.test(text.slice(s.tokens[i - 1].end, t.start))) firstClause = false;
    // "Yes, if need be": readiness, not a condition that holds the answer open.
    if (t.flags & Flag.Hedge && !s.pack.readiness?.test(text.slice(t.start, t.start + 24))) hedged = true;
    const negatedBefore = i > 0 && s.tokens[i - 1].flags & Flag.Negation;
    if (t.flags & Flag.Denial) {
      if (negatedBefore || keptNegation(s.tokens, i)) return;
      denial = true;
    } else if (t.flags & Flag.Keep) {
      // "Das schloss Hegseth aus": ruled out, unless negated ("schloss nicht aus" keeps it open), as
      // stanceOf reads a verb of exclusion.
      // German puts the negation at the clause's end: "Ausschließen wolle er für die Zukunft nichts".
      if (!keepNegated(s, i, text) && !negatedAtClauseEnd(s, text, i)) denial = true;
    } else if (t.flags & Flag.Confirmation) {
      // "nadie quiso confirmarlo", "did not want to confirm it": no confirmation.
      if (negationBefore(s, i) < 0) confirmation = true;
    } else if (thatNo(s, text, i)) {
      // "Гегсет дав зрозуміти, що ні", "Tusk a répondu que non", "dijo que no.": a "no" answered.
      negation = true;
      noAt = i;
    } else if (
      early &&
      firstClause &&
      i <= ANSWER_REACH &&
      (t.flags & Flag.Negation || bareNo(s, text, i)) &&
      s.pack.answerNo?.has(text.slice(t.start, t.end).toLowerCase()) &&
      !(s.tokens[i + 1] && s.tokens[i + 1].flags & Flag.Denial)
    ) {
      negation = true;
      noAt = i;
    }
  });
  // "Nobody knows yet", «Пока не решено»: the "no" is that of the knowing or deciding, which leaves it open;
  // not a "No" beside it ("No. And it is unclear why anyone asked"), nor another negation after it («Решение
  // не принято и не будет принято»).
  if (negation && !denial && undecidedNo(s, text, noAt)) return undefined;
  // "Ningún ministro quiso confirmarlo": the "no" is the refusal to confirm, which leaves it open.
  if (negation && !denial && refusesToConfirm(s, noAt)) return undefined;
  // "Roma no lo descarta": the "no" negates a verb of exclusion, which leaves it open.
  if (negation && !denial && s.tokens.some((t, i) => t.flags & Flag.Keep && i > noAt && i - noAt <= 4))
    return undefined;
  // "There is no such plan", «таких планов нет» (the pack's noPlan): no to what was asked.
  if (!denial && !negation && noPlanSaid(s, text)) negation = true;
  if (denial || negation || saysNo(s, text)) return 'denied';
  // "Ja, meinte Macron, …", "Yes, Tusk said": the answer states it.
  if (saysYes(s, text) && !hedged) return confirmation ? 'confirmed' : 'asserted';
  // "wollte sie weder bestätigen noch dementieren", "unclear, but confirmed by …": a hedge leaves it open.
  return confirmation && !hedged ? 'confirmed' : undefined;
}

/**
 * Whether an answer says no in so many words: a bare "No" (bareNo), "that no" (answersThatNo), "in the negative"
 * (saysNo), "there is no such plan" or "out of the question" (the pack's noPlan), or a denial word in an answer with
 * no negation at all. Not a "not" that qualifies ("not without a mandate", "not officially", "not this week"), one of
 * a sentence of its own ("we don't know") nor a negated denial ("no longer denies it"): those answerOf may read as a no
 * after a question, not after a topic (see index.ts topicAnswered; reviews r91, r93).
 */
export function saysPlainNo(s: AnalysedSentence, text: string): boolean {
  if (bareNo(s, text, 0) || answersThatNo(s, text) || saysNo(s, text) || noPlanSaid(s, text)) return true;
  // A denial word where the answer holds no negation anywhere ("no longer denies", "bestreitet das nicht", "I deny
  // nothing" deny nothing; review r93).
  if (s.tokens.some((t) => t.flags & Flag.Negation)) return false;
  return s.tokens.some((t) => t.flags & Flag.Denial);
}

/** Whether the answer says "that no" (see thatNo) at any of its words. */
export function answersThatNo(s: AnalysedSentence, text: string): boolean {
  return s.tokens.some((_, i) => thatNo(s, text, i));
}

/**
 * Whether token `i` is a word for "no" right after "that" and before a clause mark or the end, as the whole of
 * what is said ("дав зрозуміти, що ні:", "a répondu que non.", "dijo que no"): the answer's "no".
 */
function thatNo(s: AnalysedSentence, text: string, i: number): boolean {
  const t = s.tokens[i];
  if (!s.pack.answerNo?.has(text.slice(t.start, t.end).toLowerCase())) return false;
  if (!/^\s*(?:[.,;:!?»"”)–—]|$)/u.test(text.slice(t.end, t.end + 3))) return false;
  const before = /(\p{L}+)[\s,]*$/u.exec(text.slice(Math.max(0, t.start - 24), t.start));
  if (!before || !s.pack.complementisers?.that.has(before[1].toLowerCase())) return false;
  // Not a saying that is itself avoided, negated, hedged or called hard ("s'est bien gardé de répondre que non",
  // "Difficile de répondre que non", «не сказал, что нет», « Peut-être que non »): the clause before holds no such word.
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    // The comma before "that" ("дав зрозуміти, що ні") is inside the answer's clause.
    const gap = text.slice(s.tokens[k].end, s.tokens[k + 1].start);
    if (PUNCTUATION.test(k === i - 1 ? gap.replace(',', '') : gap)) break;
    if (s.tokens[k].flags & (Flag.Negation | Flag.Hedge | Flag.Keep)) return false;
  }
  return plainlySaid(s, text, t.start);
}

/**
 * Whether the answer says there is no such plan (the pack's noPlan) in its first clause or the one its verb of saying
 * opens, with nothing after it that holds the question open ("…, but a decision may come in summer", "…, ausschließen
 * wolle er aber nichts") and no "for now" («пока», "derzeit", "por ahora") that makes it a "not yet".
 */
function noPlanSaid(s: AnalysedSentence, text: string): boolean {
  const m = s.pack.noPlan?.exec(text);
  if (!m) return false;
  const before = text.slice(0, m.index);
  if ((before.match(/[,;:–—、]/gu) ?? []).length > 1 || /[;:–—]/u.test(before)) return false;
  const lower = text.toLowerCase();
  if (s.pack.undecided?.test(lower) || s.pack.notYet?.test(lower)) return false;
  const after = text.slice(m.index + m[0].length);
  if (s.pack.contrastAfterNo?.test(after)) return false;
  return !s.tokens.some((t, i) => t.start >= m.index + m[0].length && t.flags & Flag.Keep && keepNegated(s, i, text));
}

/**
 * Whether the 60 characters before `at` hold no word that avoids, doubts or calls hard what is said there
 * ("s'est bien gardé de répondre que non", "Peut-être que oui", "Difficile de dire que oui").
 */
function plainlySaid(s: AnalysedSentence, text: string, at: number): boolean {
  return (
    !s.pack.doubtedBefore?.test(text.slice(Math.max(0, at - 60), at).toLowerCase()) &&
    !s.pack.hopedBefore?.test(text.slice(Math.max(0, at - 30), at))
  );
}

/**
 * Whether the answer says yes: a "yes" opening it (the pack's `answerYes`), or one said later as the whole of
 * what is said (`saidYes`: "said they were", « que oui », «що так», その通りだと).
 */
export function saysYes(s: AnalysedSentence, text: string): boolean {
  return !!s.pack.answerYes?.test(text) || saidPlainly(s, text, s.pack.saidYes);
}

/** Whether the answer says no in words that are no negation (the pack's `saidNo`: "answered in the negative"). */
export function saysNo(s: AnalysedSentence, text: string): boolean {
  return saidPlainly(s, text, s.pack.saidNo);
}

/**
 * Whether `re` is met where its clause holds, before it, no negation, hedge or verb of exclusion ("did not say
 * that they were", "Nobody can say whether Austin replied that it was"), and no word that avoids or doubts it
 * (see plainlySaid).
 */
function saidPlainly(s: AnalysedSentence, text: string, re: RegExp | undefined): boolean {
  if (!re) return false;
  const m = re.exec(text);
  if (!m) return false;
  let k = -1;
  while (k + 1 < s.tokens.length && s.tokens[k + 1].end <= m.index) k++;
  for (let j = k, first = true; j >= 0 && j >= k - 6; j--, first = false) {
    // A comma right before "that" ("каже, що так") is inside the answer's clause.
    const gap = text.slice(s.tokens[j].end, j === k ? m.index : s.tokens[j + 1].start);
    if (PUNCTUATION.test(first ? gap.replace(',', '') : gap)) break;
    if (s.tokens[j].flags & (Flag.Negation | Flag.Hedge | Flag.Keep)) return false;
  }
  // Nor one qualified right after ("said it would, but only under a UN mandate"), nor negated or doubted later
  // in its clause (その通りだとは思わない).
  const end = m.index + m[0].length;
  if (s.pack.yesQualified?.test(text.slice(end, end + 24))) return false;
  for (let j = k + 1; j < s.tokens.length; j++) {
    const t = s.tokens[j];
    if (t.start < end) continue;
    if (PUNCTUATION.test(text.slice(Math.max(end, s.tokens[j - 1].end), t.start))) break;
    if (t.flags & (Flag.Negation | Flag.Hedge)) return false;
  }
  return plainlySaid(s, text, m.index);
}

/**
 * Whether token `i` is a bare word for "no" that opens the answer as a clause of its own, the answer holding
 * no other negation and no hedge ("Nein, sagte der Minister", "Non, a répondu Tusk"; not "Kein Kommentar",
 * "Nein, das wisse er nicht"): a no even where the word is none in a sentence. See also index.ts answered.
 * Past a semicolon, colon or dash, a clause with a negative determiner is what the answer goes on to say ("Nein,
 * sagte Fiala; Prag schicke keine Truppen", « Non ; Berlin n'enverra aucun soldat »): the no stands. A negation
 * there without one may be of anything ("the topic did not come up", "not without a mandate", "not yet decided":
 * review r98), and a hedge or exclusion anywhere holds it open.
 */
export function bareNo(s: AnalysedSentence, text: string, i: number): boolean {
  const next = s.tokens[i + 1];
  if (
    i !== 0 ||
    !s.pack.answerNo?.has(text.slice(s.tokens[0].start, s.tokens[0].end).toLowerCase()) ||
    (next && !PUNCTUATION.test(text.slice(s.tokens[0].end, next.start)))
  )
    return false;
  const cut = CLAUSE_BREAK.exec(text.slice(s.tokens[0].end));
  const goesOn = cut ? s.tokens[0].end + cut.index : Infinity;
  // Past the break, only a negative determiner ("keine Truppen", « aucun soldat »): a "not" there may be of anything
  // ("the topic did not come up", "not without a mandate", "not yet decided": review r98).
  const determiners = s.pack.negativeDeterminers;
  // A negation or denial past the break, in a clause of its own with a negative determiner (review r99: one clause's
  // "keine Pläne" does not license another's "nicht zur Sprache gekommen").
  const determined = (k: number) => {
    if (!determiners || s.tokens[k].start <= goesOn) return false;
    const [a, b] = clauseAround(s, text, k);
    for (let j = a; j <= b; j++) if (determiners.has(surface(s, text, j))) return true;
    return false;
  };
  return s.tokens.every(
    (t, k) =>
      k === 0 ||
      !(t.flags & (Flag.Hedge | Flag.Keep | Flag.Negation | Flag.Denial)) ||
      (!(t.flags & (Flag.Hedge | Flag.Keep)) && determined(k)),
  );
}

/**
 * Whether the answer's "no" (token `no`) is inside one of the pack's `undecided` phrases, and every other
 * negation in its clause is inside one too («Решение не принято и не будет принято» denies; "It has not been
 * decided yet, and we will not rush" does not).
 */
function undecidedNo(s: AnalysedSentence, text: string, no: number): boolean {
  const re = s.pack.undecided;
  if (!re) return false;
  // Lower case where that moves no offset, else case-blind on the text as written.
  const lower = text.toLowerCase();
  const same = lower.length === text.length;
  const all = new RegExp(re.source, re.flags.replace(/[gi]/g, '') + (same ? 'g' : 'gi'));
  const spans = [...(same ? lower : text).matchAll(all)].map((m): [number, number] => [m.index, m.index + m[0].length]);
  const inside = (i: number) => spans.some(([a, b]) => s.tokens[i].start >= a && s.tokens[i].end <= b);
  const sameClause = (i: number) => {
    const [a, b] = i < no ? [s.tokens[i].end, s.tokens[no].start] : [s.tokens[no].end, s.tokens[i].start];
    return !PUNCTUATION.test(text.slice(a, b));
  };
  return inside(no) && s.tokens.every((t, i) => !(t.flags & Flag.Negation) || inside(i) || !sameClause(i));
}

/**
 * The stance of a sentence that reacts to the one before it ("Laut geleakten Papieren sollen britische
 * Spezialkräfte in der Ukraine aktiv sein. London wollte dies weder bestätigen noch dementieren."): a
 * stance word whose object is a pronoun taking up that statement (the pack's `anaphora`, within a few
 * words of it). A denial or a verb of exclusion denies, a confirmation confirms, a phrase that leaves
 * the question open (`hedgePhrases`) or a negated stance word ("wollte dies nicht bestätigen") leaves it
 * mentioned. Undefined when the sentence does not react to it so.
 */
export function reactionOf(
  s: AnalysedSentence,
  text: string,
  /** Ranges of `text` that name again what the sentence before claimed (see namesAgainAfter). */
  objects: readonly (readonly [number, number])[] = [],
): Reported | undefined {
  if (!s.pack.anaphora && !s.pack.demonstratives && !s.pack.objectBefore) return undefined;
  const phrase = s.pack.hedgePhrases;
  let out: Reported | undefined;
  s.tokens.forEach((t, i) => {
    if (out) return;
    const f = t.flags;
    const opens = f & Flag.Hedge && phrase?.test(text.slice(t.start, t.start + 80).toLowerCase());
    if (!opens && !(f & (Flag.Denial | Flag.Keep | Flag.Confirmation))) return;
    if (
      !objectBefore(s, text, i) &&
      !pronounNear(s.pack, text, t.start, t.end) &&
      !namesAgainAfter(text, t.end, objects) &&
      !statementNear(s.pack, text, t.start, t.end) &&
      !verdictOpening(s, text, i) &&
      !bareVerdict(s, text, i)
    )
      return;
    if (opens) out = 'mentioned';
    // Japanese negates the verb after it (否定しなかった: did not deny; 確認していない: has not confirmed).
    else if (s.pack.script === 'japanese' && negatedAfter(s, i)) out = 'mentioned';
    else if (f & Flag.Keep) out = keepNegated(s, i, text) || negatedAtClauseEnd(s, text, i) ? 'mentioned' : 'denied';
    else if (negationBefore(s, i) >= 0 || negatedAtClauseEnd(s, text, i)) out = 'mentioned';
    else out = f & Flag.Denial ? 'denied' : 'confirmed';
  });
  return out;
}

/**
 * Whether stance token `i` is the verdict that opens the sentence as a clause of its own, with at most one
 * other content word, before what reports it ("„Frei erfunden“, hieß es aus dem Generalstab", "«Pura
 * ficción», zanjó un portavoz", "Fake news, a spokesman said"): a verdict on the statement before.
 */
/** The first word after a clause mark, quotes aside, lower case ("qu'" with its apostrophe as '). */
const firstWord = (text: string): string =>
  (wordsIn(text)[0] ?? '').toLowerCase().replace('’', "'").replace(/'.*$/u, "'");

function verdictOpening(s: AnalysedSentence, text: string, i: number): boolean {
  const close = CLAUSE_MARK.exec(text.replace(/^[\s«»"“”„'‘’(]+/u, (m) => ' '.repeat(m.length)));
  if (!close || text[close.index] === ':' || s.tokens[i].end > close.index) return false;
  if (!(s.tokens[i].flags & (Flag.Denial | Flag.Confirmation))) return false;
  // "Fake or not, …": a disjunction weighs the verdict, it gives none.
  if (wordsIn(text.slice(0, close.index).toLowerCase()).some((w) => s.pack.or?.has(w))) return false;
  // The words after the clause mark (closing quotes aside) are one clause that reports the verdict ("hieß
  // es in Paris", "a spokesman said"): a reporting verb among its first five words and no other clause
  // after it; not a stance verb whose object clause follows ("Кремль при этом подтвердил, что …").
  const rest = text.slice(close.index + 1);
  const opener = firstWord(rest);
  const c = s.pack.complementisers;
  if (!/[\p{L}\p{N}]/u.test(rest) || (c && (c.that.has(opener) || c.whether.has(opener)))) return false;
  if (/[,;:]/u.test(rest.replace(/^[\s«»"“”„'‘’),]+/u, ''))) return false;
  const head = rest.split(/\s+/u).filter(Boolean).slice(0, 5).join(' ');
  if (!findCues(keyOf(head)).some((c) => c.types.includes('report'))) return false;
  let words = 0;
  for (let k = 0; k < s.tokens.length && s.tokens[k].end <= close.index; k++)
    if (k !== i && !(s.tokens[k].flags & Flag.Stop)) words++;
  return words <= 1;
}

/** What right after 確認 makes it a check under way, no confirmation (確認中, 確認を急ぐ, 確認に追われる). */
const CHECKING_AFTER = /^(?:中|を(?:急|進)|作業|に(?:追わ|当た|取り組))/u;

/**
 * Whether the object written right before stance token `i` takes up the statement before (the pack's
 * `objectBefore`: これを否定, この報道を否定), or opening the sentence (`objectOpening`: そうした英紙の記事を、…退けた):
 * not after a clause of the sentence's own that it may take up
 * ("…を発表したが、ウクライナ軍はこれを否定した"), nor before a confirmation still under way (確認を急いでいる,
 * 確認中, 確認を進めている: is checking).
 */
function objectBefore(s: AnalysedSentence, text: string, i: number): boolean {
  const re = s.pack.objectBefore;
  const t = s.tokens[i];
  if (!re) return false;
  // The object opening the sentence as its topic, the stance word its verb further on.
  const opening = s.pack.objectOpening?.exec(text);
  // Not past another object of the verb ("この報道を、政府は…ロシア側の主張を否定した": what it denies is that).
  if (opening && opening[0].length <= t.start && !/[。!?！？を]/u.test(text.slice(opening[0].length, t.start)))
    return !CHECKING_AFTER.test(text.slice(t.end, t.end + 3));
  const m = re.exec(text.slice(Math.max(0, t.start - 24), t.start));
  if (!m) return false;
  const head = text.slice(0, Math.max(0, t.start - 24) + m.index);
  if (/[^\s。]が、|たが|ものの/u.test(head)) return false;
  return !CHECKING_AFTER.test(text.slice(t.end, t.end + 3));
}

/**
 * Whether a negation follows Japanese stance token `i` past its light verb and auxiliaries (否定|し|なかった),
 * as stanceOf reads Japanese.
 */
function negatedAfter(s: AnalysedSentence, i: number): boolean {
  for (let k = i + 1; k < s.tokens.length && k <= i + 5; k++) {
    if (s.tokens[k].flags & Flag.Negation) return true;
    if (!(s.tokens[k].flags & Flag.Stop)) return false;
  }
  return false;
}

/**
 * Whether stance token `i` is the verb of a sentence that says no more than who gave the verdict, and
 * perhaps how ("Downing Street widersprach umgehend.", "Moscow denied.", "Le Kremlin a aussitôt démenti."):
 * with no object of its own, its object is the statement before: one or two names before the verb, at most
 * one lower-case word after it (an adverb), no clause after it, no negation. Scripts with capitals only.
 */
function bareVerdict(s: AnalysedSentence, text: string, i: number): boolean {
  if (!(s.tokens[i].flags & (Flag.Denial | Flag.Confirmation))) return false;
  // "Did London deny?": a question gives no verdict.
  if (QUESTION_END.test(text)) return false;
  // "There was no independent confirmation": no verdict given, nobody's.
  if (negationBefore(s, i) >= 0 || negatedAtClauseEnd(s, text, i)) return false;
  // Before the verb its subject alone, one to three capitalised words ("Downing Street", "Le Kremlin",
  // «Киев»): a lower-case word there is an auxiliary or a verb whose object the stance word is ("London may
  // confirm", "Le Kremlin multiplie les mensonges"). After it at most one of the pack's adverbs of a
  // verdict ("umgehend", "promptly"): any other word is an object ("Kyiv confirmed losses", "denied nothing").
  const before = wordsIn(text.slice(0, s.tokens[i].start));
  const after = wordsIn(text.slice(s.tokens[i].end));
  if (before.length < 1 || before.length > 3 || before.some((w) => w === w.toLowerCase())) return false;
  return after.length === 0 || (after.length === 1 && !!s.pack.verdictAdverbs?.has(after[0].toLowerCase()));
}

/**
 * Whether one of `objects` (words that name again what the sentence before claimed) is the stance word's
 * object: among the first four words after it, in its clause ("bestätigte die Lieferung am Rande …").
 */
function namesAgainAfter(text: string, end: number, objects: readonly (readonly [number, number])[]): boolean {
  if (!objects.length) return false;
  const after = text.slice(end, end + 60).split(CLAUSE_MARK)[0];
  const words = [...after.matchAll(/[\p{L}\p{N}'’]+/gu)].slice(0, 4);
  if (!words.length) return false;
  const reach = end + words[words.length - 1].index + words[words.length - 1][0].length;
  return objects.some(([a, b]) => a >= end && b <= reach);
}

/**
 * Whether a pronoun of the pack's `anaphora` is the stance word's object: the word right before it or
 * right after it in its clause ("dies weder bestätigen", "lo desmintió", "denied it", «это опровергли»,
 * "l'a démenti"). A demonstrative that also stands before a noun (`demonstratives`: "this week", «при
 * этом», "das neue Abkommen") counts only with no content word after it and, before the stance word, no
 * function word (a preposition) before it; nothing counts before a capitalised word (an article: "Das
 * Pentagon dementierte").
 */
const CLAUSE_MARK = /[,;:.!?«»"“”()]/u;

function pronounNear(pack: AnalysedSentence['pack'], text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  const clauseBefore = before.split(CLAUSE_MARK).pop() ?? '';
  const clauseAfter = after.split(CLAUSE_MARK)[0];
  const words = (t: string) => [...t.matchAll(/[\p{L}'’]+/gu)].map((m) => m[0].toLowerCase().replace(/’/g, "'"));
  // Words on word boundaries only: the window may start inside a word.
  const b = words(clauseBefore.length < before.length || start < 40 ? clauseBefore : clauseBefore.replace(/^\S*/u, ''));
  const a = words(clauseAfter);
  const stop = pack.stop;
  const demonstrative = pack.demonstratives;
  // `rest`: the words after `w`, as written.
  const ok = (w: string, prev: string | undefined, rest: readonly string[]) => {
    if (!pack.anaphora?.has(w) && !demonstrative?.has(w)) return false;
    if (/^\p{Lu}/u.test(rest[0] ?? '')) return false;
    if (!demonstrative?.has(w)) return true;
    if (rest.length && !determinesNothing(pack, rest)) return false;
    return prev === undefined || !stop.has(prev);
  };
  const rawAfter = [...clauseAfter.matchAll(/[\p{L}'’]+/gu)].map((m) => m[0]);
  const last = b.length - 1;
  // Right before: the word after it is the stance word itself ("los desmintió": a clitic, not an article).
  if (
    last >= 0 &&
    (ok(b[last], b[last - 1], []) ||
      (pack.clitics?.words.has(b[last]) && pack.clitics.verb.test(text.slice(start, end).toLowerCase())))
  )
    return true;
  if (a.length > 0 && ok(a[0], undefined, rawAfter.slice(1))) return true;
  // A verb-final clause (German: see clauseEndNegation) puts the object anywhere before a stance word
  // that closes it ("Selenskyj hat das am Sonntag offiziell bestätigt").
  // Not before a clause the stance word opens, which is its object ("hat es abgelehnt, Fragen zu
  // beantworten", "hat das bestätigt, dass …": a correlative pointing forward).
  if (!pack.clauseEndNegation || a.some((w) => !stop.has(w))) return false;
  if (/^\s*,\s*(?:dass\b|(?:\p{L}+\s+){0,6}zu\s)/u.test(after)) return false;
  const rawBefore = [...clauseBefore.matchAll(/[\p{L}'’]+/gu)].map((m) => m[0]).slice(-b.length);
  for (let k = 0; k < last; k++) if (ok(b[k], undefined, rawBefore.slice(k + 1))) return true;
  return false;
}

/** Right after a verb: the end of its clause (not "and" and another verb, whose object may follow: review r75). */
const VERB_ENDS = /^\s*(?:$|[.,;:!?»”"])/u;

/**
 * Whether a noun phrase for what was said (the pack's `statementNouns`: "these reports", "esa versión")
 * is the stance word's object: right after it in its clause ("tachó esa versión de propaganda"), or,
 * where the verb closes its clause (German), before it with nothing but function words after it ("hat
 * diese Darstellung zurückgewiesen"), or right before a verb that ends its clause, after the verb's subject
 * («Песков такое объяснение отвергает.»).
 */
function statementNear(pack: AnalysedSentence['pack'], text: string, start: number, end: number): boolean {
  const re = pack.statementNouns;
  if (!re) return false;
  const after = text.slice(end, end + 60).split(CLAUSE_MARK)[0];
  const m = re.exec(after);
  if (m && /^\s*$/u.test(after.slice(0, m.index))) return true;
  // The noun right before the verb, after its subject, in a clause the verb ends («Дмитро Пєсков таке пояснення
  // відкидає.»), as pronounNear's object before the verb; not the subject opening the clause ("These reports
  // confirm …"). A verb with an object or a clause after it has the noun for its subject ("Analysts said the
  // claims confirmed a pattern", «Эксперты считают, что эти сообщения подтверждают подготовку …»: review r74), as
  // may one going on with "and" ("the allegations confirm and deepen Russian paranoia": review r75).
  const next = () => (/^[\s,]*([\p{L}'’]+)/u.exec(text.slice(end, end + 40))?.[1] ?? '').toLowerCase();
  // Nor before a clause the verb opens (", что …": the noun is its subject).
  if (VERB_ENDS.test(text.slice(end, end + 20)) && !pack.complementisers?.that.has(next())) {
    const head = text.slice(Math.max(0, start - 80), start);
    const clause = head.split(CLAUSE_MARK).pop() ?? '';
    // Whole words only: a window that starts inside the clause may start inside a word.
    const lead = clause.length < head.length || start <= 80 ? clause : clause.replace(/^\S*/u, '');
    const object = endingAt(re).exec(lead);
    if (object && /[\p{L}]/u.test(lead.slice(0, object.index))) return true;
  }
  if (!pack.clauseEndNegation) return false;
  const words = [...after.matchAll(/[\p{L}'’]+/gu)].map((w) => w[0].toLowerCase());
  if (words.some((w) => !pack.stop.has(w))) return false;
  // Not before a clause the stance word opens ("Die Angaben aus Kiew bestätigen, dass …": the noun is
  // its subject), as pronounNear.
  if (/^\s*,\s*(?:dass\b|(?:\p{L}+\s+){0,6}zu\s)/u.test(text.slice(end, end + 80))) return false;
  const head = text.slice(Math.max(0, start - 60), start);
  const clause = head.split(CLAUSE_MARK).pop() ?? '';
  // Words on word boundaries only: the window may start inside a word.
  return re.test(clause.length < head.length || start < 60 ? clause : clause.replace(/^\S*/u, ''));
}

/**
 * Whether a demonstrative before `rest` (the words after it, as written) stands alone rather than before
 * a noun: a function word right after it ("this is", «это не»); where nouns are written with a capital
 * (German), no capitalised word before the next function word ("wies das umgehend als Desinformation
 * zurück", not "das neue Abkommen").
 */
function determinesNothing(pack: AnalysedSentence['pack'], rest: readonly string[]): boolean {
  const next = rest[0].toLowerCase();
  if (pack.stop.has(next)) return true;
  if (!pack.clauseEndNegation) return false;
  for (const w of rest.slice(0, 3)) {
    if (/^\p{Lu}/u.test(w)) return false;
    if (pack.stop.has(w.toLowerCase())) return true;
  }
  return false;
}
/** Whether a negation follows token `i` in its clause, in a language that puts it at the end (German). */
function negatedAtClauseEnd(s: AnalysedSentence, text: string, i: number): boolean {
  return clauseEndNegation(s, text, i) >= 0;
}

/** The negation after token `i` in its clause, in a language that puts it at the end (German), or -1. */
function clauseEndNegation(s: AnalysedSentence, text: string, i: number): number {
  if (!s.pack.clauseEndNegation) return -1;
  const end = negationWindowEnd(s, text, i);
  for (let k = i + 1; k <= end; k++) if (s.tokens[k].flags & Flag.Negation) return k;
  return -1;
}

/**
 * Verbs of exclusion negated at their clause's end ("Ausschließen könne man nichts", "ausschließen wolle
 * er das nicht"), with their negations: the pair keeps the possibility open, as "nicht ausschließen"
 * does. Only in a language that puts the negation there (German).
 */
function keptAtClauseEnd(s: AnalysedSentence, text: string): Map<number, number> {
  const out = new Map<number, number>();
  if (!s.pack.clauseEndNegation) return out;
  s.tokens.forEach((t, i) => {
    if (!(t.flags & Flag.Keep) || keepNegated(s, i, text)) return;
    const k = clauseEndNegation(s, text, i);
    if (k >= 0) out.set(i, k);
  });
  return out;
}

/**
 * The nearest negation up to three words before token `i` ("nadie quiso confirmarlo": nobody wanted to
 * confirm it), or -1.
 */
function negationBefore(s: AnalysedSentence, i: number): number {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (s.tokens[k].flags & Flag.Negation) return k;
  return -1;
}

/**
 * Whether the negation at token `no` is the one that negates a confirmation word after it ("nobody would
 * confirm it"; not the "No" of "No, and no minister has confirmed it").
 */
function refusesToConfirm(s: AnalysedSentence, no: number): boolean {
  return s.tokens.some((t, i) => t.flags & Flag.Confirmation && negationBefore(s, i) === no);
}

/** Whether the negation at token `i` opens "no less than" ("no menos de 200.000", "nicht weniger als"). */
function atLeast(s: AnalysedSentence, text: string, i: number): boolean {
  return opensAtLeast(s.tokens, text, s.pack, i);
}

/**
 * Whether the negation at token `i` is cut off from the claim's words by a clause break: a semicolon, a
 * colon or a dash between them. Before the claim's words it negates something else ("Kein Zweifel:
 * ..."); after them, only when its own clause goes on with words of its own ("... in die Ukraine
 * schicken – allerdings nicht an die Front"): a bare answer ("... to Ukraine: no.") denies.
 */
function acrossClause(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  if (!matched.length) return false;
  const first = Math.min(...matched);
  const last = Math.max(...matched);
  const { tokens } = s;
  if (i < first) return CLAUSE_BREAK.test(text.slice(tokens[i].end, tokens[first].start));
  if (i <= last || breakAfter(tokens, text, last) > tokens[i].start) return false;
  for (let k = i + 1; k < tokens.length; k++) {
    if (CLAUSE_BREAK.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (!(tokens[k].flags & Flag.Stop)) return true;
  }
  return false;
}
/**
 * Whether the negation at token `i` opens the other side of a contrast, a phrase with none of the claim's words:
 * after all of them, past a comma and the pack's ratherNot («…, а не в тылу»), or before some of them, closed by a
 * comma and the pack's ratherBut ("nicht im Hinterland, sondern
 * direkt an der Front", "no en la retaguardia, sino en las trincheras"). It puts the other thing aside and leaves
 * the claim as said. A phrase that holds a claim word negates it ("…, though not at targets deep in Russia").
 */
function sideNegation(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const but = s.pack.ratherBut;
  if (!but || !matched.length) return false;
  const { tokens } = s;
  const last = Math.max(...matched);
  // The negated phrase: from the negation to the next punctuation.
  let end = i + 1;
  while (end < tokens.length && !PUNCTUATION.test(text.slice(tokens[end - 1].end, tokens[end].start))) end++;
  // The negation before a preposition of place (the pack's places: "not in", «а не в», "nicht im", "no en"), not a
  // verb: «итальянские военные не поедут, а Рим …» is two clauses joined by «а»; "…, pero no ofrece respuesta" one
  // of its own; "…, y no lo descarta" a clitic and a verb.
  const next = /^\s+(\p{L}+)/u.exec(text.slice(tokens[i].end))?.[1].toLowerCase();
  const places = s.pack.places;
  const preposition =
    !!next && !!places && `${places.prepositions} ${places.where} ${places.origin}`.split(' ').includes(next);
  if (matched.some((m) => m > i && m < end) || !preposition) return false;
  if (i > last) {
    // After the claim: only the pack's ratherNot right before the negation, past a comma («…, а не в тылу»), and no
    // word of the place itself in the phrase («…, а не в саму страну»: the claim's own country). A bare "not" sets
    // aside a time as often as a place ("…, not in a million years", "…, but not in the foreseeable future": r71).
    const rather = s.pack.ratherNot;
    const before = /,\s*(\p{L}+)\s+$/u.exec(text.slice(tokens[i - 1].end, tokens[i].start));
    const phrase = text.slice(tokens[i].end, end < tokens.length ? tokens[end].start : text.length).toLowerCase();
    return !!rather && !!before && rather.has(before[1].toLowerCase()) && !s.pack.itself?.test(phrase);
  }
  // Before claim words: the phrase ends at a comma, and ratherBut opens what follows ("sino que …"), with the
  // claim's words after it.
  // Inside the claim's statement: some of its words before the negation too ("Die Schutztruppe solle nicht im
  // Hinterland, sondern …"), not a negated time opening the sentence ("Not at this stage, but Italy could …": r73).
  if (end >= tokens.length || end > last || !matched.some((m) => m < i)) return false;
  const gap = /^\s*,\s*(?:(\p{L}+)(?:\s+\p{L}+){0,3}\s+)?$/u.exec(text.slice(tokens[end - 1].end, tokens[end].start));
  return !!gap && but.has((gap[1] ?? surface(s, text, end)).toLowerCase());
}
/**
 * Whether a hedge phrase at token `i` (Flag.PhraseHedge: "sobre si") asks of the claim's own words after it: they
 * follow in the same run of clauses, with no clause break, contrast or report between ("Hubo dudas sobre si …, pero el
 * Gobierno confirmó que …", "Tras el debate sobre si Kiev lo pediría, Macron dijo que …" ask of something else; review
 * r94).
 */
function asksOfTheClaim(s: AnalysedSentence, text: string, i: number, lastMatched: number): boolean {
  // No claim word after it, or none the analyser sees (lastMatched is then past the last token).
  if (lastMatched <= i || lastMatched >= s.tokens.length) return false;
  const between = text.slice(s.tokens[i].end, s.tokens[lastMatched].start);
  return (
    !CLAUSE_BREAK.test(between) &&
    !s.pack.contrastClause?.test(between) &&
    !findCues(keyOf(between)).some((c) => c.types.includes('report'))
  );
}

/** A pattern's global copy, made once (for matchAll over a slice). */
const GLOBAL = new WeakMap<RegExp, RegExp>();
function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (!g) GLOBAL.set(re, (g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')));
  return g;
}
const CLAUSE_BREAK = /[;:；：]|\s[–—]\s|\s-\s/u;
const CLAUSE_BREAK_FROM = new RegExp(CLAUSE_BREAK.source, 'gu');
const PUNCTUATION_FROM = new RegExp(PUNCTUATION.source, 'gu');
/** Per sentence's tokens: "pattern:token" -> where the pattern's first match after the token ends. */
const FIRST_AFTER = new WeakMap<readonly unknown[], Map<string, number>>();
/**
 * Where the first match of `re` (global) after token `k` ends (Infinity: none), read once per sentence, token
 * and pattern: acrossClause and whetherOfItsOwn ask it for every negation or hedge after the claim, and a line
 * of thousands of them was read to its end each time.
 */
function firstAfter(tokens: AnalysedSentence['tokens'], text: string, k: number, re: RegExp): number {
  let cache = FIRST_AFTER.get(tokens);
  if (!cache) FIRST_AFTER.set(tokens, (cache = new Map()));
  const key = `${re === PUNCTUATION_FROM ? 'p' : 'c'}:${k}`;
  let end = cache.get(key);
  if (end === undefined) {
    re.lastIndex = tokens[k].end;
    const m = re.exec(text);
    cache.set(key, (end = m ? m.index + m[0].length : Infinity));
  }
  return end;
}
const breakAfter = (tokens: AnalysedSentence['tokens'], text: string, k: number) =>
  firstAfter(tokens, text, k, CLAUSE_BREAK_FROM);

/**
 * Whether the denial or exclusion at token `i` is about something the claim is then contrasted with: its
 * clause has words of its own ("rejected the accusations"), a clause of contrast follows (the pack's
 * contrastClause, or a semicolon), and that clause states the claim: a confirmation in it, or the claim's
 * words from its first word on, and most of the claim's words after it ("Scholz rejected the
 * accusations but confirmed that Germany will send …"; "Pistorius wies die Vorwürfe zurück, bestätigte
 * aber, dass …": the speaker, a claim word, comes before). Not "denied, however, that …" (the contrast is an
 * aside: nothing of the denial's own before it), not "the absurd but dangerous claim that …" (no clause
 * after it), nor a denial after the claim ("…, but Paris denied it").
 */
/**
 * Whether a verb of saying (LanguagePack.sayingClause) stands between the denial word at `i` and the first of
 * the claim's words after it (two or more; the speaker named before may be one of the claim's words too): the
 * claim is what that verb says.
 */
function saidAfter(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const re = s.pack.sayingClause;
  const after = matched.filter((m) => m > i);
  if (!re || after.length < 2) return false;
  return re.test(text.slice(s.tokens[i].end, s.tokens[Math.min(...after)].start));
}

/**
 * Whether the denial word at `i` comes after all of the claim's words, in a clause of its own (after a comma or a
 * coordinator) that names another report by what it is about (the pack's reportsOfOther: "…, and called reports of
 * talks in Istanbul a fabrication", «…, а сообщения о переговорах назвал фейком»), with no pronoun taking the claim
 * up: it denies that report. Not in German, whose nouns are all capitalised (see namesOtherTopic).
 */
function deniesOtherReport(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const re = s.pack.reportsOfOther;
  if (!re || !matched.length) return false;
  const last = Math.max(...matched);
  if (i <= last) return otherReportBefore(s, text, i, matched, re);
  const between = text.slice(s.tokens[last].end, s.tokens[i].start);
  // The clause: from its last comma, semicolon or dash before the denial to the sentence's next clause mark after it.
  const join = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'), between.search(/\s[–—]\s/u));
  if (join < 0) return false;
  const from = s.tokens[last].end + join;
  const to = /[.;:!?]|$/u.exec(text.slice(s.tokens[i].end))!.index + s.tokens[i].end;
  const clause = text.slice(from, to);
  const pronoun = (w: string) =>
    !!(s.pack.anaphora?.has(w.toLowerCase()) || s.pack.demonstratives?.has(w.toLowerCase()));
  return namesOtherTopic(s, re, clause) && !(clause.match(/[\p{L}'’]+/gu) ?? []).some(pronoun);
}

/**
 * Whether `text` names a report by a topic of its own: the pack's reportsOfOther, then a place named after a
 * preposition within six words ("reports of talks in Istanbul"); not "reports about the plan", « informations sur
 * cette opération », «сообщения об этих планах», which take the claim up (r72).
 */
function namesOtherTopic(s: AnalysedSentence, re: RegExp, text: string): boolean {
  const m = re.exec(text);
  const places = s.pack.places;
  if (!m || !places) return false;
  const preposition = new Set(`${places.prepositions} ${places.where ?? ''} ${places.origin ?? ''}`.split(' '));
  const topic = text.slice(m.index + m[0].length).match(/[\p{L}'’-]+/gu) ?? [];
  // A place named after a preposition ("talks in Istanbul", «переговорах в Стамбуле»), not a capitalised word
  // right after the report ("reports of a Warsaw deployment": the claim's own actor; r73).
  return topic.slice(0, 6).some((w, k) => k > 0 && /^\p{Lu}/u.test(w) && preposition.has(topic[k - 1].toLowerCase()));
}

/**
 * Whether the denial word at `i`, before the claim's words, is in a clause that names another report by its topic,
 * and a coordinator then a verb of saying open the claim's clause ("Lavrov called reports of talks in Istanbul fake
 * and said NATO was preparing …", «назвал фейком сообщения о переговорах и заявил, что …»). Not "denied the report
 * and said claims that French troops …": the report denied is the claim's.
 */
function otherReportBefore(
  s: AnalysedSentence,
  text: string,
  i: number,
  matched: readonly number[],
  re: RegExp,
): boolean {
  const after = matched.filter((m) => m > i);
  if (after.length < 2 || matched.some((m) => m < i && !(s.tokens[m].flags & Flag.Capital))) return false;
  const clauseStart = Math.max(
    0,
    ...[...text.slice(0, s.tokens[i].start).matchAll(/[,;:]/gu)].map((m) => (m.index ?? 0) + 1),
  );
  const seg = text.slice(clauseStart, s.tokens[Math.min(...after)].start);
  const report = re.exec(seg);
  if (!report || !namesOtherTopic(s, re, seg)) return false;
  const rest = seg.slice(report.index + report[0].length);
  const join = COORDINATOR.exec(rest);
  return !!join && findCues(keyOf(rest.slice(join.index + join[0].length))).some((c) => c.types.includes('report'));
}

function contrastAfter(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const re = s.pack.contrastClause;
  const { tokens } = s;
  if (!re || !matched.some((m) => m > i)) return false;
  let own = false;
  // Within a clause's reach: a hostile page's sentence of thousands of denial words is not read from
  // each of them to its end.
  for (let b = i + 1; b < tokens.length && b <= i + 40; b++) {
    const gap = text.slice(tokens[b - 1].end, tokens[b].start);
    if (own && (gap.includes(';') || lowerCasePattern(re).test(gap.toLowerCase()))) {
      let before = 0;
      let after = 0;
      let next = -1;
      for (const m of matched)
        if (m >= b) {
          after++;
          if (next < 0 || m < next) next = m;
        } else before++;
      if (next < 0 || after <= before) return false;
      if (next === b) return true;
      // German puts the contrast after the clause's verb: "bestätigte aber, dass …".
      for (let k = b - 1; k < next; k++) if (tokens[k].flags & Flag.Confirmation) return true;
      return false;
    }
    if (CLAUSE_BREAK.test(gap) && !gap.includes(';')) return false;
    // The denial's own words: a content word that is not the claim's, nor another stance word.
    if (!(tokens[b].flags & (Flag.Stop | Flag.Negation | Flag.Denial | Flag.Keep)) && !matched.includes(b)) own = true;
  }
  return false;
}

/** The token at `i` as written, lower case. */
const surface = (s: AnalysedSentence, text: string, i: number) =>
  text.slice(s.tokens[i].start, s.tokens[i].end).toLowerCase();

/**
 * Whether hedge token `i` is the object of a verb of deliberating (the pack's `deliberation`): "weighing
 * whether to", "sondieren (hinter den Kulissen), ob", "se preguntan si"; in Japanese the verb follows
 * (派遣するかどうか検討している). Within five words, and not across a stop. For a claim that is itself about
 * considering ("Paris contemplated sending …"), such a hedge states the claim rather than leaving it open.
 */
function deliberating(s: AnalysedSentence, text: string, i: number): boolean {
  const verb = s.pack.deliberation;
  if (!verb || !s.pack.complementisers?.whether.has(surface(s, text, i))) return false;
  const after = s.pack.script === 'japanese';
  for (let step = 1; step <= 5; step++) {
    const k = after ? i + step : i - step;
    if (k < 0 || k >= s.tokens.length) return false;
    const [a, b] = after ? [s.tokens[i].end, s.tokens[k].start] : [s.tokens[k].end, s.tokens[i].start];
    if (/[.;:!?。！？]/u.test(text.slice(a, b))) return false;
    if (!verb.test(surface(s, text, k))) continue;
    // Not deliberating ("検討していない", "did not consider whether"): the hedge stays.
    if (after) {
      for (let n = k + 1; n < s.tokens.length && n <= k + 4; n++) {
        if (s.tokens[n].flags & Flag.Negation) return false;
        if (!(s.tokens[n].flags & Flag.Stop)) break;
      }
    } else if ([k - 1, k - 2].some((n) => n >= 0 && s.tokens[n].flags & Flag.Negation)) return false;
    return true;
  }
  return false;
}

/** The word of avoiding the negation at token `i` negates, or -1 (see avoidedBy). */
function avoidedAfter(s: AnalysedSentence, text: string, i: number): number {
  return avoidedBy(s.tokens, text, s.pack, i);
}

/**
 * Last token a negation after the claim's words may stand at. Two tokens on; in German (a pack's
 * `clauseEndNegation`) to the end of the clause, where the negation goes ("schickt … auch künftig nicht"),
 * and never past a comma ("…, auch wenn die Opposition nicht zustimmt"); in Japanese the negation
 * ends the verb phrase, after particles and auxiliaries the segmenter splits off ("戦闘を拡大するつもりは
 * ない"): up to the second content word after the claim's last word, and at least four tokens on.
 */
function negationWindowEnd(s: AnalysedSentence, text: string, last: number): number {
  const reach = s.pack.clauseEndNegation;
  if (reach) {
    // To the clause's end: no punctuation and no word that opens another clause on the way.
    let i = last + 1;
    for (; i < s.tokens.length; i++) {
      const between = text.slice(s.tokens[i - 1].end, s.tokens[i].start);
      if (PUNCTUATION.test(between) || reach.test(between)) break;
    }
    return i - 1;
  }
  if (s.pack.script !== 'japanese') return last + 2;
  // Japanese ends its clause with the verb and its negation, however long the object between ("部隊を
  // 送る計画は同盟として一切ない"): to the clause's end, a comma or a stop.
  let i = last + 1;
  for (; i < s.tokens.length; i++) if (PUNCTUATION.test(text.slice(s.tokens[i - 1].end, s.tokens[i].start))) break;
  return i - 1;
}

/**
 * Whether the negation at token `i` stands in a clause of consequence ("…, sonst lasse sich eine
 * Waffenruhe nicht sichern": otherwise no ceasefire could be secured) that holds none of the words that
 * met the claim (`matched`), so that it says what happens without the claim (LanguagePack.otherwise).
 */
function inOtherwiseClause(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const re = s.pack.otherwise;
  if (!re || !matched.length) return false;
  const from = Math.max(0, s.tokens[i].start - 160);
  const before = text.slice(from, s.tokens[i].start);
  // Clause starts before the negation, the nearest first: the opener may be followed by a comma of its
  // own ("…; otherwise, it will not …"), so the last two are tried.
  const starts: number[] = [];
  for (let k = before.length - 1; k >= 0 && starts.length < 2; k--) if (',;:'.includes(before[k])) starts.push(k + 1);
  if (starts.length < 2 && from === 0) starts.push(0);
  for (const at of starts) {
    const clause = before.slice(at);
    const lead = clause.length - clause.trimStart().length;
    const m = re.exec(clause.trimStart().toLowerCase());
    if (!m) continue;
    // Nothing but a comma between the opener and the rest of the clause.
    if (/[,;:]/.test(clause.slice(lead + m[0].length).replace(/^\s*,/, ''))) continue;
    // None of the claim's words in the clause: the negation is the consequence's, not the claim's.
    const clauseStart = from + at + lead;
    const stop = /[,;:.!?]/.exec(text.slice(s.tokens[i].end));
    const clauseEnd = stop ? s.tokens[i].end + stop.index : text.length;
    return !matched.some((k) => s.tokens[k].start >= clauseStart && s.tokens[k].start < clauseEnd);
  }
  return false;
}

/** Patterns made from a pack's pattern, once each (see endingAt, wholeWord). */
const derived = new WeakMap<RegExp, Map<string, RegExp>>();
function derive(re: RegExp, source: string, flags: string): RegExp {
  let made = derived.get(re);
  if (!made) derived.set(re, (made = new Map()));
  let d = made.get(source);
  if (!d) made.set(source, (d = new RegExp(source, flags)));
  return d;
}
/** `re` as a match that ends the text, before spaces. */
const endingAt = (re: RegExp) => derive(re, `(?:${re.source})\\s+$`, re.flags.replace('g', ''));
/** `re` as a test of one whole word. */
const wholeWord = (re: RegExp) => derive(re, `^(?:${re.source})$`, 'iu');

/**
 * A negation inside a condition put after the claim's first words, in the condition's own clause ("British
 * soldiers would go to Ukraine if the peace deal could not hold without them", «…, если без них не удастся
 * удержать мирную договорённость», "falls der Frieden ohne sie nicht zu halten sei"): it says when, and does not
 * negate what the claim's words before it state. Not a negation before the conditional ("will not send troops if
 * …"), nor one past a clause mark after it ("if asked, it would not …"), nor in a condition that holds most of the
 * claim's words ("Starmer said that if Britain did not send troops to Ukraine, …").
 */
function inConditionAfterClaim(s: AnalysedSentence, text: string, i: number, matched: readonly number[]): boolean {
  const opens = s.pack.conditionAsked;
  if (!opens || !matched.length || s.pack.script === 'japanese') return false;
  // The words between the claim's first word and the negation, stop words too (Russian если is one).
  const from = s.tokens[matched[0]].end;
  const between = [...text.slice(from, s.tokens[i].start).matchAll(/[\p{L}\p{M}'’]+|[,;:.!?–—]/gu)];
  for (let k = between.length - 1; k >= 0; k--) {
    const w = between[k][0];
    if (/^[,;:.!?–—]$/u.test(w)) return false;
    // The pack's words that open a condition (if, wenn, falls, si, если, якщо), not German "sollte" (should).
    if (!wholeWord(opens).test(w)) continue;
    // "even if" concedes: the claim's act may be inside it ("Kyiv will strike inside Russia even if the United
    // States does not allow it": review r75).
    if (k > 0 && s.pack.evenWords?.has(between[k - 1][0].toLowerCase())) return false;
    // Most of the claim's words before the condition: it is the claim's, not the claim inside it ("Starmer said
    // that if Britain did not send troops, …").
    const at = from + between[k].index;
    return matched.filter((m) => s.tokens[m].start < at).length * 2 > matched.length;
  }
  return false;
}

/**
 * A negation word right after a negated verb of exclusion, which it only repeats (negative concord: "No
 * se puede excluir nada", «не исключил ничего», "n'exclut rien"): the pair keeps the possibility open.
 */
function concordAfterKept(s: AnalysedSentence, text: string, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2; k--) if (s.tokens[k].flags & Flag.Keep) return keepNegated(s, k, text);
  return false;
}

/**
 * Whether sentence `s` keeps a possibility open in so many words: a negated verb of exclusion ("nothing
 * can be ruled out", "Er wolle nichts ausschließen", «не исключил») or a refusal to exclude.
 */
export function keepsOpen(s: AnalysedSentence, text: string): boolean {
  return keptOpen(s, text).some((i) => !objectAfter(s, text, i));
}

/**
 * Whether what keeps a possibility open in `s` is itself asked: a word for "whether" before the first verb of
 * exclusion that keeps it open, past the sentence's first word and not right after "that" ("Nobody knows if Macron
 * still holds that it cannot be ruled out", "declined to say if …"). Not a condition that opens the
 * sentence or a clause of saying ("If Russia breaks through, …", "said that if …").
 */
export function openAsked(s: AnalysedSentence, text: string): boolean {
  const whether = s.pack.complementisers?.whether;
  const kept = keptOpen(s, text)[0];
  if (!whether || kept === undefined) return false;
  for (let k = 0; k < kept; k++) {
    const word = surface(s, text, k);
    if (!whether.has(word)) continue;
    const lead = text.slice(Math.max(0, s.tokens[k].start - 60), s.tokens[k].start);
    const before = /(\p{L}+)([\s,]*)$/u.exec(lead);
    if (!before || s.pack.complementisers?.that.has(before[1].toLowerCase())) continue;
    // Not a question put to the speaker, who then answers ("Macron, asked whether he regretted his words, said …",
    // "…, who was asked whether the war could spread, said …", «Макрон, отвечая на вопрос, сожалеет ли он …»: the
    // pack's askedFrame from a word before it), nor a condition ("said, if Russia broke through, …", "said if Russia
    // wins, …": a comma after it before the exclusion).
    const frame = s.pack.askedFrame;
    const between = text.slice(s.tokens[k].end, s.tokens[kept].start);
    // (From a word inside its clause only where a clause mark closes the question before the exclusion: "reporters
    // asked if Macron still holds that it cannot be ruled out" asks it.)
    const starts = /[,;:]/u.test(between) ? /[\s,;:–—(]/gu : /[,;:–—(]/gu;
    const asked = [0, ...[...lead.matchAll(starts)].map((m) => m.index + 1)].some((at) =>
      frame?.test(lead.slice(at) + word),
    );
    if (asked) continue;
    if (s.pack.conditionals?.words.has(word) && /[,，、]/u.test(between)) continue;
    // Nor a question of another clause, past a semicolon or a contrast ("said he did not know whether Scholz agreed,
    // but that sending … could not be ruled out").
    if (/[;；]/u.test(between) || s.pack.contrastAfterNo?.test(between)) continue;
    // Nor "or" right after a name («в Україну чи інших сил»), where the word is "or" too.
    if (s.pack.code === 'uk' && /^\p{Lu}/u.test(before[1]) && !before[2].includes(',')) continue;
    return true;
  }
  return false;
}

/** The verbs of exclusion (or refusals) of `s` that keep a possibility open, by token. */
function keptOpen(s: AnalysedSentence, text: string): number[] {
  const late = keptAtClauseEnd(s, text);
  const out: number[] = [];
  s.tokens.forEach((t, i) => {
    if (
      (t.flags & Flag.Keep && (keepNegated(s, i, text) || late.has(i))) ||
      (t.flags & Flag.Denial && keptNegation(s.tokens, i))
    )
      out.push(i);
  });
  return out;
}

/**
 * Whether a content word follows token `i` in its clause: the object of a verb of exclusion ("would not
 * rule out a visit to Kyiv"), which is then what stays open, not the claim ("nothing can be ruled out").
 */
function objectAfter(s: AnalysedSentence, text: string, i: number): boolean {
  // Japanese puts the object before the verb ("派遣を排除しない"): nothing after it is one.
  if (s.pack.script === 'japanese') return false;
  // German puts the object before a separable verb's particle or a clause-final verb ("Macron schloss
  // einen Besuch in Kiew nicht aus"): an article and a noun in its clause, not after a preposition
  // ("Ausschließen wolle er für die Zukunft nichts").
  if (s.pack.clauseEndNegation) {
    let from = i;
    while (from > 0 && !PUNCTUATION.test(text.slice(s.tokens[from - 1].end, s.tokens[from].start))) from--;
    let to = i;
    while (to + 1 < s.tokens.length && !PUNCTUATION.test(text.slice(s.tokens[to].end, s.tokens[to + 1].start))) to++;
    return GERMAN_OBJECT.test(text.slice(s.tokens[from].start, s.tokens[to].end));
  }
  for (let k = i + 1; k < s.tokens.length; k++) {
    if (PUNCTUATION.test(text.slice(s.tokens[k - 1].end, s.tokens[k].start))) return false;
    const f = s.tokens[k].flags;
    if (!(f & (Flag.Stop | Flag.Negation | Flag.Keep | Flag.Denial))) return true;
  }
  return false;
}

/**
 * Whether claim `claim` keeps a possibility open in its own words ("… cannot be ruled out"), read in
 * `pack`'s language (its translation, else its text).
 */
export function claimKeepsOpen(claim: CompiledClaim, pack: AnalysedSentence['pack']): boolean {
  const own =
    packFor(claim.lang ?? 'en') === pack
      ? claim.text
      : claim.translations?.[pack.code as keyof typeof claim.translations];
  const text = own ?? claim.text;
  const p = own ? pack : (packFor(claim.lang ?? 'en') ?? pack);
  // Its own object is the claim ("… die Entsendung von Bodentruppen könne nicht ausgeschlossen werden").
  return keptOpen({ pack: p, tokens: analyse(text, p) }, text).length > 0;
}

/**
 * The verb of exclusion that a verb of refusal at token `k` governs as the infinitive closing its clause, or
 * -1: "habe sich geweigert, westliche Bodentruppen für die Ukraine kategorisch auszuschließen" (refused to
 * rule out: kept open). Only the pack's `refusals` (German puts the infinitive last, far from the verb), and
 * only where that infinitive ends the clause: "will not send … and rules out …" is a denial twice over.
 */
function refusalBeforeInfinitive(s: AnalysedSentence, text: string, k: number): number {
  if (!s.pack.refusals?.has(surface(s, text, k))) return -1;
  for (let i = k + 1; i < s.tokens.length && i <= k + 8; i++) {
    if (CLAUSE_BREAK.test(text.slice(s.tokens[i - 1].end, s.tokens[i].start))) return -1;
    if (!(s.tokens[i].flags & Flag.Keep)) continue;
    const after = text.slice(s.tokens[i].end, s.tokens[i].end + 8);
    return /^\s*(?:[.,;:!?)»"”]|$)/u.test(after) && (after.trim() !== '' || s.tokens[i].end + 8 >= text.length)
      ? i
      : -1;
  }
  return -1;
}

/** Words that open an insertion naming what a negation covers (see keepPastInsertion). */
const INCLUSION =
  /^\s*,\s*(?:including|not even|even|y compris|pas même|même pas|ni même|même|einschließlich|inklusive|nicht einmal|selbst|auch nicht|incluido|incluida|incluidos|incluidas|incluso|ni siquiera|tampoco|включая|даже|в том числе|включно з|навіть|у тому числі)(?![\p{L}])/iu;

/**
 * The word of exclusion that a negation at `neg` governs past an insertion between commas ("nothing,
 * including Western troops, could be excluded"; "nada, ni siquiera el envío de tropas, puede descartarse";
 * "no option, not even …, can be ruled out"): a comma right after the negation or after a negative
 * determiner's noun, up to ten words, a comma, and the word of exclusion at most three words on. -1 if there
 * is none.
 */
function keepPastInsertion(s: AnalysedSentence, text: string, neg: number): number {
  const t = s.tokens;
  if (!(t[neg]?.flags & Flag.Negation) || neg + 1 >= t.length) return -1;
  const commaAfter = (k: number): boolean => k + 1 < t.length && text.slice(t[k].end, t[k + 1].start).trim() === ',';
  // The negation, or a negative determiner and its noun ("ninguna opción, ni siquiera …, puede quedar excluida").
  const determiner = s.pack.negativeDeterminers?.has(text.slice(t[neg].start, t[neg].end).toLowerCase());
  const head = commaAfter(neg) ? neg : determiner && commaAfter(neg + 1) ? neg + 1 : -1;
  if (head < 0) return -1;
  // The insertion names what the negation covers: it opens with a word of inclusion ("No, Macron told
  // reporters, ruling out …" is an answer, then a clause of its own).
  if (!INCLUSION.test(text.slice(t[head].end, t[head].end + 40))) return -1;
  for (let k = head + 1; k < t.length - 1 && k <= head + 10; k++) {
    const gap = text.slice(t[k].end, t[k + 1].start);
    if (/[.;:!?]/u.test(gap)) return -1;
    if (!gap.includes(',')) continue;
    for (let j = k + 1; j < t.length && j <= k + 3; j++) {
      // The comma that closes the insertion stands before the first of them.
      if (j > k + 1 && PUNCTUATION.test(text.slice(t[j - 1].end, t[j].start))) return -1;
      if (t[j].flags & Flag.Keep) return j;
    }
    return -1;
  }
  return -1;
}

/** "At least" in the languages with a privative (see neededWithout). */
const QUANTIFIER = /^(?:least|moins|mindestens|menos|менее|меньше|щонайменше|менше)$/iu;

/** "would" and "could" in the languages with a privative (see neededWithout). */
const WOULD =
  /(?<![\p{L}])(?:would|could|sería|serían|habría|podría|serait|seraient|pourrait|wäre|wären|würde|würden|könnte)(?![\p{L}])/iu;
/** Words that open a relative or coordinated clause (see neededWithout): the conditional must come before them. */
const CLAUSE_OPENER =
  /(?<![\p{L}])(?:which|who|that|and|que|qui|y|et|und|die|der|das|который|которая|і|и)(?![\p{L}])/iu;

/** "and", "since", "because" in the languages with a privative (see neededWithout). */
const COORDINATOR =
  /(?<![\p{L}])(?:and|y|e|et|und|и|і|та|since|because|as|car|parce que|puisque|weil|da|denn|porque|ya que|pues|потому что|так как|поскольку|бо|оскільки|тому що)(?![\p{L}])/iu;

/**
 * Whether the text between a privative's phrase and a negation after it leaves them in one sentence's two
 * halves ("without at least 200,000 European troops, no peace …"; «без … військових гарантувати мир … не
 * вдасться»): no "and" or "since", no colon or semicolon, and a comma only right after the phrase ("Die Ukraine
 * muss ohne deutsche Bodentruppen auskommen, Deutschland wird keine schicken" has a clause of its own).
 */
function sameClauseAfter(between: string): boolean {
  if (COORDINATOR.test(between) || /[;:]/u.test(between)) return false;
  const comma = between.indexOf(',');
  return comma < 0 || !/\p{L}/u.test(between.slice(0, comma));
}

/**
 * A privative with two or more of the claim's words in its phrase, opening it ("without at least 200,000 European
 * troops", «без щонайменше 200 тисяч європейських військових») and another negation in the sentence ("…, no
 * peace could last", "could not be secured without …"): the claim's words are what is needed, so neither
 * negates the claim. Both returned (to be cancelled), or none.
 */
function neededWithout(
  s: AnalysedSentence,
  text: string,
  matched: readonly number[],
  cancelled: ReadonlySet<number>,
): number[] {
  const privative = s.pack.privative;
  if (!privative || matched.length < 2) return [];
  const t = s.tokens;
  for (let p = 0; p < t.length; p++) {
    if (cancelled.has(p) || !(t[p].flags & Flag.Negation) || !privative.has(surface(s, text, p))) continue;
    // Its object is the claim's: one of the claim's words or a number right after it, or one word on ("at
    // least", «щонайменше»); not "sin previo aviso la entrada de tropas" (without warning).
    const opens = (k: number) => !!t[k] && (matched.includes(k) || !!(t[k].flags & Flag.Number));
    // One word on only after a quantifier or before "and" (the claim's word the second of two objects: «без
    // ведома и участия»): "Ohne Zustimmung des Bundestages wird Deutschland …" names the claim's actor next.
    const skips =
      !!t[p + 2] &&
      (QUANTIFIER.test(surface(s, text, p + 1)) ||
        /^\s*(?:and|и|і|та|und|et|y)\s*$/iu.test(text.slice(t[p + 1].end, t[p + 2].start)));
    if (!opens(p + 1) && !(skips && opens(p + 2))) continue;
    let inPhrase = 0;
    let last = p;
    for (let k = p + 1; k < t.length && k <= p + 6; k++) {
      if (PUNCTUATION.test(text.slice(t[k - 1].end, t[k].start)) || t[k].flags & Flag.Negation) break;
      if (matched.includes(k)) {
        inPhrase++;
        last = k;
      }
    }
    if (inPhrase < 2) continue;
    let other = -1;
    for (let k = 0; k < t.length; k++)
      if (
        k !== p &&
        t[k].flags & Flag.Negation &&
        !cancelled.has(k) &&
        !privative.has(surface(s, text, k)) &&
        (other < 0 || Math.abs(k - p) < Math.abs(other - p))
      )
        other = k;
    // With no other negation: the privative, then "at least", opens the sentence or what follows its colon, a comma
    // closes its phrase, and a conditional follows with none of the claim's names ("…: without at least 200,000
    // European soldiers in his country, any peace would be fragile"): the number needed.
    if (other < 0) {
      // Only with "at least" after it: a number needed, not what would be without them (r67: "Without US troops in
      // Ukraine, any European force would be exposed" says nothing of their coming).
      const gap = text.slice(t[p].end, t[p + 1].start);
      if (!QUANTIFIER.test(surface(s, text, p + 1)) && !gap.split(/\s+/u).some((w) => QUANTIFIER.test(w))) continue;
      const opensClause = p === 0 || /[:：]\s*$/u.test(text.slice(t[p - 1].end, t[p].start));
      const comma = /^[^.;:!?,]{0,60},/u.exec(text.slice(t[last].end));
      if (!opensClause || !comma) continue;
      const after = t[last].end + comma[0].length;
      // The conditional in the clause right after the comma, not in a relative or a clause after "and".
      const clause = /^[^,.;:!?]*/u.exec(text.slice(after))![0].split(CLAUSE_OPENER)[0];
      if (matched.some((m) => t[m].start >= after && t[m].flags & Flag.Capital) || !WOULD.test(clause)) continue;
      return [p];
    }
    // That negation says what would not be without them ("no peace could last", «не состоялось бы»), not
    // more of the claim after an "and" ("sin previo aviso la entrada … y no había prestado ayuda").
    // Before the privative, nothing of the claim between ("could not be secured without …"; not "would not put
    // troops into Ukraine without a guarantee", which negates the claim's own words).
    if (other < 0 || (other > p && !sameClauseAfter(text.slice(t[last].end, t[other].start)))) continue;
    if (other < p && matched.some((m) => m > other && m < p)) continue;
    // After the privative, a negated noun ("no peace", "aucune paix", "keinen Frieden"), not a negated verb
    // whose subject may be the claim's own actor ("Without troops in Ukraine, Germany will not be drawn in").
    if (other > p && !s.pack.negativeDeterminers?.has(surface(s, text, other))) continue;
    // With its pair ("aucune paix ne saurait", "ne … pas"): the negations two words either side.
    const out = [p, other];
    for (let k = Math.max(0, other - 2); k < t.length && k <= other + 2; k++)
      if (k !== other && k !== p && t[k].flags & Flag.Negation && !cancelled.has(k)) out.push(k);
    return out;
  }
  return [];
}

/** Whether a verb of exclusion is negated: "not rule out"; in Japanese also after it, "排除しない". */
function keepNegated(s: AnalysedSentence, i: number, text: string): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (s.tokens[k].flags & (Flag.Negation | Flag.Denial)) return true;
  // "would exclude nothing", "rules out nothing": a negative pronoun as its object, its particle between; not one
  // with an exception after it ("nothing except …", "nada menos que"), nor one with another exclusion or denial after
  // it ("rules out nothing, but ruled out sending …").
  for (let k = i + 1; k < s.tokens.length && k <= i + 2; k++) {
    if (PUNCTUATION.test(text.slice(s.tokens[k - 1].end, s.tokens[k].start))) break;
    if (!s.pack.negativePronouns?.has(surface(s, text, k))) continue;
    if (s.pack.exceptAfter?.test(text.slice(s.tokens[k].end, s.tokens[k].end + 24).toLowerCase())) break;
    if (s.tokens.some((t, j) => j > k && t.flags & (Flag.Keep | Flag.Denial))) break;
    return true;
  }
  for (let k = i - 3; k >= 0 && k >= i - 14; k--) if (keepPastInsertion(s, text, k) === i) return true;
  // A verb of refusal further back, whose infinitive closes the clause (see refusalBeforeInfinitive).
  for (let k = i - 5; k >= 0 && k >= i - 8; k--) if (refusalBeforeInfinitive(s, text, k) === i) return true;
  // Russian and Ukrainian put a modal negation last (see modalNegationAfter).
  if (s.pack.script === 'cyrillic') {
    for (let k = Math.max(i + 1, s.tokens.length - 2); k < s.tokens.length; k++)
      if (modalNegationAfter(s.tokens, i, k)) return true;
    return false;
  }
  if (s.pack.script !== 'japanese') return false;
  // The negation ends the verb phrase, after kana pieces (排除|し|ない; 排除|すべ|き|では|ない).
  for (let k = i + 1; k < s.tokens.length && k <= i + 4; k++) {
    if (s.tokens[k].flags & Flag.Negation) return true;
    if (!(s.tokens[k].flags & Flag.Stop)) return false;
  }
  return false;
}

/**
 * The hint group that holds a negative claim's own negation, or -1: the group one of whose terms (in
 * the claim's language) is the word that makes the claim negative ("reject*" for "Russia rejects any
 * deployment ..."). A sentence that meets that group states the negation in that group's words, which
 * the language pack may not know as one ("unacceptable") or which carry their own particle
 * («не допустит»).
 */
export function polarityGroup(claim: CompiledClaim): number {
  const groups = claim.hints?.groups;
  // Named in the data: a refusal said without a negation ("distanced itself").
  if (claim.hints?.polarity !== undefined) return groups?.findIndex((g) => g.name === claim.hints!.polarity) ?? -1;
  const pack = packFor(claim.lang ?? 'en');
  if (!groups?.length || !pack) return -1;
  const tokens = analyse(claim.text, pack);
  const negative = negatingTokens(tokens, claim.text, pack).map((i) =>
    claim.text.slice(tokens[i].start, tokens[i].end).toLowerCase(),
  );
  if (!negative.length) return -1;
  const lang = pack.code as keyof (typeof groups)[number]['terms'];
  return groups.findIndex((g) =>
    (g.terms[lang] ?? []).some((term) => {
      const t = term.toLowerCase().replace(/^\*/, '');
      if (t.endsWith('*')) return negative.some((w) => w.startsWith(t.slice(0, -1)));
      return negative.some((w) => t.split(/\s+/).includes(w));
    }),
  );
}
