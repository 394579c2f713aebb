import type { Clock } from '../../core/api/ports';

/** 28 November 2026, 09:00 UTC: every test renders and exports as of this moment. */
export const FIXED_NOW = new Date('2026-11-28T09:00:00.000Z');
export const fixedClock: Clock = { now: () => new Date(FIXED_NOW) };
