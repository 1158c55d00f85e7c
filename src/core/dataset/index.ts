// Public API of the dataset toolchain: validate, compile, format and import, as pure functions over
// strings and objects (no Node, no DOM), used by the CLI, the tests and the benchmark.
//
//   validateDataset(files: {path, text}[], opts?: {maxFileBytes?}) => {errors: Issue[], warnings: Issue[], data?: SourceData}
//       files are the five data/*.json (matched by base name); data is set only when there are no errors.
//   formatIssue(issue) => "data/claims.json:120 /claims/3/history/0/date [id] date: ... is not a valid date"
//   compileDataset(data: SourceData) => CompiledDataset            (sorted, fixed key order, no clock)
//   serializeCompiled(compiled) => string                           (the exact bytes `compile` writes)
//   formatSourceText(path, text) => {ok, text, changed} | {ok: false, error}
//   toSourceFiles(data: SourceData, dir?) => {path, text}[]          (write an import as a data directory)
//   importClaimReview(text, opts?: ImportOptions & {preset?, mapping?, header?}) => {data: SourceData, report}
//       JSON-LD (object, array, DataFeed, @graph) or CSV/TSV (preset 'claimskg' | 'liar', or a mapping).
//   importLiar(text, opts?: ImportOptions) => {data, report}         (LIAR train/valid/test.tsv)
//   importPopolo(text, opts?: PopoloOptions) => {data, report}       (EveryPolitician ep-popolo-v1.0.json)
//   mergeSourceData(parts: SourceData[], meta?, report?) => SourceData  (Popolo officials + LIAR claims; earlier
//       parts win, same-name officials are folded into one and claims re-pointed, so the result validates)
//   datasetStats(data: SourceData) => DatasetStats
//   reviewDue(data, {today, maxAgeDays?}) => ReviewItem[]   (open roles and movable claims due for review; open `verify` notes)
//
// A scale dataset in memory:
//   const data = mergeSourceData([importPopolo(p1).data, importLiar(liarText).data]);
//   const { errors, data: checked } = validateDataset(toSourceFiles(data), { maxFileBytes: Infinity });
//   const compiled = compileDataset(checked!);
export {
  validateDataset,
  formatIssue,
  fileKindOf,
  type Issue,
  type ValidationResult,
  type ValidateOptions,
} from './validate.ts';
export { compileDataset, serializeCompiled } from './compile.ts';
export { formatSourceText, canonicalJson, type FormatResult } from './format.ts';
export { toSourceFiles } from './source-files.ts';
export {
  importClaimReview,
  importClaimReviewJson,
  importClaimReviewCsv,
  importReviewRows,
  importLiar,
  parseColumnMapping,
  detectPreset,
  findClaimReviews,
  PRESETS,
  ROW_FIELDS,
  type ImportOptions,
  type ImportReport,
  type ImportResult,
  type ReviewRow,
  type ColumnMapping,
  type CsvPreset,
} from './import-claimreview.ts';
export {
  importPopolo,
  mergeSourceData,
  type MergeReport,
  type PopoloOptions,
  type PopoloReport,
} from './import-popolo.ts';
export { datasetStats, formatStats, type DatasetStats } from './stats.ts';
export {
  importCabinets,
  snapshotDates,
  CABINET_COUNTRIES,
  CABINET_NATIVE_LANG,
  type CabinetCountry,
  type CabinetsReport,
} from './import-cabinets.ts';
export { reviewDue, formatReview, type ReviewItem, type ReviewOptions } from './review.ts';
export { selfMatch, type SelfMatch } from './self-match.ts';
export { mapVerdict, normaliseVerdict, VERDICT_TABLE } from './verdicts.ts';
export { parseCsv } from './csv.ts';
export { SCHEMAS, LIMITS, schemaText, schemaFileName } from './schemas.ts';
export { normaliseAlias, isValidDate } from './text-utils.ts';
export type {
  SourceData,
  SourceFile,
  SourceMeta,
  SourceClaim,
  SourceOfficial,
  SourceOrganisation,
  SourceSource,
} from './source-types.ts';
