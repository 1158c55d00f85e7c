// Loads the dataset source files under data/ and compiles them with the project's own compiler, so
// the evaluation runs on exactly what the extension ships, without a build step first.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileDataset } from '../../../src/core/dataset/compile';
import type { SourceData } from '../../../src/core/dataset/source-types';
import type { CompiledDataset } from '../../../src/core/types';

export const DATA_DIR = join(import.meta.dirname, '../../../data');

function read(file: string): Record<string, unknown> {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) throw new Error(`missing ${path}`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

export function loadSourceDataset(): CompiledDataset {
  const claims = read('claims.json');
  const data = {
    meta: read('dataset.json'),
    officials: read('officials.json').officials,
    organisations: read('organisations.json').organisations,
    sources: read('sources.json').sources,
    claims: claims.claims,
    vocabulary: claims.vocabulary,
  } as unknown as SourceData;
  const compiled = compileDataset(data);
  if (!compiled.officials.length || !compiled.claims.length)
    throw new Error(`no officials or claims under ${DATA_DIR}`);
  return compiled;
}
