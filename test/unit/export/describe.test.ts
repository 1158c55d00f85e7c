// The badge's accessible name and the card name the same role: the one held on the article's date.
import { describe, expect, it } from 'vitest';
import { createDescriber } from '../../../src/content/describe';
import { buildCardModel } from '../../../src/ui/card/card-model';
import { loadSourceDataset } from '../match/load-dataset';

const dataset = loadSourceDataset();
const mention = (id: string) => ({ kind: 'official' as const, id, start: 0, end: 1, text: 'x', score: 1, why: [] });

describe('badge label and card agree on the role', () => {
  it.each([
    ['marco-rubio', '2016-03-01'],
    ['donald-trump', '2016-12-22'],
    ['donald-trump', '2018-06-01'],
    ['petr-fiala', '2026-02-01'],
    ['sergey-lavrov', '2024-03-01'],
    ['sebastien-lecornu', '2025-10-08'],
  ])('%s on %s', (id, date) => {
    const label = createDescriber(dataset, date).label(mention(id));
    const role = buildCardModel(dataset, mention(id), date).official?.role;
    const name = dataset.officials.find((o) => o.id === id)!.name;
    expect(label).toBe(role ? `Official: ${name}, ${role}` : `Official: ${name}`);
  });

  it('names no later office on an earlier page', () => {
    expect(createDescriber(dataset, '2016-03-01').label(mention('marco-rubio'))).toBe('Official: Marco Rubio');
    expect(createDescriber(dataset, '2018-06-01').label(mention('donald-trump'))).toContain(
      'President of the United States',
    );
  });
});
