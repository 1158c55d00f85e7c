// The bundled dataset as a content script of its own, run just before index.ts in the same isolated
// world: code and data are then sized, cached and reviewed apart, and the page can never read it.
import dataset from '../generated/dataset.json';
import type { CompiledDataset } from '../core/types';

(globalThis as { claimlensDataset?: CompiledDataset }).claimlensDataset = dataset as CompiledDataset;
