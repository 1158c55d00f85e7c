// The annotate run: pages in, records out. Kept apart from the process entry so that the bench can
// time it and tests can drive it; every page goes through load -> extract -> match -> records.
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Writable } from 'node:stream';
import { createMatcher } from '../core/match';
import { visibleMentions } from '../core/layers';
import type { CompiledDataset } from '../core/types';
import {
  annotationCollection,
  indexDataset,
  toCsv,
  toJsonl,
  toRecords,
  toWebAnnotation,
  RECORD_FIELDS,
  type Annotation,
  type AnnotationRecord,
} from '../core/export';
import type { CliOptions } from './args';
import { expandInputs, loadPage, PageError } from './inputs';
import { createIsolatedParser, inProcess } from './isolated-parser';
import { createPageParser } from './page-text';
import { forTerminal, nameForTerminal } from './terminal';
import { newStats, Progress, summary, type RunStats } from './progress';

export const DEFAULT_DATASET = fileURLToPath(new URL('../generated/dataset.json', import.meta.url));

/** A problem that stops the whole run before any page is read (exit 2). */
export class RunError extends Error {}

export async function loadDataset(path: string | undefined): Promise<CompiledDataset> {
  const file = path ?? DEFAULT_DATASET;
  if (!existsSync(file)) {
    throw new RunError(
      path
        ? `dataset not found: ${path}`
        : 'no compiled dataset at src/generated/dataset.json: run `npm run dataset -- compile` first, or pass --dataset <path>',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    throw new RunError(`dataset ${file} is not valid JSON (${(e as Error).message})`);
  }
  const d = data as Partial<CompiledDataset> | null;
  if (
    !d ||
    d.format !== 1 ||
    !Array.isArray(d.officials) ||
    !Array.isArray(d.claims) ||
    typeof d.version !== 'string'
  ) {
    throw new RunError(
      `${file} is not a compiled ClaimLens dataset (format 1): compile it with \`npm run dataset -- compile\``,
    );
  }
  return d as CompiledDataset;
}

export interface RunIo {
  stdout: Writable;
  stderr: Writable;
  stderrIsTty: boolean;
  /** Records on stdout go to a terminal: control characters from pages are shown escaped. */
  stdoutIsTty?: boolean;
  /** Parse pages in a worker thread, so that a page exhausting memory or stack fails alone. */
  isolatePages?: boolean;
  now?: () => number;
}

export interface RunResult {
  exitCode: number;
  stats: RunStats;
}

/** Where records go: written as each page completes, so a later failure loses nothing before it. */
interface Sink {
  write(text: string): void;
}

/**
 * --out: records are appended to `<out>.partial-<pid>` with synchronous writes as pages complete (a
 * crash keeps what was done, under that name) and renamed to `<out>` at the end, so `<out>` is never
 * half-written and a previous `<out>` stays until the new one is complete.
 */
class FileSink implements Sink {
  /** The temp file, or undefined when writing straight to a device or FIFO (`--out /dev/null`). */
  private readonly tmp: string | undefined;
  private fd: number;

  constructor(private readonly path: string) {
    const existing = (() => {
      try {
        return statSync(path);
      } catch {
        return undefined;
      }
    })();
    if (existing?.isDirectory()) throw new RunError(`--out ${nameForTerminal(path)} is a folder; give a file name`);
    // Never rename over a device or a FIFO: write to it directly.
    this.tmp = existing && !existing.isFile() ? undefined : `${path}.partial-${process.pid}`;
    try {
      this.fd = openSync(this.tmp ?? path, 'w');
    } catch (e) {
      throw new RunError(
        `cannot write --out ${nameForTerminal(path)} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
  }

  write(text: string): void {
    writeSync(this.fd, text);
  }

  finish(): void {
    closeSync(this.fd);
    if (this.tmp) renameSync(this.tmp, this.path);
  }

  abandon(): void {
    closeSync(this.fd);
    if (this.tmp) rmSync(this.tmp, { force: true });
  }
}

function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a);
    const y = statSync(b);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Writes records in the chosen format as pages complete (webanno: once, at the end). */
class Output {
  private count = 0;
  private annotations: Annotation[] = [];
  private pages: string[] = [];

  constructor(
    private readonly out: Sink,
    private readonly format: CliOptions['format'],
  ) {
    if (format === 'csv') out.write(RECORD_FIELDS.join(',') + '\r\n');
    if (format === 'json') out.write('[');
  }

  page(records: AnnotationRecord[], pageUrl: string, pageText: string): void {
    switch (this.format) {
      case 'jsonl':
        if (records.length) this.out.write(toJsonl(records));
        break;
      case 'csv':
        if (records.length) this.out.write(toCsv(records, false));
        break;
      case 'json':
        for (const r of records) this.out.write((this.count++ ? ',\n' : '\n') + JSON.stringify(r));
        break;
      case 'webanno':
        this.pages.push(pageUrl);
        this.annotations.push(...toWebAnnotation(records, { pageUrl, pageText }).first.items);
        break;
    }
  }

  end(): void {
    if (this.format === 'json') this.out.write(this.count ? '\n]\n' : ']\n');
    if (this.format === 'webanno') {
      const label =
        this.pages.length === 1
          ? `ClaimLens annotations of ${this.pages[0]}`
          : `ClaimLens annotations of ${this.pages.length} pages`;
      const id = `urn:claimlens:run:${this.pages.length}:${this.annotations.length}`;
      this.out.write(JSON.stringify(annotationCollection(this.annotations, id, label), null, 2) + '\n');
    }
  }
}

export async function runAnnotate(opts: CliOptions, io: RunIo): Promise<RunResult> {
  const now = io.now ?? (() => performance.now());
  const dataset = await loadDataset(opts.dataset);
  const index = indexDataset(dataset);
  const matcher = createMatcher(dataset);
  const refs = await expandInputs(opts.inputs);
  const stats = newStats(refs.length, now());
  if (refs.length === 0) throw new RunError(`no HTML pages found in ${opts.inputs.join(', ')}`);

  if (opts.out) {
    const out = opts.out;
    const input = refs.find((r) => r.kind === 'file' && sameFile(r.name, out));
    if (input) throw new RunError(`--out ${nameForTerminal(out)} is one of the inputs; choose another output file`);
  }
  const fileSink = opts.out ? new FileSink(opts.out) : undefined;
  const sink: Sink = fileSink ?? {
    write: io.stdoutIsTty ? (t) => io.stdout.write(forTerminal(t)) : (t) => io.stdout.write(t),
  };
  const output = new Output(sink, opts.format);
  const progress = new Progress(io.stderr, io.stderrIsTty || opts.progress, io.stderrIsTty);
  const parser = io.isolatePages ? createIsolatedParser() : inProcess(createPageParser());
  const statusOf = (id: string) => index.claims.get(id)?.status;

  // Fetch the next URL while the current page is matched: network waits dominate long URL lists.
  const load = (i: number) => (i < refs.length ? loadPage(refs[i], opts) : null);
  let next = load(0);
  next?.catch(() => undefined);
  try {
    for (let i = 0; i < refs.length; i++) {
      const current = next!;
      next = load(i + 1);
      next?.catch(() => undefined);
      try {
        const page = await current;
        const text = await parser.text(page.html);
        const mentions = visibleMentions(opts.layers, matcher.match(text), (m) =>
          m.kind === 'claim' ? statusOf(m.id) : undefined,
        );
        const records = toRecords(mentions, dataset, refs[i].name, text);
        for (const r of records) stats.mentions[r.kind]++;
        output.page(records, page.url, text);
      } catch (e) {
        const reason = e instanceof PageError ? e.message : `failed (${(e as Error).message})`;
        stats.failed.push({ name: refs[i].name, reason });
        progress.clear();
        io.stderr.write(`annotate: ${nameForTerminal(refs[i].name)}: ${nameForTerminal(reason)}\n`);
      }
      stats.done++;
      progress.update(stats, now());
    }
  } catch (e) {
    fileSink?.abandon();
    throw e;
  } finally {
    await parser.close();
  }
  output.end();
  fileSink?.finish();
  progress.clear();
  if (!opts.quiet || stats.failed.length) io.stderr.write(summary(stats, now()));
  return { exitCode: stats.failed.length ? 2 : 0, stats };
}
