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
  // Piped from a Response's body: in Chromium a Blob's stream (as before) hands the bytes to the browser
  // process and back, and the bundled pack's gunzip took about 33 ms a tab against 22 (ten cold pages each,
  // alternating, 2026-12-07). One write to the DecompressionStream's writer was also faster in Chromium, but a
  // Firefox content script's writer never gets the sandbox's bytes through (no badge at all:
  // test/e2e/firefox.test.ts, which this form passes).
  const stream = new Response(bytes).body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export async function gzipBase64(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('gzip'));
  const gz = new Uint8Array(await new Response(stream).arrayBuffer());
  // In slices: String.fromCharCode with a whole large array as arguments overflows the stack.
  let binary = '';
  for (let i = 0; i < gz.length; i += 0x8000) binary += String.fromCharCode(...gz.subarray(i, i + 0x8000));
  return btoa(binary);
}
