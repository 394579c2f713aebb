import type { DocxImage } from '../../docx/types';

/** Reads the pixel size of a PNG or JPEG logo from its header; null for anything else. */
export const readImageInfo = (data: Uint8Array): DocxImage | null => {
  if (isPng(data)) {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    return { data, type: 'png', widthPx: view.getUint32(16), heightPx: view.getUint32(20) };
  }
  if (data[0] === 0xff && data[1] === 0xd8) return readJpeg(data);
  return null;
};

const isPng = (d: Uint8Array) =>
  d.length > 24 && d[0] === 0x89 && d[1] === 0x50 && d[2] === 0x4e && d[3] === 0x47;

const readJpeg = (data: Uint8Array): DocxImage | null => {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let offset = 2;
  while (offset + 9 < data.length) {
    if (data[offset] !== 0xff) return null;
    const marker = data[offset + 1] ?? 0;
    const length = view.getUint16(offset + 2);
    // SOF0..SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return {
        data,
        type: 'jpg',
        heightPx: view.getUint16(offset + 5),
        widthPx: view.getUint16(offset + 7),
      };
    }
    offset += 2 + length;
  }
  return null;
};
