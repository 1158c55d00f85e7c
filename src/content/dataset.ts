// The bundled dataset as a content script of its own, run just before index.ts in the same isolated
// world: code and data are then sized, cached and reviewed apart, and the page can never read it. It
// only hands over two strings (see bundled.ts): nothing is parsed until a page is annotated.
import json from '../generated/dataset.json?raw';
import index from '../generated/dataset-index.b64?raw';
import type { BundledSource } from './bundled';

(globalThis as { claimlensBundled?: BundledSource }).claimlensBundled = { json, index };
