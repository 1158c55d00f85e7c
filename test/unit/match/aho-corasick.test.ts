import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AhoCorasick } from '../../../src/core/match/aho-corasick';
import { decodePack, encodePack } from '../../../src/core/match/pack';

function all(ac: AhoCorasick, text: string): string[] {
  const out: string[] = [];
  ac.search(text, (p, end) => out.push(`${ac.pattern(p)}@${end}`));
  return out.sort();
}

/**
 * The automaton over `pats`, built and also written as a pack and read back (views, no build), finds in
 * `text` exactly what indexOf finds.
 */
function agreesWithNaive(pats: string[], text: string): void {
  const ac = new AhoCorasick();
  for (const p of pats) ac.add(p);
  const naive: string[] = [];
  for (const p of new Set(pats))
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) naive.push(`${p}@${i + p.length}`);
  expect(all(ac.build(), text)).toEqual(naive.sort());
  const back = decodePack(encodePack({ fingerprint: '', parts: { ac: ac.pack() } }));
  expect(all(AhoCorasick.restore(back!.parts.ac), text)).toEqual(naive.sort());
}

describe('AhoCorasick', () => {
  it('finds overlapping patterns, including ones that end inside others', () => {
    const ac = new AhoCorasick();
    for (const p of ['he', 'she', 'his', 'hers', 's']) ac.add(p);
    expect(all(ac.build(), 'ushers')).toEqual(['he@4', 'hers@6', 's@2', 's@6', 'she@4'].sort());
  });

  it('deduplicates patterns and returns stable ids', () => {
    const ac = new AhoCorasick();
    expect(ac.add('lavrov')).toBe(0);
    expect(ac.add('макрон')).toBe(1);
    expect(ac.add('lavrov')).toBe(0);
  });

  it('agrees with a naive search on random patterns and texts', () => {
    const small = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'я', '山'), minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(
        fc.array(small, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'я', '山'), maxLength: 30 }),
        agreesWithNaive,
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('finds a child among many, built and restored (nodes with more children than a scan reads)', () => {
    // Cyrillic and kana get no dense ASCII row, so a node with 40 of them is searched in its sorted
    // children; a letter between two children, or past the last, is no child.
    const letters = [...'абвгдежзийклмнопрстуфхцчшщъыьэюяアイウエオカキ'];
    // One first letter for all, so that its node has many children (the root has a direct table).
    const wide = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 3 }).map((p) => `щ${p}`);
    fc.assert(
      fc.property(
        fc.array(wide, { minLength: 30, maxLength: 120 }),
        fc.string({ unit: fc.constantFrom(...letters, 'щ', 'щ', 'ё', 'ク', 'a'), maxLength: 40 }),
        agreesWithNaive,
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('refuses a pack that is not an automaton', () => {
    const ac = new AhoCorasick();
    ac.add('lavrov');
    const part = ac.pack();
    expect(() => AhoCorasick.restore({ ...part, i32: { ...part.i32, fail: new Int32Array(1) } })).toThrow(
      /not a packed automaton/,
    );
    expect(() => AhoCorasick.restore({ ...part, meta: { denseRows: 0.5 } })).toThrow(/not a packed automaton/);
    // Children: a start per node and one more, codes and targets of one length.
    expect(() => AhoCorasick.restore({ ...part, i32: { ...part.i32, childTo: new Int32Array(0) } })).toThrow(
      /not a packed automaton/,
    );
    expect(() => AhoCorasick.restore({ ...part, i32: { ...part.i32, childStart: new Int32Array(2) } })).toThrow(
      /not a packed automaton/,
    );
  });
});
