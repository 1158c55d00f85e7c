// `npm run dataset -- <command>`: the maintainers' dataset toolchain (validate, compile, format,
// import-claimreview, import-popolo, import-cabinets, stats, review, schema). Node I/O only; all logic is in src/core/dataset.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs as nodeParseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import {
  compileDataset,
  datasetStats,
  formatIssue,
  formatSourceText,
  formatStats,
  formatReview,
  importCabinets,
  importClaimReview,
  importPopolo,
  snapshotDates,
  CABINET_COUNTRIES,
  CABINET_NATIVE_LANG,
  type CabinetCountry,
  mergeSourceData,
  parseColumnMapping,
  PRESETS,
  reviewDue,
  ROW_FIELDS,
  schemaFileName,
  selfMatch,
  schemaText,
  serializeCompiled,
  toSourceFiles,
  validateDataset,
  LIMITS,
  type ImportReport,
  type Issue,
  type PopoloReport,
  type SourceData,
  type SourceFile,
  type ValidationResult,
} from '../core/dataset/index.ts';
import { SOURCE_FILE_KINDS } from '../core/dataset/source-types.ts';
import { packMatcher } from '../core/match/index.ts';
import { safeForTerminal } from '../core/dataset/text-utils.ts';
import { ReadError, readRegularFileSync, sameFile } from './safe-read.ts';
import { HINT_LANGS, type HintLang } from '../core/types.ts';

const USAGE = `usage: npm run dataset -- <command> [options]
  validate [--dir data] [--max-size MB] [--all-warnings]
  compile  [--dir data] [--out src/generated/dataset.json] [--max-size MB]
  format   [--dir data] [--check]
  stats    [--dir data] [--json]
  review   [--dir data] [--today YYYY-MM-DD] [--days 90] [--json] [--check]
                                           open roles and movable claims not reviewed for --days, and
                                           every open \`verify\` note; --check exits 1 when any is due
  schema   [--check]                       write data/schema/*.json from src/core/dataset/schemas.ts
  import-claimreview <file>... --out <dir> [--preset ${Object.keys(PRESETS).join('|')}] [--columns field=col,...]
           [--delimiter tab|comma|semicolon|C] [--no-header] [--id-prefix P] [--unmapped unverified|skip]
           [--lang ${HINT_LANGS.join('|')}] [--default-date YYYY-MM-DD] [--questions flag|skip] [--report report.json]
           [--max-size MB] [--force]
           JSON-LD, CSV or TSV (*.tsv/*.tab, or a header with tabs, read as tab-separated).
           --columns: field=column[|fallback...]; a column is a header name, #N by position (#0 is the
           first; the way to name a column whose header cell is empty) or pandas' "Unnamed: N".
           Fields: ${ROW_FIELDS.join(', ')}. id=<column> keeps the source id (prefixed by --id-prefix).
  import-popolo <file>... --out <dir> [--country NAME] [--lang TAG] [--id-prefix P] [--max-size MB] [--force]
  import-cabinets <cabinets-wikidata dir> --out <dir> [--dir data] [--countries a,b] [--force]
                                           the curated data with the CC0 Wikidata cabinets merged under it`;

class UsageError extends Error {}

/** Every message goes through here: names and text from inputs may carry terminal escapes. */
function err(text: string): void {
  process.stderr.write(safeForTerminal(text));
}

interface Args {
  command: string;
  positional: string[];
  flags: Map<string, string | true>;
}

// Each command's flags: anything else is refused with exit 2 before a file is read or written
// (`format --chek` used to run in write mode).
const COMMAND_FLAGS: Record<string, { boolean?: string[]; string?: string[] }> = {
  validate: { boolean: ['all-warnings'], string: ['dir', 'max-size'] },
  compile: { string: ['dir', 'out', 'max-size'] },
  format: { boolean: ['check'], string: ['dir'] },
  stats: { boolean: ['json'], string: ['dir'] },
  schema: { boolean: ['check'] },
  'import-claimreview': {
    boolean: ['no-header', 'force'],
    string: [
      'out',
      'preset',
      'columns',
      'mapping',
      'delimiter',
      'id-prefix',
      'unmapped',
      'lang',
      'default-date',
      'report',
      'max-size',
      'questions',
    ],
  },
  'import-popolo': { boolean: ['force'], string: ['out', 'country', 'lang', 'id-prefix', 'max-size'] },
  'import-cabinets': { boolean: ['force'], string: ['out', 'dir', 'countries', 'max-size'] },
  review: { boolean: ['json', 'check'], string: ['dir', 'today', 'days', 'max-size'] },
};

