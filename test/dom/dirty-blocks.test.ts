import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../src/dom/renderer';
import {
  FULL_RESCAN_THRESHOLD,
  MAX_REPAIRS,
  REPAIR_WINDOW_MS,
  blockOf,
  classifyMutation,
  createDirtyBlocks,
  createRepairLimiter,
} from '../../src/dom/dirty-blocks';

describe('dirty blocks', () => {
  it('takes the outermost marked blocks still in the page, once', () => {
    document.body.innerHTML = '<section id="s"><p id="a">one <b id="b">two</b></p></section><p id="c">three</p>';
    const $ = (id: string) => document.getElementById(id)!;
    const gone = document.createElement('p');
    const dirty = createDirtyBlocks();
    dirty.mark($('a'));
    dirty.mark($('s'));
    dirty.mark(gone);
    expect(dirty.take([$('c')])).toEqual([$('s'), $('c')]);
    expect(dirty.size).toBe(0);
    expect(dirty.take()).toEqual([]);
    expect(blockOf($('b').firstChild!)).toBe($('a'));
  });

  it('asks for one full rescan past the threshold, until a full scan ran', () => {
    const dirty = createDirtyBlocks();
    for (let i = 0; i <= FULL_RESCAN_THRESHOLD; i++) dirty.mark(document.createElement('p'));
    expect(dirty.full).toBe(true);
    expect(dirty.size).toBe(0);
    dirty.mark(document.body);
    dirty.clear();
    expect(dirty.full).toBe(true);
    dirty.fullDone();
    expect(dirty.full).toBe(false);
  });

  it('repairs a block at most MAX_REPAIRS times per window', () => {
    let t = 0;
    const allowed = createRepairLimiter(() => t);
    const block = document.createElement('p');
    for (let i = 0; i < MAX_REPAIRS; i++) expect(allowed(block)).toBe(true);
    expect(allowed(block)).toBe(false);
    expect(allowed(block, false)).toBe(false);
    t += REPAIR_WINDOW_MS + 1;
    expect(allowed(block)).toBe(true);
  });

  it('marks the blocks a page mutation changed, repairs a removed badge of ours and says when page nodes went', async () => {
    document.body.innerHTML =
      '<p id="a">one <b id="b">two</b></p><p id="c">three</p><div id="d"><span id="x">x</span></div>';
    const $ = (id: string) => document.getElementById(id)!;
    const badge = document.createElement('span');
    $('c').append(badge);
    const ann = { block: $('c') } as unknown as Annotation;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ($('b').firstChild as Text).data = 'TWO'; // text edited: its paragraph
    badge.remove(); // our badge removed by the page: dropped, its paragraph repaired
    $('d').append(document.createElement('p')); // a new paragraph: itself
    $('d').removeChild($('x')); // page nodes removed: purge, nothing to read
    await new Promise((ok) => setTimeout(ok, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    const dirty = createDirtyBlocks();
    const dropped: Annotation[] = [];
    const removed = records.map((r) =>
      classifyMutation(r, {
        dirty,
        annotationOf: (el) => (el === badge ? ann : undefined),
        isLive: () => true,
        drop: (a) => dropped.push(a),
        repairAllowed: () => true,
      }),
    );
    expect(dropped).toEqual([ann]);
    expect(removed.filter(Boolean)).toHaveLength(1);
    expect(dirty.take()).toEqual([$('a'), $('c'), $('d').firstElementChild]);
  });
});
