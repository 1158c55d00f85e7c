// The dataset's records inside its pack (see pack.ts): every official and claim as its own JSON text,
// parsed the first time something reads it. A tab that restores its matcher from a pack then never
// parses the whole dataset: it reads the few records its page's matches and cards need. At 10,000
// claims, JSON.parse of the compiled dataset was most of the time a tab took to be ready to match.
import type { CompiledClaim, CompiledDataset, CompiledOfficial } from '../types';
import { StringList, type Pack, type PackPart } from './pack';

/** Datasets read from a pack -> that pack: their indexes are the pack's, with nothing to compare. */
const FROM_PACK = new WeakMap<object, Pack>();

/** The pack part holding `dataset`'s records (written by packMatcher next to the indexes). */
export function packRecords(dataset: CompiledDataset): PackPart {
  const { officials = [], claims = [], ...rest } = dataset;
  return {
    // format, version, dates, licence, organisations and sources: small beside the records.
    meta: rest,
    ...utf8Lists({
      officials: officials.map((o) => JSON.stringify(o)),
      claims: claims.map((c) => JSON.stringify(c)),
    }),
    f64: {},
    str: {
      officialIds: StringList.of(officials.map((o) => o.id)),
      claimIds: StringList.of(claims.map((c) => c.id)),
    },
  };
}

/**
 * Lists of texts as UTF-8 bytes and byte offsets (`<name>At`), so that one entry is decoded without
 * the others: a string list decodes its whole text at first read, megabytes for 10,000 records.
 */
function utf8Lists(lists: Record<string, string[]>): Pick<PackPart, 'u8' | 'i32'> {
  const encoder = new TextEncoder();
  const u8: Record<string, Uint8Array> = {};
  const i32: Record<string, Int32Array> = {};
  for (const [name, list] of Object.entries(lists)) {
    const parts = list.map((t) => encoder.encode(t));
    const at = new Int32Array(parts.length + 1);
    parts.forEach((p, i) => (at[i + 1] = at[i] + p.byteLength));
    const bytes = new Uint8Array(at[parts.length]);
    parts.forEach((p, i) => bytes.set(p, at[i]));
    u8[name] = bytes;
    i32[`${name}At`] = at;
  }
  return { u8, i32 };
}

/** Entry `i` of a list written by utf8Lists. */
interface Utf8List {
  length: number;
  get(i: number): string;
}

function utf8List(part: PackPart, name: string): Utf8List | undefined {
  const bytes = part.u8?.[name];
  const at = part.i32[`${name}At`];
  if (!bytes || !at || at.length < 1 || at[at.length - 1] !== bytes.byteLength) return undefined;
  const decoder = new TextDecoder();
  return { length: at.length - 1, get: (i) => decoder.decode(bytes.subarray(at[i], at[i + 1])) };
}

/**
 * An array of `list.length` records, each parsed from its JSON on first read and kept. Reading one
 * entry by index parses that entry only; anything else (iteration, map, find, spread) parses them all
 * once and then works as on a plain array. Read-only, as compiled datasets are.
 */
function lazyRecords<T>(list: Utf8List): readonly T[] {
  const n = list.length;
  const target = new Array<T | undefined>(n).fill(undefined);
  let complete = false;
  const at = (i: number): T => (target[i] ??= JSON.parse(list.get(i)) as T);
  const all = () => {
    if (complete) return;
    for (let i = 0; i < n; i++) at(i);
    complete = true;
  };
  return new Proxy(target as T[], {
    get(t, prop, receiver) {
      if (typeof prop === 'string') {
        const c = prop.charCodeAt(0);
        if ((c >= 48 && c <= 57) || c === 45) {
          // An index, in range or not ("-1" included): never a reason to parse them all.
          const i = Number(prop);
          if (String(i) === prop) return Number.isInteger(i) && i >= 0 && i < n ? at(i) : undefined;
        }
        if (prop === 'length') return n;
      }
      all();
      return Reflect.get(t, prop, receiver) as unknown;
    },
    has(t, prop) {
      all();
      return Reflect.has(t, prop);
    },
    ownKeys(t) {
      all();
      return Reflect.ownKeys(t);
    },
    getOwnPropertyDescriptor(t, prop) {
      all();
      return Reflect.getOwnPropertyDescriptor(t, prop);
    },
    set: () => false,
    deleteProperty: () => false,
    defineProperty: () => false,
  });
}

/**
 * The dataset a pack carries (undefined for a pack written without its records), with records parsed
 * on first read. createMatcher restores its indexes from this same pack without checking a
 * fingerprint: they were written together.
 */
export function datasetFromPack(pack: Pack | undefined): CompiledDataset | undefined {
  const part = pack?.parts.records;
  if (!pack || !part || typeof part.meta !== 'object' || !part.meta) return undefined;
  const officials = utf8List(part, 'officials');
  const claims = utf8List(part, 'claims');
  if (!officials || !claims) return undefined;
  const dataset = {
    ...(part.meta as Omit<CompiledDataset, 'officials' | 'claims'>),
    officials: lazyRecords<CompiledOfficial>(officials),
    claims: lazyRecords<CompiledClaim>(claims),
  } as CompiledDataset;
  FROM_PACK.set(dataset, pack);
  return dataset;
}

/** The pack `dataset` was read from by datasetFromPack, if it was. */
export function packOf(dataset: CompiledDataset): Pack | undefined {
  return FROM_PACK.get(dataset);
}

export interface RecordLookup {
  official(id: string): CompiledOfficial | undefined;
  claim(id: string): CompiledClaim | undefined;
}

/**
 * Records by id. For a dataset read from a pack, the ids come from the pack's id lists and only the
 * records asked for are parsed; otherwise a map over the arrays.
 */
export function recordLookup(dataset: CompiledDataset): RecordLookup {
  let lookup = LOOKUPS.get(dataset);
  if (!lookup) LOOKUPS.set(dataset, (lookup = makeLookup(dataset)));
  return lookup;
}

/** One lookup per dataset: cards and labels ask for records one at a time. */
const LOOKUPS = new WeakMap<object, RecordLookup>();

function makeLookup(dataset: CompiledDataset): RecordLookup {
  const ids = packOf(dataset)?.parts.records?.str;
  const byId = <T extends { id: string }>(list: readonly T[], idList: StringList | undefined) => {
    let index: Map<string, number> | undefined;
    return (id: string): T | undefined => {
      if (!index) {
        index = new Map();
        if (idList) for (let i = 0; i < idList.length; i++) index.set(idList.get(i), i);
        else list.forEach((r, i) => index!.set(r.id, i));
      }
      const i = index.get(id);
      return i === undefined ? undefined : list[i];
    };
  };
  return {
    official: byId(dataset.officials ?? [], ids?.officialIds),
    claim: byId(dataset.claims ?? [], ids?.claimIds),
  };
}
