// Code the benchmark runs inside the page, as plain JavaScript strings: Playwright serialises
// functions with the transpiler's helpers, which do not exist in the page, so strings are safer.
// It installs globalThis.__clBench, driving the page bundle (globalThis.ClaimLensPage).

/** Results of one annotation of the page, in milliseconds. */
export interface AnnotateResult {
  extract: number;
  match: number;
  render: number;
  total: number;
  textLength: number;
  mentions: { official: number; claim: number; attribution: number };
  /** Longest Long Tasks API entry while annotating (tasks >= 50 ms only), 0 when none. */
  longestTask: number;
  /**
   * The annotator's own start() on the same page (full scan in slices, as the extension runs it):
   * the synchronous part (extraction + first slice), the longest Long Tasks entry (>= 50 ms only,
   * 0 when none), and the time until the whole page is annotated.
   */
  sliced: { startTask: number; longestTask: number; done: number; mentions: number };
  /** JS heap after annotation, bytes (performance.memory with --enable-precise-memory-info). */
  heapAfter: number;
  heapBefore: number;
}

/** The officials peers on one page's text (see bench/peers.ts): times in ms, mentions found. */
export interface PeersResult {
  chars: number;
  /** A plain charCodeAt pass over the text: the floor of reading it. */
  read: number;
  sink: number;
  /** ClaimLens's officials matching alone; \`kinds\`: the kinds of mention it returned (officials only). */
  claimlens?: { ms: number; found: number; kinds: string[] };
  peers: { name: string; ms: number; found: number }[];
}

export interface LoadResult {
  /**
   * JSON.parse of the compiled dataset; with a pack, unpacking it as the extension keeps it (gzipped
   * base64: atob + DecompressionStream, see `unpack`) and reading its header and records list instead.
   */
  parse: number;
  /** The part of `parse` spent unpacking the gzipped base64 text (0 without a pack). */
  unpack: number;
  /** createMatcher: from the packed index when one was given (decode + restore), else a full build. */
  matcher: number;
  firstMatch: number;
  bytes: number;
  /** Bytes of the packed index (0: none given) and whether the matcher was restored from it. */
  packBytes: number;
  packed: boolean;
  /**
   * JS heap the loaded dataset and matcher keep, after a collection (bytes). The packed index's buffer
   * is memory outside the JS heap (typed arrays' backing store): add `packBytes` for the whole.
   */
  heapAdded: number;
}