function parseArgs(argv: string[]): Args {
  const [command = '', ...rest] = argv;
  if (command === '--help' || command === '-h' || command === 'help')
    return { command: 'help', positional: [], flags: new Map() };
  const spec = Object.hasOwn(COMMAND_FLAGS, command) ? COMMAND_FLAGS[command] : undefined;
  if (!spec)
    throw new UsageError(
      command.startsWith('-')
        ? `a command comes first, not ${JSON.stringify(command)}`
        : `unknown command ${JSON.stringify(command)}`,
    );
  const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const n of spec.boolean ?? []) options[n] = { type: 'boolean' };
  for (const n of spec.string ?? []) options[n] = { type: 'string' };
  let parsed;
  try {
    parsed = nodeParseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const m = /^Unknown option '([^']*)'/.exec(err.message);
    if (m) throw new UsageError(`${command}: unknown option ${m[1]}`);
    const v = /^Option '(-[^' ]*)[^']*' argument missing/.exec(err.message);
    if (v) throw new UsageError(`${command}: ${v[1]} needs a value`);
    throw new UsageError(`${command}: ${err.message.split('\n')[0]}`);
  }
  const flags = new Map<string, string | true>();
  for (const [k, v] of Object.entries(parsed.values))
    if (v !== undefined && v !== false) flags.set(k, v as string | true);
  if (parsed.positionals.length && !command.startsWith('import-'))
    throw new UsageError(`${command}: unexpected argument ${JSON.stringify(parsed.positionals[0])}`);
  return { command, positional: parsed.positionals, flags };
}

const flag = (a: Args, name: string, fallback: string): string => {
  const v = a.flags.get(name);
  return typeof v === 'string' ? v : fallback;
};

/** Largest input read at all (validate still applies its own, smaller, per-file limit). */
const READ_CAP = 256 * 1024 * 1024;

