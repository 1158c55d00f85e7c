// Aho-Corasick automaton over UTF-16 code units: finds every occurrence of many patterns in one pass,
// so matching cost follows the text length, not the number of names or terms.

export class AhoCorasick {
  /** Distinct pattern strings; callers map a pattern index to their own payloads. */
  readonly patterns: string[] = [];
  private readonly index = new Map<string, number>();
  // Transitions of inner nodes in an open-addressing hash (node, code unit) -> node: several times
  // faster to build than a Map at 100k names. The root has a direct table.
  private readonly trans = new TransitionTable();
  private readonly root = new Int32Array(0x10000).fill(-1);
  private out: number[] = [-1];
  private fail: number[] = [0];
  private dict: number[] = [0];
  private childFirst: number[] = [-1];
  private childNext: number[] = [-1];
  private nodeCount = 1;
  private built = false;

  /** Adds a pattern (idempotent) and returns its index. */
  add(pattern: string): number {
    if (this.built) throw new Error('AhoCorasick: add after build');
    const known = this.index.get(pattern);
    if (known !== undefined) return known;
    const id = this.patterns.length;
    this.patterns.push(pattern);
    this.index.set(pattern, id);
    let node = 0;
    for (let i = 0; i < pattern.length; i++) {
      const c = pattern.charCodeAt(i);
      let next = node === 0 ? this.root[c] : this.trans.get(node, c);
      if (next < 0) {
        next = this.nodeCount++;
        this.out.push(-1);
        this.fail.push(0);
        this.dict.push(0);
        this.childFirst.push(-1);
        this.childNext.push(this.childFirst[node]);
        this.childFirst[node] = next;
        if (node === 0) this.root[c] = next;
        else this.trans.set(node, c, next);
        this.codeOf.push(c);
      }
      node = next;
    }
    if (pattern.length > 0) this.out[node] = id;
    return id;
  }

  private codeOf: number[] = [0];

  /** Computes failure and output links; called once after the last add. */
  build(): this {
    if (this.built) return this;
    this.built = true;
    const queue: number[] = [];
    for (let v = this.childFirst[0]; v >= 0; v = this.childNext[v]) {
      this.fail[v] = 0;
      queue.push(v);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const u = queue[qi];
      for (let v = this.childFirst[u]; v >= 0; v = this.childNext[v]) {
        const c = this.codeOf[v];
        let f = this.fail[u];
        let g = this.step(f, c);
        while (g < 0 && f !== 0) {
          f = this.fail[f];
          g = this.step(f, c);
        }
        const fv = g >= 0 && g !== v ? g : 0;
        this.fail[v] = fv;
        this.dict[v] = this.out[fv] >= 0 ? fv : this.dict[fv];
        queue.push(v);
      }
    }
    this.childFirst = [];
    this.childNext = [];
    this.codeOf = [];
    return this;
  }

  private step(node: number, c: number): number {
    return node === 0 ? this.root[c] : this.trans.get(node, c);
  }

  /** Calls `onMatch(patternIndex, end)` for every occurrence, `end` exclusive, in order of end. */
  search(text: string, onMatch: (pattern: number, end: number) => void): void {
    if (!this.built) this.build();
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let next = this.step(node, c);
      while (next < 0 && node !== 0) {
        node = this.fail[node];
        next = this.step(node, c);
      }
      node = next < 0 ? 0 : next;
      let o = this.out[node] >= 0 ? node : this.dict[node];
      while (o !== 0) {
        onMatch(this.out[o], i + 1);
        o = this.dict[o];
      }
    }
  }
}

class TransitionTable {
  private keysNode = new Int32Array(1 << 12).fill(-1);
  private keysCode = new Uint16Array(1 << 12);
  private values = new Int32Array(1 << 12);
  private mask = (1 << 12) - 1;
  private size = 0;

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
    const cap = keysNode.length * 2;
    this.keysNode = new Int32Array(cap).fill(-1);
    this.keysCode = new Uint16Array(cap);
    this.values = new Int32Array(cap);
    this.mask = cap - 1;
    this.size = 0;
    for (let i = 0; i < keysNode.length; i++) if (keysNode[i] !== -1) this.set(keysNode[i], keysCode[i], values[i]);
  }
}
