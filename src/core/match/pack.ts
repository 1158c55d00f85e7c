// The matcher's built indexes as one binary buffer: written when a dataset is compiled, read at page load
// through typed-array views over that buffer. Loading then costs no JSON.parse of the index, no automaton
// build and no analysis of claim texts; strings are decoded only when something reads them.
//
// Layout (little-endian): "CLIX", u32 header length, the header (UTF-8 JSON: parts, their small `meta`
// and where each array lies), then the arrays, each aligned to 8 bytes. A string list is one UTF-8 text
// and an Int32Array of offsets into it (UTF-16 units), so one entry is a slice of one decoded string.

import type { CompiledDataset } from '../types';

/**
 * Bumped whenever any index's packed form, or what an index holds for the same dataset, changes (2: the
 * officials' automaton holds Cyrillic spelling variants of foreign names; 3: the claims index keeps its
 * anchors and term counts as arrays and its groups only in `flat`; 4: automata
 * keep their transitions' used entries, not the hash table; 5: the claims index says which groups an
 * actor owns, `hints.owns`; 6: integer arrays may be unsigned 16-bit; 7: the claims index keeps hint
 * groups' anaphora; 8: claim texts say whether they are about deliberating; 9: the claims index keeps
 * claims' `hints.elsewhere`; 10: the claims index says which group names the place a claim's act happens in; 11:
 * automata keep each node's children as sorted arrays, restored without a hash table): an older buffer is
 * then ignored and rebuilt.
 */
export const PACK_FORMAT = 11;
const MAGIC = 0x58494c43; // "CLIX" read as a little-endian u32

/** A list of strings kept as one text and offsets; entries are sliced out on demand. */
export class StringList {
  private text: string | undefined;
  constructor(
    private readonly source: (() => string) | string,
    private readonly offsets: Int32Array,
  ) {
    if (typeof source === 'string') this.text = source;
  }

  static of(list: readonly string[]): StringList {
    const offsets = new Int32Array(list.length + 1);
    let n = 0;
    list.forEach((s, i) => {
      offsets[i] = n;
      n += s.length;
    });
    offsets[list.length] = n;
    return new StringList(list.join(''), offsets);
  }

  get length(): number {
    return this.offsets.length - 1;
  }

  get(i: number): string {
    this.text ??= (this.source as () => string)();
    return this.text.slice(this.offsets[i], this.offsets[i + 1]);
  }

  /** Whether entry `i` is `s`, without slicing it out. */
  equals(i: number, s: string): boolean {
    this.text ??= (this.source as () => string)();
    const from = this.offsets[i];
    if (this.offsets[i + 1] - from !== s.length) return false;
    for (let k = 0; k < s.length; k++) if (this.text.charCodeAt(from + k) !== s.charCodeAt(k)) return false;
    return true;
  }

  /** Entry `i` compared with `s` as `<` compares strings (UTF-16 code units), without slicing it out. */
  compare(i: number, s: string): number {
    this.text ??= (this.source as () => string)();
    const from = this.offsets[i];
    const len = this.offsets[i + 1] - from;
    const n = Math.min(len, s.length);
    for (let k = 0; k < n; k++) {
      const d = this.text.charCodeAt(from + k) - s.charCodeAt(k);
      if (d !== 0) return d;
    }
    return len - s.length;
  }

  toArray(): string[] {
    return Array.from({ length: this.length }, (_, i) => this.get(i));
  }

  /** For packing: the joined text and its offsets. */
  parts(): { text: string; offsets: Int32Array } {
    this.text ??= (this.source as () => string)();
    return { text: this.text, offsets: this.offsets };
  }
}

/** One index's packed form. */
export interface PackPart {
  /** Small values only (counts, per-language figures): this goes through JSON. */
  meta: unknown;
  i32: Record<string, Int32Array>;
  f64: Record<string, Float64Array>;
  str: Record<string, StringList>;
  /** Raw bytes (UTF-8 records decoded one by one: see records.ts). */
  u8?: Record<string, Uint8Array>;
}

