// Turns a file a researcher names into a dataset the matcher can use, the same way in the options
// page and in the CLI's --dataset: a ClaimReview JSON-LD file or a ClaimReview CSV/TSV (a layout the
// importer detects: ClaimsKG, CheckThat!, LIAR) through the project's importer and compiler, or an
// already compiled index, checked field by field. Problems name the file, the record and the field.
import { compileDataset } from './compile';
import { importClaimReview, importClaimReviewJson, type ImportReport } from './import-claimreview';
import { syntaxProblems } from './json-locate';
import { CLAIM_STATUSES, HINT_LANGS, type CompiledDataset } from '../types';

export interface LoadProblem {
  file: string;
  /** "claims[3] (japan-sdf)" */
  record?: string;
  field?: string;
  message: string;
}

export type LoadResult =
  | { ok: true; kind: 'claimreview' | 'compiled' | 'table'; dataset: CompiledDataset; notes: string[] }
  | { ok: false; problems: LoadProblem[] };

/** "file › record › field: message", the one line shown per problem. */
export function formatProblem(p: LoadProblem): string {
  return [p.file, p.record, p.field].filter(Boolean).join(' › ') + ': ' + p.message;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const MAX_PROBLEMS = 20;

const isTermList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(isStr);

/** What is wrong with a claim's `hints` (see ClaimHints): [field, message] pairs. */
function hintProblems(hints: unknown): [string, string][] {
  // No groups at all is no hints (the claim is then found from its text).
  if (!isObj(hints) || !Array.isArray(hints.groups)) return [['hints', 'must be {groups: [...]}']];
  const out: [string, string][] = [];
  const terms = (field: string, v: unknown): void => {
    if (!isObj(v) || Object.keys(v).length === 0) {
      out.push([field, `must map languages (${HINT_LANGS.join(', ')}) to lists of terms`]);
      return;
    }
    for (const [lang, list] of Object.entries(v)) {
      if (!(HINT_LANGS as readonly string[]).includes(lang))
        out.push([`${field}.${lang}`, `unknown language (known: ${HINT_LANGS.join(', ')})`]);
      else if (!isTermList(list)) out.push([`${field}.${lang}`, 'must be a list of non-empty strings']);
    }
  };
  hints.groups.forEach((g: unknown, i: number) => {
    const field = `hints.groups[${i}]`;
    if (!isObj(g)) return void out.push([field, 'must be {name, terms}']);
    if (typeof g.name !== 'string') out.push([`${field}.name`, 'must be a string']);
    terms(`${field}.terms`, g.terms);
  });
  if (hints.exclude !== undefined) terms('hints.exclude', hints.exclude);
  return out;
}

/** Checks every field the extension reads from a compiled index (see CompiledDataset). */
export function checkCompiled(file: string, d: Obj): LoadProblem[] {
  const problems: LoadProblem[] = [];
  let total = 0;
  const add = (record: string | undefined, field: string, message: string): void => {
    if (total++ < MAX_PROBLEMS) problems.push({ file, record, field, message });
  };
  for (const key of ['version', 'updated', 'license'] as const)
    if (typeof d[key] !== 'string') add(undefined, key, 'must be a string');
  const list = (key: string): Obj[] => {
    const v = d[key];
    if (!Array.isArray(v)) {
      add(undefined, key, 'must be a list');
      return [];
    }
    return v as Obj[];
  };
  const where = (key: string, i: number, r: unknown): string =>
    `${key}[${i}]` + (isObj(r) && isStr(r.id) ? ` (${r.id})` : '');
  const each = (key: string, check: (r: Obj, at: string) => void): void =>
    list(key).forEach((r, i) => {
      const at = where(key, i, r);
      if (!isObj(r)) return add(at, '', 'must be an object');
      if (!isStr(r.id)) add(at, 'id', 'must be a non-empty string');
      check(r, at);
    });
  each('officials', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
    if (!Array.isArray(r.aliases) || !r.aliases.every((a) => isObj(a) && isStr(a.text) && typeof a.lang === 'string'))
      add(at, 'aliases', 'must be a list of {text, lang}');
    if (
      !Array.isArray(r.roles) ||
      !r.roles.every((x) => isObj(x) && typeof x.title === 'string' && typeof x.country === 'string')
    )
      add(at, 'roles', 'must be a list of {title, country, from?, to?}');
  });
  each('organisations', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
  });
  each('sources', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
    if (typeof r.kind !== 'string') add(at, 'kind', 'must be a string');
  });
  each('claims', (r, at) => {
    if (!isStr(r.text)) add(at, 'text', 'must be a non-empty string');
    if (!(CLAIM_STATUSES as readonly unknown[]).includes(r.status))
      add(at, 'status', `must be one of ${CLAIM_STATUSES.join(', ')}`);
    if (!Array.isArray(r.about) || !r.about.every((x) => typeof x === 'string'))
      add(at, 'about', 'must be a list of ids');
    if (!Array.isArray(r.history)) add(at, 'history', 'must be a list');
    else
      r.history.forEach((h: unknown, j: number) => {
        if (!isObj(h) || !(CLAIM_STATUSES as readonly unknown[]).includes(h.status) || typeof h.date !== 'string')
          add(at, `history[${j}]`, 'must have a status and a date');
      });
    if (r.lang !== undefined && !isStr(r.lang)) add(at, 'lang', 'must be a language tag');
    if (r.translations !== undefined && (!isObj(r.translations) || !Object.values(r.translations).every(isStr)))
      add(at, 'translations', 'must map language tags to texts');
    // Hints are optional (imported claims have none); present, every part the matcher reads is checked:
    // one malformed term would otherwise stop annotation on every page.
    if (r.hints !== undefined) for (const [field, message] of hintProblems(r.hints)) add(at, field, message);
  });
  if (total > MAX_PROBLEMS) problems.push({ file, message: `and ${total - MAX_PROBLEMS} more problems` });
  return problems;
}

