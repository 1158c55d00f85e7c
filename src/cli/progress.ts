// Progress line and end-of-run summary on stderr, so that stdout stays clean records.
import type { Writable } from 'node:stream';
import type { MentionKind } from '../core/types';

export interface RunStats {
  /** Pages to do, when known (a web archive's pages are counted as it is read). */
  pages: number | null;
  done: number;
  failed: { name: string; reason: string }[];
  mentions: Record<MentionKind, number>;
  startedAt: number;
}

export function newStats(pages: number | null, now: number): RunStats {
  return { pages, done: 0, failed: [], mentions: { official: 0, claim: 0, attribution: 0 }, startedAt: now };
}

function rate(stats: RunStats, now: number): string {
  const seconds = Math.max((now - stats.startedAt) / 1000, 1e-3);
  return `${(stats.done / seconds).toFixed(1)} pages/s`;
}

export class Progress {
  private last = 0;
  private shown = false;

  constructor(
    private readonly err: Writable,
    private readonly enabled: boolean,
    /** On a terminal the line is redrawn in place; otherwise one line per update. */
    private readonly tty: boolean,
  ) {}

  update(stats: RunStats, now: number): void {
    // A terminal line is redrawn a few times a second; a log (not a terminal) gets a line every 2 s.
    const finished = stats.pages !== null && stats.done >= stats.pages;
    if (!this.enabled || (now - this.last < (this.tty ? 250 : 2000) && !finished)) return;
    this.last = now;
    const of = stats.pages === null ? '' : `/${stats.pages}`;
    const line = `annotate: ${stats.done}${of} pages, ${rate(stats, now)}, ${stats.failed.length} failed`;
    this.err.write(this.tty ? `\r\x1b[K${line}` : `${line}\n`);
    this.shown = true;
  }

  /** Ends the in-place line before other messages are printed. */
  clear(): void {
    if (this.enabled && this.tty && this.shown) this.err.write('\r\x1b[K');
  }
}

export function summary(stats: RunStats, now: number): string {
  const seconds = (now - stats.startedAt) / 1000;
  const m = stats.mentions;
  const ok = stats.done - stats.failed.length;
  return (
    `annotate: ${stats.done} pages (${ok} annotated, ${stats.failed.length} failed) in ${seconds.toFixed(1)} s, ${rate(stats, now)}; ` +
    `mentions: officials ${m.official}, claims ${m.claim}, attributions ${m.attribution}\n`
  );
}
