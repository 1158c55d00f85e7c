// Summary statistics and fixed-width table formatting for the benchmark's report.

export function quantile(values: readonly number[], q: number): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  // Nearest-rank: p95 of 44 pages is the 42nd value, an actual measurement.
  return v[Math.min(v.length - 1, Math.max(0, Math.ceil(q * v.length) - 1))];
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
export const p95 = (v: readonly number[]) => quantile(v, 0.95);
export const max = (v: readonly number[]) => (v.length ? Math.max(...v) : NaN);

export interface Summary {
  median: number;
  p95: number;
  max: number;
}

export function summarise(v: readonly number[]): Summary {
  return { median: median(v), p95: p95(v), max: max(v) };
}

export function ms(x: number): string {
  if (!Number.isFinite(x)) return '-';
  return x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  // Numbers right-aligned except in free-text columns ('value', 'measured').
  const cells = [header, ...rows.map((r) => r.map(String))];
  const width = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((c, i) =>
        i > 0 && header[i] !== 'value' && header[i] !== 'measured' && /^[-\d.,x%<>= ]+( ms| KB| MB)?$/.test(c)
          ? c.padStart(width[i])
          : c.padEnd(width[i]),
      )
      .join('  ')
      .trimEnd();
  return [line(cells[0]), width.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
