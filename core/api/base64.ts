const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Character code -> 6-bit value; 255 marks a character that is not base64.
const VALUES = (() => {
  const values = new Uint8Array(128).fill(255);
  for (let i = 0; i < ALPHABET.length; i += 1) values[ALPHABET.charCodeAt(i)] = i;
  return values;
})();

// Characters are gathered in chunks and joined once: appending four characters at a time built a
// rope of millions of small strings (tens of megabytes for one batch of Word files).
const CHUNK = 8190;

/** Bytes to base64 text; the platform may hand the core a native one (the same text). */
export type BytesToText = (bytes: Uint8Array) => string;

/** Base64 without Node's Buffer or the DOM's btoa, so core stays pure. */
export const bytesToBase64 = (bytes: Uint8Array): string => {
  const parts: string[] = [];
  const codes = new Array<number>(((CHUNK / 3) | 0) * 4);
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(bytes.length, start + CHUNK);
    let n = 0;
    for (let i = start; i < end; i += 3) {
      const a = bytes[i]!;
      const b = i + 1 < end ? bytes[i + 1]! : 0;
      const c = i + 2 < end ? bytes[i + 2]! : 0;
      const triple = (a << 16) | (b << 8) | c;
      codes[n++] = ALPHABET.charCodeAt((triple >> 18) & 63);
      codes[n++] = ALPHABET.charCodeAt((triple >> 12) & 63);
      codes[n++] = i + 1 < end ? ALPHABET.charCodeAt((triple >> 6) & 63) : 61;
      codes[n++] = i + 2 < end ? ALPHABET.charCodeAt(triple & 63) : 61;
    }
    parts.push(String.fromCharCode(...codes.slice(0, n)));
  }
  return parts.join('');
};

export const base64ToBytes = (text: string): Uint8Array => {
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 61) length -= 1;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code]! : 255;
    if (value === 255) throw new Error(`invalid base64 character: ${text[i]}`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[index++] = (buffer >> bits) & 0xff;
    }
  }
  return out;
};
