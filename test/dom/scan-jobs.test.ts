// The annotator's two scheduled jobs on their own: the sliced full scan (full-scan.ts) and the mutation
// batching (change-queue.ts), driven through a scheduler the test runs by hand.
import { describe, expect, it } from 'vitest';
import type { MatchSession } from '../../src/core/match';
import type { Mention } from '../../src/core/types';
import { BATCH_UNITS, createChangeQueue, type ChangeQueueHost } from '../../src/dom/change-queue';
import { FULL_RESCAN_THRESHOLD } from '../../src/dom/dirty-blocks';
import { extractText, type TextMap } from '../../src/dom/extract';
import { createFullScan, createPendingWork, FIRST_SLICE_MS } from '../../src/dom/full-scan';
import type { SliceScheduler } from '../../src/dom/scheduler';

/** Jobs run only when the test says so; `slices` says how many times a job may continue per run. */
function manualScheduler() {
  const jobs: ((expired: () => boolean) => boolean)[] = [];
  const s: SliceScheduler & { run(expired?: () => boolean): void; jobs: typeof jobs } = {
    jobs,
    enqueue: (job) => void jobs.push(job),
    wake() {},
    get pending() {
      return jobs.length > 0;
    },
    destroy: () => void (jobs.length = 0),
    run(expired = () => false) {
      while (jobs.length > 0) {
        let done = true;
        try {
          done = jobs[0](expired);
        } catch {
          // the real scheduler reports and drops a failing job
        }
        if (done) jobs.shift();
        else break;
      }
    },
  };
  return s;
}

/** A session over `text` that yields one mention per part and counts the parts read. */
function countingSession(text: string) {
  let position = 0;
  const session: MatchSession & { parts: number } = {
    parts: 0,
    get position() {
      return position;
    },
    get done() {
      return position >= text.length;
    },
    next(end: number) {
      const m: Mention = {
        kind: 'official',
        id: 'x',
        start: position,
        end: Math.min(position + 1, end),
        text: 'x',
        score: 1,
        why: [],
      };
      position = end;
      session.parts++;
      return [m];
    },
  } as MatchSession & { parts: number };
  return session;
}

describe('full scan job', () => {
  function page(paragraphs: number): TextMap {
    document.body.innerHTML = Array.from({ length: paragraphs }, (_, i) => `<p>${'word '.repeat(400)}${i}</p>`).join(
      '',
    );
    return extractText(document.body);
  }

  it('reads the first slice at once, the rest when scheduled, and reports once when done', () => {
    const map = page(6);
    const scheduler = manualScheduler();
    let clock = 0;
    const rendered: number[] = [];
    let done = 0;
    const ac = new AbortController();
    const pending = createPendingWork(() => clock);
    const scan = createFullScan({
      scheduler,
      pending,
      signal: ac.signal,
      // Every reading of the clock moves it on: the first slice ends after its budget.
      now: () => (clock += FIRST_SLICE_MS / 2),
      render: (_map, ms) => rendered.push(...ms.map((m) => m.start)),
      done: () => done++,
    });
    const session = countingSession(map.text);
    scan.start(map, session);
    expect(session.parts).toBeGreaterThan(0);
    expect(session.done).toBe(false);
    expect(scan.running).toBe(true);
    expect(pending.overdue(-1)).toBe(true);
    scheduler.run();
    expect(session.done).toBe(true);
    expect(scan.running).toBe(false);
    expect(done).toBe(1);
    expect(rendered.length).toBe(session.parts);
  });

  it('stops reading when abandoned or when the signal aborts', () => {
    for (const end of ['abandon', 'abort'] as const) {
      const map = page(6);
      const scheduler = manualScheduler();
      let clock = 0;
      const ac = new AbortController();
      let done = 0;
      const scan = createFullScan({
        scheduler,
        pending: createPendingWork(() => clock),
        signal: ac.signal,
        now: () => (clock += FIRST_SLICE_MS),
        render: () => {},
        done: () => done++,
      });
      const session = countingSession(map.text);
      scan.start(map, session);
      const read = session.parts;
      if (end === 'abandon') scan.abandon();
      else ac.abort();
      scheduler.run();
      expect(session.parts, end).toBe(read);
      expect(scan.running, end).toBe(false);
      expect(done, end).toBe(0);
    }
  });
});

