// Validates the five source files: size, encoding, JSON syntax, JSON Schema (ajv), then the checks a
// schema cannot express (ids, references, calendar dates, history order, alias collisions, hints).
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { HINT_LANGS, type HintLang } from '../types.ts';
import { duplicateKeys, Locator, pathToPointer, pointerToPath, syntaxProblems } from './json-locate.ts';
import { LIMITS, PATTERN_MESSAGES, SCHEMAS } from './schemas.ts';
import { nativeScriptOf } from './scripts-by-country.ts';
import {
  SOURCE_FILE_KINDS,
  type SourceData,
  type SourceFile,
  type SourceFileKind,
  type SourceHints,
} from './source-types.ts';
import { expandHints, type Vocabulary } from './vocabulary.ts';
import { comparePartialDates } from '../dates.ts';
import { nameKey } from '../text/normalise.ts';
import { dominantScript, isValidDate, normaliseAlias, safeForTerminal, utf8Length } from './text-utils.ts';

export interface Issue {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  column?: number;
  pointer?: string;
  /** Id of the record the problem is in, when the record has one. */
  id?: string;
  field?: string;
  message: string;
}

export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
  /** The parsed files; present only when there are no errors. */
  data?: SourceData;
}

export interface ValidateOptions {
  /** Per-file size limit in bytes (default LIMITS.fileBytes, 5 MB). */
  maxFileBytes?: number;
  /** Directory named in "file is missing" messages when no file came from it (default "data/"). */
  dir?: string;
}

/** `data/claims.json:120 /claims/3/history/0/date [japan-sdf-to-ukraine] date: "2024-02-30" is not a valid date` */
export function formatIssue(i: Issue): string {
  let where = i.file;
  if (i.line !== undefined) where += `:${i.line}` + (i.column !== undefined ? `:${i.column}` : '');
  const parts = [where];
  if (i.pointer !== undefined) parts.push(i.pointer || '/');
  if (i.id !== undefined) parts.push(`[${i.id}]`);
  const msg = (i.severity === 'warning' ? 'warning: ' : '') + i.message;
  parts.push(i.field !== undefined ? `${i.field}: ${msg}` : msg);
  return safeForTerminal(parts.join(' ')).replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}

let validators: Record<SourceFileKind, ValidateFunction> | undefined;
function getValidators(): Record<SourceFileKind, ValidateFunction> {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false });
    validators = Object.fromEntries(SOURCE_FILE_KINDS.map((k) => [k, ajv.compile(SCHEMAS[k])])) as Record<
      SourceFileKind,
      ValidateFunction
    >;
  }
  return validators;
}

export function fileKindOf(path: string): SourceFileKind | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const kind = base.replace(/\.json$/, '');
  return (SOURCE_FILE_KINDS as readonly string[]).includes(kind) && base.endsWith('.json')
    ? (kind as SourceFileKind)
    : undefined;
}

function quote(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? s.slice(0, 57) + '..."' : s;
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let v: unknown = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[p];
  }
  return v;
}

class Reporter {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];
  private locators = new Map<string, Locator>();
  private roots = new Map<string, unknown>();

  setFile(file: string, text: string, root: unknown): void {
    this.locators.set(file, new Locator(text));
    this.roots.set(file, root);
  }

  /** Report at a pointer; line, record id and field are derived from it. */
  at(
    severity: Issue['severity'],
    file: string,
    pointer: string,
    message: string,
    field?: string,
    offset?: number,
  ): void {
    const path = pointerToPath(pointer);
    const root = this.roots.get(file);
    let id: string | undefined;
    if (path.length >= 2 && typeof path[1] === 'number') {
      const rid = valueAt(root, [path[0], path[1], 'id']);
      if (typeof rid === 'string') id = rid;
    }
    if (field === undefined) {
      const names = path.slice(2).filter((p): p is string => typeof p === 'string');
      field = names.length ? names[names.length - 1] : path.length === 1 ? String(path[0]) : undefined;
    }
    const loc = this.locators.get(file);
    const line = offset !== undefined ? loc?.lineOf(offset) : loc?.line(pointer);
    (severity === 'error' ? this.errors : this.warnings).push({ severity, file, line, pointer, id, field, message });
  }

  fileWarning(file: string, message: string): void {
    this.warnings.push({ severity: 'warning', file, message });
  }

  fileError(file: string, message: string, line?: number, column?: number): void {
    this.errors.push({ severity: 'error', file, line, column, message });
  }
}

