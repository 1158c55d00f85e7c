// The annotate run: pages in, records out. Kept apart from the process entry so that the bench can
// time it and tests can drive it; every page goes through load -> extract -> match -> records.
import { createWriteStream, existsSync } from 'node:fs';
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
import { createPageParser } from './page-text';
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
  now?: () => number;
}

export interface RunResult {
  exitCode: number;
  stats: RunStats;
}

/** Writes records in the chosen format as pages complete (webanno: once, at the end). */
class Output {
  private count = 0;
  private annotations: Annotation[] = [];
  private pages: string[] = [];

  constructor(
    private readonly out: Writable,
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

  const sink: Writable = opts.out ? createWriteStream(opts.out) : io.stdout;
  const output = new Output(sink, opts.format);
  const progress = new Progress(io.stderr, io.stderrIsTty || opts.progress, io.stderrIsTty);
  const parser = createPageParser();
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
        const text = parser.text(page.html);
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
        io.stderr.write(`annotate: ${refs[i].name}: ${reason}\n`);
      }
      stats.done++;
      progress.update(stats, now());
    }
  } finally {
    await parser.close();
  }
  output.end();
  if (opts.out)
    await new Promise<void>((resolve, reject) => sink.end((err?: Error | null) => (err ? reject(err) : resolve())));
  progress.clear();
  if (!opts.quiet || stats.failed.length) io.stderr.write(summary(stats, now()));
  return { exitCode: stats.failed.length ? 2 : 0, stats };
}