describe('change queue', () => {
  function host(over: Partial<ChangeQueueHost> = {}) {
    const scheduler = manualScheduler();
    const ac = new AbortController();
    const log = { reread: [] as Node[], annotated: [] as string[], full: 0, settled: 0, purged: 0 };
    const h: ChangeQueueHost = {
      scheduler,
      pending: createPendingWork(() => 1),
      signal: ac.signal,
      beforeBatch() {},
      // Each record marks its target; a record with removed nodes asks for a purge.
      classify(r, dirty) {
        dirty.mark(r.target);
        return r.removedNodes.length > 0;
      },
      purgeDetached: () => void log.purged++,
      fullScan: () => void log.full++,
      scanning: () => false,
      reread(block) {
        log.reread.push(block);
        const map = extractText(block as Element);
        return map.text ? map : null;
      },
      annotate: (map) => void log.annotated.push(map.text),
      settled: () => void log.settled++,
      ...over,
    };
    return { h, scheduler, ac, log };
  }
  const record = (target: Node, removed = false) =>
    ({ type: 'childList', target, addedNodes: [], removedNodes: removed ? [target] : [] }) as unknown as MutationRecord;

  it('reads each changed block once, in batches of one matcher call, then reports', () => {
    document.body.innerHTML = Array.from({ length: BATCH_UNITS + 5 }, (_, i) => `<p>para ${i}</p>`).join('');
    const ps = [...document.querySelectorAll('p')];
    const { h, scheduler, log } = host();
    const q = createChangeQueue(h);
    q.push(ps.map((p) => record(p)));
    q.push([record(ps[0]), record(ps[1], true)]);
    expect(q.queued).toBe(true);
    expect(log.reread).toEqual([]);
    scheduler.run();
    expect(log.reread.length).toBe(ps.length);
    expect(new Set(log.reread).size).toBe(ps.length);
    expect(log.annotated.length).toBe(2);
    expect(log.purged).toBe(1);
    expect(log.settled).toBe(1);
    expect(q.queued).toBe(false);
  });

  it('turns too many changed blocks, or a navigation, into one full rescan', () => {
    const { h, scheduler, log } = host();
    const q = createChangeQueue(h);
    const many = Array.from({ length: FULL_RESCAN_THRESHOLD + 1 }, () => {
      const p = document.createElement('p');
      document.body.append(p);
      return record(p);
    });
    q.push(many);
    scheduler.run();
    expect(log.full).toBe(1);
    expect(log.reread).toEqual([]);
    q.requestFull();
    scheduler.run();
    expect(log.full).toBe(2);
  });

  it('after a failing batch, the next change is read again', () => {
    document.body.innerHTML = '<p id="a">one</p><p id="b">two</p>';
    let fail = true;
    const { h, scheduler, log } = host({
      annotate(map) {
        if (fail) throw new Error('matcher failed');
        log.annotated.push(map.text);
      },
    });
    const q = createChangeQueue(h);
    q.push([record(document.getElementById('a')!)]);
    scheduler.run();
    expect(q.queued).toBe(false);
    fail = false;
    q.push([record(document.getElementById('b')!)]);
    scheduler.run();
    expect(log.annotated.map((t) => t.trim())).toEqual(['two']);
  });

  it('drops everything queued when the signal aborts, and takes nothing after', () => {
    document.body.innerHTML = '<p id="a">one</p>';
    const { h, scheduler, ac, log } = host();
    const q = createChangeQueue(h);
    q.push([record(document.getElementById('a')!)]);
    ac.abort();
    q.push([record(document.getElementById('a')!)]);
    scheduler.run();
    expect(log.reread).toEqual([]);
    expect(log.settled).toBe(0);
  });
});