function describeAjvError(e: ErrorObject, root: unknown): { pointer: string; field?: string; message: string } {
  const value = valueAt(root, pointerToPath(e.instancePath));
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return {
        pointer: `${e.instancePath}/${String(p.missingProperty)}`,
        field: String(p.missingProperty),
        message: 'is required',
      };
    case 'additionalProperties':
      return {
        pointer: `${e.instancePath}/${String(p.additionalProperty)}`,
        field: String(p.additionalProperty),
        message: `unknown field "${String(p.additionalProperty)}"`,
      };
    case 'type':
      return {
        pointer: e.instancePath,
        message: `must be ${/^[aeiou]/.test(String(p.type)) ? 'an' : 'a'} ${String(p.type)}, found ${typeName(value)} ${quote(value)}`,
      };
    case 'enum':
      return {
        pointer: e.instancePath,
        message: `${quote(value)} is not one of ${(p.allowedValues as unknown[]).join(', ')}`,
      };
    case 'pattern': {
      const known = PATTERN_MESSAGES[String(p.pattern)] ?? `must match ${String(p.pattern)}`;
      // A key that is no id (a term set's name in claims.json's vocabulary): the key, not the object.
      if (e.propertyName !== undefined)
        return { pointer: `${e.instancePath}/${e.propertyName}`, message: `name ${quote(e.propertyName)} ${known}` };
      return { pointer: e.instancePath, message: `${quote(value)} ${known}` };
    }
    case 'minLength':
      return { pointer: e.instancePath, message: 'must not be empty' };
    case 'maxLength':
      return {
        pointer: e.instancePath,
        message: `is ${typeof value === 'string' ? value.length : '?'} characters long; the limit is ${String(p.limit)}`,
      };
    case 'minItems':
      return {
        pointer: e.instancePath,
        message: `must not be empty (at least ${String(p.limit)} item${p.limit === 1 ? '' : 's'})`,
      };
    case 'anyOf':
      // A hint group with neither its own terms nor a term set.
      if (/\/hints\/properties\/groups\//.test(e.schemaPath))
        return { pointer: e.instancePath, message: 'needs its own "terms", or term sets to "use", or both' };
      return { pointer: e.instancePath, message: `${quote(value)} must be a known kind or a kebab-case word` };
    case 'propertyNames':
      return {
        pointer: `${e.instancePath}/${String(p.propertyName)}`,
        message: /^\/vocabulary$/.test(e.instancePath)
          ? `term set name ${quote(p.propertyName)} must be a kebab-case ASCII id`
          : `key ${quote(p.propertyName)} must be a well-formed BCP-47 language tag`,
      };
    default:
      return { pointer: e.instancePath, message: e.message ?? e.keyword };
  }
}

type Rec = Record<string, unknown>;
const isObj = (v: unknown): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';

