// W3C Web Annotation (JSON-LD) export: each record becomes an Annotation anchored by quote and by
// position, so that tools like Hypothesis can re-anchor it even if the page shifts a little.
import type { AnnotationRecord, RecordSource } from './records';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Our body properties are not in the Web Annotation vocabulary; this names them as IRIs. */
export const CLAIMLENS_CONTEXT = {
  claimlens: 'urn:claimlens:vocab#',
  kind: 'claimlens:kind',
  claimId: 'claimlens:claimId',
  officialId: 'claimlens:officialId',
  officialName: 'claimlens:officialName',
  status: 'claimlens:status',
  sources: { '@id': 'claimlens:sources', '@container': '@list' },
  datasetVersion: 'claimlens:datasetVersion',
  score: 'claimlens:score',
  why: { '@id': 'claimlens:why', '@container': '@list' },
  outlet: 'claimlens:outlet',
  url: 'claimlens:url',
  date: 'claimlens:date',
  by: 'claimlens:by',
  role: 'claimlens:role',
} as const;

/** Characters of context kept on each side in a TextQuoteSelector. */
export const QUOTE_CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationBody {
  type: 'TextualBody';
  purpose: 'tagging' | 'assessing';
  format: 'text/plain';
  /** Human-readable label: the official's name, or "Claim denied: <claim>". */
  value: string;
  kind: AnnotationRecord['kind'];
  claimId?: string;
  officialId?: string;
  officialName?: string;
  status?: string;
  sources: RecordSource[];
  datasetVersion: string;
  score: number;
  why: string[];
}

export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'tagging' | 'assessing';
  created?: string;
  generator: { id: string; type: 'Software'; name: string };
  body: AnnotationBody;
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] };
}

export interface AnnotationCollection {
  '@context': [typeof ANNO_CONTEXT, typeof CLAIMLENS_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

export interface WebAnnotationOptions {
  pageUrl: string;
  /** The extracted page text the records' offsets point into. */
  pageText: string;
  /** ISO timestamp to stamp on each annotation; omitted when absent so output stays reproducible. */
  created?: string;
}

// FNV-1a: a short stable id per page without crypto APIs (the core runs in Node and in the page).
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

function toAnnotation(r: AnnotationRecord, opts: WebAnnotationOptions, collectionId: string): Annotation {
  const isClaim = r.kind === 'claim';
  const motivation = isClaim ? 'assessing' : 'tagging';
  const body: AnnotationBody = {
    type: 'TextualBody',
    purpose: motivation,
    format: 'text/plain',
    value: isClaim ? `Claim ${r.status ?? 'unverified'}: ${r.claim ?? r.id}` : (r.name ?? r.id),
    kind: r.kind,
    ...(isClaim ? { claimId: r.id } : { officialId: r.id }),
    ...(r.name ? { officialName: r.name } : {}),
    ...(isClaim && r.status ? { status: r.status } : {}),
    sources: r.sources.map((s) => ({ ...s })),
    datasetVersion: r.datasetVersion,
    score: r.score,
    why: [...r.why],
  };
  const text = opts.pageText;
  return {
    id: `${collectionId}:${r.kind}:${encodeURIComponent(r.id)}:${r.start}-${r.end}`,
    type: 'Annotation',
    motivation,
    ...(opts.created ? { created: opts.created } : {}),
    generator: { id: 'urn:claimlens:software', type: 'Software', name: 'ClaimLens' },
    body,
    target: {
      source: opts.pageUrl,
      selector: [
        {
          type: 'TextQuoteSelector',
          exact: text.slice(r.start, r.end),
          prefix: text.slice(Math.max(0, r.start - QUOTE_CONTEXT), r.start),
          suffix: text.slice(r.end, r.end + QUOTE_CONTEXT),
        },
        { type: 'TextPositionSelector', start: r.start, end: r.end },
      ],
    },
  };
}

/** Wraps annotations (of one page or many) in an AnnotationCollection with a single AnnotationPage. */
export function annotationCollection(items: Annotation[], id: string, label: string): AnnotationCollection {
  return {
    '@context': [ANNO_CONTEXT, CLAIMLENS_CONTEXT],
    id,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { id: `${id}:page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** One page's records as an AnnotationCollection; ids are stable for the same page URL and text. */
export function toWebAnnotation(
  records: readonly AnnotationRecord[],
  opts: WebAnnotationOptions,
): AnnotationCollection {
  const collectionId = `urn:claimlens:page:${hash(opts.pageUrl)}:${hash(opts.pageText)}`;
  const items = records.map((r) => toAnnotation(r, opts, collectionId));
  return annotationCollection(items, collectionId, `ClaimLens annotations of ${opts.pageUrl}`);
}
