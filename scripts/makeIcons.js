#!/usr/bin/env node
// Draws the add-in's icons (assets/icon-<size>.png): a rounded blue tile with three rising bars
// and an amber bar for the constraint, the motif of the product-mix report. Plain Node only
// (zlib for PNG compression): `node scripts/makeIcons.js` rewrites the committed PNGs.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const TILE = [15, 108, 189]; // Fluent brand blue #0F6CBD
const BAR = [255, 255, 255];
const CONSTRAINT = [255, 185, 0]; // amber: the capacity-constrained resource

// Shapes in a unit square: [x0, y0, x1, y1, colour]; y grows downwards.
const BARS = [
  [0.2, 0.58, 0.34, 0.8, BAR],
  [0.43, 0.4, 0.57, 0.8, BAR],
  [0.66, 0.22, 0.8, 0.8, CONSTRAINT],
];

function insideTile(x, y) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function colourAt(x, y) {
  if (!insideTile(x, y)) return null;
  for (const [x0, y0, x1, y1, colour] of BARS) {
    if (x >= x0 && x < x1 && y >= y0 && y < y1) return colour;
  }
  return TILE;
}

/** RGBA pixels of one icon, each pixel the average of SUPERSAMPLE² samples. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const colour = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!colour) continue;
          sum[0] += colour[0];
          sum[1] += colour[1];
          sum[2] += colour[2];
          sum[3] += 255;
        }
      }
      const covered = sum[3] / 255;
      const offset = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[offset + c] = covered ? Math.round(sum[c] / covered) : 0;
      pixels[offset + 3] = Math.round(sum[3] / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file (8-bit RGBA, no interlace) of `pixels`. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const assets = path.resolve(__dirname, '..', 'assets');
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  fs.writeFileSync(file, png(size, draw(size)));
  process.stdout.write(`${path.relative(process.cwd(), file)}\n`);
}