export function validateDataset(files: SourceFile[], options: ValidateOptions = {}): ValidationResult {
  const maxBytes = options.maxFileBytes ?? LIMITS.fileBytes;
  const r = new Reporter();
  const parsed = new Map<SourceFileKind, { file: string; root: unknown }>();
  const byKind = new Map<SourceFileKind, SourceFile>();
  for (const f of files) {
    const kind = fileKindOf(f.path);
    if (!kind) continue;
    if (byKind.has(kind)) r.fileError(f.path, `a second ${kind}.json was given (first: ${byKind.get(kind)!.path})`);
    else byKind.set(kind, f);
  }
  const dir = files.length ? files[0].path.replace(/[^\\/]*$/, '') : (options.dir ?? 'data').replace(/[\\/]*$/, '/');

  // Record indices whose shape is wrong: cross-record checks skip them instead of tripping over them.
  const badRecords = new Map<SourceFileKind, Set<number>>();
  for (const kind of SOURCE_FILE_KINDS) {
    const f = byKind.get(kind);
    if (!f) {
      r.fileError(`${dir}${kind}.json`, 'file is missing');
      continue;
    }
    const bytes = utf8Length(f.text);
    if (bytes > maxBytes) {
      r.fileError(
        f.path,
        `file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB (split the data or raise --max-size)`,
      );
      continue;
    }
    if (f.text.charCodeAt(0) === 0xfeff) {
      r.fileError(f.path, 'file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM', 1, 1);
      continue;
    }
    if (f.text.includes('\uFFFD')) {
      const at = f.text.indexOf('\uFFFD');
      const line = f.text.slice(0, at).split('\n').length;
      r.fileError(f.path, 'file contains U+FFFD: it was not valid UTF-8, or a conversion lost characters', line);
      continue;
    }
    let root: unknown;
    try {
      root = JSON.parse(f.text);
    } catch (err) {
      const probs = syntaxProblems(f.text);
      if (probs.length === 0) r.fileError(f.path, `JSON syntax error: ${(err as Error).message}`);
      for (const p of probs) r.fileError(f.path, p.message, p.line, p.column);
      continue;
    }
    r.setFile(f.path, f.text, root);
    // Hand-edited files are small; machine-written imports (12 MB of LIAR) cannot repeat a key, and
    // a second full tokenisation would triple their validation time.
    if (bytes <= LIMITS.fileBytes)
      for (const d of duplicateKeys(f.text))
        r.at(
          'error',
          f.path,
          d.pointer,
          `"${d.key}" is written twice in this object; only the last one would count`,
          d.key,
          d.offset,
        );
    if (bytes <= LIMITS.fileBytes && JSON.stringify(root, null, 2) + '\n' !== f.text)
      r.fileWarning(f.path, 'not in canonical form (2-space JSON, final newline); run `npm run dataset -- format`');
    if (isObj(root) && str(root.$schema) && root.$schema !== `./schema/${kind}.schema.json`)
      r.at(
        'warning',
        f.path,
        '/$schema',
        `"${root.$schema}" is not ./schema/${kind}.schema.json: editors will not check this file`,
      );
    const validate = getValidators()[kind];
    const bad = new Set<number>();
    badRecords.set(kind, bad);
    if (!validate(root)) {
      const all = validate.errors ?? [];
      const errs = all.filter(
        // anyOf reports its branches too; the anyOf error alone says it better. propertyNames wraps the
        // error of the key it names: that one alone says which rule the key breaks.
        (e) =>
          !/\/anyOf\/\d+\//.test(e.schemaPath) &&
          !(
            e.keyword === 'propertyNames' &&
            all.some((x) => x !== e && x.instancePath === e.instancePath && x.propertyName !== undefined)
          ),
      );
      for (const e of errs) {
        const d = describeAjvError(e, root);
        r.at('error', f.path, d.pointer, d.message, d.field);
        const path = pointerToPath(e.instancePath);
        if (typeof path[1] === 'number') bad.add(path[1]);
        // A bad term set is its own error (VOCABULARY_BAD): the claims' records are still checked.
        else if (kind === 'claims' && path[0] === 'vocabulary') bad.add(VOCABULARY_BAD);
        else if (kind !== 'dataset') bad.add(-1);
      }
    }
    parsed.set(kind, { file: f.path, root });
  }

  crossChecks(r, parsed, badRecords);

  const result: ValidationResult = { errors: r.errors, warnings: r.warnings };
  if (r.errors.length === 0) {
    const get = <T>(k: SourceFileKind, key: string) => (parsed.get(k)!.root as Rec)[key] as T;
    result.data = {
      meta: parsed.get('dataset')!.root as SourceData['meta'],
      officials: get('officials', 'officials'),
      organisations: get('organisations', 'organisations'),
      sources: get('sources', 'sources'),
      claims: get('claims', 'claims'),
      ...(get<SourceData['vocabulary']>('claims', 'vocabulary')
        ? { vocabulary: get<SourceData['vocabulary']>('claims', 'vocabulary') }
        : {}),
    };
  }
  return result;
}

