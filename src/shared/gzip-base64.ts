// Bytes <-> gzipped base64 text with the browser's own CompressionStream / DecompressionStream: how
// packed indexes travel as strings (inside the content script, in extension storage).

/** Uint8Array.fromBase64 (Chromium 140, Firefox 133): the browser decodes, no loop over the bytes here. */
const fromBase64 = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array<ArrayBuffer> }).fromBase64;

export function base64Bytes(b64: string): Uint8Array<ArrayBuffer> {
  if (fromBase64) return fromBase64(b64);
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function gunzipBase64(b64: string): Promise<Uint8Array> {
  const bytes = base64Bytes(b64);
  // The whole input in one write rather than piped from a Blob's stream: a quarter less time for the
  // bundled pack in Chromium (0.7 MB in, 2 MB out), the Blob's chunks and the pipe's hops gone. The
  // writer's own promises settle as the output is read; a broken input is reported by the read.
  const inflate = new DecompressionStream('gzip');
  const writer = inflate.writable.getWriter();
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  return new Uint8Array(await new Response(inflate.readable).arrayBuffer());
}

export async function gzipBase64(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  const gz = new Uint8Array(await new Response(stream).arrayBuffer());
  // In slices: String.fromCharCode with a whole large array as arguments overflows the stack.
  let binary = '';
  for (let i = 0; i < gz.length; i += 0x8000) binary += String.fromCharCode(...gz.subarray(i, i + 0x8000));
  return btoa(binary);
}
