// Turns JSON pointers and parse failures into file:line positions, so every message can be clicked
// in an editor. The syntax tree is built only when a file has something to report.
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';

export interface SyntaxProblem {
  line: number;
  column: number;
  message: string;
}

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}

/** Strict JSON (no comments, no trailing commas): the first syntax errors with positions. */
export function syntaxProblems(text: string): SyntaxProblem[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  return errors
    .slice(0, 5)
    .map((e) => ({ ...lineColumnAt(text, e.offset), message: describeParseError(printParseErrorCode(e.error)) }));
}

function describeParseError(code: string): string {
  const words = code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `JSON syntax error: ${words}`;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '' || pointer === '/') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

export function pathToPointer(path: readonly (string | number)[]): string {
  return path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Lazily parsed locator for one file. */
export class Locator {
  private root: Node | undefined;
  private parsed = false;
  private lineStarts: number[] = [];
  constructor(private readonly text: string) {}

  lineOf(offset: number): number {
    if (this.lineStarts.length === 0) {
      this.lineStarts.push(0);
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  /** Line of the deepest existing node on the pointer's path (a missing field points at its parent). */
  line(pointer: string): number {
    if (!this.parsed) {
      this.root = parseTree(this.text);
      this.parsed = true;
    }
    if (!this.root) return 1;
    const path = pointerToPath(pointer);
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(this.root, path.slice(0, n));
      if (node) {
        // For a property value, the key's line is where a reader looks.
        const at = node.parent?.type === 'property' ? node.parent.offset : node.offset;
        return this.lineOf(at);
      }
    }
    return 1;
  }
}

/** Keys written twice in one object: JSON.parse keeps the last silently, hiding the first edit. */
export function duplicateKeys(text: string): { pointer: string; key: string; offset: number }[] {
  const out: { pointer: string; key: string; offset: number }[] = [];
  const stack: { keys: Set<string>; path: (string | number)[] }[] = [];
  visit(text, {
    onObjectBegin: (_o, _l, _sl, _sc, pathSupplier) => {
      stack.push({ keys: new Set(), path: pathSupplier() });
    },
    onObjectEnd: () => {
      stack.pop();
    },
    onObjectProperty: (key, offset) => {
      const top = stack[stack.length - 1];
      if (!top) return;
      if (top.keys.has(key)) out.push({ pointer: pathToPointer([...top.path, key]), key, offset });
      top.keys.add(key);
    },
  });
  return out;
}