function crossChecks(
  r: Reporter,
  parsed: Map<SourceFileKind, { file: string; root: unknown }>,
  badRecords: Map<SourceFileKind, Set<number>>,
): void {
  const meta = parsed.get('dataset');
  const imported = isObj(meta?.root) && meta.root.profile === 'imported';
  if (meta && isObj(meta.root) && str(meta.root.updated) && !isValidDate(meta.root.updated))
    r.at('error', meta.file, '/updated', `${quote(meta.root.updated)} is not a valid date`);

  // Every record with a usable id, for uniqueness and references.
  const ids = new Map<string, { kind: SourceFileKind; file: string; pointer: string }>();
  const records = (kind: SourceFileKind): { rec: Rec; i: number; file: string; ptr: string }[] => {
    const p = parsed.get(kind);
    if (!p || !isObj(p.root) || !Array.isArray(p.root[kind])) return [];
    const bad = badRecords.get(kind) ?? new Set();
    const list = p.root[kind] as unknown[];
    return list.flatMap((rec, i) =>
      isObj(rec) && !bad.has(i) && !bad.has(-1) ? [{ rec, i, file: p.file, ptr: `/${kind}/${i}` }] : [],
    );
  };

  for (const kind of ['officials', 'organisations', 'sources', 'claims'] as const) {
    const p = parsed.get(kind);
    const all = p && isObj(p.root) && Array.isArray(p.root[kind]) ? (p.root[kind] as unknown[]) : [];
    let prev: string | undefined;
    let reportedOrder = false;
    all.forEach((rec, i) => {
      const id = isObj(rec) && str(rec.id) ? rec.id : undefined;
      if (id === undefined) return;
      const ptr = `/${kind}/${i}/id`;
      const first = ids.get(id);
      if (first)
        r.at('error', p!.file, ptr, `duplicate id "${id}" (already used in ${first.file} at ${first.pointer})`, 'id');
      else ids.set(id, { kind, file: p!.file, pointer: ptr });
      if (prev !== undefined && id < prev && !reportedOrder) {
        r.at(
          'error',
          p!.file,
          ptr,
          `records are not sorted by id: "${id}" comes after "${prev}" (run \`npm run dataset -- format\`)`,
          'id',
        );
        reportedOrder = true;
      }
      prev = id;
    });
  }
  // A reference into a file that did not parse is unknowable, not wrong: the file's own error says it.
  const isKind = (id: string, ...kinds: SourceFileKind[]) => {
    const hit = ids.get(id);
    return (hit !== undefined && kinds.includes(hit.kind)) || (hit === undefined && kinds.some((k) => !parsed.has(k)));
  };

  // Officials: dates, alias collisions, native-script aliases.
  const aliasOwner = new Map<string, { id: string; kind: string; ptr: string; file: string }>();
  let latinOnlyImported = 0;
  for (const { rec, file, ptr } of records('officials')) {
    const roles = rec.roles as Rec[];
    roles.forEach((role, j) => {
      for (const k of ['from', 'to', 'seen'] as const)
        if (str(role[k]) && !isValidDate(role[k]))
          r.at('error', file, `${ptr}/roles/${j}/${k}`, `${quote(role[k])} is not a valid date`);
      if (
        str(role.from) &&
        str(role.to) &&
        isValidDate(role.from) &&
        isValidDate(role.to) &&
        comparePartialDates(role.to, role.from) < 0
      )
        r.at('error', file, `${ptr}/roles/${j}/to`, `role ends (${role.to}) before it starts (${role.from})`);
      if (str(role.seen) && str(role.to))
        r.at('error', file, `${ptr}/roles/${j}/seen`, '`seen` is for open roles only; this role has `to`');
      if (str(role.reviewed) && !isValidDate(role.reviewed))
        r.at('error', file, `${ptr}/roles/${j}/reviewed`, `${quote(role.reviewed)} is not a valid date`);
    });
    if (roles.length === 0 && !imported)
      r.at('warning', file, `${ptr}/roles`, 'no role: cards will show the name only');
    // A title is either the official's (any role) or one role's: in both, which dates it follows is unclear.
    const officialTitles = new Set(((rec.titles as unknown[] | undefined) ?? []).filter(str).map(nameKey));
    roles.forEach((role, j) => {
      ((role.titles as unknown[] | undefined) ?? []).forEach((t, k) => {
        if (str(t) && officialTitles.has(nameKey(t)))
          r.at(
            'error',
            file,
            `${ptr}/roles/${j}/titles/${k}`,
            `title ${quote(t)} is also in the official's own \`titles\`: list it in one place (a role's titles follow that role's dates)`,
          );
      });
    });

    const own = new Set<string>();
    const aliases = rec.aliases as Rec[];
    aliases.forEach((a, j) => {
      // The matcher's own key: names it cannot tell apart ("Jean-Yves" / "Jean Yves") collide here too.
      const norm = nameKey(a.text as string);
      const aptr = `${ptr}/aliases/${j}/text`;
      if (norm === '') {
        r.at('error', file, aptr, 'alias is empty after normalisation');
        return;
      }
      if (own.has(norm)) {
        r.at('warning', file, aptr, `alias ${quote(a.text)} repeats another alias of this official`);
        return;
      }
      own.add(norm);
      const kind = a.kind === 'surname' ? 'surname' : 'full';
      if (a.notWhen !== undefined && kind !== 'surname')
        r.at(
          'warning',
          file,
          `${ptr}/aliases/${j}/notWhen`,
          'notWhen is read on surname aliases only ("kind": "surname")',
        );
      const other = aliasOwner.get(norm);
      if (other && other.id !== rec.id) {
        // Two officials answering to one full name make every mention ambiguous; a shared surname
        // only needs the full name earlier on the page, which the matcher already requires.
        const sev = kind === 'full' && other.kind === 'full' ? 'error' : 'warning';
        r.at(sev, file, aptr, `alias ${quote(a.text)} is also an alias of "${other.id}" (${other.file} ${other.ptr})`);
      } else if (!other) aliasOwner.set(norm, { id: rec.id as string, kind, ptr: aptr, file });
    });

    const hasNonLatin = aliases.some((a) => {
      const s = dominantScript(a.text as string);
      return s !== undefined && s !== 'Latin';
    });
    if (!hasNonLatin) {
      const countries = roles.map((x) => x.country).filter(str);
      const scripts = countries.map(nativeScriptOf);
      const needed = scripts.find((s) => s !== undefined && s !== 'Latin');
      const allLatin = scripts.length > 0 && scripts.every((s) => s === 'Latin');
      if (imported) {
        if (needed) latinOnlyImported++;
      } else if (needed)
        r.at(
          'warning',
          file,
          `${ptr}/aliases`,
          `no alias in ${needed} script, though ${countries.join(', ')} writes names in it; add the native spelling`,
        );
      else if (!allLatin)
        r.at(
          'warning',
          file,
          `${ptr}/aliases`,
          `no alias in a non-Latin script; add the native spelling unless the name is natively Latin (country ${countries.join(', ') || 'unknown'})`,
        );
    }
  }
  if (latinOnlyImported > 0 && parsed.get('officials'))
    r.at(
      'warning',
      parsed.get('officials')!.file,
      '/officials',
      `${latinOnlyImported} officials from non-Latin-script countries have only Latin-script aliases`,
    );

  for (const { rec, file, ptr } of records('organisations')) {
    ((rec.aliases as Rec[] | undefined) ?? []).forEach((a, j) => {
      if (normaliseAlias(a.text as string) === '')
        r.at('error', file, `${ptr}/aliases/${j}/text`, 'alias is empty after normalisation');
    });
  }

  // Claims: references, history order and status, hints (with the file's shared term sets).
  const missingHintLangs = new Map<HintLang, number>();
  const claimsFile = parsed.get('claims');
  // A vocabulary the schema refused was reported there: groups that use it are not checked against it.
  const vocabularyBad = !!badRecords.get('claims')?.has(VOCABULARY_BAD);
  const vocabulary: Vocabulary =
    claimsFile && isObj(claimsFile.root) && isObj(claimsFile.root.vocabulary) && !vocabularyBad
      ? (claimsFile.root.vocabulary as Vocabulary)
      : {};
  // Every set a group names counts as used, in records with errors of their own too.
  const used = new Set<string>();
  if (claimsFile && isObj(claimsFile.root) && Array.isArray(claimsFile.root.claims))
    for (const c of claimsFile.root.claims as unknown[]) {
      const groups = isObj(c) && isObj(c.hints) && Array.isArray(c.hints.groups) ? c.hints.groups : [];
      for (const g of groups) if (isObj(g) && Array.isArray(g.use)) for (const u of g.use) if (str(u)) used.add(u);
    }
  for (const { rec, file, ptr } of records('claims')) {
    (rec.about as string[]).forEach((ref, j) => {
      if (!isKind(ref, 'officials', 'organisations'))
        r.at(
          'error',
          file,
          `${ptr}/about/${j}`,
          `"${ref}" is not the id of an official or organisation${ids.has(ref) ? ` (it is a ${ids.get(ref)!.kind.replace(/s$/, '')})` : ''}`,
        );
    });
    const history = rec.history as Rec[];
    let datesOk = true;
    history.forEach((h, j) => {
      const hp = `${ptr}/history/${j}`;
      if (!isValidDate(h.date as string)) {
        r.at('error', file, `${hp}/date`, `${quote(h.date)} is not a valid date`);
        datesOk = false;
      }
      if (str(h.by) && !isKind(h.by, 'officials', 'organisations'))
        r.at('error', file, `${hp}/by`, `"${h.by}" is not the id of an official or organisation`);
      if (str(h.via) && !isKind(h.via, 'sources'))
        r.at('error', file, `${hp}/via`, `"${h.via}" is not the id of a source`);
      checkEvidence(r, file, hp, h, imported);
      if (j > 0 && datesOk && comparePartialDates(h.date as string, history[j - 1].date as string) < 0)
        r.at(
          'error',
          file,
          `${hp}/date`,
          `history is not in date order: ${h.date} comes after ${history[j - 1].date as string}`,
        );
    });
    if (str(rec.reviewed) && !isValidDate(rec.reviewed))
      r.at('error', file, `${ptr}/reviewed`, `${quote(rec.reviewed)} is not a valid date`);
    const last = history[history.length - 1];
    if (last && rec.status !== last.status)
      r.at(
        'error',
        file,
        `${ptr}/status`,
        `"${rec.status as string}" does not match the latest history entry ("${last.status as string}" on ${last.date as string})`,
      );

    const hints = rec.hints as SourceHints | undefined;
    // Fields that name one of the claim's groups: `polarity` (its refusal's words) and `owns` (its actor's).
    if (hints) {
      const names = hints.groups.map((g) => g.name);
      for (const field of ['polarity', 'owns'] as const) {
        const named = hints[field];
        if (named === undefined) continue;
        const problem = !names.includes(named)
          ? `"${field}" names ${quote(named)}, which is none of this claim's groups (it has: ${names.join(', ')})`
          : field === 'owns' && !names.includes('actor')
            ? `"owns" needs a group named "actor" whose words own ${quote(named)} (this claim's groups: ${names.join(', ')})`
            : undefined;
        if (problem) r.at('error', file, `${ptr}/hints/${field}`, problem, field);
      }
      const elsewhere = hints.elsewhere;
      if (elsewhere) {
        if (!names.includes(elsewhere.group))
          r.at(
            'error',
            file,
            `${ptr}/hints/elsewhere/group`,
            `"elsewhere" names ${quote(elsewhere.group)}, which is none of this claim's groups (it has: ${names.join(', ')})`,
            'group',
          );
        for (const l of HINT_LANGS)
          (elsewhere.terms?.[l] ?? []).forEach((t, k) =>
            checkTerm(r, file, `${ptr}/hints/elsewhere/terms/${l}/${k}`, t),
          );
      }
    }
    hints?.groups.forEach((g, j) => {
      const at = `${ptr}/hints/groups/${j}`;
      if (vocabularyBad && g.use?.length) return;
      let unknown = false;
      (g.use ?? []).forEach((name, k) => {
        if (Object.hasOwn(vocabulary, name)) return;
        unknown = true;
        r.at(
          'error',
          file,
          `${at}/use/${k}`,
          `group "${g.name}" uses ${quote(name)}, which this file's "vocabulary" does not define` +
            (Object.keys(vocabulary).length ? ` (it has: ${Object.keys(vocabulary).join(', ')})` : ''),
          'use',
        );
      });
      const plain = expandHints({ groups: [g] }, vocabulary).groups[0];
      const missing = HINT_LANGS.filter((l) => !plain.terms[l]?.length);
      // An unknown set already said why its languages are missing.
      if (missing.length && !imported && !unknown)
        r.at(
          'error',
          file,
          `${at}/${g.terms ? 'terms' : 'use'}`,
          `group "${g.name}" has no terms in ${missing.join(', ')} (every group needs ${HINT_LANGS.join(', ')}, from its own terms or the sets it uses)`,
        );
      for (const l of missing) missingHintLangs.set(l, (missingHintLangs.get(l) ?? 0) + 1);
      for (const l of HINT_LANGS)
        (g.terms?.[l] ?? []).forEach((t, k) => checkTerm(r, file, `${at}/terms/${l}/${k}`, t));
    });
  }
  if (claimsFile)
    for (const name of Object.keys(vocabulary)) {
      for (const l of HINT_LANGS)
        (vocabulary[name].terms?.[l] ?? []).forEach((t, k) =>
          checkTerm(r, claimsFile.file, `/vocabulary/${name}/terms/${l}/${k}`, t),
        );
      const anaphora = vocabulary[name].anaphora;
      if (anaphora) {
        for (const l of HINT_LANGS)
          (anaphora.terms?.[l] ?? []).forEach((t, k) =>
            checkTerm(r, claimsFile.file, `/vocabulary/${name}/anaphora/terms/${l}/${k}`, t),
          );
        (anaphora.antecedents ?? []).forEach((a, k) => {
          if (!Object.hasOwn(vocabulary, a))
            r.at(
              'error',
              claimsFile.file,
              `/vocabulary/${name}/anaphora/antecedents/${k}`,
              `term set "${name}" takes its antecedents from ${quote(a)}, which this file's "vocabulary" does not define (it has: ${Object.keys(vocabulary).join(', ')})`,
              'antecedents',
            );
          else if (a === name)
            r.at(
              'error',
              claimsFile.file,
              `/vocabulary/${name}/anaphora/antecedents/${k}`,
              `term set "${name}" cannot be its own antecedent: a group that meets one of its terms needs no anaphora`,
              'antecedents',
            );
        });
      }
      if (!used.has(name) && ![...Object.values(vocabulary)].some((v) => v.anaphora?.antecedents?.includes(name)))
        r.at('warning', claimsFile.file, `/vocabulary/${name}`, `term set "${name}" is used by no hint group`);
    }
  if (imported && missingHintLangs.size && parsed.get('claims')) {
    const summary = [...missingHintLangs].map(([l, n]) => `${l}: ${n}`).join(', ');
    r.at(
      'warning',
      parsed.get('claims')!.file,
      '/claims',
      `imported dataset: hint groups without terms per language (${summary}); those claims match only in their own language`,
    );
  }
}

