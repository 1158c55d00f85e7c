// Shared by the dataset tests: load the valid fixture dataset, overlay a malformed case on it.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SourceFile } from '../../../src/core/dataset/index.ts';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures/dataset');
export const CORPUS = resolve(ROOT, '../shared/corpus');
export const KINDS = ['dataset', 'officials', 'organisations', 'sources', 'claims'] as const;

/** The valid fixture with the files of `malformed/<name>` (if given) in place of the originals, named data/<kind>.json. */
export function loadCase(name?: string): SourceFile[] {
  return KINDS.map((k) => {
    const over = name ? join(FIXTURES, 'malformed', name, `${k}.json`) : '';
    const path = over && existsSync(over) ? over : join(FIXTURES, 'valid', `${k}.json`);
    return { path: `data/${k}.json`, text: readFileSync(path, 'utf8') };
  });
}
