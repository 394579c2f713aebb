import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, optionalDate, personRef, text } from './common';

/** 4.1: an internal or external issue and its effect on the ISMS. */
export const contextIssueSchema = lazySchema(() =>
  z.object({
    id: entryId,
    type: z.enum(['internal', 'external']),
    issue: text.min(1),
    effect: text.default(''),
  }),
);

/** 4.1: the recorded conclusion on whether climate change is a relevant issue, and why. */
export const climateChangeSchema = lazySchema(() =>
  z.object({
    relevant: z.boolean().nullable().default(null),
    reason: text.default(''),
    decidedOn: optionalDate,
  }),
);

/** 4.2: an interested party, its requirements and whether (and how) the ISMS addresses them. */
export const interestedPartySchema = lazySchema(() =>
  z.object({
    id: entryId,
    party: text.min(1),
    requirements: text.default(''),
    addressed: z.enum(['yes', 'partly', 'no']).default('yes'),
    addressedBy: text.default(''),
  }),
);

export const REQUIREMENT_TYPES = ['legal', 'statutory', 'regulatory', 'contractual'] as const;

/** 4.2 c, 5.31-5.34: a legal, statutory, regulatory or contractual requirement. */
export const legalRequirementSchema = lazySchema(() =>
  z.object({
    id: entryId,
    requirement: text.min(1),
    type: z.enum(REQUIREMENT_TYPES).default('legal'),
    source: text.default(''),
    jurisdiction: text.default(''),
    owner: personRef,
    howMet: text.default(''),
    lastReviewed: optionalDate,
  }),
);
