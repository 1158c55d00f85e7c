// CSV export: RFC 4180 round trip through a strict reader, and spreadsheet formula injection defused.
import { describe, expect, it } from 'vitest';
import { RECORD_FIELDS, csvCell, toCsv, toRecords } from '../../../src/core/export';
import type { AnnotationRecord } from '../../../src/core/export';
import { dataset, mentions, pageText } from './fixture';

/** Strict RFC 4180 reader: rows end in CRLF, quoted fields may hold anything, "" is a quote. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let cell = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        if (i >= csv.length) throw new Error('unterminated quote');
        if (csv[i] === '"') {
          if (csv[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        cell += csv[i++];
      }
    } else {
      while (i < csv.length && csv[i] !== ',' && csv[i] !== '\r' && csv[i] !== '\n') {
        if (csv[i] === '"') throw new Error(`bare quote at ${i}`);
        cell += csv[i++];
      }
    }
    row.push(cell);
    if (csv[i] === ',') {
      i++;
      continue;
    }
    if (csv.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
      continue;
    }
    throw new Error(`expected , or CRLF at ${i}, got ${JSON.stringify(csv[i])}`);
  }
  if (row.length) throw new Error('last row lacks CRLF');
  return rows;
}

const base: AnnotationRecord = {
  page: 'p.html',
  kind: 'official',
  id: 'x',
  text: 'X',
  start: 0,
  end: 1,
  name: 'X',
  claim: null,
  status: null,
  reported: null,
  score: 1,
  why: [],
  sources: [],
  datasetVersion: 'v1',
  pageDate: null,
};

/** Column of a field: tests read cells by name, so a new column does not shift them. */
const col = (f: (typeof RECORD_FIELDS)[number]) => RECORD_FIELDS.indexOf(f);

describe('toCsv', () => {
  it('writes one header row with the CLI columns and CRLF line ends', () => {
    const csv = toCsv([]);
    expect(csv).toBe(RECORD_FIELDS.join(',') + '\r\n');
    expect(toCsv([base], false)).toBe('p.html,official,x,X,0,1,X,,,,1,,,v1,\r\n');
    expect(toCsv([{ ...base, pageDate: '2024-05-01T10:00:00Z' }], false)).toBe(
      'p.html,official,x,X,0,1,X,,,,1,,,v1,2024-05-01T10:00:00Z\r\n',
    );
  });

  it('round-trips tricky values through an RFC 4180 reader', () => {
    const tricky = [
      'comma, inside',
      'a "quoted" word',
      'line\nfeed',
      'carriage\rreturn',
      'crlf\r\nboth',
      '"',
      '""',
      '',
      ' leading and trailing spaces ',
      'ünïcødé — “curly” 山崎和之',
      'tab\there',
    ];
    const records = tricky.map((text, i) => ({ ...base, text, start: i }));
    const rows = parseCsv(toCsv(records));
    expect(rows).toHaveLength(tricky.length + 1);
    expect(rows[0]).toEqual([...RECORD_FIELDS]);
    expect(rows.slice(1).map((r) => r[3])).toEqual(tricky);
    for (const r of rows) expect(r).toHaveLength(RECORD_FIELDS.length);
  });

  it('quotes only cells that need it', () => {
    expect(csvCell('plain text')).toBe('plain text');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('x\ny')).toBe('"x\ny"');
  });

  it('defuses formulas in page and dataset text but leaves numbers alone', () => {
    const evil = ['=SUM(A1)', '+1+1', '-2+3', '@cmd', '\t=x', '=HYPERLINK("http://e.vil","x")'];
    const rows = parseCsv(toCsv(evil.map((t) => ({ ...base, text: t, name: t, why: [t, 'ok'] }))));
    rows.slice(1).forEach((r, i) => {
      expect(r[3]).toBe(`'${evil[i]}`);
      expect(r[6]).toBe(`'${evil[i]}`);
      expect(r[col('why')]).toBe(`'${evil[i]}; ok`);
    });
    const negative = parseCsv(toCsv([{ ...base, score: -0.5, start: 3 }]));
    expect(negative[1][col('score')]).toBe('-0.5');
    expect(negative[1][4]).toBe('3');
  });

  it('joins arrays with "; " and flattens sources', () => {
    const records = toRecords(mentions, dataset, 'page, "one".html', pageText);
    const rows = parseCsv(toCsv(records));
    const claim = rows[2];
    expect(claim[0]).toBe('page, "one".html');
    expect(claim[8]).toBe('denied');
    expect(claim[col('why')]).toBe('terms: Japan, troops, Ukraine; =cmd|calc');
    expect(claim[col('sources')]).toBe(
      'AFP | 2024-02-27; RIA Novosti | 2024-03-01 | Kazuyuki Yamazaki (Permanent Representative to the UN, Mission of Japan, JP) | https://ria.ru/x; 2024-03-02 | French Ministry of Armed Forces',
    );
    // The attribution's text is the page's "=SUM(A1)".
    expect(rows[3][3]).toBe("'=SUM(A1)");
  });
});
