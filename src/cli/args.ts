// Command-line arguments of `npm run annotate`: parsed and checked up front, so that a bad call fails
// with exit 2 and one message naming the problem before any page is read.
import { availableParallelism } from 'node:os';
import { ALL_LAYERS, KIND_LAYERS, STATUS_LAYERS, type LayerName, type LayerState } from '../core/layers';

export const FORMATS = ['jsonl', 'csv', 'json', 'webanno'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: Format;
  layers: LayerState;
  dataset?: string;
  out?: string;
  /** Show progress even when stderr is not a terminal. */
  progress: boolean;
  /** No summary on stderr (failures are still reported). */
  quiet: boolean;
  /** Per-URL fetch timeout, milliseconds. */
  timeoutMs: number;
  /** Largest page read, bytes (files and URLs alike). */
  maxBytes: number;
  /** Follow redirects to loopback and private addresses. */
  allowPrivate: boolean;
  /** Use --dataset alone instead of merging it with the bundled dataset. */
  only: boolean;
  /** Pages parsed at once, each in its own worker thread. */
  jobs: number;
  /** This process's part of the pages: the index-th (1-based) of count. */
  shard?: { index: number; count: number };
  help: boolean;
}

export class UsageError extends Error {}

export const USAGE = `Usage: npm run annotate -- <file.html|archive.warc[.gz]|dir|url>... [options]

Annotates saved or live web pages with the officials and claims of the ClaimLens dataset, using the
same text extraction and matcher as the browser extension. Folders are read recursively (*.html,
*.htm, *.warc, *.warc.gz); http(s) URLs are fetched. A web archive (WARC) stands for its HTML
responses: each record's target URI is the page, and its WARC-Date is the record's pageDate.

Options:
  --format jsonl|csv|json|webanno   output format (default jsonl: one JSON record per line)
  --layers <list>                   comma-separated layers: officials, claims, attributions and claim
                                    statuses denied, confirmed, disputed, unverified. Naming statuses
                                    keeps only claims with those statuses; naming only statuses implies
                                    claims. Default: officials,claims (the extension's defaults)
  --dataset <path>                  more data, merged with the bundled dataset as the extension does
                                    (the bundled record wins an id both have): a data directory, a
                                    compiled index, a ClaimReview JSON-LD file, or a ClaimReview CSV/TSV
                                    (ClaimsKG, CheckThat!, LIAR layouts; others: import them first)
  --only                            use --dataset alone, without the bundled dataset
  --out <file>                      write records to this file instead of stdout
  --timeout <seconds>               per-URL fetch timeout (default 15)
  --allow-private                   follow redirects to loopback and private addresses (refused by
                                    default: a public page must not lead the CLI into your network)
  --max-size <MB>                   skip pages larger than this (default 10)
  --jobs <N>                        pages parsed at once, each in its own worker thread (default: the
                                    number of cores, ${availableParallelism()} here); the output is the same for any N
  --shard <i>/<n>                   annotate only the i-th of n equal parts of the pages (1-based:
                                    pages i, i+n, i+2n, ...), so n processes or machines can split a
                                    corpus without talking to each other
  --progress                        show progress on stderr even when it is not a terminal
  --quiet                           no summary on stderr
  -h, --help                        this help

Exit status: 0 when every page was annotated, 2 on bad arguments, a missing dataset, or when any
page failed (each failure is reported on stderr by name; the other pages are still annotated).`;

function parseLayers(value: string): LayerState {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 0) throw new UsageError('--layers needs at least one layer name');
  for (const n of names) {
    if (!(ALL_LAYERS as readonly string[]).includes(n)) {
      throw new UsageError(`unknown layer "${n}" in --layers (known: ${ALL_LAYERS.join(', ')})`);
    }
  }
  const named = new Set(names as LayerName[]);
  const kinds = KIND_LAYERS.filter((k) => named.has(k));
  const statuses = STATUS_LAYERS.filter((s) => named.has(s));
  const state = {} as LayerState;
  // Statuses only filter claims, so "--layers denied" means "denied claims".
  for (const k of KIND_LAYERS) state[k] = kinds.length ? named.has(k) : k === 'claims';
  for (const s of STATUS_LAYERS) state[s] = statuses.length ? named.has(s) : true;
  return state;
}

function count(flag: string, value: string, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max)
    throw new UsageError(`${flag} needs a whole number from 1 to ${max}, got "${value}"`);
  return Number(value);
}

function parseShard(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m) throw new UsageError(`--shard needs i/n (for example 2/8), got "${value}"`);
  const index = Number(m[1]);
  const total = Number(m[2]);
  if (total < 1 || index < 1 || index > total)
    throw new UsageError(`--shard ${value}: i must be from 1 to n, and n at least 1`);
  return { index, count: total };
}

function positiveNumber(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} needs a positive number, got "${value}"`);
  return n;
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const opts: CliOptions = {
    inputs: [],
    format: 'jsonl',
    layers: parseLayers('officials,claims'),
    progress: false,
    quiet: false,
    timeoutMs: 15_000,
    maxBytes: 10 * 1024 * 1024,
    allowPrivate: false,
    only: false,
    jobs: availableParallelism(),
    help: false,
  };
  const valueOf = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const take = (): string => {
      if (inline !== undefined) return inline;
      const v = valueOf(i, arg);
      i++;
      return v;
    };
    if (inline !== undefined && ['--progress', '--quiet', '--help', '--allow-private', '--only'].includes(arg))
      throw new UsageError(`${arg} takes no value`);
    switch (arg) {
      case '-h':
      case '--help':
        opts.help = true;
        break;
      case '--format': {
        const f = take();
        if (!(FORMATS as readonly string[]).includes(f)) {
          throw new UsageError(`unknown --format "${f}" (known: ${FORMATS.join(', ')})`);
        }
        opts.format = f as Format;
        break;
      }
      case '--layers':
        opts.layers = parseLayers(take());
        break;
      case '--dataset':
        opts.dataset = take();
        break;
      case '--out':
        opts.out = take();
        break;
      case '--timeout':
        opts.timeoutMs = positiveNumber('--timeout', take()) * 1000;
        break;
      case '--max-size':
        opts.maxBytes = Math.round(positiveNumber('--max-size', take()) * 1024 * 1024);
        break;
      case '--jobs':
        opts.jobs = count('--jobs', take(), 256);
        break;
      case '--shard':
        opts.shard = parseShard(take());
        break;
      case '--progress':
        opts.progress = true;
        break;
      case '--quiet':
        opts.quiet = true;
        break;
      case '--allow-private':
        opts.allowPrivate = true;
        break;
      case '--only':
        opts.only = true;
        break;
      case '--':
        opts.inputs.push(...argv.slice(i + 1));
        i = argv.length;
        break;
      default:
        if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see --help)`);
        opts.inputs.push(arg);
    }
  }
  if (!opts.help && opts.inputs.length === 0)
    throw new UsageError('no input: give HTML files, web archives, folders or URLs');
  if (opts.only && !opts.dataset) throw new UsageError('--only needs --dataset <path>');
  return opts;
}
