// Runs queued work in slices of a few milliseconds (idle callbacks where available, timers otherwise),
// so annotating a busy or growing page never blocks it for long.

export interface SliceScheduler {
  /** Queue a job; it is called repeatedly until it returns true (done). Jobs run in queue order. */
  enqueue(job: (deadline: () => boolean) => boolean): void;
  /** Ask for a slice soon (work is pending). */
  wake(): void;
  readonly pending: boolean;
  destroy(): void;
}

export interface SchedulerOptions {
  /** Time budget per slice in ms. */
  sliceMs?: number;
  /**
   * Work is falling behind (e.g. a live blog outpacing us): slices grow to `urgentSliceMs` and the
   * next one is requested with a timer rather than waiting for an idle period.
   */
  urgent?: () => boolean;
  urgentSliceMs?: number;
  /** Longest wait for an idle period before running anyway (keeps latency bounded on busy pages). */
  idleTimeoutMs?: number;
}

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

export function createScheduler(win: Window, opts: SchedulerOptions = {}): SliceScheduler {
  const sliceMs = opts.sliceMs ?? 5;
  const idleTimeoutMs = opts.idleTimeoutMs ?? 100;
  const urgentSliceMs = opts.urgentSliceMs ?? 20;
  const urgent = opts.urgent ?? (() => false);
  const w = win as IdleWindow;
  const now = () => (w.performance ?? performance).now();
  const queue: ((deadline: () => boolean) => boolean)[] = [];
  let handle: { idle?: number; timer?: ReturnType<typeof setTimeout> } | null = null;
  let destroyed = false;

  function run(): void {
    handle = null;
    if (destroyed) return;
    const until = now() + (urgent() ? urgentSliceMs : sliceMs);
    const expired = () => now() >= until;
    while (queue.length > 0) {
      const job = queue[0];
      let done = true;
      try {
        done = job(expired);
      } catch (err) {
        // A failing job must not stall the queue; report and drop it.
        console.error('[claimlens] scheduled job failed', err);
      }
      if (done) queue.shift();
      if (expired()) break;
    }
    if (queue.length > 0) request();
  }

  function request(): void {
    if (handle || destroyed) return;
    if (typeof w.requestIdleCallback === 'function' && !urgent()) {
      handle = { idle: w.requestIdleCallback(run, { timeout: idleTimeoutMs }) };
    } else {
      handle = { timer: setTimeout(run, 0) };
    }
  }

  return {
    enqueue(job) {
      queue.push(job);
      request();
    },
    wake: request,
    get pending() {
      return queue.length > 0;
    },
    destroy() {
      destroyed = true;
      queue.length = 0;
      if (handle?.idle !== undefined) w.cancelIdleCallback?.(handle.idle);
      if (handle?.timer !== undefined) clearTimeout(handle.timer);
      handle = null;
    },
  };
}