/** Readers never saw "the sample article": a note that talks about it is a maintainer's remark. */
const MAINTAINER_REMARK = /\b(?:sample|seed) article\b/i;

/** What each kind of evidence needs, so the card can say who did what without guessing. */
function checkEvidence(r: Reporter, file: string, hp: string, h: Rec, imported: boolean): void {
  // An imported feed may lack a field per row; it is reported, not fatal, for feeds.
  const sev = imported ? 'warning' : 'error';
  if (h.kind === 'fact-check') {
    if (!str(h.rating))
      r.at(sev, file, `${hp}/rating`, "a fact-check entry needs the fact-checker's rating in its own words");
    if (!str(h.by) && !str(h.via))
      r.at(sev, file, `${hp}/via`, 'a fact-check entry needs the fact-checker, as `via` (outlet) or `by`');
  } else if (str(h.rating))
    r.at('error', file, `${hp}/rating`, `a rating belongs to a fact-check entry, not to kind "${String(h.kind)}"`);
  if (h.kind === 'events' && str(h.by))
    r.at(
      'error',
      file,
      `${hp}/by`,
      'an "events" entry credits no party (the card says "Overtaken by events"); name the reporting outlet in `via`, or use kind "statement" if this party said it',
    );
  if (str(h.note) && MAINTAINER_REMARK.test(h.note))
    r.at(
      'error',
      file,
      `${hp}/note`,
      'the note is shown to readers but talks about the sample/seed article; move that remark to `maintainerNote`',
    );
}

