// Aho-Corasick automaton over UTF-16 code units: finds every occurrence of many patterns in one pass,
// so matching cost follows the text length, not the number of names or terms.
import { StringList, type PackPart } from './pack';

/** Growable Int32Array: a million trie nodes in plain arrays cost more in garbage collection than in work. */
class IntVec {
  data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  push(v: number): void {
    if (this.length === this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[this.length++] = v;
  }
  trim(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class AhoCorasick {
  /** Distinct pattern strings; callers map a pattern index to their own payloads. */
  private readonly patterns: string[] = [];
  /** A restored automaton's patterns, read only when a match needs one. */
  private patternList: StringList | undefined;
  // While adding: transitions of inner nodes in an open-addressing hash (node, code unit) -> node,
  // several times faster to build than a Map at 100k names. The root has a direct table.
  private trans: TransitionTable | undefined;
  // Once built: each inner node's children sorted by code unit, node u's in [childStart[u],
  // childStart[u + 1]) of childCode / childTo. Searched in a few reads (most trie nodes have one child),
  // a third of the hash table's memory, and packed as is: a page restores it with no table to refill.
  private childStart: Int32Array = new Int32Array(1);
  private childCode: Int32Array = new Int32Array(0);
  private childTo: Int32Array = new Int32Array(0);
  private readonly root = new Int32Array(0x10000).fill(-1);
  private outV = new IntVec();
  private codeV = new IntVec();
  private childFirstV = new IntVec();
  private childNextV = new IntVec();
  private out: Int32Array = new Int32Array(0);
  private fail: Int32Array = new Int32Array(0);
  private dict: Int32Array = new Int32Array(0);
  /** node -> its row in `dense` (-1: none); dense[row * 128 + c] = child for ASCII c, or -1. */
  private denseRow: Int32Array = new Int32Array(0);
  private dense: Int32Array = new Int32Array(0);
  private nodeCount = 0;
  private built = false;

  /** `expectedChars`: total length of the patterns to come, to size the tables once. */
  constructor(expectedChars = 0) {
    this.trans = new TransitionTable(expectedChars);
    this.newNode(-1, 0);
  }

  private newNode(parent: number, code: number): number {
    const id = this.nodeCount++;
    this.outV.push(-1);
    this.codeV.push(code);
    this.childFirstV.push(-1);
    if (parent >= 0) {
      this.childNextV.push(this.childFirstV.data[parent]);
      this.childFirstV.data[parent] = id;
    } else this.childNextV.push(-1);
    return id;
  }

  /** Adds a pattern (idempotent) and returns its index. */
  add(pattern: string): number {
    if (this.built) throw new Error('AhoCorasick: add after build');
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = this.step(node, c);
      if (next < 0) {
        next = this.newNode(node, c);
        if (node === 0) this.root[c] = next;
        else this.trans!.set(node, c, next);
      }
      node = next;
    }
    // The trie itself deduplicates: a pattern ending on a node that already ends one is that one.
    const known = this.outV.data[node];
    if (known >= 0 || pattern.length === 0) return known;
    const id = this.patterns.length;
    this.patterns.push(pattern);
    this.outV.data[node] = id;
    return id;
  }

  /** Pattern `i` as added. */
  pattern(i: number): string {
    return this.patternList ? this.patternList.get(i) : this.patterns[i];
  }

  /** How many distinct patterns there are. */
  get patternCount(): number {
    return this.patternList ? this.patternList.length : this.patterns.length;
  }

  /** Computes failure and output links; called once after the last add. */
  build(): this {
    if (this.built) return this;
    this.built = true;
    const n = this.nodeCount;
    const out = this.outV.trim();
    const code = this.codeV.data;
    const first = this.childFirstV.data;
    const nextSib = this.childNextV.data;
    const fail = new Int32Array(n);
    const dict = new Int32Array(n);
    // Breadth-first order first: dense rows go to the shallowest nodes, and failure links need it.
    const queue = new Int32Array(n);
    let qt = 0;
    for (let v = first[0]; v >= 0; v = nextSib[v]) queue[qt++] = v;
    for (let qh = 0; qh < qt; qh++) for (let v = first[queue[qh]]; v >= 0; v = nextSib[v]) queue[qt++] = v;
    // Dense rows for the shallowest ASCII nodes (depth 1, then 2...): the search keeps falling back
    // to them, and a row read is cheaper than a hash probe (failure links below use them too).
    // Only nodes with two ASCII children or more: a node with one child (most of a trie) finds it in
    // one hash probe, and a row each for them cost most of a small automaton's restore (4,096 rows of
    // 128 cells, 2 MB, filled on every page).
    const denseRow = new Int32Array(n).fill(-1);
    let rows = 0;
    for (let qh = 0; qh < qt && rows < DENSE_ROWS; qh++) {
      const u = queue[qh];
      if (code[u] >= 128) continue;
      let ascii = 0;
      for (let v = first[u]; v >= 0 && ascii < MIN_ASCII_CHILDREN; v = nextSib[v]) if (code[v] < 128) ascii++;
      if (ascii >= MIN_ASCII_CHILDREN) denseRow[u] = rows++;
    }
    const dense = new Int32Array(rows * 128).fill(-1);
    for (let u = 1; u < n; u++) {
      const r = denseRow[u];
      if (r < 0) continue;
      for (let v = first[u]; v >= 0; v = nextSib[v]) if (code[v] < 128) dense[r * 128 + code[v]] = v;
    }
    const go = (node: number, c: number): number => {
      const r = denseRow[node];
      return r >= 0 && c < 128 ? dense[r * 128 + c] : this.step(node, c);
    };
    for (let qh = 0; qh < qt; qh++) {
      const u = queue[qh];
      for (let v = first[u]; v >= 0; v = nextSib[v]) {
        const c = code[v];
        let f = fail[u];
        let g = go(f, c);
        while (g < 0 && f !== 0) {
          f = fail[f];
          g = go(f, c);
        }
        const fv = g >= 0 && g !== v ? g : 0;
        fail[v] = fv;
        dict[v] = out[fv] >= 0 ? fv : dict[fv];
      }
    }
    this.denseRow = denseRow;
    this.dense = dense;
    this.out = out;
    this.fail = fail;
    this.dict = dict;
    // The children lists as sorted arrays; the hash table that built them is dropped.
    const childStart = new Int32Array(n + 1);
    for (let u = 1; u < n; u++) {
      let k = 0;
      for (let v = first[u]; v >= 0; v = nextSib[v]) k++;
      childStart[u + 1] = childStart[u] + k;
    }
    const childCode = new Int32Array(childStart[n]);
    const childTo = new Int32Array(childStart[n]);
    for (let u = 1; u < n; u++) {
      const from = childStart[u];
      const count = childStart[u + 1] - from;
      if (count > 16) {
        // A wide node (a dataset's own: a page never builds one): sorted as a list, not by insertion.
        const kids: number[] = [];
        for (let v = first[u]; v >= 0; v = nextSib[v]) kids.push(v);
        kids.sort((a, b) => code[a] - code[b]);
        kids.forEach((v, k) => {
          childCode[from + k] = code[v];
          childTo[from + k] = v;
        });
        continue;
      }
      let end = from;
      for (let v = first[u]; v >= 0; v = nextSib[v]) {
        // Insertion in code order: most nodes have one child, a few a handful.
        let k = end++;
        while (k > from && childCode[k - 1] > code[v]) {
          childCode[k] = childCode[k - 1];
          childTo[k] = childTo[k - 1];
          k--;
        }
        childCode[k] = code[v];
        childTo[k] = v;
      }
    }
    this.childStart = childStart;
    this.childCode = childCode;
    this.childTo = childTo;
    this.trans = undefined;
    this.outV = this.codeV = this.childFirstV = this.childNextV = new IntVec(1);
    return this;
  }

  /**
   * The built automaton as arrays (see pack.ts); `restore` reads it back without building: the sorted
   * children arrays as they are, the root's transitions and the dense ASCII rows' used cells as (index,
   * child) pairs (both tables are mostly empty).
   */
  pack(): PackPart {
    this.build();
    const { root, out, fail, dict, denseRow, childStart, childCode, childTo } = this;
    const rootPairs: number[] = [];
    for (let c = 0; c < root.length; c++) if (root[c] >= 0) rootPairs.push(c, root[c]);
    const densePairs: number[] = [];
    for (let k = 0; k < this.dense.length; k++) if (this.dense[k] >= 0) densePairs.push(k, this.dense[k]);
    return {
      meta: { denseRows: this.dense.length / 128 },
      i32: {
        out,
        fail,
        dict,
        denseRow,
        rootPairs: Int32Array.from(rootPairs),
        densePairs: Int32Array.from(densePairs),
        childStart,
        childCode,
        childTo,
      },
      f64: {},
      str: { patterns: this.patternList ?? StringList.of(this.patterns) },
    };
  }

  static restore(p: PackPart): AhoCorasick {
    const { out, fail, dict, denseRow, rootPairs, densePairs, childStart, childCode, childTo } = p.i32;
    const { denseRows } = p.meta as { denseRows: number };
    const n = out?.length ?? -1;
    if (
      !out ||
      !fail ||
      !dict ||
      !denseRow ||
      !rootPairs ||
      !densePairs ||
      !childStart ||
      !childCode ||
      !childTo ||
      fail.length !== n ||
      dict.length !== n ||
      denseRow.length !== n ||
      childStart.length !== n + 1 ||
      childStart[n] !== childCode.length ||
      childTo.length !== childCode.length ||
      !Number.isInteger(denseRows) ||
      !p.str.patterns
    )
      throw new Error('AhoCorasick.restore: not a packed automaton');
    const root = new Int32Array(0x10000).fill(-1);
    for (let k = 0; k < rootPairs.length; k += 2) root[rootPairs[k]] = rootPairs[k + 1];
    const dense = new Int32Array(denseRows * 128).fill(-1);
    for (let k = 0; k < densePairs.length; k += 2) dense[densePairs[k]] = densePairs[k + 1];
    const ac = Object.create(AhoCorasick.prototype) as AhoCorasick;
    Object.assign(ac, {
      patterns: [],
      patternList: p.str.patterns,
      trans: undefined,
      childStart,
      childCode,
      childTo,
      root,
      out,
      fail,
      dict,
      denseRow,
      dense,
      nodeCount: n,
      built: true,
    });
    return ac;
  }

  private step(node: number, c: number): number {
    if (node === 0) return this.root[c];
    if (this.trans) {
      // While adding. Written out rather than calling trans.get(): Chromium did not inline that call in
      // the build loops (a third of createMatcher's time at scale).
      const t = this.trans.table;
      const mask = this.trans.mask;
      let h = ((Math.imul(node, 0x9e3779b1) ^ Math.imul(c, 0x85ebca6b)) >>> 0) & mask;
      for (;;) {
        const j = h * STRIDE;
        const k = t[j];
        if (k === -1) return -1;
        if (k === node && t[j + 1] === c) return t[j + 2];
        h = (h + 1) & mask;
      }
    }
    return child(this.childStart, this.childCode, this.childTo, node, c);
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence, `end` exclusive, in order of end. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void {
    if (!this.built) this.build();
    const { out, fail, dict, root, denseRow, dense, childStart, childCode, childTo } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next: number;
      for (;;) {
        if (node === 0) {
          next = root[c];
          break;
        }
        const row = denseRow[node];
        if (row >= 0 && c < 128) {
          next = dense[row * 128 + c];
          if (next >= 0) break;
          node = fail[node];
          continue;
        }
        // Most nodes have one child: its code is read straight away.
        const a = childStart[node];
        const b = childStart[node + 1];
        next = -1;
        if (b - a === 1) {
          if (childCode[a] === c) next = childTo[a];
        } else if (b > a) next = child(childStart, childCode, childTo, node, c);
        if (next >= 0) break;
        node = fail[node];
      }
      node = next < 0 ? 0 : next;
      let o = out[node] >= 0 ? node : dict[node];
      while (o !== 0) {
        onMatch(out[o], i + 1);
        o = dict[o];
      }
    }
  }
}

/** Node `node`'s child by code unit `c` in the sorted children arrays, or -1. */
function child(start: Int32Array, code: Int32Array, to: Int32Array, node: number, c: number): number {
  let a = start[node];
  let b = start[node + 1];
  while (b - a > 8) {
    const m = (a + b) >>> 1;
    if (code[m] < c) a = m + 1;
    else b = m + 1;
  }
  for (; a < b; a++) {
    const k = code[a];
    if (k === c) return to[a];
    if (k > c) return -1;
  }
  return -1;
}

// One entry is 3 consecutive Int32 slots (node, code unit, child), so a probe touches one cache line
// (rarely two): with a million transitions the table is tens of MB, and three parallel arrays cost
// three cache misses per lookup while adding.
const STRIDE = 3;
/** Shallow branching nodes given a dense ASCII row (128 Int32 each: 2 MB at most per automaton). */
const DENSE_ROWS = 4096;
const MIN_ASCII_CHILDREN = 2;

class TransitionTable {
  /** Read directly by AhoCorasick.step while adding (see there); only set() and grow() write it. */
  table: Int32Array;
  /** Entries - 1 (a power of two minus one). */
  mask: number;
  private size = 0;

  /**
   * `expected`: pattern characters to come (at most one transition each), keeping the load under one
   * half as they are added.
   */
  constructor(expected: number) {
    let cap = 1 << 14;
    while (cap < expected * 2) cap *= 2;
    this.table = new Int32Array(cap * STRIDE).fill(-1);
    this.mask = cap - 1;
  }

  // Same hash as the copy in AhoCorasick.step (the lookup is written out there).
  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
  }

  set(node: number, code: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask) this.grow();
    const t = this.table;
    let h = this.slot(node, code) & this.mask;
    for (;;) {
      const i = h * STRIDE;
      if (t[i] === -1) {
        t[i] = node;
        t[i + 1] = code;
        t[i + 2] = value;
        this.size++;
        return;
      }
      if (t[i] === node && t[i + 1] === code) {
        t[i + 2] = value;
        return;
      }
      h = (h + 1) & this.mask;
    }
  }

  private grow(): void {
    const old = this.table;
    // Grow fourfold: rehashing a million entries twice as often shows in build time.
    const cap = (this.mask + 1) * 4;
    this.table = new Int32Array(cap * STRIDE).fill(-1);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < old.length; i += STRIDE) if (old[i] !== -1) this.set(old[i], old[i + 1], old[i + 2]);
  }
}
