// Every malformed fixture yields exactly its one expected error, naming file, line, pointer, id and
// field, and no data to compile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import { FIXTURES, loadCase } from './helpers.ts';

const cases = readdirSync(join(FIXTURES, 'malformed')).sort();

describe('malformed source files', () => {
  it('has at least 15 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it('accepts the valid fixture without errors or warnings', () => {
    const r = validateDataset(loadCase());
    expect(r.errors.map(formatIssue)).toEqual([]);
    expect(r.warnings.map(formatIssue)).toEqual([]);
    expect(r.data?.claims.map((c) => c.id)).toEqual(['japan-sdf-to-ukraine', 'us-distances-from-macron']);
  });

  it.each(cases)('%s', (name) => {
    const expected = readFileSync(join(FIXTURES, 'malformed', name, 'expected.txt'), 'utf8')
      .trim()
      .split('\n');
    const r = validateDataset(loadCase(name));
    expect(r.errors.map(formatIssue)).toEqual(expected);
    expect(r.data).toBeUndefined();
  });

  it('rejects a file over the size limit before parsing it', () => {
    const files = loadCase();
    const claims = files.find((f) => f.path.endsWith('claims.json'))!;
    claims.text = claims.text.replace('{', '{' + ' '.repeat(5 * 1024 * 1024));
    const r = validateDataset(files);
    expect(r.errors.map(formatIssue)).toEqual([
      'data/claims.json file is 5.0 MB; the limit is 5.0 MB (split the data or raise --max-size)',
    ]);
    // The limit is the caller's to raise (scale datasets for the benchmark).
    expect(validateDataset(files, { maxFileBytes: 6 * 1024 * 1024 }).errors).toEqual([]);
  });

  it('reports a missing file by path', () => {
    const r = validateDataset(loadCase().filter((f) => !f.path.endsWith('sources.json')));
    expect(r.errors.map(formatIssue)).toEqual(['data/sources.json file is missing']);
  });

  it('reports text that was not valid UTF-8', () => {
    const files = loadCase();
    files[1].text = files[1].text.replace('Sergey Lavrov', 'Sergey La\uFFFDrov');
    expect(validateDataset(files).errors.map(formatIssue)).toEqual([
      'data/officials.json:33 file contains U+FFFD: it was not valid UTF-8, or a conversion lost characters',
    ]);
  });

  it('warns, without failing, about an official of a non-Latin-script country without a native alias', () => {
    const files = loadCase();
    const o = JSON.parse(files[1].text);
    o.officials[1].aliases = o.officials[1].aliases.filter((a: { lang: string }) => a.lang !== 'ru');
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    const r = validateDataset(files);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map(formatIssue)).toEqual([
      'data/officials.json:34 /officials/1/aliases [sergey-lavrov] aliases: warning: no alias in Cyrillic script, though Russia writes names in it; add the native spelling',
    ]);
  });

  it('warns about a file that is valid but not canonically formatted', () => {
    const files = loadCase();
    files[3].text = JSON.stringify(JSON.parse(files[3].text), null, 4) + '\n';
    const r = validateDataset(files);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map(formatIssue)).toEqual([
      'data/sources.json warning: not in canonical form (2-space JSON, final newline); run `npm run dataset -- format`',
    ]);
  });

  it('treats a shared surname as a warning, a shared full name as an error', () => {
    const files = loadCase();
    const o = JSON.parse(files[1].text);
    o.officials[0].aliases.push({ text: 'Lavrov', lang: 'en', kind: 'surname' });
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    const r = validateDataset(files);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({
      file: 'data/officials.json',
      id: 'sergey-lavrov',
      pointer: '/officials/1/aliases/3/text',
      field: 'text',
    });
  });

  it("checks an alias's notWhen words, and warns where they cannot apply", () => {
    const files = loadCase();
    const o = JSON.parse(files[1].text);
    o.officials[1].aliases[3].notWhen = { before: ['In'] };
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    const bad = validateDataset(files);
    expect(bad.data).toBeUndefined();
    expect(bad.errors.map(formatIssue)).toEqual([
      expect.stringMatching(
        /^data\/officials\.json:\d+ \/officials\/1\/aliases\/3\/notWhen\/before\/0 \[sergey-lavrov\] before: "In" must be one lower-case word/,
      ),
    ]);
    o.officials[1].aliases[3].notWhen.before = ['in', 'near*'];
    o.officials[1].aliases[0].notWhen = { sentence: ['street'] };
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    const r = validateDataset(files);
    expect(r.errors).toEqual([]);
    expect(r.warnings.map((w) => [w.pointer, w.message])).toEqual([
      ['/officials/1/aliases/0/notWhen', 'notWhen is read on surname aliases only ("kind": "surname")'],
    ]);
    expect(r.data?.officials[1].aliases[3].notWhen).toEqual({ before: ['in', 'near*'] });
    // A Japanese word with the long-vowel mark (a letter with no case) is a word.
    o.officials[1].aliases[3].notWhen.before = ['カードゲーム'];
    files[1].text = JSON.stringify(o, null, 2) + '\n';
    expect(validateDataset(files).errors).toEqual([]);
  });
});