export const IN_PAGE = String.raw`
(() => {
  const CL = globalThis.ClaimLensPage;
  const state = { match: null, statusOf: null, dataset: null, renderer: null, peers: [] };
  const now = () => performance.now();
  const heap = () => (performance.memory ? performance.memory.usedJSHeapSize : 0);
  // Long tasks are reported after they end; an observer from page start buffers them.
  const longTasks = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) longTasks.push(e); })
    .observe({ type: 'longtask', buffered: true });
  // Run work as a task of its own, as the content script's run is, so Long Tasks can see it.
  const inTask = (fn) => new Promise((resolve, reject) => setTimeout(() => { try { resolve(fn()); } catch (e) { reject(e); } }, 0));
  const settle = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 60)));

  globalThis.__clBench = {
    async load(url, packUrl) {
      const text = await (await fetch(url)).text();
      // The pack as the extension keeps it: gzipped, in base64 (see src/content/bundled.ts).
      const packText = packUrl ? await (await fetch(packUrl)).text() : undefined;
      let pack;
      const collect = () => globalThis.gc && globalThis.gc();
      collect();
      const heap0 = heap();
      // The article's date, as the extension reads it before matching (not part of the load timed here).
      const date = CL.articleDate(document);
      // Three tasks, as the content script runs them (src/content/page-session.ts): the records, the
      // matcher, then its first match (the page's first slice in the extension).
      // With a pack, as the extension reads its bundled dataset: the records come from the pack, each
      // parsed when first read (datasetFromPack), and the JSON text is never parsed.
      const timed = (fn) => inTask(() => { const t0 = now(); const v = fn(); return [v, now() - t0]; });
      // Unpacking awaits the browser's DecompressionStream: timed from its start to the records read.
      let unpack = 0;
      const [dataset, parse] = packText
        ? await new Promise((resolve, reject) => setTimeout(async () => {
            try {
              const t0 = now();
              pack = await CL.gunzipBase64(packText);
              unpack = now() - t0;
              const d = CL.datasetFromPackBytes(pack);
              resolve([d, now() - t0]);
            } catch (e) { reject(e); }
          }, 0))
        : await timed(() => JSON.parse(text));
      const [, matcher] = await timed(() => { state.match = CL.createMatcherFromDataset(dataset, pack, date); });
      const [, firstMatch] = await timed(() => state.match('Warm-up sentence.'));
      state.statusOf = CL.statusLookup(dataset);
      state.dataset = dataset;
      collect();
      return {
        heapAdded: heap() - heap0,
        parse,
        unpack,
        matcher,
        firstMatch,
        bytes: text.length,
        packBytes: pack ? pack.byteLength : 0,
        packed: state.match.packed,
      };
    },

    /** Loads a dataset given as an object (small ones: the parity test passes them inline). */
    useDataset(dataset) {
      state.match = CL.createMatcherFromDataset(dataset, undefined, CL.articleDate(document));
      state.statusOf = CL.statusLookup(dataset);
      state.dataset = dataset;
      return dataset.officials.length;
    },

    /**
     * The floor: a bare TreeWalker pass reading every text node. 'first' is the first pass over a fresh
     * page (what a content script pays); 'warm' repeats the pass to at least 5 ms and averages, since
     * one warm pass is often under the 0.1 ms timer resolution.
     */
    floor() {
      const walk = () => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let chars = 0;
        while (walker.nextNode()) chars += walker.currentNode.data.length;
        return chars;
      };
      return inTask(() => {
        const t0 = now();
        const chars = walk();
        const first = now() - t0;
        let runs = 0;
        const t1 = now();
        do {
          walk();
          runs++;
        } while (now() - t1 < 5 && runs < 1000);
        return { first, warm: (now() - t1) / runs, chars };
      });
    },

    /**
     * Replaces this document's content with another page, parsed by Chromium's own HTML parser. The
     * matcher stays loaded: building it for the scale dataset takes seconds, once per run is enough.
     */
    async swap(url) {
      if (state.renderer) { state.renderer.removeAll(); state.renderer = null; }
      const res = await fetch(url);
      const charset = /charset=([\w-]+)/i.exec(res.headers.get('content-type') || '');
      const html = new TextDecoder(charset ? charset[1] : 'utf-8').decode(await res.arrayBuffer());
      const doc = new DOMParser().parseFromString(html, 'text/html');
      document.replaceChild(document.adoptNode(doc.documentElement), document.documentElement);
      await settle();
      return document.body ? document.body.textContent.length : 0;
    },

    /** Repeats the page's body content so the page has n times its text. */
    grow(n) {
      const body = document.body;
      const original = Array.from(body.childNodes).map((c) => c.cloneNode(true));
      for (let i = 1; i < n; i++) for (const c of original) body.appendChild(c.cloneNode(true));
      return body.textContent.length;
    },

    async annotate() {
      const start = now();
      const heapBefore = heap();
      const r = await inTask(() => {
        const t0 = now();
        const map = CL.extractText(document);
        const t1 = now();
        const mentions = state.match(map.text);
        const t2 = now();
        const items = mentions.map((m) => {
          const status = m.kind === 'claim' ? state.statusOf(m) : undefined;
          return { mention: m, status, label: m.kind + ': ' + m.text.slice(0, 80), visible: CL.DEFAULT_LAYERS[m.kind === 'official' ? 'officials' : m.kind === 'claim' ? 'claims' : 'attributions'] };
        });
        state.renderer = CL.createRenderer(document);
        state.renderer.render(map, items);
        const t3 = now();
        const counts = { official: 0, claim: 0, attribution: 0 };
        for (const m of mentions) counts[m.kind]++;
        return { extract: t1 - t0, match: t2 - t1, render: t3 - t2, total: t3 - t0, textLength: map.text.length, mentions: counts };
      });
      await settle();
      const longest = longTasks.filter((e) => e.startTime + e.duration >= start).reduce((m, e) => Math.max(m, e.duration), 0);
      const heapAfter = heap();
      state.renderer.removeAll();
      state.renderer = null;
      const sliced = await this.sliced();
      return { ...r, longestTask: longest, heapBefore, heapAfter, sliced };
    },

    /** The annotator's start() as the extension runs it: extraction and a first slice, the rest scheduled. */
    async sliced() {
      if (!state.match.session) return { startTask: 0, longestTask: 0, done: 0, mentions: 0 };
      const start = now();
      const annotator = CL.createAnnotator(document, {
        match: state.match,
        session: state.match.session,
        layers: CL.DEFAULT_LAYERS,
        statusOf: state.statusOf,
        label: (m) => m.kind + ': ' + m.text.slice(0, 80),
      });
      const startTask = await inTask(() => {
        const t0 = now();
        annotator.start();
        return now() - t0;
      });
      await annotator.settled();
      const done = now() - start;
      const mentions = annotator.mentions().length;
      await settle();
      const longest = longTasks.filter((e) => e.startTime + e.duration >= start).reduce((m, e) => Math.max(m, e.duration), 0);
      annotator.destroy();
      return { startTask, longestTask: longest, done, mentions };
    },

    /** The (kind, id, text) triples the extension would report for this page (all layers). */
    mentions() {
      const map = CL.extractText(document);
      return state.match(map.text).map((m) => [m.kind, m.id, m.text]);
    },

    /** The officials peers (bench/peers.ts, injected as ClaimLensPeers), built from \`names\`. */
    buildPeers(names) {
      state.peers = globalThis.ClaimLensPeers.createPeers(names);
      return state.peers.map((p) => ({ name: p.name, buildMs: p.buildMs }));
    },

    /**
     * On this page's extracted text, in one task: ClaimLens's officials matching alone (in a tab with a
     * matcher) or each peer (in the tab they were built in: their memory stays out of ClaimLens's tab),
     * best of three runs each (Chromium's timer has 0.1 ms steps), and the floor of reading the text: a
     * plain charCodeAt pass, warmed up, then repeated to at least 5 ms and averaged.
     */
    peers() {
      return inTask(() => {
        const text = CL.extractText(document).text;
        const best = (fn) => {
          let ms = Infinity;
          let found = 0;
          for (let r = 0; r < 3; r++) {
            const t0 = now();
            found = fn();
            ms = Math.min(ms, now() - t0);
          }
          return { ms, found };
        };
        let kinds = new Set();
        // In the tab with a matcher: ClaimLens's officials alone; in the peers' own tab: the peers.
        const claimlens = state.match
          ? best(() => {
              const found = state.match.officials(text);
              kinds = new Set(found.map((m) => m.kind));
              return found.length;
            })
          : undefined;
        if (claimlens) claimlens.kinds = [...kinds];
        const peers = state.peers.map((p) => ({ name: p.name, ...best(() => p.match(text)) }));
        // Warm first (the first passes run in the interpreter, and flatten the string): the floor is
        // what reading costs the compiled loop.
        const read = () => {
          let acc = 0;
          for (let i = 0; i < text.length; i++) acc = (acc + text.charCodeAt(i)) | 0;
          return acc;
        };
        let sink = 0;
        for (let w = 0; w < 5; w++) sink ^= read();
        let runs = 0;
        const t1 = now();
        do {
          sink ^= read();
          runs++;
        } while (now() - t1 < 5 && runs < 100000);
        return { chars: text.length, read: (now() - t1) / runs, sink, claimlens, peers };
      });
    },

    markjs(names) {
      return inTask(() => {
        const t0 = now();
        let count = 0;
        let failed = '';
        try {
          new Mark(document.body).mark(names, {
            separateWordSearch: false,
            acrossElements: false,
            each: () => { count++; },
            noMatch: () => {},
          });
        } catch (e) {
          failed = String(e && e.message || e).slice(0, 120);
        }
        return { ms: now() - t0, count, failed };
      });
    },
  };
})();
`;
