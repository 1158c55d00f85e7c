// The page parser in a worker thread: a page that exhausts the heap or the stack ends this worker,
// not the run (see isolated-parser.ts). One message in, one message out, per page.
import { parentPort } from 'node:worker_threads';
import { createPageParser } from './page-text';

const port = parentPort!;
const parser = createPageParser();
// happy-dom starts some work asynchronously while parsing; its failures do not affect the text.
process.on('unhandledRejection', () => undefined);
port.on('message', (m: { id: number; html: string }) => {
  try {
    const page = parser.page(m.html);
    port.postMessage({ id: m.id, text: page.text, date: page.date });
  } catch (e) {
    port.postMessage({ id: m.id, error: (e as Error)?.message ?? String(e) });
  }
});
