import { z } from 'zod';
import { lazySchema } from '../lazy-schema';

// Building blocks shared by every register entry schema.

export const text = lazySchema(() => z.string().trim());
export const isoDate = lazySchema(() =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
);
export const optionalDate = lazySchema(() => isoDate.nullable().default(null));

/** IA-1000: a prefix of 1-4 capitals and at least three digits. */
export const ENTRY_ID_PATTERN = /^[A-Z]{1,4}-\d{3,}$/;
export const entryId = lazySchema(() =>
  z.string().regex(ENTRY_ID_PATTERN, 'expected an id such as R-001'),
);

/** A person's id from the organisation profile, or null when nobody is named yet. */
export const personRef = lazySchema(() => z.string().trim().min(1).nullable().default(null));

/**
 * An Annex A control identifier such as 5.23. Checked against the catalogue as a reference, so an
 * unknown one is reported by the integrity check instead of making the workspace unreadable.
 */
export const controlId = lazySchema(() => text.min(1));

/** 1 to 5 on the risk method's likelihood and impact scales. */
export const scaleValue = lazySchema(() => z.number().int().min(1).max(5));

/** Confidentiality, integrity or availability value of an asset: 1 low, 2 medium, 3 high. */
export const ciaValue = lazySchema(() => z.number().int().min(1).max(3).nullable().default(null));
