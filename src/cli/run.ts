// The annotate run: pages in, records out. Kept apart from the process entry so that the bench can
// time it and tests can drive it; every page goes through load -> extract -> match -> records.
import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { compileDataset } from '../core/dataset/compile';
import { formatProblem, loadDatasetFile } from '../core/dataset/load-file';
import { SOURCE_FILE_KINDS } from '../core/dataset/source-types';
import { formatIssue, validateDataset } from '../core/dataset/validate';
import { mergeDatasets } from '../shared/datasets';
import { readRegularFile, sameFile } from './safe-read';
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

function parseCompiled(file: string, text: string): CompiledDataset {
  let data: unknown;
  try {
    data = JSON.parse(text);
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

/** The dataset the bundled extension carries (src/generated/dataset.json). */
async function loadBundled(): Promise<CompiledDataset> {
  if (!existsSync(DEFAULT_DATASET))
    throw new RunError(
      'no compiled dataset at src/generated/dataset.json: run `npm run dataset -- compile` first, or pass --dataset <path> --only',
    );
  return parseCompiled(DEFAULT_DATASET, await readFile(DEFAULT_DATASET, 'utf8'));
}

const DATASET_CAP = 512 * 1024 * 1024;

/**
 * What --dataset names, in any of the forms the options page takes and one more: a data directory
 * (validated and compiled), a compiled index, a ClaimReview JSON-LD file, or a ClaimReview CSV/TSV
 * in a layout the importer detects. Problems name the file, record and field.
 */
export async function loadUserDataset(
  path: string,
): Promise<{ dataset: CompiledDataset; kind: string; notes: string[] }> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new RunError(`dataset not found: ${path}`);
  if (info.isDirectory()) {
    const files = SOURCE_FILE_KINDS.map((k) => join(path, `${k}.json`)).filter((f) => existsSync(f));
    if (files.length === 0)
      throw new RunError(`${path} has no dataset files (${SOURCE_FILE_KINDS.map((k) => `${k}.json`).join(', ')})`);
    const sources = [];
    for (const f of files) {
      const bytes = await readRegularFile(f, DATASET_CAP).catch((e: Error) => {
        throw new RunError(`cannot read ${f}: ${e.message}`);
      });
      sources.push({ path: f, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) });
    }
    const result = validateDataset(sources, { maxFileBytes: Infinity, dir: path });
    if (result.errors.length || !result.data) {
      const shown = result.errors.slice(0, 20).map(formatIssue);
      throw new RunError(
        `${path} does not validate:\n  ${shown.join('\n  ')}` +
          (result.errors.length > shown.length ? `\n  ... and ${result.errors.length - shown.length} more` : ''),
      );
    }
    return { dataset: compileDataset(result.data), kind: 'data directory', notes: [] };
  }
  const bytes = await readRegularFile(path, DATASET_CAP).catch((e: Error) => {
    throw new RunError(`cannot read dataset ${path}: ${e.message}`);
  });
  const text = new TextDecoder('utf-8').decode(bytes);
  const r = loadDatasetFile(text, path);
  if (!r.ok) throw new RunError(r.problems.map((p) => formatProblem({ ...p, file: path })).join('\n'));
  const kind =
    r.kind === 'compiled' ? 'compiled index' : r.kind === 'table' ? 'ClaimReview CSV/TSV' : 'ClaimReview JSON-LD';
  return { dataset: r.dataset, kind, notes: r.notes };
}

/**
 * The run's dataset: the bundled one merged with --dataset, the way the extension merges a dataset
 * loaded in its options page (the bundled record wins an id both have), or --dataset alone with --only.
 */
export async function loadDataset(
  path: string | undefined,
  only = false,
): Promise<{ dataset: CompiledDataset; description: string; notes: string[] }> {
  const describe = (d: CompiledDataset) => `${d.officials.length} officials, ${d.claims.length} claims`;
  if (!path) {
    const bundled = await loadBundled();
    return { dataset: bundled, description: `bundled ${bundled.version} (${describe(bundled)})`, notes: [] };
  }
  const user = await loadUserDataset(path);
  const label = `${path} (${user.kind}, ${describe(user.dataset)})`;
  if (only) return { dataset: user.dataset, description: `${label} only`, notes: user.notes };
  const bundled = await loadBundled();
  const merged = mergeDatasets(bundled, [{ name: basename(path), addedAt: '', dataset: user.dataset }]);
  return {
    dataset: merged,
    description: `bundled ${bundled.version} (${describe(bundled)}) + ${label} = ${describe(merged)}`,
    notes: user.notes,
  };
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
  const loaded = await loadDataset(opts.dataset, opts.only);
  const dataset = loaded.dataset;
  if (!opts.quiet) {
    io.stderr.write(`annotate: dataset: ${nameForTerminal(loaded.description)}\n`);
    for (const n of loaded.notes.slice(0, 10)) io.stderr.write(`annotate: dataset: ${nameForTerminal(n)}\n`);
  }
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
