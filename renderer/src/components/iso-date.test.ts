import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date';

describe('isIsoDate', () => {
  it('accepts a day written as the app shows dates, and nothing else', () => {
    expect(isIsoDate('2026-11-12')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    // The browser's own formats, half-typed dates and days that do not exist.
    for (const text of [
      '11/12/2026',
      '12.11.2026',
      '2026-11-1',
      '2026-11',
      '2026-02-30',
      '2027-02-29',
      '2026-13-01',
      '',
    ])
      expect(isIsoDate(text)).toBe(false);
  });
});
