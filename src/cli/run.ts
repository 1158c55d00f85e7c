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
import { ReadError, readRegularFile, sameFile } from './safe-read';
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
import { expandInputs, loadPage, PageError, type PageRef } from './inputs';
import { warcPages } from './warc';
import { createIsolatedParser, inProcess, type AsyncPageParser } from './isolated-parser';
import { createPageParser, type PageText } from './page-text';
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

/** One page to annotate: a file, a URL, or a record of a web archive. */
interface Job {
  /** The page's name in records and messages (path, URL, or the record's target URI). */
  name: string;
  load(): Promise<{ html: string; url: string; date: string | null }>;
}

type Outcome =
  | { job: Job; reason: string; records?: undefined }
  | { job: Job; reason?: undefined; url: string; text: string; records: AnnotationRecord[] };

/**
 * `--shard i/n`: this process takes pages i, i+n, i+2n, ... (1-based) of the run's page sequence
 * (inputs in the order given, folders sorted by name, archives in record order). Every process of a
 * batch enumerates the same sequence, so the shards are disjoint and together cover every page,
 * without any coordination between machines.
 */
function shardFilter(shard: CliOptions['shard']): () => boolean {
  let k = 0;
  return shard ? () => k++ % shard.count === shard.index - 1 : () => true;
}

/**
 * The run's pages in order. A web archive is read as a stream as its pages are needed (the pages of
 * other shards are skipped unread); an archive that breaks mid-way is reported by name after the
 * pages before the damage, and the run goes on with the next input.
 */
async function* pageJobs(
  refs: PageRef[],
  opts: CliOptions,
  mine: () => boolean,
  fail: (name: string, reason: string) => void,
): AsyncGenerator<Job> {
  for (const ref of refs) {
    if (ref.kind !== 'warc') {
      if (mine())
        yield {
          name: ref.name,
          load: () => loadPage(ref, opts).then((p) => ({ html: p.html, url: p.url, date: null })),
        };
      continue;
    }
    try {
      for await (const p of warcPages(ref.name, opts.maxBytes, mine)) {
        const { html, error } = p;
        yield {
          name: p.url,
          load: () =>
            html !== undefined
              ? Promise.resolve({ html, url: p.url, date: p.date })
              : Promise.reject(new PageError(error ?? 'unreadable record')),
        };
      }
    } catch (e) {
      fail(ref.name, e instanceof ReadError || e instanceof PageError ? e.message : `failed (${(e as Error).message})`);
    }
  }
}

/** Hands each page to an idle parser; waits when all are busy. */
class ParserPool {
  private readonly idle: AsyncPageParser[];
  private readonly waiting: ((p: AsyncPageParser) => void)[] = [];

  constructor(private readonly all: AsyncPageParser[]) {
    this.idle = [...all];
  }

  async page(html: string): Promise<PageText> {
    const parser = this.idle.pop() ?? (await new Promise<AsyncPageParser>((r) => this.waiting.push(r)));
    try {
      return await parser.page(html);
    } finally {
      const next = this.waiting.shift();
      if (next) next(parser);
      else this.idle.push(parser);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.all.map((p) => p.close()));
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
  const archives = refs.some((r) => r.kind === 'warc');
  // With web archives or a shard, how many pages there are is known only at the end.
  const stats = newStats(archives || opts.shard ? null : refs.length, now());
  if (refs.length === 0) throw new RunError(`no HTML pages or web archives found in ${opts.inputs.join(', ')}`);

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
  const jobs = opts.jobs;
  // One parser per job: worker threads (a page that exhausts memory or stack fails alone), or the
  // in-process parser for tests and the bench when one job is asked for.
  const parsers =
    io.isolatePages || jobs > 1
      ? Array.from({ length: jobs }, () => createIsolatedParser())
      : [inProcess(createPageParser())];
  const pool = new ParserPool(parsers);
  const statusOf = (id: string) => index.claims.get(id)?.status;

  const fail = (name: string, reason: string) => {
    stats.failed.push({ name, reason });
    progress.clear();
    io.stderr.write(`annotate: ${nameForTerminal(name)}: ${nameForTerminal(reason)}\n`);
  };
  const annotate = async (job: Job): Promise<Outcome> => {
    try {
      const page = await job.load();
      // The article's date as the extension reads it: a title alone names its holder only on a dated page.
      const { text, date } = await pool.page(page.html);
      const mentions = visibleMentions(opts.layers, matcher.match(text, { date }), (m) =>
        m.kind === 'claim' ? statusOf(m.id) : undefined,
      );
      return { job, url: page.url, text, records: toRecords(mentions, dataset, job.name, text, page.date) };
    } catch (e) {
      return { job, reason: e instanceof PageError ? e.message : `failed (${(e as Error).message})` };
    }
  };
  // Pages are read, parsed and matched `jobs` at a time (a few more are loaded ahead: URL fetches
  // overlap), and their records are written in input order: the output does not depend on --jobs.
  const ahead = Math.max(2, jobs * 2);
  const inflight: Promise<Outcome>[] = [];
  const writeNext = async () => {
    const o = await inflight.shift()!;
    if (o.reason !== undefined) fail(o.job.name, o.reason);
    else {
      for (const r of o.records) stats.mentions[r.kind]++;
      output.page(o.records, o.url, o.text);
    }
    stats.done++;
    progress.update(stats, now());
  };
  try {
    for await (const job of pageJobs(refs, opts, shardFilter(opts.shard), fail)) {
      inflight.push(annotate(job));
      if (inflight.length >= ahead) await writeNext();
    }
    while (inflight.length) await writeNext();
  } catch (e) {
    fileSink?.abandon();
    throw e;
  } finally {
    await pool.close();
  }
  output.end();
  fileSink?.finish();
  progress.clear();
  if (!opts.quiet || stats.failed.length) io.stderr.write(summary(stats, now()));
  return { exitCode: stats.failed.length ? 2 : 0, stats };
}
