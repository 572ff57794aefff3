// Writes build/icon.png (512×512 RGBA): a rounded blue square with a white "R". Run: node build/make-icon.mjs
import { writeFileSync } from 'node:fs';
import { URL } from 'node:url';
import { TextEncoder } from 'node:util';
import { deflateSync } from 'node:zlib';

const size = 512;

/** CRC-32 of a PNG chunk's type and data. */
function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = new Uint8Array(8);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length);
  head.set(new TextEncoder().encode(type), 4);
  const tail = new Uint8Array(4);
  new DataView(tail.buffer).setUint32(0, crc32(new Uint8Array([...head.subarray(4), ...data])));
  return new Uint8Array([...head, ...data, ...tail]);
}

/** Distance from (x, y) to the segment (ax, ay)–(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - ax - t * (bx - ax), y - ay - t * (by - ay));
}

/** Whether a point (in 64-unit icon space) is on the white "R" stroke. */
function onLetter(x, y) {
  const stroke = 3;
  const bowl = Math.abs(Math.hypot(x - 34, y - 27) - 9) < stroke && x >= 34;
  return bowl || segment(x, y, 20, 18, 20, 46) < stroke || segment(x, y, 20, 18, 34, 18) < stroke
    || segment(x, y, 20, 36, 34, 36) < stroke || segment(x, y, 30, 36, 40, 46) < stroke;
}

/** Whether a point is inside the rounded square (corner radius 14 of 64). */
function inSquare(x, y) {
  const r = 14;
  const cx = Math.min(Math.max(x, r), 64 - r);
  const cy = Math.min(Math.max(y, r), 64 - r);
  return Math.hypot(x - cx, y - cy) <= r;
}

const rows = new Uint8Array(size * (size * 4 + 1));
for (let py = 0; py < size; py++) {
  const row = py * (size * 4 + 1);
  for (let px = 0; px < size; px++) {
    // 4×4 supersampling for smooth edges.
    let blue = 0;
    let white = 0;
    for (let s = 0; s < 16; s++) {
      const x = ((px + ((s % 4) + 0.5) / 4) * 64) / size;
      const y = ((py + (Math.floor(s / 4) + 0.5) / 4) * 64) / size;
      if (!inSquare(x, y)) continue;
      if (onLetter(x, y)) white++;
      else blue++;
    }
    const cover = (blue + white) / 16;
    const mix = blue + white === 0 ? 0 : white / (blue + white);
    const offset = row + 1 + px * 4;
    rows[offset] = Math.round(0x2f + (255 - 0x2f) * mix);
    rows[offset + 1] = Math.round(0x5f + (255 - 0x5f) * mix);
    rows[offset + 2] = Math.round(0xd0 + (255 - 0xd0) * mix);
    rows[offset + 3] = Math.round(255 * cover);
  }
}

const header = new Uint8Array(13);
const view = new DataView(header.buffer);
view.setUint32(0, size);
view.setUint32(4, size);
header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
const png = new Uint8Array([
  ...[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  ...chunk('IHDR', header),
  ...chunk('IDAT', new Uint8Array(deflateSync(rows, { level: 9 }))),
  ...chunk('IEND', new Uint8Array(0)),
]);
writeFileSync(new URL('./icon.png', import.meta.url), png);
