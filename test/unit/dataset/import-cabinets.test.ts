// Officials at world scale from the CC0 Wikidata cabinet tables: curated records win, Q-ids and
// name + country join them, stale open rows are known only up to their snapshot, no unlicensed title
// is copied, and only full names become aliases.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCabinets,
  snapshotDates,
  toSourceFiles,
  validateDataset,
  type CabinetCountry,
  type SourceData,
} from '../../../src/core/dataset/index.ts';
import { roleOnDate } from '../../../src/core/dates.ts';
import { nativeFullName } from '../../../src/core/dataset/import-cabinets.ts';
import { CORPUS, loadCase } from './helpers.ts';

const curated: SourceData = {
  meta: { version: '2026.12.01', updated: '2026-12-01', license: 'CC BY 4.0' },
  officials: [
    {
      id: 'petr-fiala',
      name: 'Petr Fiala',
      aliases: [
        { text: 'Petr Fiala', lang: 'cs' },
        { text: 'Fiala', lang: 'cs', kind: 'surname' },
      ],
      roles: [{ title: 'Prime Minister of the Czech Republic', country: 'CZ', from: '2021-11-28', to: '2025-12-09' }],
    },
  ],
  organisations: [],
  sources: [],
  claims: [],
};

const country: CabinetCountry = {
  folder: 'czechia',
  country: 'CZ',
  snapshot: '2022-07-23',
  wanted: 'position,title\nQ1,Prime Minister\nQ2,Minister of Education\nQ3,Minister\nQ4,Minister\n',
  positions: 'id,position\nQ1,Prime Minister of the Czech Republic\nQ2,"Minister of Education, Youth and Sports"\n',
  holders: [
    'position,person,personID,start,end',
    'Minister of Education,Petr Fiala,Q3377548,2012-05-02,2013-07-10',
    'Prime Minister,Petr Fiala,Q3377548,2021-11-28,',
    'Prime Minister,Andrej Babiš,Q10819807,2017-12-06,2021-12-17',
    'Prime Minister,Old Holder,Q77,2005-01-01,',
    'Minister,Ambiguous Person,Q78,2010-01-01,2011-01-01',
    'ambassador to Mali,Some Envoy,Q79,2010-01-01,',
    'Minister of Education,Madonna,Q80,2015-01-01,2016-01-01',
  ].join('\n'),
};

describe('import-cabinets', () => {
  const { data, report } = importCabinets([country], curated);
  const byId = new Map(data.officials.map((o) => [o.id, o]));

  it('keeps the curated record and adds the past roles no curated role overlaps', () => {
    const fiala = byId.get('petr-fiala')!;
    expect(fiala.wikidata).toBe('Q3377548');
    expect(fiala.roles.map((r) => [r.title, r.from, r.to])).toEqual([
      ['Minister of Education, Youth and Sports', '2012-05-02', '2013-07-10'],
      ['Prime Minister of the Czech Republic', '2021-11-28', '2025-12-09'],
    ]);
    expect(fiala.aliases).toEqual(curated.officials[0].aliases);
    expect(report.joined).toBe(1);
  });

  it('titles roles with the Wikidata label, never the upstream title', () => {
    const babis = byId.get('andrej-babis-q10819807')!;
    expect(babis.roles).toEqual([
      { title: 'Prime Minister of the Czech Republic', country: 'CZ', from: '2017-12-06', to: '2021-12-17' },
    ]);
    expect(babis.aliases).toEqual([{ text: 'Andrej Babiš', lang: 'en' }]); // full name only: no surname alias
  });

  it('does not read an open row as "in office now"', () => {
    const old = byId.get('old-holder-q77')!;
    // A later holder of the same post started after it: known held only on its first day.
    expect(old.roles[0].seen).toBe('2005-01-01');
    expect(roleOnDate(old.roles, '2026-01-01')).toBeUndefined();
  });

  it('skips posts it cannot resolve, non-cabinet posts and one-word names', () => {
    expect(byId.has('ambiguous-person-q78')).toBe(false);
    expect(byId.has('some-envoy-q79')).toBe(false);
    expect(byId.has('madonna-q80')).toBe(false);
    expect(report.skipped).toMatchObject({
      'post title names several positions': 1,
      'not a cabinet-level post': 1,
      'person without a usable full name': 1,
    });
  });

  it("carries Wikidata's gender where the holders table has the column, to new and joined records", () => {
    expect(byId.get('andrej-babis-q10819807')!.gender).toBeUndefined(); // no gender column above
    const withGender: CabinetCountry = {
      ...country,
      holders: [
        'position,person,personID,start,end,gender,DOB,DOD,image,enwiki',
        'Prime Minister,Petr Fiala,Q3377548,2021-11-28,,male,,,,',
        'Prime Minister,Andrej Babiš,Q10819807,2017-12-06,2021-12-17,male,,,,',
        'Minister of Education,Kateřina Valachová,Q16745386,2015-01-01,2016-01-01,female,,,,',
        'Minister of Education,Unknown Person,Q81,2014-01-01,2015-01-01,,,,,',
      ].join('\n'),
    };
    const out = new Map(importCabinets([withGender], curated).data.officials.map((o) => [o.id, o]));
    expect(out.get('petr-fiala')!.gender).toBe('male');
    expect(out.get('katerina-valachova-q16745386')!.gender).toBe('female');
    expect(out.get('unknown-person-q81')!.gender).toBeUndefined();
    expect(curated.officials[0].gender).toBeUndefined(); // the curated input is not changed
  });

  it('writes a dataset that validates', () => {
    const r = validateDataset(toSourceFiles(data), { maxFileBytes: Infinity });
    expect(r.errors).toEqual([]);
  });

  it("keeps the curated claims' term sets, which their hint groups use", () => {
    const files = loadCase();
    const claims = files.find((f) => f.path.endsWith('claims.json'))!;
    const doc = JSON.parse(claims.text);
    const japan = doc.claims[0].hints.groups[0];
    doc.vocabulary = { japan: { terms: japan.terms } };
    doc.claims[0].hints.groups[0] = { name: japan.name, use: ['japan'] };
    claims.text = JSON.stringify(doc, null, 2) + '\n';
    const withSets = validateDataset(files).data!;
    const out = importCabinets([country], withSets).data;
    expect(out.vocabulary?.japan.terms).toEqual(japan.terms);
    expect(validateDataset(toSourceFiles(out), { maxFileBytes: Infinity }).errors).toEqual([]);
  });

  it('turns native label lists into "Given Surname"', () => {
    expect(nativeFullName('Уткин, Олег Васильевич', 'ru')).toBe('Олег Уткин');
    expect(nativeFullName('Белоусова Ірина Анатоліївна', 'uk')).toBe('Ірина Белоусова');
    expect(nativeFullName('岸田文雄', 'ja')).toBe('岸田文雄');
    expect(nativeFullName('正', 'ja')).toBeUndefined();
  });

  it.runIf(existsSync(join(CORPUS, 'officials/cabinets-wikidata/README.md')))(
    'reads the snapshot date of each folder from the corpus README',
    () => {
      const dates = snapshotDates(readFileSync(join(CORPUS, 'officials/cabinets-wikidata/README.md'), 'utf8'));
      expect(dates.get('united-kingdom')).toBe('2022-07-23');
      expect(dates.get('north-korea')).toBe('2023-01-11');
    },
  );
});
