import { describe, expect, it } from 'vitest';
import { createCuts, pointAfterSplit, rejoinSplit, splitTextNodes } from '../../src/dom/text-split';

describe('text-node splitting', () => {
  it('splits at each offset once, finds points in the segments, and joins back to the same node', () => {
    document.body.innerHTML = '<p>Sergey Lavrov said so</p>';
    const p = document.querySelector('p')!;
    const text = p.firstChild as Text;
    const cuts = createCuts();
    for (const offset of [13, 6, 13, 0, 21]) cuts.add({ node: text, offset, index: 0 });
    // The node's start and end are no cuts; a repeated offset is one.
    expect([...cuts.cuts.get(text)!]).toEqual([13, 6]);
    let seq = 0;
    const split = splitTextNodes(cuts.cuts, () => seq++);
    const s = split.get(text)!;
    expect(s.nodes.map((n) => n.data)).toEqual(['Sergey', ' Lavrov', ' said so']);
    expect(s.starts).toEqual([0, 6, 13]);
    expect(s.entry.seq).toBe(0);
    // "Lavrov" ends at 13: as an end point it stays in the segment before; as a start, the next one.
    expect(pointAfterSplit(split, { node: text, offset: 13, index: 0 }, 'end')).toEqual({
      node: s.nodes[1],
      offset: 7,
    });
    expect(pointAfterSplit(split, { node: text, offset: 13, index: 0 }, 'start')).toEqual({
      node: s.nodes[2],
      offset: 0,
    });
    rejoinSplit(s.entry);
    expect(p.childNodes.length).toBe(1);
    expect(p.firstChild).toBe(text);
    expect(text.data).toBe('Sergey Lavrov said so');
  });

  it('joins only the segments still next to the original (a page may have moved one)', () => {
    document.body.innerHTML = '<p>one two three</p><div></div>';
    const text = document.querySelector('p')!.firstChild as Text;
    const cuts = createCuts();
    cuts.add({ node: text, offset: 3, index: 0 });
    cuts.add({ node: text, offset: 7, index: 0 });
    const s = splitTextNodes(cuts.cuts, () => 0).get(text)!;
    document.querySelector('div')!.append(s.nodes[1]);
    rejoinSplit(s.entry);
    expect(text.data).toBe('one');
    expect(document.body.innerHTML).toBe('<p>one three</p><div> two</div>');
  });
});
