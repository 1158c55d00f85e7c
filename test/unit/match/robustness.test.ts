import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/match';
import type { CompiledDataset } from '../../../src/core/types';
import { fixtureDataset } from './fixture-dataset';

const matcher = createMatcher(fixtureDataset);

describe('matcher robustness and contract', () => {
  it('returns nothing for empty text or all layers off', () => {
    expect(matcher.match('')).toEqual([]);
    expect(matcher.match('Sergey Lavrov said so.', { officials: false, claims: false, attributions: false })).toEqual(
      [],
    );
  });

  it('returns only the requested kinds', () => {
    const text = 'Sergey Lavrov said Japanese troops were in Ukraine.';
    const kinds = (o?: Parameters<typeof matcher.match>[1]) =>
      [...new Set(matcher.match(text, o).map((m) => m.kind))].sort();
    expect(kinds()).toEqual(['attribution', 'claim', 'official']);
    expect(kinds({ claims: false })).toEqual(['attribution', 'official']);
    expect(kinds({ officials: false, attributions: false })).toEqual(['claim']);
  });

  it('sorts by start, then kind, and every mention text equals its slice', () => {
    const text = 'Intro. Sergey Lavrov said Japanese troops were in Ukraine. Volodymyr Zelensky said nothing.';
    const ms = matcher.match(text);
    expect(ms.map((m) => [m.start, m.kind])).toEqual([
      [7, 'official'],
      [7, 'claim'],
      [7, 'attribution'],
      [59, 'official'],
      [59, 'attribution'],
    ]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps offsets exact when folding changes lengths before a match', () => {
    const text = 'ﬁﬂ Straße… Ｅｍｍａｎｕｅｌ\u00a0 Macron\u200b, é\u0301 Sergueï Lavrov';
    const ms = matcher.match(text, { claims: false, attributions: false });
    expect(ms.map((m) => m.text)).toEqual(['Ｅｍｍａｎｕｅｌ\u00a0 Macron', 'Sergueï Lavrov']);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not throw on lone surrogates, control characters or odd punctuation', () => {
    const odd = '\ud800Sergey Lavrov\udfff said.\u0000\u0007 ??? ... 。。 \n\n\t "' + '\ud83d'.repeat(3);
    const ms = matcher.match(odd);
    expect(ms.filter((m) => m.kind === 'official').map((m) => m.text)).toEqual(['Sergey Lavrov']);
    for (const m of ms) expect(odd.slice(m.start, m.end)).toBe(m.text);
  });

  it('handles a 1 MB page', () => {
    const para = 'Sergey Lavrov said Japanese troops were in Ukraine. Nothing else happened here at all.\n';
    const text = para.repeat(Math.ceil(1_000_000 / para.length));
    const ms = matcher.match(text);
    const n = text.length / para.length;
    expect(ms.filter((m) => m.kind === 'official')).toHaveLength(n);
    expect(ms.filter((m) => m.kind === 'claim')).toHaveLength(n);
    const last = ms[ms.length - 1];
    expect(text.slice(last.start, last.end)).toBe(last.text);
    // Speed is measured by the benchmark; the limit here only keeps a loaded machine from failing it.
  }, 60_000);

  it('builds from an empty dataset', () => {
    const empty: CompiledDataset = { ...fixtureDataset, officials: [], claims: [] };
    expect(createMatcher(empty).match('Sergey Lavrov said so.')).toEqual([]);
  });
});
