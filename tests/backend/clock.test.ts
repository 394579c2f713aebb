import { describe, expect, it } from 'vitest';
import { FIXED_TIME_ENV, createSystemClock } from '../../backend/clock';
import { failure } from './workspace-fixture';

const attempt = (value: string) =>
  Promise.resolve().then(() => createSystemClock({ [FIXED_TIME_ENV]: value }));

describe('clock', () => {
  it('follows the system time when no fixed time is set', () => {
    const before = Date.now();
    const now = createSystemClock({}).now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  it('answers the fixed time on every call when ISMS_FIXED_TIME is set', () => {
    const clock = createSystemClock({ [FIXED_TIME_ENV]: '2026-03-14T09:30:00+01:00' });
    const first = clock.now();
    first.setFullYear(1999);
    expect(clock.now().toISOString()).toBe('2026-03-14T08:30:00.000Z');
  });

  it('reads a fixed time without a zone as UTC so runs match across machines', () => {
    const clock = createSystemClock({ [FIXED_TIME_ENV]: '2026-03-14T09:30' });
    expect(clock.now().toISOString()).toBe('2026-03-14T09:30:00.000Z');
  });

  it('refuses a fixed time that is not a real ISO timestamp, naming the variable', async () => {
    for (const value of ['yesterday', '2026-02-30', '14/03/2026', '2026-03-14T25:00Z']) {
      const error = await failure(attempt(value));
      expect(error).toMatchObject({ code: 'invalid-input', details: { field: FIXED_TIME_ENV } });
    }
  });
});
