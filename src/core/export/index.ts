// Export formats shared by the CLI and the side panel: records, JSONL, CSV, W3C Web Annotation.
export { toRecords, toJsonl, indexDataset, RECORD_FIELDS } from './records';
export type { AnnotationRecord, RecordSource, DatasetIndex } from './records';
export { toCsv, csvCell } from './csv';
export { toWebAnnotation, annotationCollection, ANNO_CONTEXT, QUOTE_CONTEXT } from './web-annotation';
export type { Annotation, AnnotationCollection, WebAnnotationOptions } from './web-annotation';
