import { describe, expect, it } from 'vitest';
import { CHECKED, mergeDatasets, parseUserDatasets } from '../../../src/shared/datasets';
import type { CompiledDataset } from '../../../src/core/types';

const base: CompiledDataset = {
  format: 1,
  version: '2026.11.25',
  updated: '2026-11-25',
  license: 'CC BY 4.0',
  officials: [{ id: 'a', name: 'A', aliases: [], roles: [] }],
  organisations: [],
  sources: [{ id: 's', name: 'S', kind: 'news-agency' }],
  claims: [],
};

describe('user datasets', () => {
  it('keeps only well-formed stored datasets', () => {
    expect(parseUserDatasets(null)).toEqual([]);
    expect(
      parseUserDatasets([
        { name: 'x', dataset: { format: 2 } },
        { name: 'ok', addedAt: '', dataset: base },
      ]),
    ).toHaveLength(1);
  });

  it('leaves out a stored dataset whose hints would stop the matcher (stored by an older version)', () => {
    const claim = {
      id: 'c',
      text: 'Wind turbines cause hair loss',
      about: [],
      status: 'denied' as const,
      history: [{ status: 'denied' as const, date: '2024-01-01' }],
    };
    const bad = { ...base, claims: [{ ...claim, hints: { groups: [{ name: 'g', terms: { en: [5] } }] } }] };
    const good = { ...base, claims: [claim] };
    expect(
      parseUserDatasets([
        { name: 'bad', addedAt: '', dataset: bad },
        { name: 'good', addedAt: '', dataset: good },
      ]).map((u) => u.name),
    ).toEqual(['good']);
    // One the options page stored after checking it whole is not read through again on every page.
    expect(parseUserDatasets([{ name: 'checked', addedAt: '', dataset: good, checked: CHECKED }])).toHaveLength(1);
  });

  it('merges records, the bundled one winning on a shared id, and names every part in the version', () => {
    const extra = {
      ...base,
      version: 'v1',
      officials: [
        { id: 'a', name: 'Other', aliases: [], roles: [] },
        { id: 'b', name: 'B', aliases: [], roles: [] },
      ],
    };
    const merged = mergeDatasets(base, [{ name: 'mine.json', addedAt: '2026-11-25', dataset: extra }]);
    expect(merged.officials.map((o) => o.name)).toEqual(['A', 'B']);
    expect(merged.version).toBe('2026.11.25 + mine.json v1');
    expect(base.officials).toHaveLength(1);
    expect(mergeDatasets(base, [])).toBe(base);
  });
});
