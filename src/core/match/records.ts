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
    i32: {},
    f64: {},
    str: {
      officials: StringList.of(officials.map((o) => JSON.stringify(o))),
      claims: StringList.of(claims.map((c) => JSON.stringify(c))),
      officialIds: StringList.of(officials.map((o) => o.id)),
      claimIds: StringList.of(claims.map((c) => c.id)),
    },
  };
}

/**
 * An array of `list.length` records, each parsed from its JSON on first read and kept. Reading one
 * entry by index parses that entry only; anything else (iteration, map, find, spread) parses them all
 * once and then works as on a plain array. Read-only, as compiled datasets are.
 */
function lazyRecords<T>(list: StringList): readonly T[] {
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
        if (c >= 48 && c <= 57) {
          const i = Number(prop);
          if (i < n && String(i) === prop) return at(i);
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
  const { officials, claims } = part?.str ?? {};
  if (!pack || !part || !officials || !claims || typeof part.meta !== 'object' || !part.meta) return undefined;
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
