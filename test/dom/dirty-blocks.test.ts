import { describe, expect, it } from 'vitest';
import {
  FULL_RESCAN_THRESHOLD,
  MAX_REPAIRS,
  REPAIR_WINDOW_MS,
  blockOf,
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
});
