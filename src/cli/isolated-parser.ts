// Page text from a worker thread with its own heap and stack limits. A deeply nested or huge page
// that would overflow the stack or run out of memory fails alone, by name; the worker is replaced
// and the run goes on with the next page (before, one such page ended the batch and its output).
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { PageParser, PageText } from './page-text';

export interface AsyncPageParser {
  page(html: string): Promise<PageText>;
  close(): Promise<void>;
}

/** Wraps the in-process parser (tests, the bench) in the same interface. */
export function inProcess(parser: PageParser): AsyncPageParser {
  return { page: async (html) => parser.page(html), close: () => parser.close() };
}

export class PageParseError extends Error {}

function spawnWorker(resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    // Run through tsx (npm run annotate): workers do not inherit its loader, so register it first.
    const api = import.meta.resolve('tsx/esm/api');
    const target = new URL('./page-worker.ts', here).href;
    return new Worker(
      `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(target)}); })`,
      { eval: true, resourceLimits },
    );
  }
  return new Worker(new URL('./page-worker.js', here), { resourceLimits });
}

export function createIsolatedParser(
  limits: { maxOldGenerationSizeMb?: number; stackSizeMb?: number } = {},
): AsyncPageParser {
  const envHeap = Number(process.env.CLAIMLENS_PARSER_HEAP_MB);
  const resourceLimits = {
    maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb ?? (envHeap > 0 ? envHeap : 2048),
    stackSizeMb: limits.stackSizeMb ?? 16,
  };
  let worker: Worker | undefined;
  let nextId = 0;
  let pending: { id: number; resolve: (t: PageText) => void; reject: (e: Error) => void } | undefined;

  const fail = (w: Worker, reason: string) => {
    if (worker !== w) return;
    worker = undefined;
    void w.terminate();
    const p = pending;
    pending = undefined;
    p?.reject(new PageParseError(reason));
  };

  const start = (): Worker => {
    const w = spawnWorker(resourceLimits);
    w.on('message', (m: { id: number; text?: string; date?: string; error?: string }) => {
      if (!pending || m.id !== pending.id) return;
      const p = pending;
      pending = undefined;
      if (m.error !== undefined) p.reject(new PageParseError(m.error));
      else p.resolve({ text: m.text ?? '', date: m.date });
    });
    w.on('error', (e: NodeJS.ErrnoException) =>
      fail(
        w,
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `parser ran out of memory (limit ${resourceLimits.maxOldGenerationSizeMb} MB)`
          : `parser crashed (${e.message})`,
      ),
    );
    w.on('exit', (code) => fail(w, `parser stopped (exit ${code})`));
    return w;
  };

  return {
    page(html: string): Promise<PageText> {
      if (pending) return Promise.reject(new Error('isolated parser: one page at a time'));
      worker ??= start();
      const id = ++nextId;
      return new Promise<PageText>((resolve, reject) => {
        pending = { id, resolve, reject };
        worker!.postMessage({ id, html });
      });
    },
    async close() {
      const w = worker;
      worker = undefined;
      if (w) await w.terminate();
    },
  };
}
