import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { ciaValue, entryId, optionalDate, personRef, text } from './common';

export const ASSET_TYPES = [
  'information',
  'software',
  'hardware',
  'service',
  'people',
  'site',
] as const;

/** 5.9: an information asset or associated asset; linked risks are derived. */
export const assetSchema = lazySchema(() =>
  z.object({
    id: entryId,
    name: text.min(1),
    type: z.enum(ASSET_TYPES),
    owner: personRef,
    location: text.default(''),
    classification: text.default(''),
    confidentiality: ciaValue,
    integrity: ciaValue,
    availability: ciaValue,
  }),
);

export const CRITICALITIES = ['low', 'medium', 'high'] as const;

/** 5.19-5.22: a supplier, what it reaches and how its security is agreed and reviewed. */
export const supplierSchema = lazySchema(() =>
  z.object({
    id: entryId,
    name: text.min(1),
    service: text.default(''),
    dataAccessed: text.default(''),
    access: text.default(''),
    criticality: z.enum(CRITICALITIES).default('medium'),
    securityClauses: text.default(''),
    lastReview: optionalDate,
    owner: personRef,
    status: z.enum(['active', 'onboarding', 'ended']).default('active'),
  }),
);
