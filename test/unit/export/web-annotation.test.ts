// Web Annotation export: a valid collection whose selectors re-anchor on the same page text.
import { describe, expect, it } from 'vitest';
import { ANNO_CONTEXT, QUOTE_CONTEXT, toRecords, toWebAnnotation } from '../../../src/core/export';
import { dataset, mentions, pageText } from './fixture';

describe('toWebAnnotation', () => {
  const records = toRecords(mentions, dataset, 'https://example.org/a', pageText);
  const doc = toWebAnnotation(records, { pageUrl: 'https://example.org/a', pageText });
  const items = doc.first.items;

  it('is an AnnotationCollection in the Web Annotation context', () => {
    expect(doc['@context'][0]).toBe(ANNO_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(3);
    expect(doc.first.type).toBe('AnnotationPage');
    expect(items.map((a) => a.type)).toEqual(['Annotation', 'Annotation', 'Annotation']);
    expect(new Set(items.map((a) => a.id)).size).toBe(3);
    // Survives a JSON round trip unchanged (no undefined, functions or cycles).
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });

  it('anchors each annotation by quote and position on the same page text', () => {
    for (const a of items) {
      const [quote, position] = a.target.selector;
      expect(a.target.source).toBe('https://example.org/a');
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(quote.exact).toBe(pageText.slice(position.start, position.end));
      expect(pageText.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
      expect(pageText.slice(position.end).startsWith(quote.suffix)).toBe(true);
      expect(quote.prefix.length).toBe(Math.min(QUOTE_CONTEXT, position.start));
      expect(quote.suffix.length).toBe(Math.min(QUOTE_CONTEXT, pageText.length - position.end));
    }
    // The claim sits mid-text: full 32-character context on both sides... except at the end of the text.
    expect(items[0].target.selector[0].prefix).toHaveLength(32);
    expect(items[2].target.selector[0].suffix).toBe('');
  });

  it('tags officials and assesses claims, carrying id, status, sources and dataset version', () => {
    expect(items[0].motivation).toBe('tagging');
    expect(items[0].body).toMatchObject({
      purpose: 'tagging',
      officialId: 'kazuyuki-yamazaki',
      value: 'Kazuyuki Yamazaki',
    });
    const claim = items[1];
    expect(claim.motivation).toBe('assessing');
    expect(claim.body).toMatchObject({
      purpose: 'assessing',
      claimId: 'japan-troops-ukraine',
      status: 'denied',
      datasetVersion: '2026.11.25-test',
      officialName: 'Kazuyuki Yamazaki',
    });
    expect('officialId' in claim.body).toBe(false);
    expect(claim.body.value).toBe(`Claim denied: ${dataset.claims[0].text}`);
    expect(claim.body.sources).toEqual(records[1].sources);
    expect(claim.body.sources).toHaveLength(3);
  });

  it('gives the same ids for the same page and different ids for another page', () => {
    const again = toWebAnnotation(records, { pageUrl: 'https://example.org/a', pageText });
    const other = toWebAnnotation(records, { pageUrl: 'https://example.org/b', pageText });
    expect(again.first.items.map((a) => a.id)).toEqual(items.map((a) => a.id));
    expect(other.first.items[0].id).not.toBe(items[0].id);
    expect(toWebAnnotation([], { pageUrl: 'u', pageText: '' }).total).toBe(0);
  });
});
