/**
 * Draws the app icons in public/ from the same shapes as public/favicon.svg (a blue tile with
 * three rising bars), so the web manifest has PNGs without an image tool. Run:
 * `node --import tsx scripts/make-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgb = readonly [number, number, number];
interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

const TILE: Rgb = [0x1d, 0x4e, 0x89];
const BAR: Rgb = [0xff, 0xff, 0xff];
/** favicon.svg's bars in its 64-unit box. */
const BARS: Rect[] = [
  { x: 14, y: 30, w: 8, h: 16 },
  { x: 28, y: 20, w: 8, h: 26 },
  { x: 42, y: 12, w: 8, h: 34 },
];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG from a function giving each pixel's colour and coverage (0–1). */
function png(size: number, pixel: (x: number, y: number) => { rgb: Rgb; alpha: number }): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const { rgb, alpha } = pixel(x, y);
      row.set([rgb[0], rgb[1], rgb[2], Math.round(alpha * 255)], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const inside = (r: Rect, x: number, y: number) => x >= r.x && x < r.x + r.w && y >= r.y && y < r.y + r.h;

function insideRoundedTile(x: number, y: number, radius: number): boolean {
  if (x < 0 || y < 0 || x >= 64 || y >= 64) return false;
  const cx = Math.min(Math.max(x, radius), 64 - radius);
  const cy = Math.min(Math.max(y, radius), 64 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/**
 * `rounded`: the favicon's rounded tile on transparency (purpose "any"). Otherwise a full-bleed
 * tile with the bars shrunk into the central safe zone (purpose "maskable").
 */
function icon(size: number, rounded: boolean): Buffer {
  const samples = 4;
  const scale = 64 / size;
  const shrink = rounded ? 1 : 0.72;
  return png(size, (px, py) => {
    let tile = 0;
    let bar = 0;
    for (let sy = 0; sy < samples; sy++) {
      for (let sx = 0; sx < samples; sx++) {
        const x = (px + (sx + 0.5) / samples) * scale;
        const y = (py + (sy + 0.5) / samples) * scale;
        if (rounded && !insideRoundedTile(x, y, 12)) continue;
        tile++;
        const bx = 32 + (x - 32) / shrink;
        const by = 32 + (y - 32) / shrink;
        if (BARS.some((r) => inside(r, bx, by))) bar++;
      }
    }
    const n = samples * samples;
    if (tile === 0) return { rgb: TILE, alpha: 0 };
    const mix = bar / tile;
    const rgb = [0, 1, 2].map((i) => Math.round(TILE[i]! * (1 - mix) + BAR[i]! * mix)) as unknown as Rgb;
    return { rgb, alpha: tile / n };
  });
}

const out = new URL('../public/', import.meta.url);
writeFileSync(new URL('icon-192.png', out), icon(192, true));
writeFileSync(new URL('icon-512.png', out), icon(512, true));
writeFileSync(new URL('icon-maskable-512.png', out), icon(512, false));
writeFileSync(new URL('apple-touch-icon.png', out), icon(180, false));
console.log('wrote public/icon-192.png, icon-512.png, icon-maskable-512.png, apple-touch-icon.png');
