// Where a badge lands relative to the words around its mention.
import { afterEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../src/core/types';
import { extractText } from '../../src/dom/extract';
import { createRenderer } from '../../src/dom/renderer';

function mention(text: string, word: string): Mention {
  const start = text.indexOf(word);
  return { kind: 'official', id: 'x', start, end: start + word.length, text: word, score: 1, why: [] };
}

/** The paragraph's text with each badge shown as [B]. */
function shown(p: Element): string {
  return [...p.childNodes]
    .map((n) => (n.nodeType === 1 && (n as Element).hasAttribute('data-claimlens-badge') ? '[B]' : n.textContent))
    .join('');
}

afterEach(() => {
  document.body.textContent = '';
});

describe('badge placement', () => {
  for (const forceMarks of [false, true]) {
    const mode = forceMarks ? 'wrappers' : 'highlights';
    it(`follows the whole word, possessive included (${mode})`, () => {
      document.body.innerHTML = "<p>The French president’s remarks and Macron's aides; Лаврова сказал.</p>";
      const before = document.body.innerHTML;
      const map = extractText(document.body);
      const renderer = createRenderer(document, { forceMarks });
      renderer.render(
        map,
        ['French president', 'Macron', 'Лаврова'].map((w) => ({
          mention: mention(map.text, w),
          label: w,
          visible: true,
        })),
      );
      const p = document.querySelector('p')!;
      expect(shown(p).replace(/\s+/g, ' ')).toBe(
        "The French president’s[B] remarks and Macron's[B] aides; Лаврова[B] сказал.",
      );
      renderer.removeAll();
      expect(document.body.innerHTML).toBe(before);
    });
  }

  it('stays right after the mention in text without spaces (Japanese)', () => {
    document.body.innerHTML = '<p>山崎和之国連大使は述べた。</p>';
    const map = extractText(document.body);
    const renderer = createRenderer(document);
    renderer.render(map, [{ mention: mention(map.text, '山崎和之'), label: 'x', visible: true }]);
    expect(shown(document.querySelector('p')!)).toBe('山崎和之[B]国連大使は述べた。');
    renderer.removeAll();
  });
});
