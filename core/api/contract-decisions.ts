import { z } from 'zod';
import { POLICY_DECISION_KEYS } from '../model/policy-decisions';
import { isoDateInput } from './input-checks';

const dir = z.string().min(1, 'a workspace folder is required');

export const policyDecisionSchema = z.object({
  key: z.enum(POLICY_DECISION_KEYS),
  label: z.string(),
  unit: z.string(),
  /** The value documents print now ("24 hours"). */
  value: z.string(),
  /** proposed: never confirmed; changed: the confirmed value is no longer the current one. */
  state: z.enum(['proposed', 'confirmed', 'changed']),
  confirmation: z
    .object({
      value: z.string(),
      confirmedBy: z.string().nullable(),
      /** The confirmer's name, or null when the person is no longer in the workspace. */
      confirmedByName: z.string().nullable(),
      confirmedOn: z.string(),
    })
    .nullable(),
});

export const policyDecisionListSchema = z.object({
  /** Who may confirm: the holder of the top management role, or null when nobody holds it. */
  topManagement: z.object({ id: z.string(), name: z.string() }).nullable(),
  decisions: z.array(policyDecisionSchema),
  /** Today by the workspace's clock: the default and latest date of a confirmation. */
  today: z.string(),
});

export const decisionsContract = {
  /** Policy values that are decisions of top management, each proposed or confirmed. */
  'decisions.list': { input: z.object({ dir }), output: policyDecisionListSchema },
  /**
   * Records that top management confirmed a decision, optionally changing its value first
   * ("14", "14 days", or level names separated by commas). `by` is a person's ID or name and
   * must hold the top management role; `on` defaults to today and cannot be in the future.
   */
  'decisions.confirm': {
    input: z.object({
      dir,
      key: z.string().trim().min(1, 'name the decision to confirm'),
      value: z.string().optional(),
      by: z.string().trim().min(1, 'name who in top management confirms it'),
      on: isoDateInput.optional(),
    }),
    output: policyDecisionListSchema,
  },
} as const;

export type PolicyDecisionList = z.output<typeof policyDecisionListSchema>;
export type PolicyDecisionEntry = z.output<typeof policyDecisionSchema>;