function baseName(fileName: string): string {
  return fileName.replace(/^.*[\\/]/, '');
}

export function loadDatasetFile(
  text: string,
  fileName: string,
  today = new Date().toISOString().slice(0, 10),
): LoadResult {
  const file = baseName(fileName);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const importOptions = {
    input: file,
    defaultDate: today,
    version: file.replace(/\.[^.]+$/, ''),
    updated: today,
    license: 'as published by each fact-checker',
    idPrefix: 'user',
  };
  // A CSV/TSV feed: by its name, or because it does not even start like JSON.
  const head = body.trimStart();
  if (/\.(csv|tsv|tab)$/i.test(file) || (head && !head.startsWith('{') && !head.startsWith('['))) {
    let result;
    try {
      // A table's ids are its own (checkthat-42, liar-2635): no "user" prefix over the preset's.
      const { idPrefix: _prefix, ...tableOptions } = importOptions;
      result = importClaimReview(body, {
        ...tableOptions,
        ...(/\.(tsv|tab)$/i.test(file) ? { delimiter: '\t' } : {}),
      });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return {
        ok: false,
        problems: [
          {
            file,
            message: /cannot tell the format/.test(message)
              ? 'a CSV/TSV layout the importer does not recognise (known: ClaimsKG, CheckThat! 2020, LIAR). Import other layouts with `npm run dataset -- import-claimreview FILE --columns claim=...` and load the compiled index'
              : message,
          },
        ],
      };
    }
    return fromImport(file, result.data, result.report, 'table');
  }
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const where = syntaxProblems(body)[0];
    return {
      ok: false,
      problems: [
        {
          file,
          record: where ? `line ${where.line}, column ${where.column}` : undefined,
          message: where?.message ?? `not JSON (${e instanceof Error ? e.message : String(e)})`,
        },
      ],
    };
  }
  if (isObj(doc) && 'format' in doc && 'claims' in doc) {
    if (doc.format !== 1)
      return { ok: false, problems: [{ file, field: 'format', message: 'must be 1 (a ClaimLens compiled index)' }] };
    const problems = checkCompiled(file, doc);
    return problems.length
      ? { ok: false, problems }
      : { ok: true, kind: 'compiled', dataset: doc as unknown as CompiledDataset, notes: [] };
  }
  const { data, report } = importClaimReviewJson(body, importOptions);
  return fromImport(file, data, report, 'claimreview');
}

function fromImport(
  file: string,
  data: Parameters<typeof compileDataset>[0],
  report: ImportReport,
  kind: 'claimreview' | 'table',
): LoadResult {
  const skipped = Object.entries(report.skipped).map(([reason, n]) => `${n} × ${reason}`);
  if (report.imported === 0) {
    return {
      ok: false,
      problems: [
        {
          file,
          message:
            report.rows === 0
              ? kind === 'table'
                ? 'no rows found'
                : 'no ClaimReview found (expected schema.org ClaimReview JSON-LD, or a ClaimLens compiled index)'
              : `none of ${report.rows} ClaimReview records could be imported: ${skipped.join('; ')}`,
        },
      ],
    };
  }
  const unmapped = Object.entries(report.unmapped).map(([verdict, n]) => `${n} × “${verdict}” kept as unverified`);
  return {
    ok: true,
    kind,
    dataset: compileDataset(data),
    notes: [...skipped.map((s) => `skipped ${s}`), ...unmapped],
  };
}