function readText(path: string, cap = READ_CAP): string {
  let bytes;
  try {
    // Regular files only, at most `cap` bytes, counted while reading (a symlink to /dev/zero stops).
    bytes = readRegularFileSync(path, cap);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${path}: ${e instanceof ReadError ? e.message : (code ?? (e as Error).message)}`);
  }
  // Keep the BOM (ignoreBOM) so that validate can report it instead of silently dropping it.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

function readDataDir(dir: string): SourceFile[] {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const rel = relative(process.cwd(), dir) || '.';
  return SOURCE_FILE_KINDS.map((k) => join(dir, `${k}.json`))
    .filter((p) => existsSync(p))
    .map((p) => ({ path: join(rel, basename(p)), text: readText(p) }));
}

/** Temp file + rename: a reader (vite, the extension build) never sees a half-written file. */
function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function maxBytes(a: Args): number {
  const v = a.flags.get('max-size');
  if (v === undefined) return LIMITS.fileBytes;
  const mb = Number(v);
  if (typeof v !== 'string' || !(mb > 0)) throw new UsageError('--max-size needs a positive number of MB');
  return mb * 1024 * 1024;
}

function printIssues(result: ValidationResult, allWarnings: boolean): void {
  const out = (list: Issue[]) => list.map(formatIssue).join('\n');
  if (result.errors.length) err(out(result.errors) + '\n');
  const shown = allWarnings ? result.warnings : result.warnings.slice(0, 200);
  if (shown.length) err(out(shown) + '\n');
  if (shown.length < result.warnings.length)
    err(`... and ${result.warnings.length - shown.length} more warnings (--all-warnings)\n`);
  err(`${result.errors.length} error(s), ${result.warnings.length} warning(s)\n`);
}

function validateDir(a: Args): ValidationResult {
  const dir = resolve(flag(a, 'dir', 'data'));
  return validateDataset(readDataDir(dir), { maxFileBytes: maxBytes(a), dir: relative(process.cwd(), dir) || '.' });
}

function cmdValidate(a: Args): number {
  const result = validateDir(a);
  printIssues(result, a.flags.has('all-warnings'));
  return result.errors.length ? 1 : 0;
}

function cmdCompile(a: Args): number {
  const t0 = performance.now();
  const out = resolve(flag(a, 'out', 'src/generated/dataset.json'));
  const dir = resolve(flag(a, 'dir', 'data'));
  refuseInputs(
    [out, indexPathFor(out)],
    SOURCE_FILE_KINDS.map((k) => join(dir, `${k}.json`)),
    '--out',
  );
  const result = validateDir(a);
  if (result.errors.length || !result.data) {
    printIssues(result, false);
    err(`not compiled: ${relative(process.cwd(), out)} left unchanged\n`);
    return 1;
  }
  if (result.warnings.length) printIssues(result, false);
  const compiled = compileDataset(result.data);
  const text = serializeCompiled(compiled);
  // The matcher's indexes, built once here and packed (core/match/pack.ts), gzipped for the extension.
  // With the records, which tabs read from it one by one (core/match/records.ts) instead of parsing
  // the whole dataset.
  const index = gzipSync(packMatcher(compiled, { records: true }), { level: 9 }).toString('base64');
  const indexOut = indexPathFor(out);
  // Same bytes: leave the file (and its mtime) alone so watchers do not rebuild for nothing.
  if (!(existsSync(out) && readFileSync(out, 'utf8') === text)) writeAtomic(out, text);
  if (!(existsSync(indexOut) && readFileSync(indexOut, 'utf8') === index)) writeAtomic(indexOut, index);
  const ms = performance.now() - t0;
  err(
    `compiled ${compiled.officials.length} officials, ${compiled.organisations.length} organisations, ${compiled.sources.length} sources, ${compiled.claims.length} claims (version ${compiled.version}) -> ${relative(process.cwd(), out)} (${(Buffer.byteLength(text) / 1024).toFixed(1)} KB) and its packed index ${relative(process.cwd(), indexOut)} (${(index.length / 1024).toFixed(1)} KB), ${ms.toFixed(0)} ms\n`,
  );
  return 0;
}

/** Where the packed index of a compiled dataset goes: dataset.json -> dataset-index.b64. */
function indexPathFor(out: string): string {
  return join(dirname(out), `${basename(out).replace(/\.json$/i, '')}-index.b64`);
}

function cmdFormat(a: Args): number {
  const dir = resolve(flag(a, 'dir', 'data'));
  const check = a.flags.has('check');
  let bad = 0;
  for (const f of readDataDir(dir)) {
    const r = formatSourceText(f.path, f.text);
    if (!r.ok) {
      err(r.error + '\n');
      bad++;
    } else if (r.changed) {
      if (check) {
        err(`${f.path}: not canonically formatted (run npm run dataset -- format)\n`);
        bad++;
      } else {
        writeAtomic(resolve(f.path), r.text);
        err(`formatted ${f.path}\n`);
      }
    }
  }
  return bad ? 1 : 0;
}

function cmdStats(a: Args): number {
  const result = validateDir(a);
  if (!result.data) {
    printIssues(result, false);
    return 1;
  }
  const s = datasetStats(result.data);
  process.stdout.write(a.flags.has('json') ? JSON.stringify(s, null, 2) + '\n' : formatStats(s));
  return 0;
}

function cmdReview(a: Args): number {
  const result = validateDir(a);
  if (!result.data) {
    printIssues(result, false);
    return 1;
  }
  const today = a.flags.get('today');
  const days = a.flags.get('days');
  if (today !== undefined && (typeof today !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(today)))
    throw new UsageError('--today takes a date as YYYY-MM-DD');
  if (days !== undefined && (typeof days !== 'string' || !/^\d+$/.test(days)))
    throw new UsageError('--days takes a whole number of days');
  const items = reviewDue(result.data, {
    today: typeof today === 'string' ? today : new Date().toISOString().slice(0, 10),
    maxAgeDays: typeof days === 'string' ? Number(days) : undefined,
  });
  process.stdout.write(a.flags.has('json') ? JSON.stringify(items, null, 2) + '\n' : formatReview(items));
  return a.flags.has('check') && items.length > 0 ? 1 : 0;
}

function cmdSchema(a: Args): number {
  const dir = resolve('data/schema');
  let stale = 0;
  for (const k of SOURCE_FILE_KINDS) {
    const path = join(dir, schemaFileName(k));
    const text = schemaText(k);
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current === text) continue;
    if (a.flags.has('check')) {
      err(`${relative(process.cwd(), path)} is out of date (run npm run dataset -- schema)\n`);
      stale++;
    } else {
      writeAtomic(path, text);
      err(`wrote ${relative(process.cwd(), path)}\n`);
    }
  }
  return stale ? 1 : 0;
}

function refuseInputs(outputs: string[], inputs: string[], flagName: string): void {
  for (const out of outputs)
    for (const input of inputs)
      if (sameFile(out, input))
        throw new UsageError(`${flagName} would overwrite the input ${input}; choose another output`);
}

/** Writes an import as a data directory, only if the result validates (else nothing is written). */
function writeImport(a: Args, data: SourceData): number {
  const outFlag = a.flags.get('out');
  if (typeof outFlag !== 'string')
    throw new UsageError('--out <dir> is required: the import is written as a data directory');
  const out = resolve(outFlag);
  if (existsSync(out) && readdirSync(out).some((f) => f.endsWith('.json')) && !a.flags.has('force'))
    throw new UsageError(`${outFlag} already has .json files; use --force to overwrite them`);
  const files = toSourceFiles(data, outFlag);
  refuseInputs(
    files.map((f) => resolve(f.path)),
    a.positional,
    '--out',
  );
  const check = validateDataset(files, { maxFileBytes: Infinity });
  if (check.errors.length) {
    printIssues(check, false);
    err('import not written: the result does not validate (a bug in the importer; please report it)\n');
    return 1;
  }
  for (const f of files) writeAtomic(resolve(f.path), f.text);
  const big = files.filter((f) => Buffer.byteLength(f.text) > LIMITS.fileBytes);
  err(
    `wrote ${files.length} files to ${outFlag}: ${data.officials.length} officials, ${data.sources.length} sources, ${data.claims.length} claims` +
      (big.length
        ? `\nnote: ${big.map((f) => basename(f.path)).join(', ')} ${big.length === 1 ? 'exceeds' : 'exceed'} the ${LIMITS.fileBytes / 1048576} MB source limit; compile with --max-size`
        : '') +
      '\n',
  );
  return 0;
}

function printImportReport(r: ImportReport): void {
  const lines = [
    `${r.input}: ${r.rows} rows, ${r.imported} imported (${Object.entries(r.byStatus)
      .map(([s, n]) => `${s} ${n}`)
      .join(', ')})`,
  ];
  const mapped = Object.entries(r.mapped).sort((x, y) => y[1].count - x[1].count);
  if (mapped.length)
    lines.push(
      '  mapped verdicts:',
      ...mapped.map(([v, m]) => `    ${String(m.count).padStart(5)}  ${v} -> ${m.status}`),
    );
  const unmapped = Object.entries(r.unmapped).sort((x, y) => y[1] - x[1]);
  if (unmapped.length)
    lines.push(
      '  UNMAPPED verdicts (kept as unverified unless --unmapped skip; add them to src/core/dataset/verdicts.ts):',
      ...unmapped.map(([v, n]) => `    ${String(n).padStart(5)}  ${v}`),
    );
  if (r.selfMatch) {
    const m = r.selfMatch;
    lines.push(
      `  self-match: ${m.matched} of ${m.claims} imported claims match their own text through the page matcher` +
        (m.unmatchedCount ? `; not: ${m.unmatched.slice(0, 8).join(', ')}${m.unmatchedCount > 8 ? ', ...' : ''}` : ''),
    );
  }
  if (r.questions.length)
    lines.push(
      '  claims worded as questions, imported and flagged (--questions skip leaves them out):',
      ...r.questions.slice(0, 5).map((q) => `    ${q}`),
    );
  for (const n of r.notes ?? []) lines.push(`  note: ${n}`);
  for (const [title, m] of [
    ['skipped', r.skipped],
    ['adjusted', r.adjusted],
  ] as const)
    if (Object.keys(m).length)
      lines.push(`  ${title}:`, ...Object.entries(m).map(([k, n]) => `    ${String(n).padStart(5)}  ${k}`));
  err(lines.join('\n') + '\n');
}

const DELIMITERS: Record<string, string> = { tab: '\t', '\\t': '\t', comma: ',', semicolon: ';', pipe: '|' };
function parseDelimiter(v: string | true | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string' && Object.hasOwn(DELIMITERS, v)) return DELIMITERS[v];
  if (typeof v === 'string' && v.length === 1 && v !== '"' && v !== '\n' && v !== '\r') return v;
  throw new UsageError('--delimiter is tab, comma, semicolon, pipe or one character');
}

function cmdImportClaimReview(a: Args): number {
  if (a.positional.length === 0) throw new UsageError('import-claimreview needs at least one input file');
  const presetName = a.flags.get('preset');
  if (typeof presetName === 'string' && !Object.hasOwn(PRESETS, presetName))
    throw new UsageError(`unknown preset "${presetName}" (${Object.keys(PRESETS).join(', ')})`);
  let mapping;
  const columns = a.flags.get('columns') ?? a.flags.get('mapping');
  if (typeof columns === 'string') {
    try {
      mapping = parseColumnMapping(columns);
    } catch (e) {
      throw new UsageError((e as Error).message);
    }
  }
  const questions = flag(a, 'questions', 'flag');
  if (questions !== 'flag' && questions !== 'skip') throw new UsageError('--questions is flag or skip');
  const unmapped = flag(a, 'unmapped', 'unverified');
  if (unmapped !== 'unverified' && unmapped !== 'skip') throw new UsageError('--unmapped is unverified or skip');
  const lang = a.flags.get('lang');
  if (lang !== undefined && !(HINT_LANGS as readonly string[]).includes(String(lang)))
    throw new UsageError(`--lang is one of ${HINT_LANGS.join(', ')}`);
  const delimiterFlag = parseDelimiter(a.flags.get('delimiter'));
  const idPrefixFlag = a.flags.get('id-prefix');
  if (
    idPrefixFlag !== undefined &&
    !(typeof idPrefixFlag === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(idPrefixFlag))
  )
    throw new UsageError('--id-prefix is a kebab-case id (a-z, 0-9, single dashes), e.g. snopes');
  const idPrefix = idPrefixFlag as string | undefined;
  const parts: SourceData[] = [];
  const reports: ImportReport[] = [];
  const importCap = a.flags.has('max-size') ? maxBytes(a) : READ_CAP;
  for (const file of a.positional) {
    const text = readText(file, importCap);
    const opts = {
      input: file,
      unmapped: unmapped as 'unverified' | 'skip',
      questions: questions as 'flag' | 'skip',
      ...(typeof lang === 'string' ? { lang: lang as HintLang } : {}),
      ...(typeof a.flags.get('default-date') === 'string' ? { defaultDate: String(a.flags.get('default-date')) } : {}),
      ...(idPrefix ? { idPrefix } : {}),
    };
    const delimiter = delimiterFlag ?? (/\.(tsv|tab)$/i.test(file) ? '\t' : undefined);
    let result;
    try {
      result = importClaimReview(text, {
        ...opts,
        ...(typeof presetName === 'string' ? { preset: presetName } : {}),
        ...(mapping ? { mapping, header: !a.flags.has('no-header') } : {}),
        ...(delimiter ? { delimiter } : {}),
      });
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
    // Every import says how many of its claims the page matcher can find at all.
    result.report.selfMatch = selfMatch(result.data);
    printImportReport(result.report);
    parts.push(result.data);
    reports.push(result.report);
  }
  const report = a.flags.get('report');
  if (typeof report === 'string') refuseInputs([resolve(report)], a.positional, '--report');
  const data = parts.length === 1 ? parts[0] : mergeSourceData(parts);
  const code = writeImport(a, data);
  // The report goes with the import, never without it.
  if (code === 0 && typeof report === 'string') writeAtomic(resolve(report), JSON.stringify(reports, null, 2) + '\n');
  return code;
}

function cmdImportPopolo(a: Args): number {
  if (a.positional.length === 0) throw new UsageError('import-popolo needs at least one Popolo JSON file');
  const usedIds = new Set<string>();
  const aliasOwners = new Map<string, string>();
  const parts: SourceData[] = [];
  for (const file of a.positional) {
    // EveryPolitician keeps files at data/<Country>/<Legislature>/ep-popolo-v1.0.json.
    const country = flag(a, 'country', basename(dirname(dirname(resolve(file)))).replace(/_/g, ' '));
    let r: { data: SourceData; report: PopoloReport };
    try {
      r = importPopolo(readText(file, a.flags.has('max-size') ? maxBytes(a) : READ_CAP), {
        input: file,
        country,
        usedIds,
        aliasOwners,
        ...(typeof a.flags.get('lang') === 'string' ? { lang: String(a.flags.get('lang')) } : {}),
        ...(typeof a.flags.get('id-prefix') === 'string' ? { idPrefix: String(a.flags.get('id-prefix')) } : {}),
      });
    } catch (e) {
      throw new UsageError(`${file}: ${(e as Error).message}`);
    }
    const rep = r.report;
    err(
      `${file}: ${rep.persons} persons, ${rep.imported} officials, ${rep.aliases} aliases in ${Object.keys(rep.byLang).length} languages` +
        (rep.droppedSharedAliases ? `, ${rep.droppedSharedAliases} aliases shared with another person left out` : '') +
        Object.entries(rep.skipped)
          .map(([k, n]) => `, skipped ${n}: ${k}`)
          .join('') +
        '\n',
    );
    parts.push(r.data);
  }
  return writeImport(a, parts.length === 1 ? parts[0] : mergeSourceData(parts));
}

function cmdImportCabinets(a: Args): number {
  const root = a.positional[0];
  if (!root || a.positional.length !== 1) throw new UsageError('import-cabinets takes one cabinets-wikidata directory');
  const curated = validateDir(a);
  if (!curated.data) {
    printIssues(curated, false);
    return 1;
  }
  const snapshots = snapshotDates(readText(join(root, 'README.md')));
  const only = a.flags.get('countries');
  const folders = typeof only === 'string' ? only.split(',') : Object.keys(CABINET_COUNTRIES);
  const countries: CabinetCountry[] = [];
  for (const folder of folders) {
    const country = CABINET_COUNTRIES[folder];
    const snapshot = snapshots.get(folder);
    if (!country || !snapshot) throw new UsageError(`unknown country folder "${folder}"`);
    const dir = join(root, folder);
    const lang = CABINET_NATIVE_LANG[folder];
    const sources = join(dir, 'sources');
    const native =
      lang && existsSync(sources)
        ? readdirSync(sources)
            .sort()
            .filter((s) => existsSync(join(sources, s, 'wikidata.csv')))
            .map((s) => ({ lang, csv: readText(join(sources, s, 'wikidata.csv')) }))
        : [];
    countries.push({
      folder,
      country,
      snapshot,
      holders: readText(join(dir, 'html/holders21.csv')),
      positions: readText(
        existsSync(join(dir, 'html/positions.csv'))
          ? join(dir, 'html/positions.csv')
          : join(dir, 'wikidata/results/position-info.csv'),
      ),
      wanted: readText(join(dir, 'wikidata/wanted-positions.csv')),
      native,
    });
  }
  const { data, report } = importCabinets(countries, curated.data);
  process.stderr.write(
    `${report.countries} countries, ${report.rows} rows: ${report.imported} new officials with ${report.roles} roles ` +
      `(${report.openRows} open rows kept as "seen"), ${report.joined} joined to curated officials ` +
      `(+${report.joinedRoles} past roles), ${report.nativeAliases} native-script aliases` +
      Object.entries(report.skipped)
        .map(([k, n]) => `; skipped ${n}: ${k}`)
        .join('') +
      '\n',
  );
  return writeImport(a, data);
}

const COMMANDS: Record<string, (a: Args) => number> = {
  validate: cmdValidate,
  compile: cmdCompile,
  format: cmdFormat,
  stats: cmdStats,
  review: cmdReview,
  schema: cmdSchema,
  'import-claimreview': cmdImportClaimReview,
  'import-popolo': cmdImportPopolo,
  'import-cabinets': cmdImportCabinets,
};

function main(argv: string[]): number {
  if (argv.length === 0) {
    err(USAGE + '\n');
    return 2;
  }
  try {
    const a = parseArgs(argv);
    if (a.flags.has('help') || a.command === 'help') {
      process.stdout.write(USAGE + '\n');
      return 0;
    }
    const run = COMMANDS[a.command];
    if (!run) throw new UsageError(`unknown command "${a.command}"`);
    return run(a);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`dataset: ${e.message}` + `\n${USAGE}\n`);
      return 2;
    }
    // Anything else (a disk full, a permission) is a message too, not a stack trace.
    const failure = e as Error | undefined;
    err(`dataset: error: ${failure?.message ?? String(e)}\n`);
    if (process.env.CLAIMLENS_DEBUG) err(`${failure?.stack}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
