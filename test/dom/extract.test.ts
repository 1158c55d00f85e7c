import { describe, expect, it } from 'vitest';
import { createBadge, createMark } from '../../src/dom/badge';
import { extractText, locate, rangeFor } from '../../src/dom/extract';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('extractText', () => {
  it.each(['script', 'style', 'noscript', 'textarea', 'select', 'code', 'button', 'kbd'])(
    'skips <%s> content',
    (tag) => {
      body(`<p>before <${tag}>Obama</${tag}> after</p>`);
      expect(extractText(document).text).toBe('before  after');
    },
  );

  it('skips <pre> and still separates the text around it', () => {
    body('<div>before <pre>Obama</pre> after</div>');
    expect(extractText(document).text).toBe('before \n after');
  });

  it('skips template content, inputs, svg, math, option', () => {
    body(
      '<p>a</p><template><p>Obama</p></template><input value="Obama"><input type="hidden" value="Obama">' +
        '<svg><text>Obama</text></svg><math><mi>Obama</mi></math><select><option>Obama</option></select><p>b</p>',
    );
    expect(extractText(document).text).toBe('a\nb');
  });

  it('skips contenteditable regions and their descendants, but not contenteditable=false', () => {
    body(
      '<div contenteditable="true"><p>Obama <b>Merkel</b></p></div><div contenteditable="false">Putin</div><div contenteditable>x</div>',
    );
    expect(extractText(document).text).toBe('Putin');
  });

  it('skips our own badges (known by identity) but reads text inside our fallback marks', () => {
    body('<p>Barack <span id="m">Obama</span> spoke</p>');
    const mark = createMark(document, 'red', true);
    document.getElementById('m')!.replaceWith(mark);
    mark.textContent = 'Obama';
    mark.after(createBadge(document, { kind: 'official', id: 'obama', label: 'Official: Barack Obama' }, true));
    expect(extractText(document).text).toBe('Barack Obama spoke');
  });

  it("reads a page's look-alikes of our elements as page text (a <claimlens-x> wrapper hides nothing)", () => {
    body(
      '<p>Barack <claimlens-x>Obama</claimlens-x><claimlens-badge>Official</claimlens-badge> ' +
        '<span data-claimlens-badge="" data-kind="claim">spoke</span></p>',
    );
    expect(extractText(document).text).toBe('Barack ObamaOfficial spoke');
  });

  it('separates blocks so text never runs across them', () => {
    body(
      '<h1>Title</h1><p>One</p><div>Two<br>Three</div><ul><li>a</li><li>b</li></ul><table><tr><td>x</td><td>y</td></tr></table><blockquote>q</blockquote><figure><figcaption>c</figcaption></figure>',
    );
    expect(extractText(document).text).toBe('Title\nOne\nTwo\nThree\na\nb\nx\ny\nq\nc');
  });

  it('joins inline splits into contiguous text', () => {
    body('<p><b>Kazuyuki</b> <i>Yamazaki</i> said <a href="#"><span>so</span></a>.</p>');
    expect(extractText(document).text).toBe('Kazuyuki Yamazaki said so.');
  });

  it('keeps whitespace in place, so offsets map 1:1 to text node characters', () => {
    body('<p>  two  spaces\n\tand tab </p>');
    const map = extractText(document);
    // A source line break inside a paragraph is a space (as rendered); only blocks separate.
    expect(map.text).toBe('  two  spaces \tand tab ');
    expect(map.nodes).toHaveLength(1);
  });

  it('reads line breaks of the HTML source inside a block as spaces, block boundaries as "\\n"', () => {
    body('<p>Foreign Minister Sergey\n      Lavrov, Marco\r\nRubio</p><p>next</p>');
    const map = extractText(document);
    expect(map.text).toBe('Foreign Minister Sergey       Lavrov, Marco  Rubio\nnext');
    expect(map.text.length).toBe(map.nodes[0].data.length + 1 + 'next'.length);
  });

  it('reads open shadow roots', () => {
    body('<p id="host"></p><p>after</p>');
    const host = document.getElementById('host')!;
    const root = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    inner.textContent = 'Angela Merkel';
    root.appendChild(inner);
    expect(extractText(document).text).toBe('Angela Merkel\nafter');
  });

  it('skips comments', () => {
    body('<p>a<!-- Obama -->b</p>');
    expect(extractText(document).text).toBe('ab');
  });

  it('extracts from an element or a shadow root as the root', () => {
    body('<div><p>x</p><p id="p">Hello <b>there</b></p></div>');
    expect(extractText(document.getElementById('p')!).text).toBe('Hello there');
  });
});

describe('offsets to DOM positions', () => {
  it('maps every character of the text back to its node and offset', () => {
    body('<p>ab<b>cd</b></p><p>ef</p>');
    const map = extractText(document);
    expect(map.text).toBe('abcd\nef');
    for (let i = 0; i < map.text.length; i++) {
      if (map.text[i] === '\n') continue;
      const p = locate(map, i, 'start')!;
      expect(p.node.data[p.offset]).toBe(map.text[i]);
    }
  });

  it('puts starts at the next node and ends at the previous one at boundaries and separators', () => {
    body('<p>ab<b>cd</b></p><p>ef</p>');
    const map = extractText(document);
    const end = locate(map, 2, 'end')!;
    expect([end.node.data, end.offset]).toEqual(['ab', 2]);
    const start = locate(map, 2, 'start')!;
    expect([start.node.data, start.offset]).toEqual(['cd', 0]);
    // offset 4 is the separator "\n"
    expect(locate(map, 5, 'start')!.node.data).toBe('ef');
    expect(locate(map, 4, 'end')!.node.data).toBe('cd');
  });

  it('rangeFor gives a range whose text is the slice, across inline elements', () => {
    body('<p><b>Kazuyuki</b> <i>Yamazaki</i> said</p>');
    const map = extractText(document);
    const start = map.text.indexOf('Kazuyuki');
    const end = start + 'Kazuyuki Yamazaki'.length;
    expect(rangeFor(map, start, end)!.toString()).toBe('Kazuyuki Yamazaki');
  });
});
