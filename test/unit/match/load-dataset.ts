// Maps the dataset source files under data/ to a CompiledDataset for the matcher's tests, so the
// evaluation runs on the real dataset without depending on the compiler's build step.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, CompiledClaim, CompiledDataset, CompiledOfficial, CompiledOrganisation, CompiledSource } from '../../../src/core/types';

export const DATA_DIR = join(import.meta.dirname, '../../../data');

function records<T>(file: string, key: string): T[] {
  const path = join(DATA_DIR, file);
  if (!existsSync(path)) return [];
  const json = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  if (Array.isArray(json)) return json as T[];
  const obj = json as Record<string, unknown>;
  for (const k of [key, 'records', 'items']) if (Array.isArray(obj[k])) return obj[k] as T[];
  return [];
}

type TitleSource = string | { text: string };

export function loadSourceDataset(): CompiledDataset {
  const meta = existsSync(join(DATA_DIR, 'dataset.json'))
    ? (JSON.parse(readFileSync(join(DATA_DIR, 'dataset.json'), 'utf8')) as Record<string, string>)
    : {};
  const officials = records<Omit<CompiledOfficial, 'titles'> & { titles?: TitleSource[]; aliases: Alias[] }>('officials.json', 'officials').map(
    (o) => ({ ...o, titles: (o.titles ?? []).map((t) => (typeof t === 'string' ? t : t.text)) }),
  );
  const claims = records<CompiledClaim>('claims.json', 'claims');
  if (!officials.length || !claims.length) throw new Error(`no officials or claims under ${DATA_DIR}`);
  return {
    format: 1,
    version: meta.version ?? 'source',
    updated: meta.updated ?? '',
    license: meta.license ?? '',
    officials,
    organisations: records<CompiledOrganisation>('organisations.json', 'organisations'),
    sources: records<CompiledSource>('sources.json', 'sources'),
    claims,
  };
}
