import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkthatDataset, corpusPages, loadPosts } from '../../../scripts/eval/checkthat';
import { createPageParser } from '../../../src/cli/page-text';
import { createMatcher, packFits, packMatcher } from '../../../src/core/match';
import { datasetFingerprint, decodePack, encodePack, PACK_FORMAT, StringList } from '../../../src/core/match/pack';
import { datasetFromPack, recordLookup } from '../../../src/core/match/records';
import { buildCardModel } from '../../../src/ui/card/card-model';
import { mergeDatasets } from '../../../src/shared/datasets';
import type { CompiledDataset } from '../../../src/core/types';
import { loadSourceDataset } from './load-dataset';

// A matcher restored from its packed indexes (what the extension loads) must find exactly what one
// built from the dataset finds: same mentions, offsets, scores and reasons, on real text.
describe('packed indexes', () => {
  const parser = createPageParser();
  let pages: string[] = [];
  beforeAll(() => {
    pages = corpusPages()
      .filter((_, i) => i % 3 === 0)
      .map((p) => parser.text(p.html));
  });
  afterAll(() => parser.close());

  const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seed/seed-article.txt'), 'utf8');

  function sameResults(dataset: CompiledDataset, texts: string[]): number {
    const packed = decodePack(packMatcher(dataset));
    expect(packed).toBeDefined();
    expect(packFits(packed, dataset)).toBe(true);
    const restored = createMatcher(dataset, { packed });
    // As a tab reads the bundled dataset: the records too from a pack, parsed as they are read.
    const lazy = datasetFromPack(decodePack(packMatcher(dataset, { records: true })))!;
    const fromRecords = createMatcher(lazy);
    expect(fromRecords.packed).toBe(true);
    const built = createMatcher(dataset);
    let mentions = 0;
    for (const text of texts) {
      const want = built.match(text);
      expect(restored.match(text)).toEqual(want);
      expect(fromRecords.match(text)).toEqual(want);
      mentions += want.length;
    }
    return mentions;
  }

  it('the bundled dataset: same mentions on the seed article and 44 corpus pages', { timeout: 120_000 }, () => {
    const dataset = loadSourceDataset();
    // German: a hint verb split around its clause ("lehnt … ab": ablehn*), kept in the pack too.
    const split = 'Moskau lehnt jede Stationierung von Nato-Soldaten in der Ukraine kategorisch ab, erklärte Lawrow.';
    // An alias's notWhen words are read from the records, which a tab reads from the pack.
    const dish = 'Poutine, frites et fromage en grains : le plat fait recette. Vladimir Poutine a parlé.';
    // A place the act happens instead, contrasted with its destination (hints.elsewhere), kept in the pack.
    const contrast =
      'Sunak erklärte, die Ausbildung bleibe in England, eine Verlegung in die Ukraine sei nicht geplant.';
    const n = sameResults(dataset, [seed, ...pages, split, dish, contrast]);
    const fromRecords = createMatcher(datasetFromPack(decodePack(packMatcher(dataset, { records: true })))!);
    expect(fromRecords.match(dish, { claims: false }).map((m) => dish.slice(m.start))).toEqual([
      'Vladimir Poutine a parlé.',
    ]);
    const restored = createMatcher(dataset, { packed: decodePack(packMatcher(dataset)) });
    expect(restored.match(split).map((m) => m.id)).toContain('russia-rejects-nato-peacekeepers');
    expect(restored.match(contrast).map((m) => m.id)).toContain('uk-training-inside-ukraine');
    // Officials and claims of every kind are in there (a test that compared two empty lists would pass).
    expect(n).toBeGreaterThan(40);
    const onSeed = createMatcher(dataset, { packed: decodePack(packMatcher(dataset)) }).match(seed);
    expect(onSeed.some((m) => m.kind === 'claim')).toBe(true);
    expect(onSeed.some((m) => m.kind === 'official')).toBe(true);
  });

  it('10,000 imported claims with the bundled ones: same on posts and pages', { timeout: 300_000 }, () => {
    const dataset = mergeDatasets(loadSourceDataset(), [
      { name: 'checkthat', addedAt: '2026-12-02', dataset: checkthatDataset() },
    ]);
    const posts = loadPosts()
      .filter((p) => p.split === 'tune')
      .map((p) => p.text);
    const n = sameResults(dataset, [...posts, ...pages.slice(0, 15)]);
    expect(n).toBeGreaterThan(100);
  });

  it('is ignored for any other dataset, which is then built as usual', () => {
    const dataset = loadSourceDataset();
    const packed = decodePack(packMatcher(dataset));
    const edited: CompiledDataset = {
      ...dataset,
      claims: dataset.claims.map((c, i) => (i === 0 ? { ...c, text: c.text + ' Updated.' } : c)),
    };
    expect(datasetFingerprint(edited)).not.toBe(datasetFingerprint(dataset));
    expect(packFits(packed, edited)).toBe(false);
    expect(packFits(packed, { ...dataset, claims: dataset.claims.slice(1) })).toBe(false);
    expect(packFits(packed, { ...dataset, version: 'other' })).toBe(false);
    // Built from the edited dataset, not read from the stale pack.
    expect(createMatcher(edited, { packed }).match(seed)).toEqual(createMatcher(edited).match(seed));
  });

  it('reads nothing from bytes that are not a pack of this format', () => {
    const bytes = packMatcher(loadSourceDataset());
    expect(decodePack(new Uint8Array(0))).toBeUndefined();
    expect(decodePack(new TextEncoder().encode('{"format":1}'))).toBeUndefined();
    expect(decodePack(bytes.slice(0, 1000))).toBeUndefined();
    const other = bytes.slice();
    // The header's format number becomes another one.
    const at = new TextDecoder().decode(other.subarray(0, 200)).indexOf(`"format":${PACK_FORMAT}`);
    expect(at).toBeGreaterThan(0);
    // Its last digit one more (9 -> "0", 10 -> "11").
    other[at + 9 + String(PACK_FORMAT).length - 1] = 0x30 + ((PACK_FORMAT + 1) % 10);
    expect(decodePack(other)).toBeUndefined();
    // A copy that starts at an odd offset of its buffer is still read (views need aligned offsets).
    const shifted = new Uint8Array(bytes.byteLength + 3);
    shifted.set(bytes, 3);
    expect(decodePack(shifted.subarray(3))?.fingerprint).toBe(decodePack(bytes)?.fingerprint);
  });

  it('writes an array of values from 0 to 65,535 in two bytes a value', () => {
    const pack = (a: Int32Array) =>
      encodePack({ fingerprint: 'x', parts: { p: { meta: {}, i32: { a }, f64: {}, str: {} } } }).byteLength;
    const n = 10_000;
    const wide = pack(Int32Array.from({ length: n }, (_, i) => 40_000 + i));
    const signedWide = pack(Int32Array.from({ length: n }, (_, i) => -40_000 + i));
    expect(wide).toBeLessThan(signedWide - n);
  });

  it("refuses a claims pack whose owned or actor groups are none of a claim's groups", () => {
    const ds = loadSourceDataset();
    const pack = decodePack(packMatcher(ds))!;
    const owns = pack.parts.claims.i32.owns;
    const at = owns.findIndex((g) => g >= 0);
    expect(at).toBeGreaterThanOrEqual(0);
    owns[at] = 99;
    expect(() => createMatcher(ds, { packed: pack })).toThrow(/not a packed index/);
  });

  it("refuses a claims pack whose groups naming where an act happens are none of a claim's groups", () => {
    const ds = loadSourceDataset();
    const pack = decodePack(packMatcher(ds))!;
    const sites = pack.parts.claims.i32.sites;
    const at = sites.findIndex((g) => g !== 0);
    expect(at).toBeGreaterThanOrEqual(0);
    sites[at] = 1 << 30;
    expect(() => createMatcher(ds, { packed: pack })).toThrow(/not a packed index/);
  });

  it('keeps integers of every width and strings of every script', () => {
    const ints = Int32Array.from([0, -1, 127, -128, 32767, -32768, 2 ** 31 - 1, -(2 ** 31)]);
    const words = ['', 'Лавров', '山崎', 'a\u0000b', '🙂'];
    const back = decodePack(
      encodePack({
        fingerprint: 'x',
        parts: {
          p: {
            meta: { k: 1 },
            i32: {
              small: Int32Array.from([1, -2, 3]),
              mid: Int32Array.from([300, -300]),
              // Above 32,767 and not negative: unsigned 16 bits, read back as they were.
              unsigned: Int32Array.from([0, 32768, 40000, 65535]),
              ints,
            },
            f64: { f: Float64Array.from([0.5, -1e300]) },
            str: { words: StringList.of(words) },
          },
        },
      }),
    )!.parts.p;
    expect([...back.i32.small]).toEqual([1, -2, 3]);
    expect([...back.i32.mid]).toEqual([300, -300]);
    expect([...back.i32.unsigned]).toEqual([0, 32768, 40000, 65535]);
    expect([...back.i32.ints]).toEqual([...ints]);
    expect([...back.f64.f]).toEqual([0.5, -1e300]);
    expect(back.str.words.toArray()).toEqual(words);
    expect(back.meta).toEqual({ k: 1 });
  });
});

