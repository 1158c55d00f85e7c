// Property: on random DOM trees with random mentions (by offsets into the extracted text), render then
// removeAll gives back byte-identical innerHTML, and rendering never changes the page's extracted text.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mention, MentionKind } from '../../src/core/types';
import { extractText } from '../../src/dom/extract';
import { createRenderer } from '../../src/dom/renderer';

type Tree = { t: 'text'; v: string } | { t: 'comment'; v: string } | { t: 'el'; tag: string; kids: Tree[] };

const WORDS = [
  'Obama',
  'Angela',
  'Merkel',
  'Kazuyuki',
  'Yamazaki',
  ' ',
  '  ',
  '\n',
  'said',
  ',',
  '.',
  '&',
  '<b>',
  'é',
  '😀',
  '\u00a0',
];
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 6 }).map((w) => w.join(''));
const INLINE = ['b', 'i', 'span', 'a', 'em', 'strong', 'small'];
const BLOCK = ['p', 'div', 'section', 'blockquote', 'h2'];
const SKIPPED = ['textarea', 'code', 'script', 'pre', 'noscript'];

const { tree } = fc.letrec<{ tree: Tree; leaf: Tree; el: Tree }>((tie) => ({
  leaf: fc.oneof(
    { weight: 6, arbitrary: text.map((v): Tree => ({ t: 'text', v })) },
    { weight: 1, arbitrary: text.map((v): Tree => ({ t: 'comment', v: v.replace(/-/g, '') })) },
  ),
  el: fc.oneof(
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...INLINE, ...BLOCK),
      kids: fc.array(tie('tree'), { maxLength: 4 }),
    }),
    // Structures with content-model rules: lists and tables.
    fc
      .array(tie('tree'), { minLength: 1, maxLength: 3 })
      .map((kids): Tree => ({ t: 'el', tag: 'ul', kids: kids.map((k) => ({ t: 'el', tag: 'li', kids: [k] })) })),
    fc.array(tie('tree'), { minLength: 1, maxLength: 3 }).map((kids): Tree => ({
      t: 'el',
      tag: 'table',
      kids: [
        {
          t: 'el',
          tag: 'tbody',
          kids: [{ t: 'el', tag: 'tr', kids: kids.map((k) => ({ t: 'el', tag: 'td', kids: [k] })) }],
        },
      ],
    })),
    fc.record({
      t: fc.constant('el' as const),
      tag: fc.constantFrom(...SKIPPED),
      kids: text.map((v): Tree[] => [{ t: 'text', v }]),
    }),
  ),
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, tie('leaf'), tie('el')),
}));

function build(doc: Document, t: Tree): Node {
  if (t.t === 'text') return doc.createTextNode(t.v);
  if (t.t === 'comment') return doc.createComment(t.v);
  const el = doc.createElement(t.tag);
  if (t.tag === 'a') el.setAttribute('href', '#x');
  for (const k of t.kids) el.appendChild(build(doc, k));
  return el;
}

const KINDS: MentionKind[] = ['official', 'claim', 'attribution'];
const spans = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom(...KINDS)), { maxLength: 8 });

let cases = 0;
afterAll(() => {
  console.log(
    `[property] render/removeAll round trip: ${cases} random cases passed (1,000 per mode: wrappers, Highlight API)`,
  );
});

/** Minimal Custom Highlight API for happy-dom, so the highlight path (no wrappers) is exercised too. */
function withHighlightApi<T>(fn: () => T): T {
  const w = window as unknown as { CSS?: unknown; Highlight?: unknown };
  const saved = { CSS: w.CSS, Highlight: w.Highlight };
  w.Highlight = class extends Set<Range> {};
  w.CSS = { highlights: new Map<string, Set<Range>>() };
  try {
    return fn();
  } finally {
    w.CSS = saved.CSS;
    w.Highlight = saved.Highlight;
  }
}

describe('render then removeAll restores the DOM (property)', () => {
  it.each(['wrapper fallback', 'Highlight API'])(
    'holds on random trees and random mentions (%s)',
    (mode) => {
      const run = mode === 'Highlight API' ? withHighlightApi : <T>(fn: () => T) => fn();
      run(() => {
        fc.assert(
          fc.property(fc.array(tree, { minLength: 1, maxLength: 6 }), spans, (forest, raw) => {
            document.body.replaceChildren(...forest.map((t) => build(document, t)));
            const before = document.body.innerHTML;
            const map = extractText(document);
            const n = map.text.length;
            const mentions: Mention[] = [];
            if (n > 0) {
              for (const [x, y, kind] of raw) {
                const a = x % (n + 1);
                const b = y % (n + 1);
                const start = Math.min(a, b);
                const end = Math.max(a, b);
                if (end === start) continue;
                mentions.push({
                  kind,
                  id: `id-${start}`,
                  start,
                  end,
                  text: map.text.slice(start, end),
                  score: 1,
                  why: [],
                });
              }
            }
            const plainSpans = () => document.body.querySelectorAll('span:not([data-claimlens-badge])').length;
            const spansBefore = plainSpans();
            const renderer = createRenderer(document);
            expect(renderer.usesHighlights).toBe(mode === 'Highlight API');
            renderer.render(
              map,
              mentions.map((m) => ({
                mention: m,
                status: m.kind === 'claim' ? 'denied' : undefined,
                label: m.text,
                visible: true,
              })),
            );
            // The page's text, as we read it, is unchanged while annotated.
            expect(extractText(document).text).toBe(map.text);
            // With highlights no wrapper is added (badges are the only new elements).
            if (mode === 'Highlight API') expect(plainSpans()).toBe(spansBefore);
            renderer.removeAll();
            expect(document.body.innerHTML).toBe(before);
            cases++;
          }),
          { numRuns: 1000 },
        );
      });
    },
    120_000,
  ); // 1,000 cases: seconds on a loaded 2-core machine
});
