// Export hardening: formula cells hidden behind whitespace, control or full-width characters are
// defused, and only http(s) links from a dataset reach CSV, JSONL and Web Annotation exports.
import { describe, expect, it } from 'vitest';
import { toCsv, toJsonl, toRecords, toWebAnnotation } from '../../../src/core/export';
import type { CompiledDataset, Mention } from '../../../src/core/types';
import { dataset } from './fixture';

const text = 'The claim sentence is here.';
const claimMention: Mention = {
  kind: 'claim',
  id: 'c',
  start: 0,
  end: text.length,
  text,
  score: 1,
  why: ['terms'],
};

function withClaim(claimText: string, urls: { history?: string; outlet?: string }): CompiledDataset {
  return {
    ...dataset,
    sources: [{ id: 'o', name: 'Outlet', kind: 'fact-checker', ...(urls.outlet ? { url: urls.outlet } : {}) }],
    claims: [
      {
        id: 'c',
        text: claimText,
        about: [],
        status: 'denied',
        history: [{ status: 'denied', date: '2024-01-01', via: 'o', ...(urls.history ? { url: urls.history } : {}) }],
        hints: { groups: [] },
      },
    ],
  };
}

/** The claim column (8th) of the only data row. */
function claimCell(claimText: string): string {
  const csv = toCsv(toRecords([claimMention], withClaim(claimText, {}), 'p', text));
  const row = csv.split('\r\n')[1];
  return row.split(',')[7];
}

describe('CSV formula guard', () => {
  it.each([
    [' =1+41', "' =1+41"],
    ['  +SUM(A1)', "'  +SUM(A1)"],
    ['\u0001=1', "'\u0001=1"],
    ['\u200b@cmd', "'\u200b@cmd"],
    ['\u00a0-1', "'\u00a0-1"],
    ['\uff1d1+1', "'\uff1d1+1"],
    ['=1', "'=1"],
  ])('defuses %j', (cell, expected) => {
    expect(claimCell(cell)).toBe(expected);
  });

  it('leaves ordinary text alone', () => {
    expect(claimCell('Japan plans to send troops')).toBe('Japan plans to send troops');
    expect(claimCell('A - B')).toBe('A - B');
  });
});

describe('dataset URLs in exports', () => {
  const cases = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', ' JavaScript:x', 'ftp://x/y'];
  it.each(cases)('drops %j from every format', (bad) => {
    const d = withClaim('Some claim', { history: bad, outlet: bad });
    const records = toRecords([claimMention], d, 'p', text);
    expect(records[0].sources[0].url).toBe('');
    expect(toJsonl(records)).not.toContain(bad.trim());
    expect(toCsv(records)).not.toContain(bad.trim());
    const anno = JSON.stringify(toWebAnnotation(records, { pageUrl: 'https://example.org/a', pageText: text }));
    expect(anno).not.toContain(bad.trim());
  });

  it('keeps http(s) links, falling back from the history entry to the outlet', () => {
    const both = toRecords(
      [claimMention],
      withClaim('x', { history: 'https://a.example/1', outlet: 'http://b.example/' }),
      'p',
      text,
    );
    expect(both[0].sources[0].url).toBe('https://a.example/1');
    const outletOnly = toRecords(
      [claimMention],
      withClaim('x', { history: 'javascript:x', outlet: 'http://b.example/' }),
      'p',
      text,
    );
    expect(outletOnly[0].sources[0].url).toBe('http://b.example/');
  });
});