export interface Pack {
  /** Says which dataset the indexes were built from (see datasetFingerprint). */
  fingerprint: string;
  parts: Record<string, PackPart>;
}

type Where = [offset: number, length: number];
/**
 * Where an Int32Array lies, stored in the narrowest width that holds all of its values: 1, 2 or 4 bytes
 * signed, or -2 for unsigned 16 bits.
 */
type IntWhere = [offset: number, length: number, bytesPerValue: 1 | 2 | 4 | -2];
interface Header {
  format: number;
  fingerprint: string;
  parts: Record<
    string,
    {
      meta: unknown;
      i32: Record<string, IntWhere>;
      f64: Record<string, Where>;
      str: Record<string, { text: Where; offsets: IntWhere }>;
      u8?: Record<string, Where>;
    }
  >;
}

const align8 = (n: number) => (n + 7) & ~7;

export function encodePack(pack: Pack): Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  const blocks: Uint8Array[] = [];
  let at = 0;
  const put = (bytes: Uint8Array): Where => {
    const where: Where = [at, bytes.byteLength];
    blocks.push(bytes);
    at = align8(at + bytes.byteLength);
    return where;
  };
  const view = (a: Int32Array | Int16Array | Uint16Array | Int8Array | Float64Array) =>
    new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const ints = (a: Int32Array): IntWhere => {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < a.length; i++) {
      if (a[i] < lo) lo = a[i];
      else if (a[i] > hi) hi = a[i];
    }
    if (lo >= -128 && hi <= 127) return [put(view(Int8Array.from(a)))[0], a.length, 1];
    if (lo >= -32768 && hi <= 32767) return [put(view(Int16Array.from(a)))[0], a.length, 2];
    // Node numbers and character codes of an automaton under 65,536 nodes: half the bytes to unzip.
    if (lo >= 0 && hi <= 65535) return [put(view(Uint16Array.from(a)))[0], a.length, -2];
    return [put(view(a))[0], a.length, 4];
  };
  const header: Header = { format: PACK_FORMAT, fingerprint: pack.fingerprint, parts: {} };
  for (const [name, part] of Object.entries(pack.parts)) {
    const h: Header['parts'][string] = { meta: part.meta, i32: {}, f64: {}, str: {} };
    for (const [k, a] of Object.entries(part.i32)) h.i32[k] = ints(a);
    for (const [k, a] of Object.entries(part.f64)) h.f64[k] = [put(view(a))[0], a.length];
    for (const [k, list] of Object.entries(part.str)) {
      const { text, offsets } = list.parts();
      h.str[k] = { text: put(encoder.encode(text)), offsets: ints(offsets) };
    }
    if (part.u8) {
      h.u8 = {};
      for (const [k, a] of Object.entries(part.u8)) h.u8[k] = put(a);
    }
    header.parts[name] = h;
  }
  const head = encoder.encode(JSON.stringify(header));
  const base = align8(8 + head.byteLength);
  const out = new Uint8Array(base + at);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, head.byteLength, true);
  out.set(head, 8);
  let offset = 0;
  for (const b of blocks) {
    out.set(b, base + offset);
    offset = align8(offset + b.byteLength);
  }
  return out;
}

/**
 * Reads a buffer written by encodePack. Returns undefined (the caller then builds the indexes) for a
 * buffer of another format version, a big-endian machine, or bytes that are not a pack at all.
 */
