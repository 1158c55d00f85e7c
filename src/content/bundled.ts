// The bundled dataset as the content script carries it: its packed indexes and records (pack.ts,
// records.ts), written by `npm run dataset -- compile`, gzipped and in base64. A plain string until a
// page needs it: on a site the reader switched off nothing is decoded, parsed or built.
import type { CompiledDataset } from '../core/types';
import { decodePack, type Pack } from '../core/match/pack';
import { datasetFromPack } from '../core/match/records';
import { gunzipBase64 } from '../shared/gzip-base64';

export interface BundledSource {
  /** src/generated/dataset-index.b64: the pack with the records, gzipped, base64. */
  index: string;
}

export interface Bundled {
  dataset: CompiledDataset;
  /** The pack the dataset was read from; for a merged dataset (the reader's own), the stored one if any. */
  packed: Pack | undefined;
}

export async function readBundled(source: BundledSource): Promise<Bundled> {
  // Every browser the manifest admits has DecompressionStream, and the pack comes from our own build:
  // a pack that cannot be read is a broken build, said as such rather than annotating with nothing.
  const packed = decodePack(await gunzipBase64(source.index));
  const dataset = datasetFromPack(packed);
  if (!dataset) throw new Error('ClaimLens: the bundled dataset could not be read (rebuild the extension)');
  return { dataset, packed };
}
