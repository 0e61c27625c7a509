#!/usr/bin/env node
// Draws MON_PS's icons as PNG files with nothing but node:zlib (no image library):
//   icon.png                     512×512 app icon (electron-builder wants ≥512 for macOS, ≥256 for Windows)
//   tray/tray-<state>.png        16×16 tray icons, state = ok | warning | critical
//   tray/tray-<state>@2x.png     32×32 (nativeImage picks @2x on high-DPI screens)
// Run again after changing a colour: node resources/generate-icons.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));

// ---- PNG encoding (RGBA, 8 bits, no interlace) ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- a tiny rasteriser: layers of shapes in unit coordinates (0..1), 4×4 supersampling ----
const hex = (h, a = 1) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16), a];
const mix = (a, b, t) => a.map((v, i) => v + (b[i] - v) * t);

function render(size, layers) {
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let acc = [0, 0, 0, 0]; // premultiplied
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          let c = [0, 0, 0, 0];
          for (const layer of layers) {
            if (!layer.inside(x, y)) continue;
            const [r, g, b, a] = layer.color(x, y);
            c = [r * a + c[0] * (1 - a), g * a + c[1] * (1 - a), b * a + c[2] * (1 - a), a + c[3] * (1 - a)];
          }
          acc = acc.map((v, i) => v + c[i] / (S * S));
        }
      }
      const a = acc[3];
      const o = (py * size + px) * 4;
      out[o] = a ? Math.round(acc[0] / a) : 0;
      out[o + 1] = a ? Math.round(acc[1] / a) : 0;
      out[o + 2] = a ? Math.round(acc[2] / a) : 0;
      out[o + 3] = Math.round(a * 255);
    }
  }
  return out;
}

const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const roundedSquare = (inset, radius) => (x, y) => {
  const lo = inset + radius;
  const hi = 1 - inset - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return x >= inset && x <= 1 - inset && y >= inset && y <= 1 - inset && dx * dx + dy * dy <= radius * radius;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function polyline(points, width) {
  return (x, y) =>
    points.slice(1).some(([x1, y1], i) => {
      const [x0, y0] = points[i];
      const vx = x1 - x0;
      const vy = y1 - y0;
      const t = Math.max(0, Math.min(1, ((x - x0) * vx + (y - y0) * vy) / (vx * vx + vy * vy)));
      return (x - x0 - t * vx) ** 2 + (y - y0 - t * vy) ** 2 <= (width / 2) ** 2;
    });
}

// ---- the app icon: a night-blue tile, three bars and a rising green price line ----
function appIcon(size) {
  const top = hex('#1e3a5f');
  const bottom = hex('#0b1324');
  const line = [
    [0.2, 0.66],
    [0.38, 0.52],
    [0.52, 0.58],
    [0.78, 0.3],
  ];
  return render(size, [
    { inside: roundedSquare(0.04, 0.2), color: (_x, y) => mix(top, bottom, y) },
    { inside: rect(0.22, 0.62, 0.32, 0.8), color: () => hex('#64748b', 0.55) },
    { inside: rect(0.45, 0.54, 0.55, 0.8), color: () => hex('#64748b', 0.55) },
    { inside: rect(0.68, 0.44, 0.78, 0.8), color: () => hex('#64748b', 0.55) },
    { inside: polyline(line, 0.065), color: () => hex('#22c55e') },
    { inside: circle(0.78, 0.3, 0.07), color: () => hex('#4ade80') },
    { inside: circle(0.78, 0.3, 0.035), color: () => hex('#f0fdf4') },
  ]);
}

// ---- tray icons: a coloured dot with a dark rim (readable on light and dark panels) ----
const TRAY = { ok: '#22c55e', warning: '#f59e0b', critical: '#ef4444' };
function trayIcon(size, color) {
  const layers = [
    { inside: circle(0.5, 0.5, 0.47), color: () => hex('#111827', 0.85) },
    { inside: circle(0.5, 0.5, 0.37), color: () => hex(color) },
    { inside: circle(0.42, 0.4, 0.12), color: () => hex('#ffffff', 0.35) },
  ];
  return render(size, layers);
}

function write(file, size, rgba) {
  const path = join(here, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, encodePng(size, rgba));
  console.log(`wrote resources/${file} (${size}×${size})`);
}

write('icon.png', 512, appIcon(512));
for (const [state, color] of Object.entries(TRAY)) {
  write(`tray/tray-${state}.png`, 16, trayIcon(16, color));
  write(`tray/tray-${state}@2x.png`, 32, trayIcon(32, color));
}
