import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import { nativeBase64, nativeBase64Bytes } from '../../backend/native-base64';

describe('native base64', () => {
  it("gives the core encoder's text and bytes, also for a view into a larger buffer", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20_000 }), fc.nat(40), (bytes, skip) => {
        const wider = new Uint8Array(bytes.length + skip * 2);
        wider.set(bytes, skip);
        const view = wider.subarray(skip, skip + bytes.length);
        const text = nativeBase64(view);
        expect(text).toBe(bytesToBase64(bytes));
        expect(new Uint8Array(nativeBase64Bytes(text))).toEqual(base64ToBytes(text));
      }),
      { seed: 27002, numRuns: 60 },
    );
  });

  it('refuses a text that is not base64 instead of writing a damaged file', () => {
    expect(() => nativeBase64Bytes('QUJD!')).toThrow('invalid base64 text');
    expect(() => nativeBase64Bytes('QU JD')).toThrow('invalid base64 text');
  });
});
