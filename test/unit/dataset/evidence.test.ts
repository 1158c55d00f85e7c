// Verdict semantics: every history entry says what kind of evidence it is; the validator checks
// what each kind needs, names file, record and field; maintainers' fields never reach the index.
import { describe, expect, it } from 'vitest';
import { compileDataset, formatIssue, validateDataset } from '../../../src/core/dataset/index.ts';
import type { SourceFile } from '../../../src/core/dataset/index.ts';
import { loadCase } from './helpers.ts';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The valid fixture with claims.json edited by `edit`. */
function withClaims(edit: (claims: Json[]) => void): SourceFile[] {
  const files = loadCase();
  const f = files.find((x) => x.path.endsWith('claims.json'))!;
  const doc = JSON.parse(f.text);
  edit(doc.claims);
  f.text = JSON.stringify(doc, null, 2) + '\n';
  return files;
}
const errors = (files: SourceFile[]) => validateDataset(files).errors.map(formatIssue);

describe('history entry kinds', () => {
  it('requires a kind, naming file, record and field', () => {
    const files = withClaims((c) => delete c[0].history[0].kind);
    expect(errors(files)).toEqual([
      expect.stringMatching(
        /^data\/claims\.json:\d+ \/claims\/0\/history\/0\/kind \[japan-sdf-to-ukraine\] kind: is required$/,
      ),
    ]);
  });

  it('rejects an unknown kind', () => {
    const files = withClaims((c) => (c[0].history[0].kind = 'rumour'));
    expect(errors(files)).toEqual([
      expect.stringContaining(
        '[japan-sdf-to-ukraine] kind: "rumour" is not one of claim, statement, fact-check, events',
      ),
    ]);
  });

  it('wants a fact-check to carry its rating and its fact-checker', () => {
    const files = withClaims((c) => {
      const h = c[0].history[1];
      h.kind = 'fact-check';
      delete h.by;
      delete h.via;
    });
    expect(errors(files)).toEqual([
      expect.stringMatching(
        /\/claims\/0\/history\/1\/rating \[japan-sdf-to-ukraine\] rating: a fact-check entry needs/,
      ),
      expect.stringMatching(
        /\/claims\/0\/history\/1\/via \[japan-sdf-to-ukraine\] via: a fact-check entry needs the fact-checker/,
      ),
    ]);
    const ok = withClaims((c) => Object.assign(c[0].history[1], { kind: 'fact-check', rating: 'False' }));
    expect(errors(ok)).toEqual([]);
  });

  it('credits no party for events', () => {
    const files = withClaims((c) => (c[0].history[1].kind = 'events'));
    expect(errors(files)).toEqual([
      expect.stringMatching(
        /\/claims\/0\/history\/1\/by \[japan-sdf-to-ukraine\] by: an "events" entry credits no party/,
      ),
    ]);
  });

  it('keeps a rating to fact-checks', () => {
    const files = withClaims((c) => (c[0].history[1].rating = 'False'));
    expect(errors(files)).toEqual([expect.stringContaining('rating: a rating belongs to a fact-check entry')]);
  });
});

describe('reader notes and maintainers’ notes', () => {
  it('rejects a reader note that talks about the sample article', () => {
    const files = withClaims((c) => (c[0].history[0].note = 'As the sample article says, Tokyo plans it.'));
    expect(errors(files)).toEqual([
      expect.stringMatching(
        /\/claims\/0\/history\/0\/note \[japan-sdf-to-ukraine\] note: .*move that remark to `maintainerNote`/,
      ),
    ]);
  });

  it('compiles neither maintainerNote, verify nor reviewed into the index', () => {
    const files = withClaims((c) => {
      Object.assign(c[0], { verify: 'CLAIM-VERIFY', maintainerNote: 'CLAIM-NOTE', reviewed: '2026-12-01' });
      Object.assign(c[0].history[0], { maintainerNote: 'ENTRY-NOTE', verify: 'ENTRY-VERIFY' });
    });
    const o = files.find((f) => f.path.endsWith('officials.json'))!;
    const doc = JSON.parse(o.text);
    Object.assign(doc.officials[0].roles[0], {
      reviewed: '2026-12-01',
      verify: 'ROLE-VERIFY',
      maintainerNote: 'ROLE-NOTE',
    });
    o.text = JSON.stringify(doc, null, 2) + '\n';
    const r = validateDataset(files);
    expect(r.errors.map(formatIssue)).toEqual([]);
    const compiled = JSON.stringify(compileDataset(r.data!));
    for (const s of ['CLAIM-VERIFY', 'CLAIM-NOTE', 'ENTRY-NOTE', 'ENTRY-VERIFY', 'ROLE-VERIFY', 'ROLE-NOTE'])
      expect(compiled).not.toContain(s);
    expect(compiled).not.toMatch(/maintainerNote|"verify"|"reviewed"/);
    expect(compiled).toContain('"kind":"claim"');
  });
});
