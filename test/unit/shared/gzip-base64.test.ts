import { describe, expect, it } from 'vitest';
import { base64Bytes, gunzipBase64, gzipBase64 } from '../../../src/shared/gzip-base64';

describe('gzipped base64 text (how packs travel)', () => {
  it('gives back the bytes it was given, empty, small and as large as the bundled pack', async () => {
    const large = new Uint8Array(2_100_000);
    // Half compressible (runs), half not: the output comes in several chunks.
    for (let i = 0; i < large.length; i++) large[i] = i < 1_000_000 ? (i >> 7) & 0xff : (i * 2654435761) >>> 24;
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('Сергей Лавров'), large]) {
      const text = await gzipBase64(bytes);
      expect(text).toMatch(/^[A-Za-z0-9+/]*=*$/);
      const back = await gunzipBase64(text);
      // Compared as buffers: a deep equality over two million elements takes seconds.
      expect(back.length).toBe(bytes.length);
      expect(Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    }
  });

  it('rejects text that is not gzip, and leaves no unhandled rejection behind', async () => {
    await expect(gunzipBase64(btoa('not gzip at all'))).rejects.toThrow();
    // A gzip stream cut short.
    const whole = await gzipBase64(new TextEncoder().encode('x'.repeat(5000)));
    const cut = base64Bytes(whole).subarray(0, 12);
    await expect(gunzipBase64(btoa(String.fromCharCode(...cut)))).rejects.toThrow();
  });
});
