// Feeds whose claim is not in claimReviewed (AAP: only in the article, after "The Statement"), and
// claims worded as questions ("Did X ...?"): imported, and said so in the report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importClaimReview, parseColumnMapping } from '../../../src/core/dataset/index.ts';
import { isQuestion, statementFromArticle } from '../../../src/core/dataset/import-claimreview.ts';
import { CORPUS, ROOT } from './helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'claimlens-aap-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Invented article bodies in AAP's shape: sentences run together ("...bridge.The post"), the claim
// first, said by someone ("A Facebook post claims that ...") or quoted.
const BODY_CLAIM =
  'The StatementA Facebook post claims that the harbour bridge will be closed to cars for ten years.The post, shared 2,000 times, shows a photo.The AnalysisThe council says no such plan exists.';
const BODY_QUOTE =
  'AAP FactCheck Investigation: Has rail freight doubled?The Statement“Rail freight has doubled in the past five years.” The minister said this on radio.The Analysis...';

describe('claims from the article body (AAP)', { timeout: 60_000 }, () => {
  it('takes the first sentence after "The Statement", without who spread it', () => {
    expect(statementFromArticle(BODY_CLAIM)).toBe('The harbour bridge will be closed to cars for ten years.');
    expect(statementFromArticle(BODY_QUOTE)).toBe('Rail freight has doubled in the past five years');
    expect(statementFromArticle('An article without the section.')).toBeUndefined();
    expect(statementFromArticle(undefined)).toBeUndefined();
  });

  it('imports a row with an empty claim column from its body column, and reports it', () => {
    const csv = `claim,body,date\n,"${BODY_CLAIM}",2021-07-21\n,no statement here,2021-07-21\n`;
    const { data, report } = importClaimReview(csv, { mapping: parseColumnMapping('claim=claim,body=body,date=date') });
    expect(data.claims.map((c) => c.text)).toEqual(['The harbour bridge will be closed to cars for ten years.']);
    expect(report.adjusted['claim taken from the article\'s "The Statement" section (no claimReviewed)']).toBe(1);
    expect(report.skipped).toEqual({ 'no claim text': 1 });
  });

  it('imports all 100 AAP sample rows with the claimskg preset (0 before)', () => {
    const text = readFileSync(join(CORPUS, 'claims/claimskg-samples/claimskg-extractor/output_sample_aap.csv'), 'utf8');
    const { report, data } = importClaimReview(text, { preset: 'claimskg' });
    expect(report.rows).toBe(100);
    expect(report.imported).toBe(100);
    expect(data.claims.every((c) => c.text.length > 20 && !c.text.startsWith('The Statement'))).toBe(true);
  });
});

describe('claims worded as questions', { timeout: 60_000 }, () => {
  it.each([
    ['Did the mayor ban bicycles?', true],
    ['Опередит ли Россия Германию?', true],
    ['Is this “real”?”', true],
    ['The mayor banned bicycles.', false],
    ['Why? Nobody knows, the minister said.', false],
  ])('%j is a question: %s', (text, expected) => {
    expect(isQuestion(text)).toBe(expected);
  });

  const CSV =
    'claim,verdict,date\n' +
    'Did the mayor of Springfield ban bicycles from every bridge?,False,2021-01-01\n' +
    'The national lottery paid its jackpot twice to the same villager.,False,2021-01-01\n';

  it('imports them flagged by default: counted, listed, and noted in the claim history', () => {
    const { data, report } = importClaimReview(CSV, {
      mapping: parseColumnMapping('claim=claim,verdict=verdict,date=date'),
    });
    expect(report.imported).toBe(2);
    expect(report.questions).toEqual(['Did the mayor of Springfield ban bicycles from every bridge?']);
    expect(report.adjusted['claim is a question (a headline as published), imported and flagged']).toBe(1);
    const q = data.claims.find((c) => c.text.startsWith('Did'));
    // Readers see that the claim was published as a question; the verdict is the fact-checker's rating.
    expect(q?.history[0].note).toBe('The fact-checker worded this claim as a question.');
    expect(q?.history[0].rating).toBe('False');
  });

  it('--questions skip leaves them out, counted; the CLI rejects other values', () => {
    const file = join(tmp, 'q.csv');
    writeFileSync(file, CSV);
    const run = (args: string[]) =>
      spawnSync(
        process.execPath,
        [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'src/cli/dataset.ts'), ...args],
        {
          cwd: tmp,
          encoding: 'utf8',
        },
      );
    const cols = ['--columns', 'claim=claim,verdict=verdict,date=date'];
    const flagged = run(['import-claimreview', file, ...cols, '--out', join(tmp, 'flag')]);
    expect(flagged.status).toBe(0);
    expect(flagged.stderr).toContain('claims worded as questions, imported and flagged');
    const skipped = run(['import-claimreview', file, ...cols, '--questions', 'skip', '--out', join(tmp, 'skip')]);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toMatch(
      /2 rows, 1 imported[\s\S]*1\s+a question, not a claim statement \(--questions skip\)/,
    );
    const bad = run(['import-claimreview', file, ...cols, '--questions', 'drop', '--out', join(tmp, 'bad')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--questions is flag or skip');
  });
});