export { pathToPointer };

/** In a kind's bad-record set: the claims file's `vocabulary` failed the schema (not a record index). */
const VOCABULARY_BAD = -2;

/** A hint term's own shape: "*" ends a word, "~" opens a negated term, and something must be left. */
function checkTerm(r: Reporter, file: string, pointer: string, t: string): void {
  // "*" ends a word (a prefix: "deploy*", "russisch* Staatsgebiet"), or opens a one-word term that may
  // end a compound ("*Soldat*": "Elitesoldaten"); "~" opens a negated term.
  const trimmed = t.trim();
  const compound = /^\*[^\s*~]/.test(trimmed) && !/\s/.test(trimmed);
  const body = (compound ? trimmed.slice(1) : trimmed).replace(/^~/, '');
  if (/\*(?=\S)|(?:^|\s)\*/.test(body))
    r.at(
      'error',
      file,
      pointer,
      `${quote(t)}: "*" is allowed only at the end of a word ("deploy*", "russisch* Staatsgebiet"), or before a one-word term that may end a compound ("*Soldat*")`,
    );
  if (body.includes('~'))
    r.at(
      'error',
      file,
      pointer,
      `${quote(t)}: "~" is allowed only at the start of a term ("~akzeptier*": the word negated)`,
    );
  if (normaliseAlias(body.replace(/\*/g, '')) === '') r.at('error', file, pointer, 'term is empty after normalisation');
}
