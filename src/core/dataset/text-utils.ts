// Small pure helpers the dataset checks and importers share: alias normalisation, dates, language
// tags, scripts, ids. Kept free of Node and DOM so the benchmark can run them in any runtime.
import { fold } from '../text/normalise.ts';

/**
 * The page matcher's own fold (src/core/text: NFKC, lower case, Latin diacritics stripped, ё -> е,
 * quotes and dashes unified): the base of every comparison key below, and of the words importers
 * derive match hints from. Stripping every mark, as this did before, turned "й" into "и" while page
 * text keeps "й", so imported Russian claims could not match even their own wording.
 */
export function foldForKey(text: string): string {
  return fold(text);
}

/** Folded, whitespace collapsed: the form two aliases collide in. */
export function normaliseAlias(text: string): string {
  return foldForKey(text).replace(/\s+/gu, ' ').trim();
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day (so 2024-02-30 is rejected). */
export function isValidDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day >= 1 && day <= days;
}

/** Partial dates compare by their prefix: "2024" sorts before "2024-03" before "2024-03-01". */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Well-formed BCP-47 (language[-script][-region][-variant]*, or x-private). Syntax only: the
 * registry is not bundled, and "ru-Latn" or "und-Cyrl" are exactly the tags we need to allow.
 */
export const LANG_TAG_PATTERN =
  '^(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*(?:-x(?:-[A-Za-z0-9]{1,8})+)?$|^x(?:-[A-Za-z0-9]{1,8})+$';
const LANG_TAG_RE = new RegExp(LANG_TAG_PATTERN);
export function isWellFormedLangTag(tag: string): boolean {
  return LANG_TAG_RE.test(tag);
}

export const ID_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';

/**
 * Text fields end up in cards and exports; even though the UI renders them as text, markup in the
 * dataset is always a mistake or an attack, so it is refused at the source.
 */
export const SAFE_TEXT_PATTERN =
  '^(?![\\s\\S]*<[A-Za-z/!?])(?![\\s\\S]*[jJ][aA][vV][aA][sS][cC][rR][iI][pP][tT]\\s*:)[\\s\\S]*$';
const MARKUP_RE = /<[A-Za-z/!?]|javascript\s*:/i;
export function findMarkup(text: string): string | undefined {
  const m = MARKUP_RE.exec(text);
  return m ? text.slice(m.index, m.index + 12) : undefined;
}

export type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Han' | 'Kana' | 'Hangul' | 'Arabic' | 'Hebrew' | 'Other';

/** The dominant script of a name, by letter count. */
export function dominantScript(text: string): Script | undefined {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    let s: Script | undefined;
    if (/\p{Script=Latin}/u.test(ch)) s = 'Latin';
    else if (/\p{Script=Cyrillic}/u.test(ch)) s = 'Cyrillic';
    else if (/\p{Script=Greek}/u.test(ch)) s = 'Greek';
    else if (/\p{Script=Han}/u.test(ch)) s = 'Han';
    else if (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(ch)) s = 'Kana';
    else if (/\p{Script=Hangul}/u.test(ch)) s = 'Hangul';
    else if (/\p{Script=Arabic}/u.test(ch)) s = 'Arabic';
    else if (/\p{Script=Hebrew}/u.test(ch)) s = 'Hebrew';
    else if (/\p{L}/u.test(ch)) s = 'Other';
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script | undefined;
  let n = 0;
  for (const [s, c] of counts) if (c > n) [best, n] = [s, c];
  return best;
}

/** kebab-case ASCII id from any text; empty when nothing Latin survives (callers add a fallback). */
export function slugify(text: string, maxLength = 48): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const dash = cut.lastIndexOf('-');
  return (dash > maxLength / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** FNV-1a, 32 bits, hex: stable short ids from content, identical on every run and platform. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Bytes the text takes as UTF-8, without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Own-property lookup: keys come from untrusted data, and "constructor" or "__proto__" must not
 * reach Object.prototype through a plain table.
 */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A count table that untrusted keys ("__proto__") cannot escape from. */
export function countTable(): Record<string, number> {
  return Object.create(null) as Record<string, number>;
}

// Control characters and bidi overrides from untrusted text would rewrite the maintainer's terminal.
const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
export function safeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Code-unit order: ids are ASCII, and locale-aware comparison would differ between machines. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
