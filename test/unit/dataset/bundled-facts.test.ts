// The bundled dataset after the 2026-12 fact audit (shared/reviews/dataset-audit-2026-12.md): what
// the audit found wrong stays fixed, freshness fields are there, and no maintainer's remark or
// "sample article" reaches the compiled index.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import { roleOnDate } from '../../../src/core/dates.ts';
import { createMatcher } from '../../../src/core/match';
import { KINDS, ROOT } from './helpers.ts';
import { loadSourceDataset } from '../match/load-dataset.ts';

const files = KINDS.map((k) => ({
  path: `data/${k}.json`,
  text: readFileSync(join(ROOT, 'data', `${k}.json`), 'utf8'),
}));
const result = validateDataset(files);
const data = result.data!;
const compiled = loadSourceDataset();
const claim = (id: string) => data.claims.find((c) => c.id === id)!;
const official = (id: string) => data.officials.find((o) => o.id === id)!;

describe('bundled dataset', () => {
  it('validates with 0 errors', () => {
    expect(result.errors.map(formatIssue)).toEqual([]);
  });

  it('gives every history entry a kind, and every official role and claim a review date', () => {
    for (const c of data.claims) for (const h of c.history) expect(h.kind, `${c.id} ${h.date}`).toBeDefined();
    for (const o of data.officials)
      for (const r of o.roles) expect(r.reviewed, `${o.id} ${r.title}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const c of data.claims) expect(c.reviewed, c.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('keeps maintainers’ remarks out of the index: no note mentions the sample article', () => {
    const text = JSON.stringify(compiled);
    expect(text).not.toMatch(/sample article|seed article|seed-article/i);
    expect(text).not.toMatch(/maintainerNote|"verify"/);
    for (const c of data.claims)
      for (const h of c.history) {
        expect(h.note ?? '', c.id).not.toMatch(/sample article/i);
        expect(h.maintainerNote ?? '', c.id).not.toMatch(/sample article/i);
      }
  });

  it('has a role for every official who speaks in a claim, on the date they spoke (no "Unknown at that date")', () => {
    const missing: string[] = [];
    for (const c of compiled.claims)
      for (const h of c.history) {
        const o = h.by && compiled.officials.find((x) => x.id === h.by);
        if (o && !roleOnDate(o.roles, h.date)) missing.push(`${c.id}: ${o.id} on ${h.date}`);
      }
    expect(missing).toEqual([]);
  });
});

describe('audit 2026-12 findings stay fixed', () => {
  it('1-3: Fiala and Szijjártó have left office; Starmer’s handover is marked unverified, not guessed', () => {
    expect(official('petr-fiala').roles[0].to).toBe('2025-12-09');
    expect(official('peter-szijjarto').roles[0].to).toBe('2026-05');
    const starmer = official('keir-starmer').roles[0];
    expect(starmer.to).toBeUndefined();
    expect(starmer.verify).toMatch(/not verified/);
    expect(roleOnDate(compiled.officials.find((o) => o.id === 'petr-fiala')!.roles, '2026-01-15')).toBeUndefined();
  });

  it('4: Lavrov disputed the U.S. distancing on 2024-03-01 (RIA Novosti), not confirmed it', () => {
    const c = claim('us-distances-from-macron-troops');
    const lavrov = c.history.find((h) => h.by === 'sergey-lavrov')!;
    expect(lavrov).toMatchObject({ status: 'disputed', date: '2024-03-01', via: 'ria-novosti', kind: 'statement' });
    expect(lavrov.quote).toBeUndefined(); // the exact words were not seen: paraphrase only
    expect(c.status).toBe('disputed');
  });

  it('5: France’s armed forces ministry denied the 2,000-troop contingent the same day', () => {
    const c = claim('france-2000-troop-contingent');
    expect(c.status).toBe('denied');
    expect(c.history[0]).toMatchObject({ kind: 'claim', by: 'sergey-naryshkin', via: 'tass', date: '2024-03-19' });
    expect(c.history[1]).toMatchObject({
      kind: 'statement',
      by: 'french-ministry-armed-forces',
      via: 'reuters',
      date: '2024-03-19',
    });
  });

  it('6: Zelensky is not credited with denying his own stance; events overtook it', () => {
    const last = claim('zelensky-no-hostilities-on-russian-soil').history.at(-1)!;
    expect(last.kind).toBe('events');
    expect(last.by).toBeUndefined();
  });

  it('7: six governments’ statements are not credited to Scholz', () => {
    expect(claim('nato-eu-states-bilateral-troops').history.some((h) => h.by === 'olaf-scholz')).toBe(false);
  });

  it('8: the official spelling 山﨑和之 (U+FA11) is recognised', () => {
    const mentions = createMatcher(compiled).match('国連日本政府代表部の山﨑和之大使は記者団に語った。');
    expect(mentions.some((m) => m.kind === 'official' && m.id === 'kazuyuki-yamazaki')).toBe(true);
    expect(official('kazuyuki-yamazaki').roles[0].from).toBe('2023-10-24');
  });
});
