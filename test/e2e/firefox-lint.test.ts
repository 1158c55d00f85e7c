// The Firefox build must pass Mozilla's linter (the same one addons.mozilla.org runs) with 0 errors.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist-firefox');

interface LintReport {
  count: number;
  summary: { errors: number; warnings: number; notices: number };
  errors: { code: string; message: string; file?: string }[];
  warnings: { code: string; message: string; file?: string }[];
}

describe('Firefox build', () => {
  it('has a gecko id, background scripts and the data-collection declaration', () => {
    expect(existsSync(join(DIST, 'manifest.json')), 'run npm run build:firefox first').toBe(true);
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest.background.scripts.length).toBeGreaterThan(0);
    expect(manifest.background.service_worker).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
    expect(manifest.sidebar_action.default_panel).toMatch(/panel/);
  });

  it('passes web-ext lint with 0 errors', () => {
    let out: string;
    try {
      out = execFileSync(
        join(ROOT, 'node_modules/.bin/web-ext'),
        ['lint', '--source-dir', DIST, '--output', 'json', '--no-input'],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
        },
      );
    } catch (e) {
      // web-ext exits non-zero when it finds errors; the JSON report is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as LintReport;
    console.log(
      `web-ext lint: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notices} notices`,
    );
    for (const w of report.warnings) console.log(`  warning ${w.code}: ${w.file ?? ''} ${w.message}`);
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
  });
});