export function decodePack(input: ArrayBuffer | Uint8Array): Pack | undefined {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Typed-array views need their element alignment: copy once if the buffer starts at an odd offset.
  if (bytes.byteOffset % 8 !== 0) bytes = bytes.slice();
  if (bytes.byteLength < 8 || new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) return undefined;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) return undefined;
  const headLength = dv.getUint32(4, true);
  if (8 + headLength > bytes.byteLength) return undefined;
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headLength))) as Header;
  } catch {
    return undefined;
  }
  if (header?.format !== PACK_FORMAT) return undefined;
  const base = bytes.byteOffset + align8(8 + headLength);
  const end = bytes.byteOffset + bytes.byteLength;
  const check = (offset: number, byteLength: number) => {
    if (base + offset + byteLength > end) throw new RangeError('pack: an array lies past the end of the buffer');
  };
  // Four-byte arrays are views over the buffer; narrower ones are widened (one copy).
  const i32 = ([offset, length, width]: IntWhere): Int32Array => {
    check(offset, length * Math.abs(width));
    if (width === 4) return new Int32Array(bytes.buffer, base + offset, length);
    if (width === 2) return new Int32Array(new Int16Array(bytes.buffer, base + offset, length));
    if (width === -2) return new Int32Array(new Uint16Array(bytes.buffer, base + offset, length));
    if (width === 1) return new Int32Array(new Int8Array(bytes.buffer, base + offset, length));
    throw new RangeError('pack: unknown integer width');
  };
  const f64 = ([offset, length]: Where) => (
    check(offset, length * 8),
    new Float64Array(bytes.buffer, base + offset, length)
  );
  const decoder = new TextDecoder();
  const parts: Record<string, PackPart> = {};
  try {
    for (const [name, h] of Object.entries(header.parts)) {
      const part: PackPart = { meta: h.meta, i32: {}, f64: {}, str: {} };
      for (const [k, w] of Object.entries(h.i32)) part.i32[k] = i32(w);
      for (const [k, w] of Object.entries(h.f64)) part.f64[k] = f64(w);
      for (const [k, { text, offsets }] of Object.entries(h.str)) {
        check(text[0], text[1]);
        const start = base + text[0];
        part.str[k] = new StringList(() => decoder.decode(new Uint8Array(bytes.buffer, start, text[1])), i32(offsets));
      }
      if (h.u8) {
        part.u8 = {};
        for (const [k, [offset, length]] of Object.entries(h.u8)) {
          check(offset, length);
          part.u8[k] = new Uint8Array(bytes.buffer, base + offset, length);
        }
      }
      parts[name] = part;
    }
  } catch {
    return undefined;
  }
  return { fingerprint: header.fingerprint, parts };
}

/**
 * What identifies a dataset for its packed indexes: its version and counts, and a hash over every
 * official and claim of its id's length and ends and the lengths of its names, texts and hints (a few
 * operations per record: reading every character of a large dataset would cost a good part of the
 * load itself). The compiler writes a pack together with its dataset; this catches a pack left over
 * from another build or another dataset, not a forgery.
 */
export function datasetFingerprint(dataset: CompiledDataset): string {
  let h = 0x811c9dc5;
  const mix = (v: number) => (h = Math.imul(h ^ v, 0x01000193));
  const id = (s: string) => mix((s.length << 16) ^ (s.charCodeAt(0) << 8) ^ s.charCodeAt(s.length - 1));
  for (const o of dataset.officials ?? []) {
    id(o.id);
    for (const a of o.aliases ?? []) mix(a.text.length);
    for (const t of o.titles ?? []) mix(t.length + 0x10000);
    for (const r of o.roles ?? []) for (const t of r.titles ?? []) mix(t.length + 0x20000);
  }
  for (const c of dataset.claims ?? []) {
    id(c.id);
    mix(c.text.length);
    if (c.translations) for (const k in c.translations) mix((k.charCodeAt(0) << 16) ^ (c.translations[k]?.length ?? 0));
    if (c.hints) mix(JSON.stringify(c.hints).length);
  }
  const n = `${dataset.officials?.length ?? 0}.${dataset.claims?.length ?? 0}`;
  return `${PACK_FORMAT}:${dataset.version ?? ''}:${n}:${(h >>> 0).toString(16)}`;
}
