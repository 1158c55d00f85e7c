// Aho-Corasick automaton over UTF-16 code units: finds every occurrence of many patterns in one pass,
// so matching cost follows the text length, not the number of names or terms.

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
  readonly patterns: string[] = [];
  // Transitions of inner nodes in an open-addressing hash (node, code unit) -> node: several times
  // faster to build than a Map at 100k names. The root has a direct table.
  private readonly trans: TransitionTable;
  private readonly root = new Int32Array(0x10000).fill(-1);
  private outV = new IntVec();
  private codeV = new IntVec();
  private childFirstV = new IntVec();
  private childNextV = new IntVec();
  private out: Int32Array = new Int32Array(0);
  private fail: Int32Array = new Int32Array(0);
  private dict: Int32Array = new Int32Array(0);
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
      let next = node === 0 ? this.root[c] : this.trans.get(node, c);
      if (next < 0) {
        next = this.newNode(node, c);
        if (node === 0) this.root[c] = next;
        else this.trans.set(node, c, next);
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
    const queue = new Int32Array(n);
    let qt = 0;
    for (let v = first[0]; v >= 0; v = nextSib[v]) queue[qt++] = v;
    for (let qh = 0; qh < qt; qh++) {
      const u = queue[qh];
      for (let v = first[u]; v >= 0; v = nextSib[v]) {
        const c = code[v];
        let f = fail[u];
        let g = this.step(f, c);
        while (g < 0 && f !== 0) {
          f = fail[f];
          g = this.step(f, c);
        }
        const fv = g >= 0 && g !== v ? g : 0;
        fail[v] = fv;
        dict[v] = out[fv] >= 0 ? fv : dict[fv];
        queue[qt++] = v;
      }
    }
    this.out = out;
    this.fail = fail;
    this.dict = dict;
    this.outV = this.codeV = this.childFirstV = this.childNextV = new IntVec(1);
    return this;
  }

  private step(node: number, c: number): number {
    return node === 0 ? this.root[c] : this.trans.get(node, c);
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence, `end` exclusive, in order of end. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void {
    if (!this.built) this.build();
    const { out, fail, dict } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(node, c);
      while (next < 0 && node !== 0) {
        node = fail[node];
        next = this.step(node, c);
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

class TransitionTable {
  private keysNode: Int32Array;
  private keysCode: Uint16Array;
  private values: Int32Array;
  private mask: number;
  private size = 0;

  constructor(expected: number) {
    // At most one transition per pattern character; keep the load under one half.
    let cap = 1 << 14;
    while (cap < expected * 2) cap *= 2;
    this.keysNode = new Int32Array(cap).fill(-1);
    this.keysCode = new Uint16Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(node: number, code: number): number {
    return (Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0;
  }

  get(node: number, code: number): number {
    const kn = this.keysNode;
    let h = this.slot(node, code) & this.mask;
    for (;;) {
      const k = kn[h];
      if (k === -1) return -1;
      if (k === node && this.keysCode[h] === code) return this.values[h];
      h = (h + 1) & this.mask;
    }
  }

  set(node: number, code: number, value: number): void {
    if ((this.size + 1) * 2 > this.mask) this.grow();
    let h = this.slot(node, code) & this.mask;
    while (this.keysNode[h] !== -1) {
      if (this.keysNode[h] === node && this.keysCode[h] === code) {
        this.values[h] = value;
        return;
      }
      h = (h + 1) & this.mask;
    }
    this.keysNode[h] = node;
    this.keysCode[h] = code;
    this.values[h] = value;
    this.size++;
  }

  private grow(): void {
    const { keysNode, keysCode, values } = this;
    // Grow fourfold: rehashing a million entries twice as often shows in build time.
    const cap = keysNode.length * 4;
    this.keysNode = new Int32Array(cap).fill(-1);
    this.keysCode = new Uint16Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < keysNode.length; i++) if (keysNode[i] !== -1) this.set(keysNode[i], keysCode[i], values[i]);
  }
}
