// The compiled index: deterministic bytes, order-independent, only known fields, the dataset's version.
import { describe, expect, it } from 'vitest';
import {
  compileDataset,
  serializeCompiled,
  validateDataset,
  type SourceData,
} from '../../../src/core/dataset/index.ts';
import { loadCase } from './helpers.ts';

function validData(): SourceData {
  const r = validateDataset(loadCase());
  expect(r.errors).toEqual([]);
  return r.data!;
}

describe('compileDataset', () => {
  it('gives identical bytes for identical input', () => {
    const a = serializeCompiled(compileDataset(validData()));
    const b = serializeCompiled(compileDataset(validData()));
    expect(a).toBe(b);
  });

  it('does not depend on record order or key order in the source', () => {
    const data = validData();
    const shuffled: SourceData = {
      ...data,
      officials: [...data.officials].reverse().map((o) => Object.fromEntries(Object.entries(o).reverse()) as typeof o),
      claims: [...data.claims].reverse(),
    };
    expect(serializeCompiled(compileDataset(shuffled))).toBe(serializeCompiled(compileDataset(data)));
  });

  it('carries format 1 and the dataset version, and drops $schema and descriptions', () => {
    const c = compileDataset(validData());
    expect(c.format).toBe(1);
    expect(c.version).toBe('2026.11.25');
    expect(c.updated).toBe('2026-11-25');
    const text = serializeCompiled(c);
    expect(text).not.toContain('$schema');
    expect(text).not.toContain('Small valid dataset');
    expect(text).not.toContain('\n  ');
    expect(Object.keys(c.claims[0])).toEqual(['id', 'text', 'about', 'status', 'history', 'hints']);
  });
});
