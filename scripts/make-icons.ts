// Draws the toolbar and store icons (a lens over a speech line on an indigo tile) at 16, 32, 48 and
// 128 px, straight to PNG with zlib: no image tools needed, and the icons can be regenerated exactly.
// Run: npx tsx scripts/make-icons.ts
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZES = [16, 32, 48, 128];
const SAMPLES = 4; // supersampling per axis, for smooth edges

type RGBA = [number, number, number, number];
const TILE: RGBA = [59, 63, 143, 255]; // --claimlens-accent
const WHITE: RGBA = [255, 255, 255, 255];
const RED: RGBA = [255, 157, 146, 255]; // the dark theme's "denied", readable on indigo

/** Distance from p to the segment a-b. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Colour of a point in the unit square (0..1), or undefined where transparent. */
function shade(x: number, y: number, size: number): RGBA | undefined {
  // Rounded tile.
  const r = 0.2;
  const qx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const qy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  if (Math.hypot(qx, qy) > r) return undefined;
  // Strokes get thicker at small sizes so the lens stays visible at 16 px.
  const stroke = size <= 16 ? 0.11 : size <= 32 ? 0.085 : 0.07;
  const cx = 0.43;
  const cy = 0.43;
  const radius = 0.24;
  const ring = Math.abs(Math.hypot(x - cx, y - cy) - radius) <= stroke / 2;
  const handle = segment(x, y, cx + radius * 0.72, cy + radius * 0.72, 0.8, 0.8) <= stroke * 0.75;
  if (ring || handle) return WHITE;
  // Inside the lens: one line of "text", half of it marked (a claim found in the text).
  if (size >= 32) {
    const inLens = Math.hypot(x - cx, y - cy) < radius - stroke / 2;
    if (inLens && Math.abs(y - cy) <= stroke * 0.55) return x < cx ? RED : WHITE;
  } else if (Math.hypot(x - cx, y - cy) <= 0.07) {
    return RED;
  }
  return TILE;
}

function render(size: number): Buffer {
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sj = 0; sj < SAMPLES; sj++) {
        for (let si = 0; si < SAMPLES; si++) {
          const c = shade((i + (si + 0.5) / SAMPLES) / size, (j + (sj + 0.5) / SAMPLES) / size, size);
          if (!c) continue;
          // Premultiplied accumulation keeps edges from darkening.
          r += c[0] * c[3];
          g += c[1] * c[3];
          b += c[2] * c[3];
          a += c[3];
        }
      }
      const o = (j * size + i) * 4;
      px[o] = a ? Math.round(r / a) : 0;
      px[o + 1] = a ? Math.round(g / a) : 0;
      px[o + 2] = a ? Math.round(b / a) : 0;
      px[o + 3] = Math.round(a / (SAMPLES * SAMPLES));
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(size: number, rgba: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of SIZES) {
  writeFileSync(`public/icons/icon-${size}.png`, encodePng(size, render(size)));
  console.log(`public/icons/icon-${size}.png`);
}
