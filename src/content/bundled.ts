// The bundled dataset as the content script carries it: the compiled dataset's JSON text and its
// matcher indexes packed at compile time (pack.ts), gzipped and in base64. Both are plain strings until
// a page needs them: on a site the reader switched off nothing is parsed, decoded or built.
import type { CompiledDataset } from '../core/types';
import { decodePack, type Pack } from '../core/match/pack';
import { gunzipBase64 } from '../shared/gzip-base64';

export interface BundledSource {
  /** The compiled dataset (src/generated/dataset.json) as text. */
  json: string;
  /** Its packed indexes, gzipped, base64 (src/generated/dataset-index.b64); '' when there are none. */
  index: string;
}

export interface Bundled {
  dataset: CompiledDataset;
  /** Undefined when the index could not be read: the matcher is then built from the dataset. */
  packed: Pack | undefined;
}

export async function readBundled(source: BundledSource): Promise<Bundled> {
  const dataset = JSON.parse(source.json) as CompiledDataset;
  let packed: Pack | undefined;
  try {
    packed = source.index ? decodePack(await gunzipBase64(source.index)) : undefined;
  } catch {
    // A browser without DecompressionStream, or damaged bytes: the matcher is built instead (slower
    // to start, same results).
    packed = undefined;
  }
  return { dataset, packed };
}
