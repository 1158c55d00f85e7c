// Turns a file a researcher names into a dataset the matcher can use, the same way in the options
// page and in the CLI's --dataset: a ClaimReview JSON-LD file or a ClaimReview CSV/TSV (a layout the
// importer detects: ClaimsKG, CheckThat!, LIAR) through the project's importer and compiler, or an
// already compiled index, checked field by field. Problems name the file, the record and the field.
import { compileDataset } from './compile';
import { importClaimReview, importClaimReviewJson, type ImportReport } from './import-claimreview';
import { syntaxProblems } from './json-locate';
import type { CompiledDataset } from '../types';
import { checkCompiled, isObj, type LoadProblem } from './check-compiled';

export { checkCompiled, type LoadProblem };

export type LoadResult =
  | { ok: true; kind: 'claimreview' | 'compiled' | 'table'; dataset: CompiledDataset; notes: string[] }
  | { ok: false; problems: LoadProblem[] };

/** "file › record › field: message", the one line shown per problem. */
export function formatProblem(p: LoadProblem): string {
  return [p.file, p.record, p.field].filter(Boolean).join(' › ') + ': ' + p.message;
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
