// SourceData <-> the five canonical files, so importers' output can be written as a data directory
// that `validate` and `compile` read like the bundled one.
import { canonicalJson } from './format.ts';
import type { SourceData, SourceFile } from './source-types.ts';

/** The five files (dataset, officials, organisations, sources, claims) under `dir`, canonically formatted. */
export function toSourceFiles(data: SourceData, dir = 'data'): SourceFile[] {
  const p = (name: string) => `${dir.replace(/[\\/]+$/, '')}/${name}.json`;
  const file = (name: string, key: string, records: unknown[], extra: Record<string, unknown> = {}) => ({
    path: p(name),
    text: canonicalJson({ $schema: `./schema/${name}.schema.json`, ...extra, [key]: records }),
  });
  return [
    { path: p('dataset'), text: canonicalJson({ $schema: './schema/dataset.schema.json', ...data.meta }) },
    file('officials', 'officials', data.officials),
    file('organisations', 'organisations', data.organisations),
    file('sources', 'sources', data.sources),
    file('claims', 'claims', data.claims, data.vocabulary ? { vocabulary: data.vocabulary } : {}),
  ];
}
