// One partial-date comparison and one "role on a date", shared by the validator, the card and the
// export (src/core/dates.ts).
import { describe, expect, it } from 'vitest';
import { comparePartialDates, currentRole, roleAt, roleOnDate } from '../../../src/core/dates.ts';
import { toRecords } from '../../../src/core/export/records.ts';
import { roleAt as cardRoleAt } from '../../../src/ui/card/card-model.ts';
import type { CompiledDataset, Role } from '../../../src/core/types.ts';
import { formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import { loadCase } from './helpers.ts';

const minister: Role = { title: 'Minister', country: 'XX', from: '2020-01-10', to: '2023-05-31' };
const deputy: Role = { title: 'Deputy Minister', country: 'XX', from: '2018-03', to: '2020-01-10' };
const envoy: Role = { title: 'Envoy', country: 'XX', from: '2024' };

describe('partial dates', () => {
  it('compares on the common prefix: a year contains its months and days', () => {
    expect(comparePartialDates('2024', '2024-05-03')).toBe(0);
    expect(comparePartialDates('2024-05', '2024')).toBe(0);
    expect(comparePartialDates('2024-04-30', '2024-05')).toBe(-1);
    expect(comparePartialDates('2025', '2024-12-31')).toBe(1);
  });

  it('accepts a role from "2024-05" to "2024" (it may end later that year)', () => {
    const files = loadCase();
    const o = JSON.parse(files[1].text);
    o.officials[0].roles = [{ title: 'Envoy', country: 'JP', from: '2024-05', to: '2024' }];
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    expect(validateDataset(files).errors.map(formatIssue)).toEqual([]);
    o.officials[0].roles = [{ title: 'Envoy', country: 'JP', from: '2024-05', to: '2023' }];
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    expect(validateDataset(files).errors.map(formatIssue)).toEqual([
      expect.stringMatching(
        /\/officials\/0\/roles\/0\/to \[[a-z-]+\] to: role ends \(2023\) before it starts \(2024-05\)$/,
      ),
    ]);
  });
});

describe('role on a date', () => {
  const roles = [deputy, minister, envoy];

  it('is the role covering the date, the later-started one where two meet', () => {
    expect(roleOnDate(roles, '2019-07-01')).toBe(deputy);
    expect(roleOnDate(roles, '2020-01-10')).toBe(minister);
    expect(roleOnDate(roles, '2024-06')).toBe(envoy);
  });

  it('is none before the first role or in a gap: never "the first role" instead', () => {
    expect(roleOnDate(roles, '2016-12-22')).toBeUndefined();
    expect(roleOnDate(roles, '2023-07-01')).toBeUndefined();
    expect(roleAt(roles, '2016-12-22')).toBeUndefined();
  });

  it('without a date is the current role', () => {
    expect(currentRole(roles)).toBe(envoy);
    expect(roleAt(roles)).toBe(envoy);
    expect(roleAt([deputy, minister])).toBe(minister);
  });

  it('treats an imported open role as known only up to the date it was `seen`', () => {
    const stale: Role = { title: 'Prime Minister', country: 'GB', from: '2019-07-24', seen: '2022-07-23' };
    expect(roleOnDate([stale], '2021-01-01')).toBe(stale);
    expect(roleOnDate([stale], '2022-07')).toBe(stale);
    expect(roleOnDate([stale], '2026-01-01')).toBeUndefined();
    expect(currentRole([stale])).toBeUndefined();
    expect(currentRole([stale, envoy])).toBe(envoy);
  });

  it('is the same in the card and in the export', () => {
    const official = { id: 'x', name: 'X Y', aliases: [{ text: 'X Y', lang: 'en' }], roles };
    const dataset: CompiledDataset = {
      format: 1,
      version: '2026.12.01',
      updated: '2026-12-01',
      license: 'test',
      officials: [official],
      organisations: [],
      sources: [],
      claims: [
        {
          id: 'c',
          text: 'C',
          about: ['x'],
          status: 'denied',
          history: [{ status: 'denied', date: '2020-01-10', kind: 'statement', by: 'x' }],
          hints: { groups: [] },
        },
      ],
    };
    const mention = { kind: 'claim' as const, id: 'c', start: 0, end: 1, text: 'C', score: 1, why: [] };
    const [rec] = toRecords([mention], dataset, 'p', 'C');
    expect(rec.sources[0].role).toBe('Minister, XX');
    expect(cardRoleAt(official, '2020-01-10')?.title).toBe('Minister');
  });
});
