// Canonical form of a source file (records sorted by id, JSON.stringify with 2 spaces, final
// newline), so that diffs show only real changes and the lint test can compare bytes.
import { fileKindOf } from './validate.ts';
import { byId } from './text-utils.ts';

export type FormatResult = { ok: true; text: string; changed: boolean } | { ok: false; error: string };

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Canonical text of a data/*.json file; unparseable files are left to `validate` to explain. */
export function formatSourceText(path: string, text: string): FormatResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `${path}: cannot format, ${(e as Error).message}` };
  }
  const kind = fileKindOf(path);
  if (kind && kind !== 'dataset' && value && typeof value === 'object' && !Array.isArray(value)) {
    const list = (value as Record<string, unknown>)[kind];
    if (
      Array.isArray(list) &&
      list.every((r) => r && typeof r === 'object' && typeof (r as { id?: unknown }).id === 'string')
    )
      // Array.prototype.sort is stable, so records with equal ids keep their order for validate to flag.
      (value as Record<string, unknown>)[kind] = [...(list as { id: string }[])].sort(byId);
  }
  const out = canonicalJson(value);
  return { ok: true, text: out, changed: out !== text };
}
