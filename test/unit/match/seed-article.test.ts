import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../../src/core/match';
import { loadSourceDataset } from './load-dataset';

// The sample article every part of ClaimLens is checked against (shared/seed/seed-article.txt).
const ARTICLE = new URL('../../../../shared/seed/seed-article.txt', import.meta.url);

describe('seed article with the real dataset', () => {
  const text = readFileSync(ARTICLE, 'utf8');
  // The article's date, as its page gives it (test/fixtures/seed-article.html: 2024-03-08): the
  // extension and the CLI read it there; the text file has none.
  const mentions = createMatcher(loadSourceDataset()).match(text, { date: '2024-03-08' });
  const idsOf = (kind: string) => new Set(mentions.filter((m) => m.kind === kind).map((m) => m.id));

  it('finds the four officials', () => {
    // Macron is never named: "the French president's remarks" is a title only he holds, and held on
    // the article's date.
    expect([...idsOf('official')].sort()).toEqual([
      'emmanuel-macron',
      'kazuyuki-yamazaki',
      'sergey-lavrov',
      'volodymyr-zelensky',
    ]);
  });

  it('finds the seed claims', () => {
    const claims = idsOf('claim');
    for (const id of [
      'japan-sdf-to-ukraine',
      'french-forces-in-ukraine',
      'paris-considered-special-forces',
      'us-distances-from-macron-troops',
      'zelensky-no-hostilities-on-russian-soil',
      'french-footprint-deters-russia',
    ])
      expect(claims).toContain(id);
  });

  it("reads what each sentence does with its claim, against the claim's own wording", () => {
    const stance = (id: string, start: string) =>
      mentions.find((m) => m.kind === 'claim' && m.id === id && m.text.startsWith(start))?.reported;
    expect(stance('japan-sdf-to-ukraine', 'Japan’s permanent representative')).toBe('denied');
    expect(stance('paris-considered-special-forces', 'Prior reporting suggested')).toBe('asserted');
    expect(stance('french-forces-in-ukraine', 'Official statements indicate')).toBe('denied');
    expect(stance('french-footprint-deters-russia', 'By maintaining a limited')).toBe('asserted');
    // The claim is itself negative ("Kyiv does not intend to carry the hostilities onto Russian
    // soil"): a stance aimed at preventing that escalation asserts it.
    expect(stance('zelensky-no-hostilities-on-russian-soil', 'Earlier statements attributed')).toBe('asserted');
    // "no confirmed plan to send Japanese troops": a denial, not a confirmation.
    expect(stance('japan-sdf-to-ukraine', 'In summary')).toBe('denied');
    expect(stance('french-forces-in-ukraine', 'In summary')).toBe('denied');
  });

  it('marks the denials the article reports and attributes statements to their speakers', () => {
    const denied = mentions.find(
      (m) =>
        m.kind === 'claim' &&
        m.id === 'french-forces-in-ukraine' &&
        m.text.startsWith('France has consistently denied'),
    );
    expect(denied?.reported).toBe('denied');
    const lavrov = mentions.find((m) => m.kind === 'attribution' && m.id === 'sergey-lavrov');
    expect(lavrov?.verb).toBe('addressed');
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
