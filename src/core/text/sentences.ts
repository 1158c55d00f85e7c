// Sentence splitting on the original page text (capitals matter): ., !, ? followed by a new sentence,
// CJK 。！？ anywhere, and every newline; abbreviations ("U.S.", "Mr.", initials) and decimals do not split.

export interface Span {
  start: number;
  end: number;
}

// Lower-case forms of abbreviations that usually precede a name or a number, not a sentence end ("EE." of the
// Spanish "EE. UU.": its "UU." may end one).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st gen col lt sgt capt cmdr adm gov sen rep pres amb min dept jr sr inc corp ltd co ' +
    'vs etc e.g i.e cf no vol fig approx jan feb mar apr jun jul aug sep sept oct nov dec ' +
    'u.s u.k u.n e.u ee m mme mlle gen st-p ул г им т.е т.д т.п проф ген тыс млн млрд руб'
  ).split(' '),
);

const CLOSERS = new Set(['"', "'", '’', '”', '»', ')', ']', '」', '』', '）']);
const GERMAN_CLOSERS = new Set(['“', '‘']);
const OPENERS = new Set(['"', "'", '‘', '“', '«', '(', '[', '„', '「', '『']);

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f' || ch === '\u3000';
}

const LETTER = /\p{L}/u;

/** A letter, '.' or '-' (what /[\p{L}.\-]/u matches for one code unit), ASCII without a regex. */
function isWordOrDot(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x2d;
  return LETTER.test(String.fromCharCode(c));
}

/** The word (letters and dots) that ends right before a period at `dot`. */
function wordBefore(text: string, dot: number, blockStart: number): string {
  let k = dot;
  while (k > blockStart && isWordOrDot(text.charCodeAt(k - 1))) k--;
  return text.slice(k, dot);
}

/** Exactly the code units /\s/u matches, without a regular expression call per character. */
function isWhiteSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function trimSpan(text: string, start: number, end: number): Span | null {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : null;
}

/** Code units the loop below acts on: line breaks and sentence terminators. */
const ENDS_SOMETHING = new Uint8Array(0x10000);
for (const ch of '\n\r.!?…。！？｡') ENDS_SOMETHING[ch.charCodeAt(0)] = 1;

/**
 * Whether the sentence from `at` (to its 。) picks up a lead that ended in a dash: こう or そう before a verb of
 * saying or reporting (こう述べた, そう報じた), この/その before a noun for what was said (この警告を), or a short
 * sentence ending in such a verb with no object of its own (国務長官が会見で確認した); not a statement of its own
 * (一方、ポーランドは…を固めた).
 */
const PICKS_UP =
  /^[^。\n]*?(?:(?:こう|そう)[^。\n]{0,12}?(?:述べ|語|話し|強調|表明|主張|報じ|否定|明らかに|訴え|確認|指摘|説明|批判|打ち消|退け|一蹴|反論|警告|答え|記し|書い|伝え|呼びかけ|呼び掛け|発破|投げかけ|促し)|(?:この|その)(?:発言|警告|主張|報道|見方|記事|考え|方針|見解|指摘|構想|案|言い分|見立て)を)|^[^。\nを「」]{0,40}?(?<![とが])(?:確認し|否定し|認め|明らかにし|述べ|語っ|表明し|強調し|主張し|報じ)た。/u;
function picksUpLead(text: string, at: number): boolean {
  return PICKS_UP.test(text.slice(at, at + 200));
}

/** Sentence spans of `text` (trimmed, never spanning a newline). */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let sentStart = 0;
  let blockStart = 0;
  const emit = (end: number) => {
    const s = trimSpan(text, sentStart, end);
    if (s) out.push(s);
    sentStart = end;
  };
  for (let i = 0; i < text.length; i++) {
    // Most characters end nothing: skip them with one table read, without making a string of each.
    if (ENDS_SOMETHING[text.charCodeAt(i)] === 0) continue;
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      emit(i);
      sentStart = i + 1;
      blockStart = i + 1;
      continue;
    }
    if (ch === '。' || ch === '！' || ch === '？' || ch === '｡') {
      // A Japanese lead ending in a dash ("…送らない――。首相はこう述べた") is what the next sentence says when
      // that sentence picks it up: one sentence with it.
      if (ch === '。' && i > 0 && (text[i - 1] === '―' || text[i - 1] === '—') && picksUpLead(text, i + 1)) continue;
      let e = i + 1;
      while (e < text.length && (CLOSERS.has(text[e]) || text[e] === '。')) e++;
      emit(e);
      i = e - 1;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Runs of terminators and closing quotes end together ("?!", '."'); German closes a quote with “ or ‘, which
    // ends the sentence where the quote opened it („Gehen sie?“ – „Nein“); not one opened inside it (mit den Worten
    // „Auf keinen Fall!“ Berichte zurück), where a capitalised noun follows.
    // Read only where such a closer follows (most sentence ends have none).
    const germanQuote = () => /^[\s–—-]*[„‚]/u.test(text.slice(sentStart, sentStart + 4));
    let e = i + 1;
    while (
      e < text.length &&
      (text[e] === '.' ||
        text[e] === '!' ||
        text[e] === '?' ||
        CLOSERS.has(text[e]) ||
        (GERMAN_CLOSERS.has(text[e]) && germanQuote()))
    )
      e++;
    if (e >= text.length) {
      emit(e);
      i = e - 1;
      continue;
    }
    if (!isSpace(text[e]) && text[e] !== '\n') continue; // "3.5", "U.S.-led", "example.com"
    let k = e;
    while (k < text.length && isSpace(text[k])) k++;
    if (k >= text.length || text[k] === '\n') {
      emit(e);
      i = e - 1;
      continue;
    }
    let next = text[k];
    let q = k;
    // A dash between a quoted question and its quoted answer ('?“ – „Nein“'): the answer opens there.
    if ((next === '–' || next === '—') && isSpace(text[k + 1] ?? '') && OPENERS.has(text[k + 2] ?? ''))
      next = text[(q += 2)];
    while (OPENERS.has(next) && q + 1 < text.length) next = text[++q];
    const startsSentence =
      isUpper(next) || isDigit(next) || /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(next);
    if (!startsSentence) continue;
    if (ch === '.' && e === i + 1) {
      const w = wordBefore(text, i, blockStart);
      const lw = w.toLowerCase();
      // An initial ("J. Smith") or a known abbreviation ("Mr. Lavrov", "U.S. officials").
      if (w.length === 1 && isUpper(w)) continue;
      if (ABBREVIATIONS.has(lw)) continue;
      // Dotted acronyms such as "U.S." or "U.N." end sentences only rarely; keep them inside.
      if (/^(\p{L}\.)+\p{L}$/u.test(w)) continue;
    }
    emit(e);
    i = e - 1;
  }
  emit(text.length);
  return out;
}
