// The bundled dataset as a content script of its own, run just before index.ts in the same isolated
// world: code and data are then sized, cached and reviewed apart, and the page can never read it. It
// only hands over one string, the packed indexes with the records (see bundled.ts): nothing is decoded
// or parsed until a page is annotated.
import index from '../generated/dataset-index.b64?raw';
import type { BundledSource } from './bundled';

(globalThis as { claimlensBundled?: BundledSource }).claimlensBundled = { index };