// The dataset inside its pack (what the extension reads instead of parsing the whole JSON): the same
// records, parsed only as they are read.
describe('records in the pack', () => {
  const seed = readFileSync(join(import.meta.dirname, '../../../../shared/seed/seed-article.txt'), 'utf8');
  afterEach(() => vi.restoreAllMocks());

  it('hold the dataset as it was compiled', () => {
    const dataset = loadSourceDataset();
    const lazy = datasetFromPack(decodePack(packMatcher(dataset, { records: true })))!;
    expect(lazy.claims.length).toBe(dataset.claims.length);
    expect(lazy.officials[3]).toEqual(dataset.officials[3]);
    // Whole-array reads (spread, map, JSON) see every record.
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(JSON.parse(JSON.stringify(dataset)));
    expect(lazy.claims.map((c) => c.id)).toEqual(dataset.claims.map((c) => c.id));
    // A pack written without them carries no dataset.
    expect(datasetFromPack(decodePack(packMatcher(dataset)))).toBeUndefined();
  });

  it('are parsed one by one: matching the seed and opening a card read a few, not all', () => {
    const dataset = loadSourceDataset();
    const bytes = packMatcher(dataset, { records: true });
    const parse = vi.spyOn(JSON, 'parse');
    const lazy = datasetFromPack(decodePack(bytes))!;
    const found = createMatcher(lazy).match(seed);
    const claim = found.find((m) => m.kind === 'claim')!;
    const card = buildCardModel(lazy, claim);
    const want = dataset.claims.find((c) => c.id === claim.id)!;
    expect(card.title).toBe(want.text);
    expect(card.status).toBe(want.status);
    expect(recordLookup(lazy).official(dataset.officials[0].id)?.name).toBe(dataset.officials[0].name);
    expect(recordLookup(lazy).claim('no-such-claim')).toBeUndefined();
    // Each parse reads one record (plus the pack's header): far fewer than the records there are.
    const records = parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"id"'));
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan((dataset.claims.length + dataset.officials.length) / 2);
    expect(found).toEqual(createMatcher(dataset).match(seed));
  });

  it('an index out of range reads nothing (the officials matcher asks for -1: a generic title)', () => {
    const dataset = loadSourceDataset();
    const lazy = datasetFromPack(decodePack(packMatcher(dataset, { records: true })))!;
    const parse = vi.spyOn(JSON, 'parse');
    expect(lazy.officials[-1]).toBeUndefined();
    expect(lazy.officials[dataset.officials.length]).toBeUndefined();
    expect(lazy.claims.length).toBe(dataset.claims.length);
    expect(parse).not.toHaveBeenCalled();
  });

  it('cannot be changed through the dataset', () => {
    const lazy = datasetFromPack(decodePack(packMatcher(loadSourceDataset(), { records: true })))!;
    expect(() => {
      (lazy.claims as unknown[])[0] = { id: 'forged' };
    }).toThrow(TypeError);
    expect(lazy.claims[0].id).not.toBe('forged');
  });
});
