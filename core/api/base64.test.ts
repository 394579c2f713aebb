import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it("encodes exactly as Node's Buffer does, across chunk boundaries", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30_000 }), (bytes) => {
        const text = bytesToBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(text)).toEqual(bytes);
      }),
      { seed: 27001, numRuns: 60 },
    );
  });

  it('round-trips a Word-sized file and refuses a character that is not base64', () => {
    for (const length of [8189, 8190, 8191, 8192, 16_380, 100_003]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 131 + 7) % 256);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(() => base64ToBytes('QUJD!')).toThrow('invalid base64 character: !');
  });
});
