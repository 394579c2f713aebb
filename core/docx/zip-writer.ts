import { deflateSync, strToU8 } from 'fflate';

/**
 * A zip writer that lays out the archive byte for byte as fflate's `zipSync(files, { level: 6,
 * mtime })` does, but takes each entry's deflated bytes from a cache keyed by the entry's text:
 * the styles, theme, settings and the other parts that are the same from one export to the next
 * are compressed once per process, and a warm export compresses only what changed.
 */

export type ZipEntry = {
  readonly path: string;
  readonly data: string | Uint8Array;
  /**
   * `shared`: kept in the compression cache (parts that repeat from one document to the next);
   * `recent`: kept a short while (the body, unchanged when the same document is exported again);
   * `none`: compressed every time.
   */
  readonly cache: 'shared' | 'recent' | 'none';
};

type Packed = { readonly crc: number; readonly size: number; readonly deflated: Uint8Array };

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let i = 0; i < 256; i += 1) {
    let c = i;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? -306674912 ^ (c >>> 1) : c >>> 1;
    table[i] = c;
  }
  return table;
})();

const crc32 = (data: Uint8Array): number => {
  let c = -1;
  for (let i = 0; i < data.length; i += 1) c = CRC_TABLE[(c & 255) ^ data[i]!]! ^ (c >>> 8);
  return ~c;
};

const pack = (bytes: Uint8Array): Packed => ({
  crc: crc32(bytes),
  size: bytes.length,
  deflated: deflateSync(bytes, { level: 6 }),
});

/** Deflated parts by their text; a handful of brandings' worth, the oldest dropped first. */
const sharedText = { parts: new Map<string, Packed>(), limit: 96 };
/** The last few bodies: an export of a document nobody changed since compresses nothing. */
const recentText = { parts: new Map<string, Packed>(), limit: 6 };

const packEntry = (entry: ZipEntry): Packed => {
  if (typeof entry.data !== 'string') return pack(entry.data);
  if (entry.cache === 'none') return pack(strToU8(entry.data));
  const kept = entry.cache === 'shared' ? sharedText : recentText;
  const hit = kept.parts.get(entry.data);
  if (hit) {
    // Most recently used last, so the one dropped is the one unused longest.
    kept.parts.delete(entry.data);
    kept.parts.set(entry.data, hit);
    return hit;
  }
  const packed = pack(strToU8(entry.data));
  if (kept.parts.size >= kept.limit) kept.parts.delete(kept.parts.keys().next().value!);
  kept.parts.set(entry.data, packed);
  return packed;
};

const dosTime = (date: Date): number =>
  ((date.getFullYear() - 1980) << 25) |
  ((date.getMonth() + 1) << 21) |
  (date.getDate() << 16) |
  (date.getHours() << 11) |
  (date.getMinutes() << 5) |
  (date.getSeconds() >> 1);

const put16 = (out: Uint8Array, at: number, value: number): void => {
  out[at] = value & 255;
  out[at + 1] = (value >>> 8) & 255;
};
const put32 = (out: Uint8Array, at: number, value: number): void => {
  put16(out, at, value);
  put16(out, at + 2, value >>> 16);
};

type Laid = Packed & { readonly name: Uint8Array; readonly utf8: boolean; readonly offset: number };

/** One local or central header, as fflate writes it (version 20, no extra field, no comment). */
const header = (
  out: Uint8Array,
  at: number,
  file: Laid,
  time: number,
  central: boolean,
): number => {
  let b = at;
  put32(out, b, central ? 0x2014b50 : 0x4034b50);
  b += 4;
  if (central) {
    out[b] = 20; // made by version 2.0
    b += 2;
  }
  out[b] = 20;
  b += 2;
  out[b + 1] = file.utf8 ? 8 : 0;
  b += 2;
  put16(out, b, 8);
  b += 2;
  put32(out, b, time);
  put32(out, b + 4, file.crc);
  put32(out, b + 8, file.deflated.length);
  put32(out, b + 12, file.size);
  put16(out, b + 16, file.name.length);
  b += 20;
  if (central) {
    put32(out, b + 10, file.offset);
    b += 14;
  }
  out.set(file.name, b);
  return b + file.name.length;
};

/** The entries zipped in order, deflated at level 6, every entry stamped with `mtime`. */
export const zipEntries = (entries: readonly ZipEntry[], mtime: Date): Uint8Array => {
  const time = dosTime(mtime);
  let offset = 0;
  let central = 0;
  const files: Laid[] = entries.map((entry) => {
    const name = strToU8(entry.path);
    const file = { ...packEntry(entry), name, utf8: name.length !== entry.path.length, offset };
    offset += 30 + name.length + file.deflated.length;
    central += 46 + name.length;
    return file;
  });
  const out = new Uint8Array(offset + central + 22);
  let at = offset;
  for (const file of files) {
    const start = header(out, file.offset, file, time, false);
    out.set(file.deflated, start);
    at = header(out, at, file, time, true);
  }
  put32(out, at, 0x6054b50);
  put16(out, at + 8, files.length);
  put16(out, at + 10, files.length);
  put32(out, at + 12, central);
  put32(out, at + 16, offset);
  return out;
};
