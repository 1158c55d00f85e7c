// Finds officials in page text with one automaton over all folded aliases and titles, then applies
// the surname rules (full name earlier on the page, or an adjacent title; never after another given name).
import type { CompiledOfficial } from '../types';
import { fold, nameKey, normalise, type Normalised } from '../text/normalise';
import { isCjkUnit, isCyrillicUnit, isLowerUnit, isUpperUnit, isWordUnit, joinsWord, scriptOf } from '../text/script';
import { AhoCorasick } from './aho-corasick';
import { knownStemLength, stemWord } from './slavic';
import { GENERIC_TITLES, JA_AFTER_SURNAME, NOT_GIVEN_NAMES } from './titles';

// In Latin-script languages a title stands for its one holder after a definite article or a
// possessive ("the French president's", "le président de la République", "Russia's foreign minister");
// "a Kremlin spokesman" or "devenu président de la République" (a film character) do not.
// The article or possessive must be on the same line: a block boundary ("\n") separates them, so a
// title's reading never depends on the previous paragraph (and matching a page block by block is exact).
const DEFINITE_BEFORE = /(?:^|[^\p{L}])(?:the|le|la|l'|du|au)[^\S\n]?$|\p{L}'s?[^\S\n]$/u;

const JA_COUNTRY_ABBREVIATIONS = '伊英仏独米露中韓豪加印波洪宇';

type PayloadType = 'full' | 'surname' | 'title';
interface Payload {
  type: PayloadType;
  /** Official index; -1 for a generic title. */
  official: number;
  /** The alias or title as written in the dataset, for `why`. */
  source: string;
}

/** An official found in the text, in original offsets. */
export interface OfficialHit {
  official: number;
  start: number;
  end: number;
  score: number;
  why: string;
  /** A title standing for an official already named ("the foreign minister"): used for attributions only. */
  titleOnly?: boolean;
}

/**
 * What a page remembers between the blocks matched so far, so that matching a page in several parts
 * (the annotator's slices) finds exactly what one call over the whole text finds.
 */
export interface PageMemory {
  /** official -> position of its latest full mention, in a page-wide canon coordinate (`base` + offset). */
  lastFull: Map<number, number>;
  /** Officials named (by name or linked surname) in earlier parts. */
  named: Set<number>;
  /** Page-wide canon coordinate of the current part's first character. */
  base: number;
}

export function newPageMemory(): PageMemory {
  return { lastFull: new Map(), named: new Set(), base: 0 };
}

/** The text prepared for matching: folded, dashes as spaces, Cyrillic words reduced to known stems. */
export interface PreparedText {
  norm: Normalised;
  /** Folded text with '-' as ' ' (same length as norm.text). */
  key: string;
  /** Key text with Cyrillic case endings removed, and its map to key offsets. */
  canon: string;
  canonStart: Int32Array | null;
  canonEnd: Int32Array | null;
}

/** Folds a dataset string for the automata: the shared name key (src/core/text), also the validator's. */
export function keyOf(s: string): string {
  return nameKey(s);
}

const CYRILLIC_WORD = /[\u0400-\u052f][\u0400-\u052f']*/g;
// Words of Cyrillic or Latin script, for the pass that stems case endings and drops patronymics.
const WORD = /[\u0400-\u052fa-z][\u0400-\u052fa-z']*/g;
// Transliterated patronymics: Viktorovich, Vladimirovna.
const LATIN_PATRONYMIC = /^[a-z]{2,}(?:ovich|evich|ovna|evna|ivna)$/;
const LATIN_PATRONYMIC_ANYWHERE = /[a-z](?:ovich|evich|ovna|evna|ivna)\b/;
const MAY_HOLD_PATRONYMIC = /(?:vich|vna|ич|вна|чна|івна|ївна)/;
// Russian and Ukrainian patronymics in any case: Викторович, Викторовича, Олександрович, Олександровичем.
const PATRONYMIC =
  /^[\u0400-\u052f]{2,}(?:ович|евич|ёвич|йович|ьович|івна|ївна|овна|евна|ична)(?:а|у|ем|ом|е|і|ы|ой|ою|ей|им|ем|ю)?$/;

function stemCyrillicWords(key: string): string {
  return key.replace(CYRILLIC_WORD, (w) => stemWord(w));
}

// Latin transliterations of Slavic names vary at the end: Zelensky/Zelenskyy/Zelenskiy/Zelenski,
// Sergey/Sergei/Sergueï. Generate the variants from the alias instead of loosening the text.
function latinVariants(word: string): string[] {
  // Every rule below rewrites a final -y, -i or -j: other words (most names) have no variants.
  const last = word.charCodeAt(word.length - 1);
  if (last !== 0x79 && last !== 0x69 && last !== 0x6a) return [word];
  const out = new Set<string>([word]);
  const m = /^(.*[a-z](?:sk|ck|tsk|zk|sky?k?))(yy|iy|yi|ij|y|i)$/.exec(word);
  if (m) for (const e of ['y', 'yy', 'iy', 'yi', 'ij', 'i']) out.add(m[1] + e);
  const e = /^(.*[a-z]{2})(ey|ei|ej)$/.exec(word);
  if (e) for (const x of ['ey', 'ei', 'ej']) out.add(e[1] + x);
  for (const w of [...out]) if (/guei$|guey$/.test(w)) out.add(w.replace(/gue(i|y)$/, 'ge$1'));
  for (const w of [...out]) if (/ge(i|y)$/.test(w)) out.add(w.replace(/ge(i|y)$/, 'gue$1'));
  return [...out];
}

const LATIN_WORD = /^[a-z']+$/;

function aliasVariants(key: string): string[] {
  const words = key.split(' ');
  // Most aliases have no variant at all: one pattern, no combinations to build.
  if (words.every((w) => !LATIN_WORD.test(w) || latinVariants(w).length === 1)) return [key];
  let acc: string[] = [''];
  for (const w of words) {
    const vs = LATIN_WORD.test(w) ? latinVariants(w) : [w];
    const next: string[] = [];
    for (const a of acc) for (const v of vs) next.push(a ? `${a} ${v}` : v);
    acc = next.slice(0, 64);
  }
  return acc;
}

export class OfficialsIndex {
  private readonly ac: AhoCorasick;
  private readonly payloads: Payload[][] = [];
  private readonly stems = new Set<string>();
  /** Officials that carry each surname pattern. */
  private readonly surnameOwners = new Map<number, number[]>();
  private readonly jaAfter: string[];
  private readonly genericTitles: Set<string>;

  constructor(readonly officials: readonly CompiledOfficial[]) {
    let chars = 0;
    for (const o of officials) {
      for (const a of o.aliases ?? []) chars += a.text.length;
      for (const t of o.titles ?? []) chars += t.length;
    }
    // Names share prefixes: the trie has about two thirds as many nodes as the aliases have characters
    // (424k for 645k at scale). A table sized to that is half as big (12 MB less to allocate and
    // fill, fewer cache misses when matching); it grows if a dataset needs more.
    this.ac = new AhoCorasick(Math.ceil(chars * 0.75));
    officials.forEach((o, i) => {
      const seen = new Set<string>();
      for (const a of o.aliases ?? []) {
        const type: PayloadType = a.kind === 'surname' ? 'surname' : 'full';
        for (const v of aliasVariants(keyOf(a.text))) {
          if (!v || seen.has(type + v)) continue;
          seen.add(type + v);
          this.addPattern(v, { type, official: i, source: a.text });
        }
      }
      for (const t of o.titles ?? []) this.addPattern(keyOf(t), { type: 'title', official: i, source: t });
    });
    for (const t of GENERIC_TITLES) this.addPattern(keyOf(t), { type: 'title', official: -1, source: t });
    this.jaAfter = JA_AFTER_SURNAME.map(keyOf);
    this.genericTitles = new Set(GENERIC_TITLES.map((t) => stemCyrillicWords(keyOf(t))));
    this.ac.build();
  }

  private addPattern(key: string, payload: Payload): void {
    if (!key) return;
    if (MAY_HOLD_PATRONYMIC.test(key)) {
      key = key
        .split(' ')
        .filter((w, i, ws) => !(i > 0 && i < ws.length - 1 && (PATRONYMIC.test(w) || LATIN_PATRONYMIC.test(w))))
        .join(' ');
    }
    let pattern = key;
    if (/[\u0400-\u052f]/.test(key)) {
      for (const w of key.match(CYRILLIC_WORD) ?? []) this.stems.add(stemWord(w));
      pattern = stemCyrillicWords(key);
    }
    const id = this.ac.add(pattern);
    (this.payloads[id] ??= []).push(payload);
    if (payload.type === 'surname') {
      const owners = this.surnameOwners.get(id);
      if (!owners) this.surnameOwners.set(id, [payload.official]);
      else if (!owners.includes(payload.official)) owners.push(payload.official);
    }
  }

  /** Folds the page text and reduces Cyrillic words to the stems this index knows. */
  prepare(text: string): PreparedText {
    const norm = normalise(text);
    const key = norm.text.replace(/-/g, ' ');
    if (!/[\u0400-\u052f]/.test(key) && !LATIN_PATRONYMIC_ANYWHERE.test(key))
      return { norm, key, canon: key, canonStart: null, canonEnd: null };
    const parts: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let last = 0;
    const pushRange = (from: number, to: number) => {
      parts.push(key.slice(from, to));
      for (let k = from; k < to; k++) {
        starts.push(k);
        ends.push(k + 1);
      }
    };
    WORD.lastIndex = 0;
    for (let m = WORD.exec(key); m; m = WORD.exec(key)) {
      const ws = m.index;
      const we = ws + m[0].length;
      // Only whole words: a Cyrillic run glued to Latin letters or digits is left as it is.
      if ((ws > 0 && isWordUnit(key.charCodeAt(ws - 1))) || (we < key.length && isWordUnit(key.charCodeAt(we))))
        continue;
      // A patronymic between given name and surname ("Сергей Викторович Лавров") is left out, so the
      // two-word alias matches the three-word form in any case.
      if (
        (PATRONYMIC.test(m[0]) || LATIN_PATRONYMIC.test(m[0])) &&
        key[ws - 1] === ' ' &&
        key[we] === ' ' &&
        isWordUnit(key.charCodeAt(we + 1))
      ) {
        pushRange(last, ws);
        last = we + 1;
        continue;
      }
      if (!isCyrillicUnit(key.charCodeAt(ws))) continue;
      const L = knownStemLength(m[0], this.stems);
      if (L <= 0 || L === m[0].length) continue;
      pushRange(last, ws + L);
      ends[ends.length - 1] = we; // the stem's last letter stands for the whole inflected word
      last = we;
    }
    pushRange(last, key.length);
    return {
      norm,
      key,
      canon: parts.join(''),
      canonStart: Int32Array.from(starts),
      canonEnd: Int32Array.from(ends),
    };
  }

  /** Original offsets of a canon range. */
  private toOriginal(p: PreparedText, start: number, end: number): [number, number] {
    const ks = p.canonStart ? p.canonStart[start] : start;
    const ke = p.canonEnd ? p.canonEnd[end - 1] : end;
    return [p.norm.starts[ks], p.norm.ends[ke - 1]];
  }

  /**
   * Officials in `text`. With `memory`, `text` is one part of a page (whole lines: it starts after a
   * "\n" or at the page start) and earlier parts' full names still link surnames and titles.
   */
  match(text: string, p: PreparedText, memory: PageMemory = newPageMemory()): OfficialHit[] {
    const canon = p.canon;
    const base = memory.base;
    interface Raw {
      pattern: number;
      start: number;
      end: number;
    }
    const names: Raw[] = [];
    const titlesByEnd = new Map<number, Raw[]>();
    const titlesByStart = new Map<number, Raw[]>();
    const titles: Raw[] = [];
    this.ac.search(canon, (pattern, end) => {
      const pat = this.ac.patterns[pattern];
      const start = end - pat.length;
      if (joinsWord(canon, start) || joinsWord(canon, end)) return;
      const pl = this.payloads[pattern];
      const raw = { pattern, start, end };
      if (pl.some((x) => x.type !== 'title')) {
        // Names are capitalised in news copy; a lower-case "macron" is a word, not the president.
        const [os] = this.toOriginal(p, start, end);
        const c = text.charCodeAt(os);
        if (!isLowerUnit(c)) names.push(raw);
      }
      if (pl.some((x) => x.type === 'title')) {
        titles.push(raw);
        const byEnd = titlesByEnd.get(end) ?? [];
        byEnd.push(raw);
        titlesByEnd.set(end, byEnd);
        const byStart = titlesByStart.get(start) ?? [];
        byStart.push(raw);
        titlesByStart.set(start, byStart);
      }
    });
    names.sort((a, b) => a.start - b.start || b.end - a.end);

    const hits: OfficialHit[] = [];
    const lastFull = memory.lastFull; // official -> start of its latest full mention (page-wide)
    let occupiedTo = -1;
    for (const n of names) {
      if (n.start < occupiedTo) continue;
      const pl = this.payloads[n.pattern];
      const full = pl.find((x) => x.type === 'full');
      const [os, oe] = this.toOriginal(p, n.start, n.end);
      if (full) {
        // Several officials may share one full alias; the first listed wins, deterministically.
        hits.push({ official: full.official, start: os, end: oe, score: 1, why: `alias '${full.source}'` });
        lastFull.set(full.official, base + n.start);
        occupiedTo = n.end;
        continue;
      }
      const linked = this.linkSurname(text, p, n, titlesByEnd, titlesByStart, lastFull, base);
      if (!linked) continue;
      hits.push({ official: linked.official, start: os, end: oe, score: linked.score, why: linked.why });
      occupiedTo = n.end;
    }

    // A title standing alone ("the French president's remarks", "the foreign minister said"):
    // - when exactly one official named earlier holds it, it refers to them (used for attributions);
    // - when one official in the whole dataset holds it, the title is specific (not "President",
    //   "UN ambassador"), and that official is still in office, it names them outright.
    const named = hits.slice(); // sorted by start
    const titleHits: OfficialHit[] = [];
    const namedBefore = new Set<number>(memory.named);
    let ni = 0;
    let lastTitleEnd = -1;
    titles.sort((a, b) => a.start - b.start || b.end - a.end);
    for (const t of titles) {
      const [os, oe] = this.toOriginal(p, t.start, t.end);
      while (ni < named.length && named[ni].start < os) namedBefore.add(named[ni++].official);
      const owners = [
        ...new Set(
          this.payloads[t.pattern].filter((x) => x.type === 'title' && x.official >= 0).map((x) => x.official),
        ),
      ];
      if (!owners.length || os < lastTitleEnd) continue;
      // Next to a name ("Foreign Minister Sergey Lavrov"), the name speaks for itself; on the same line
      // only, since a name in the next block is not beside the title.
      const prev = ni > 0 ? named[ni - 1] : undefined;
      const next = named[ni];
      const beside = (a: number, b: number) => b - a <= 2 && !text.slice(a, b).includes('\n');
      if ((prev && beside(prev.end, os)) || (next && beside(oe, next.start))) continue;
      const title = this.ac.patterns[t.pattern];
      const cands = owners.filter((o) => namedBefore.has(o));
      if (cands.length === 1) {
        titleHits.push({
          official: cands[0],
          start: os,
          end: oe,
          score: 0.8,
          why: `title '${title}' for an official named earlier`,
          titleOnly: true,
        });
        lastTitleEnd = oe;
      } else if (
        owners.length === 1 &&
        !this.genericTitles.has(title) &&
        this.onlyCurrentRoles(owners[0]) &&
        this.definiteReference(canon, t.start)
      ) {
        titleHits.push({ official: owners[0], start: os, end: oe, score: 0.8, why: `specific title '${title}'` });
        lastTitleEnd = oe;
      }
    }
    for (const h of named) memory.named.add(h.official);
    memory.base = base + canon.length + 1;
    hits.push(...titleHits);
    hits.sort((a, b) => a.start - b.start || a.end - b.end);
    return hits;
  }

  private linkSurname(
    text: string,
    p: PreparedText,
    n: { pattern: number; start: number; end: number },
    titlesByEnd: Map<number, { pattern: number }[]>,
    titlesByStart: Map<number, { pattern: number }[]>,
    lastFull: Map<number, number>,
    base: number,
  ): { official: number; score: number; why: string } | null {
    const owners = this.surnameOwners.get(n.pattern);
    if (!owners) return null;
    const canon = p.canon;
    const surname = this.payloads[n.pattern].find((x) => x.type === 'surname')!.source;
    const cjk = isCjkUnit(canon.charCodeAt(n.start));
    const [os] = this.toOriginal(p, n.start, n.end);

    if (scriptOf(canon.charCodeAt(n.start)) === 'han') {
      // A Han surname followed by more Han is another person's full name (山崎浩), unless what follows
      // is an honorific or a title (山崎氏, 山崎大使).
      const nextCode = canon.charCodeAt(n.end);
      if (
        n.end < canon.length &&
        scriptOf(nextCode) === 'han' &&
        !this.jaAfter.some((h) => canon.startsWith(h, n.end)) &&
        !titlesByStart.has(n.end)
      )
        return null;
    }
    if (!cjk && this.givenNameBefore(text, os)) return null;

    // Adjacent titles: before ("Foreign Minister Lavrov") or, in Japanese, right after ("ラブロフ外相").
    const adjacent = [
      ...(titlesByEnd.get(n.start - 1) ?? []).filter(() => canon[n.start - 1] === ' '),
      ...(titlesByEnd.get(n.start) ?? []),
      ...(cjk ? (titlesByStart.get(n.end) ?? []) : []),
      // Japanese abbreviates the country to one character before the title: メローニ伊首相, スターマー英首相.
      ...(cjk && JA_COUNTRY_ABBREVIATIONS.includes(canon[n.end]) ? (titlesByStart.get(n.end + 1) ?? []) : []),
    ];
    for (const t of adjacent) {
      const tp = this.payloads[t.pattern].filter((x) => x.type === 'title');
      const specific = owners.filter((o) => tp.some((x) => x.official === o));
      const title = this.ac.patterns[t.pattern];
      if (specific.length >= 1) {
        const best =
          specific.length === 1 ? specific[0] : (this.latest(specific, lastFull, base + n.start) ?? specific[0]);
        return { official: best, score: 0.95, why: `title '${title}' + surname '${surname}'` };
      }
      if (owners.length === 1)
        return { official: owners[0], score: 0.9, why: `title '${title}' + unambiguous surname '${surname}'` };
    }
    const earlier = this.latest(owners, lastFull, base + n.start);
    if (earlier !== undefined)
      return { official: earlier, score: 0.9, why: `surname '${surname}' after full name earlier` };
    return null;
  }

  private definiteReference(canon: string, start: number): boolean {
    if (scriptOf(canon.charCodeAt(start)) !== 'latin') return true;
    return DEFINITE_BEFORE.test(canon.slice(Math.max(0, start - 12), start));
  }

  /**
   * Titles are not tied to roles, so a title names an official outright only when every role of
   * theirs is current: "the armed forces minister" must not name someone who has moved on.
   */
  private onlyCurrentRoles(official: number): boolean {
    return (this.officials[official].roles ?? []).every((r) => !r.to);
  }

  private latest(owners: number[], lastFull: Map<number, number>, before: number): number | undefined {
    let best: number | undefined;
    let bestAt = -1;
    for (const o of owners) {
      const at = lastFull.get(o);
      if (at !== undefined && at < before && at > bestAt) {
        best = o;
        bestAt = at;
      }
    }
    return best;
  }

  /** A capitalised given name right before the surname ("Hiroshi Yamazaki", "Ирина Лаврова"). */
  private givenNameBefore(text: string, start: number): boolean {
    let k = start;
    let gap = 0;
    while (k > 0 && (text[k - 1] === ' ' || text[k - 1] === '\u00a0')) {
      k--;
      gap++;
    }
    if (gap === 0 || gap > 2 || k === 0) return false;
    const end = k;
    while (k > 0 && (isWordUnit(text.charCodeAt(k - 1)) || text[k - 1] === '-' || text[k - 1] === '.')) k--;
    const word = text.slice(k, end);
    if (word.length < 2 || word.includes('.')) return false;
    if (!isUpperUnit(word.charCodeAt(0))) return false;
    // All-capitals words are acronyms (МИД, UN), not given names.
    if (![...word.slice(1)].some((ch) => isLowerUnit(ch.charCodeAt(0)))) return false;
    // A title word ends right there ("Minister Lavrov") or a function word / month stands there.
    if (NOT_GIVEN_NAMES.has(fold(word))) return false;
    const tail = this.prepare(text.slice(Math.max(0, k - 60), end)).canon;
    if (this.endsWithTitle(tail)) return false;
    return true;
  }

  private endsWithTitle(tail: string): boolean {
    let found = false;
    this.ac.search(tail, (pattern, end) => {
      if (end === tail.length && this.payloads[pattern].some((x) => x.type === 'title')) {
        const start = end - this.ac.patterns[pattern].length;
        if (!joinsWord(tail, start)) found = true;
      }
    });
    return found;
  }
}
