// Records are the CLI's contract: exact fields in order, page text quoted at the offsets, dataset
// names, statuses and sources resolved.
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, toJsonl, toRecords } from '../../../src/core/export';
import { dataset, mentions, pageText } from './fixture';

describe('toRecords', () => {
  const records = toRecords(mentions, dataset, 'pages/a.html', pageText);

  it('has exactly the CLI contract fields, in order', () => {
    for (const r of records) expect(Object.keys(r)).toEqual([...RECORD_FIELDS]);
    expect(RECORD_FIELDS).toEqual([
      'page',
      'kind',
      'id',
      'text',
      'start',
      'end',
      'name',
      'claim',
      'status',
      'reported',
      'score',
      'why',
      'sources',
      'datasetVersion',
      'pageDate',
    ]);
  });

  it('quotes the page text at the offsets', () => {
    for (const r of records) expect(r.text).toBe(pageText.slice(r.start, r.end));
  });

  it('fills official records with the name and no claim fields', () => {
    expect(records[0]).toMatchObject({
      page: 'pages/a.html',
      kind: 'official',
      id: 'kazuyuki-yamazaki',
      name: 'Kazuyuki Yamazaki',
      claim: null,
      status: null,
      sources: [],
      datasetVersion: '2026.11.25-test',
    });
  });

  it('resolves a claim to its text, status, attributed official and sources with roles on the date', () => {
    const claim = records[1];
    expect(claim).toMatchObject({
      kind: 'claim',
      id: 'japan-troops-ukraine',
      name: 'Kazuyuki Yamazaki',
      status: 'denied',
      score: 0.82,
      claim: dataset.claims[0].text,
    });
    expect(claim.sources).toEqual([
      { outlet: 'AFP', url: '', date: '2024-02-27', by: '', role: '' },
      {
        outlet: 'RIA Novosti',
        url: 'https://ria.ru/x',
        date: '2024-03-01',
        by: 'Kazuyuki Yamazaki',
        role: 'Permanent Representative to the UN, Mission of Japan, JP',
      },
      { outlet: '', url: '', date: '2024-03-02', by: 'French Ministry of Armed Forces', role: '' },
    ]);
  });

  it('leaves the name empty for a claim attributed to nobody and for unknown ids', () => {
    const [r] = toRecords([{ ...mentions[1], officialId: undefined }], dataset, 'p', pageText);
    expect(r.name).toBeNull();
    const [u] = toRecords([{ ...mentions[0], id: 'nobody' }], dataset, 'p', pageText);
    expect(u.name).toBeNull();
  });
});

describe('toJsonl', () => {
  it('writes one parseable object per line, newlines inside values escaped', () => {
    const records = toRecords(mentions, dataset, 'p', pageText);
    const out = toJsonl(records);
    const lines = out.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(3);
    expect(lines.map((l) => JSON.parse(l))).toEqual(records);
    expect(toJsonl([])).toBe('');
  });
});
