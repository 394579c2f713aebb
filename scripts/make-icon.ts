import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';

// Draws the app icon (a white shield with a check mark on a deep blue rounded square) as a
// 1024x1024 PNG, from which electron-builder derives the .ico and .icns files.

const SIZE = 1024;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (data: Buffer) => {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

const insideRoundedSquare = (x: number, y: number) => {
  const r = 200;
  const m = 40;
  const cx = Math.min(Math.max(x, m + r), SIZE - m - r);
  const cy = Math.min(Math.max(y, m + r), SIZE - m - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= m && x < SIZE - m && y >= m && y < SIZE - m;
};

const insideShield = (x: number, y: number) => {
  const top = 230;
  const bottom = 820;
  const half = 250;
  if (y < top || y > bottom) return false;
  const t = (y - top) / (bottom - top);
  const width = t < 0.45 ? half : half * Math.cos(((t - 0.45) / 0.55) * (Math.PI / 2));
  return Math.abs(x - SIZE / 2) <= width;
};

const onCheck = (x: number, y: number) => {
  const distance = (ax: number, ay: number, bx: number, by: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
  };
  return Math.min(distance(400, 520, 490, 610), distance(490, 610, 650, 430)) < 34;
};

const rows: Buffer[] = [];
for (let y = 0; y < SIZE; y += 1) {
  const row = Buffer.alloc(1 + SIZE * 4);
  for (let x = 0; x < SIZE; x += 1) {
    let rgba = [0, 0, 0, 0];
    if (insideRoundedSquare(x, y)) rgba = [30, 58, 110, 255];
    if (insideShield(x, y)) rgba = [246, 248, 252, 255];
    if (insideShield(x, y) && onCheck(x, y)) rgba = [30, 58, 110, 255];
    row.set(rgba, 1 + x * 4);
  }
  rows.push(row);
}
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header.set([8, 6, 0, 0, 0], 8);
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(join(import.meta.dirname, '..', 'build', 'icon.png'), png);
console.log('Wrote build/icon.png');
