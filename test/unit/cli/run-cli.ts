// Runs the annotate CLI as a child process, the way researchers call it, and captures its output.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPageParser } from '../../../src/cli/page-text';

export const ROOT = resolve(import.meta.dirname, '..', '..', '..');
export const FIXTURES = 'test/fixtures/cli';
export const DATASET = `${FIXTURES}/dataset.json`;
export const SEED = 'test/fixtures/seed-article.html';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): Promise<CliResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/annotate.ts', ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The extracted text of a fixture page, as the CLI sees it (offsets in records point into it). */
export async function pageTextOf(path: string): Promise<string> {
  const parser = createPageParser();
  try {
    return parser.text(readFileSync(resolve(ROOT, path), 'utf8'));
  } finally {
    await parser.close();
  }
}
