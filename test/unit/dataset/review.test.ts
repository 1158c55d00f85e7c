// `dataset review`: open roles not reviewed for 90 days, claims whose status may have moved, and
// every open `verify` note, for the release checklist.
import { describe, expect, it } from 'vitest';
import { reviewDue } from '../../../src/core/dataset/index.ts';
import type { SourceData } from '../../../src/core/dataset/index.ts';

const base = (): SourceData => ({
  meta: { version: '2026.12.01', updated: '2026-12-01', license: 'test' },
  officials: [
    {
      id: 'a',
      name: 'A',
      aliases: [{ text: 'A B', lang: 'en' }],
      roles: [
        { title: 'Old post', country: 'XX', from: '2010', to: '2012', reviewed: '2020-01-01' },
        { title: 'Minister', country: 'XX', from: '2012', reviewed: '2026-10-01' },
      ],
    },
    { id: 'b', name: 'B', aliases: [{ text: 'B C', lang: 'en' }], roles: [{ title: 'Envoy', country: 'XX' }] },
  ],
  organisations: [],
  sources: [],
  claims: [
    {
      id: 'moving',
      text: 'T',
      about: [],
      status: 'disputed',
      reviewed: '2026-06-01',
      history: [{ status: 'disputed', date: '2026-05', kind: 'statement', verify: 'Find the outlet.' }],
      hints: { groups: [] },
    },
    {
      id: 'settled',
      text: 'T',
      about: [],
      status: 'denied',
      history: [{ status: 'denied', date: '2026-05', kind: 'statement' }],
      hints: { groups: [] },
    },
  ],
});

describe('dataset review', () => {
  it('lists open roles not reviewed within 90 days, movable claims, and open verify notes', () => {
    const items = reviewDue(base(), { today: '2026-12-01' });
    expect(items.map((i) => [i.kind, i.id, i.where])).toEqual([
      ['role', 'b', 'roles/0'],
      ['claim', 'moving', ''],
      ['verify', 'moving', 'history/0'],
    ]);
    expect(items[0].reason).toContain('never reviewed');
    expect(items[1].reason).toContain('last reviewed 2026-06-01, over 90 days ago');
  });

  it('lists a role reviewed recently only once it is older than the limit', () => {
    expect(reviewDue(base(), { today: '2026-12-30' }).some((i) => i.id === 'a')).toBe(false);
    expect(reviewDue(base(), { today: '2027-01-05' }).some((i) => i.id === 'a' && i.kind === 'role')).toBe(true);
    expect(reviewDue(base(), { today: '2026-12-30', maxAgeDays: 30 }).some((i) => i.id === 'a')).toBe(true);
  });
});
