// Keeps data/ reviewable: every source file sorted by id and byte-identical to its canonical form,
// and the JSON Schemas in data/schema/ identical to what src/core/dataset/schemas.ts generates.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { formatSourceText, schemaFileName, schemaText } from '../../../src/core/dataset/index.ts';
import { FIXTURES, KINDS, ROOT } from './helpers.ts';

describe('data/ lint', () => {
  it.each(KINDS)('data/%s.json exists and is canonically formatted', (kind) => {
    const path = join(ROOT, 'data', `${kind}.json`);
    expect(existsSync(path), `${path} is missing`).toBe(true);
    const text = readFileSync(path, 'utf8');
    const r = formatSourceText(path, text);
    expect(r.ok && r.text === text, `${path}: run npm run dataset -- format`).toBe(true);
  });

  it.each(KINDS)('data/schema/%s.schema.json is up to date', (kind) => {
    expect(readFileSync(join(ROOT, 'data/schema', schemaFileName(kind)), 'utf8')).toBe(schemaText(kind));
  });

  it.each(KINDS)('data/schema/%s.schema.json works on its own, as an editor loads it', (kind) => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'data/schema', schemaFileName(kind)), 'utf8'));
    const validate = new Ajv({ allErrors: true, strictTypes: false }).compile(schema);
    const file = (dir: string) => JSON.parse(readFileSync(join(dir, `${kind}.json`), 'utf8'));
    expect(validate(file(join(FIXTURES, 'valid'))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate(file(join(ROOT, 'data'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('the on-disk schemas reject markup and bad statuses', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'data/schema/claims.schema.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strictTypes: false }).compile(schema);
    for (const name of ['html-in-text', 'unknown-status', 'script-url']) {
      const claims = JSON.parse(readFileSync(join(FIXTURES, 'malformed', name, 'claims.json'), 'utf8'));
      expect(validate(claims), name).toBe(false);
    }
  });

  it('catches an unsorted file and a non-canonical one', () => {
    const path = join(FIXTURES, 'malformed/unsorted-records/officials.json');
    const unsorted = formatSourceText(path, readFileSync(path, 'utf8'));
    expect(unsorted.ok && unsorted.changed).toBe(true);
    const valid = join(FIXTURES, 'valid/officials.json');
    const text = readFileSync(valid, 'utf8');
    expect(formatSourceText(valid, text)).toEqual({ ok: true, text, changed: false });
    expect(formatSourceText(valid, text.replace(/\n$/, ''))).toMatchObject({ ok: true, changed: true });
    expect(formatSourceText(valid, text.replace('  "officials"', '    "officials"'))).toMatchObject({
      ok: true,
      changed: true,
    });
  });
});
