import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { entryId, isoDate, optionalDate, personRef, text } from './common';

export const INCIDENT_CATEGORIES = [
  'malware',
  'phishing',
  'unauthorised-access',
  'data-loss',
  'availability',
  'misconfiguration',
  'physical',
  'supplier',
  'other',
] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

/** 5.24-5.28: an information security event or incident, how it was handled, what was learnt. */
export const incidentSchema = lazySchema(() =>
  z.object({
    id: entryId,
    title: text.min(1),
    reportedOn: isoDate,
    occurredOn: optionalDate,
    category: z.enum(INCIDENT_CATEGORIES).default('other'),
    severity: z.enum(SEVERITIES).default('low'),
    description: text.default(''),
    personalData: z.boolean().default(false),
    actions: text.default(''),
    lessonsLearned: text.default(''),
    owner: personRef,
    status: z.enum(['open', 'contained', 'closed']).default('open'),
    closedOn: optionalDate,
  }),
);
