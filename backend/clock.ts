import type { Clock } from '../core/api/ports';
import { AppError } from '../core/errors';

/** Set to an ISO timestamp (2026-01-31T09:00:00Z) to make every "now" of a run the same. */
export const FIXED_TIME_ENV = 'ISMS_FIXED_TIME';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

// JavaScript reads a time without a zone as local time; UTC keeps a run the same on every machine.
const withZone = (value: string) => (/T[^Z+-]*$/.test(value) ? `${value}Z` : value);

// Date.parse rolls 2026-02-30 over to March; a fixed time with an impossible day is a typo.
const isRealDate = (value: string) => {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
};

/** A clock that always answers `at`. */
export const createFixedClock = (at: Date): Clock => {
  const time = at.getTime();
  return { now: () => new Date(time) };
};

/**
 * The system clock, or a fixed one when ISMS_FIXED_TIME is set in `env`; a value that is not an
 * ISO timestamp is refused (times without a zone are read as UTC) here rather than producing "Invalid Date" later in a document.
 */
export const createSystemClock = (env: NodeJS.ProcessEnv = process.env): Clock => {
  const fixed = env[FIXED_TIME_ENV]?.trim();
  if (fixed === undefined || fixed === '') return { now: () => new Date() };
  const time =
    ISO_TIMESTAMP.test(fixed) && isRealDate(fixed) ? Date.parse(withZone(fixed)) : Number.NaN;
  if (Number.isNaN(time)) {
    throw new AppError(
      'invalid-input',
      `${FIXED_TIME_ENV} must be an ISO timestamp such as 2026-01-31T09:00:00Z, not ${JSON.stringify(fixed)}`,
      { field: FIXED_TIME_ENV, value: fixed },
    );
  }
  return createFixedClock(new Date(time));
};
