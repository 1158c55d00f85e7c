// Checks a compiled index field by field before the extension keeps or uses it (options page, CLI
// --dataset, and datasets read back from storage): every field the matcher and the card read, so that
// whatever passes cannot stop annotation. Small and free of the importer, for the content script.
import { CLAIM_STATUSES, HINT_LANGS } from '../types';

export interface LoadProblem {
  file: string;
  /** "claims[3] (japan-sdf)" */
  record?: string;
  field?: string;
  message: string;
}

type Obj = Record<string, unknown>;
export const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const MAX_PROBLEMS = 20;

const isTermList = (v: unknown): boolean => Array.isArray(v) && v.length > 0 && v.every(isStr);

/** What is wrong with a claim's `hints` (see ClaimHints): [field, message] pairs. */
function hintProblems(hints: unknown): [string, string][] {
  // No groups at all is no hints (the claim is then found from its text).
  if (!isObj(hints) || !Array.isArray(hints.groups)) return [['hints', 'must be {groups: [...]}']];
  const out: [string, string][] = [];
  const terms = (field: string, v: unknown): void => {
    if (!isObj(v) || Object.keys(v).length === 0) {
      out.push([field, `must map languages (${HINT_LANGS.join(', ')}) to lists of terms`]);
      return;
    }
    for (const [lang, list] of Object.entries(v)) {
      if (!(HINT_LANGS as readonly string[]).includes(lang))
        out.push([`${field}.${lang}`, `unknown language (known: ${HINT_LANGS.join(', ')})`]);
      else if (!isTermList(list)) out.push([`${field}.${lang}`, 'must be a list of non-empty strings']);
    }
  };
  hints.groups.forEach((g: unknown, i: number) => {
    const field = `hints.groups[${i}]`;
    if (!isObj(g)) return void out.push([field, 'must be {name, terms}']);
    if (typeof g.name !== 'string') out.push([`${field}.name`, 'must be a string']);
    terms(`${field}.terms`, g.terms);
    if (g.anaphora !== undefined) {
      if (!isObj(g.anaphora)) return void out.push([`${field}.anaphora`, 'must be {terms, antecedents}']);
      terms(`${field}.anaphora.terms`, g.anaphora.terms);
      terms(`${field}.anaphora.antecedents`, g.anaphora.antecedents);
    }
  });
  if (hints.exclude !== undefined) terms('hints.exclude', hints.exclude);
  if (hints.elsewhere !== undefined) {
    if (!isObj(hints.elsewhere) || typeof hints.elsewhere.group !== 'string')
      out.push(['hints.elsewhere', 'must be {group, terms}']);
    else {
      const group = hints.elsewhere.group;
      if (!hints.groups.some((g: unknown) => isObj(g) && g.name === group))
        out.push(['hints.elsewhere.group', `names "${group}", which is none of this claim's groups`]);
      terms('hints.elsewhere.terms', hints.elsewhere.terms);
    }
  }
  return out;
}

/** Checks every field the extension reads from a compiled index (see CompiledDataset). */
export function checkCompiled(file: string, d: Obj): LoadProblem[] {
  const problems: LoadProblem[] = [];
  let total = 0;
  const add = (record: string | undefined, field: string, message: string): void => {
    if (total++ < MAX_PROBLEMS) problems.push({ file, record, field, message });
  };
  for (const key of ['version', 'updated', 'license'] as const)
    if (typeof d[key] !== 'string') add(undefined, key, 'must be a string');
  const list = (key: string): Obj[] => {
    const v = d[key];
    if (!Array.isArray(v)) {
      add(undefined, key, 'must be a list');
      return [];
    }
    return v as Obj[];
  };
  const where = (key: string, i: number, r: unknown): string =>
    `${key}[${i}]` + (isObj(r) && isStr(r.id) ? ` (${r.id})` : '');
  const each = (key: string, check: (r: Obj, at: string) => void): void =>
    list(key).forEach((r, i) => {
      const at = where(key, i, r);
      if (!isObj(r)) return add(at, '', 'must be an object');
      if (!isStr(r.id)) add(at, 'id', 'must be a non-empty string');
      check(r, at);
    });
  each('officials', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
    if (!Array.isArray(r.aliases) || !r.aliases.every((a) => isObj(a) && isStr(a.text) && typeof a.lang === 'string'))
      add(at, 'aliases', 'must be a list of {text, lang}');
    if (
      !Array.isArray(r.roles) ||
      !r.roles.every((x) => isObj(x) && typeof x.title === 'string' && typeof x.country === 'string')
    )
      add(at, 'roles', 'must be a list of {title, country, from?, to?}');
  });
  each('organisations', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
  });
  each('sources', (r, at) => {
    if (!isStr(r.name)) add(at, 'name', 'must be a non-empty string');
    if (typeof r.kind !== 'string') add(at, 'kind', 'must be a string');
  });
  each('claims', (r, at) => {
    if (!isStr(r.text)) add(at, 'text', 'must be a non-empty string');
    if (!(CLAIM_STATUSES as readonly unknown[]).includes(r.status))
      add(at, 'status', `must be one of ${CLAIM_STATUSES.join(', ')}`);
    if (!Array.isArray(r.about) || !r.about.every((x) => typeof x === 'string'))
      add(at, 'about', 'must be a list of ids');
    if (!Array.isArray(r.history)) add(at, 'history', 'must be a list');
    else
      r.history.forEach((h: unknown, j: number) => {
        if (!isObj(h) || !(CLAIM_STATUSES as readonly unknown[]).includes(h.status) || typeof h.date !== 'string')
          add(at, `history[${j}]`, 'must have a status and a date');
      });
    if (r.lang !== undefined && !isStr(r.lang)) add(at, 'lang', 'must be a language tag');
    if (r.translations !== undefined && (!isObj(r.translations) || !Object.values(r.translations).every(isStr)))
      add(at, 'translations', 'must map language tags to texts');
    // As the source schema: at most four (each is a document the claim index builds and verifies).
    if (r.wordings !== undefined && (!Array.isArray(r.wordings) || !r.wordings.every(isStr) || r.wordings.length > 4))
      add(at, 'wordings', 'must be a list of at most four texts');
    // Hints are optional (imported claims have none); present, every part the matcher reads is checked:
    // one malformed term would otherwise stop annotation on every page.
    if (r.hints !== undefined) for (const [field, message] of hintProblems(r.hints)) add(at, field, message);
  });
  if (total > MAX_PROBLEMS) problems.push({ file, message: `and ${total - MAX_PROBLEMS} more problems` });
  return problems;
}
