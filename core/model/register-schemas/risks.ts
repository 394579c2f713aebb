import { z } from 'zod';
import { lazySchema } from '../lazy-schema';
import { controlId, entryId, optionalDate, personRef, scaleValue, text } from './common';

export const RISK_TREATMENTS = ['modify', 'retain', 'avoid', 'share'] as const;
export const RISK_STATUSES = ['identified', 'assessed', 'treating', 'treated', 'closed'] as const;
export const ACCEPTANCE_AUTHORITIES = ['risk-owner', 'top-management'] as const;

/**
 * 6.1.2 a-e: a risk. Scores and levels (inherent and residual) are computed from likelihood and
 * impact by the risk method, never stored, so they cannot disagree with the inputs.
 */
export const riskSchema = lazySchema(() =>
  z.object({
    id: entryId,
    title: text.min(1),
    description: text.default(''),
    threat: text.default(''),
    vulnerability: text.default(''),
    consequence: text.default(''),
    assets: z.array(entryId).default(() => []),
    owner: personRef,
    existingControls: text.default(''),
    likelihood: scaleValue,
    impact: scaleValue,
    assessedOn: optionalDate,
    treatment: z.enum(RISK_TREATMENTS).default('modify'),
    /** Annex A controls selected to treat the risk; they give the SoA its "risk treatment" reason. */
    controls: z.array(controlId).default(() => []),
    residualLikelihood: scaleValue.nullable().default(null),
    residualImpact: scaleValue.nullable().default(null),
    status: z.enum(RISK_STATUSES).default('identified'),
    acceptedBy: personRef,
    acceptedOn: optionalDate,
    /** Who had the authority: the risk owner (within criteria) or top management (beyond them). */
    acceptanceAuthority: z.enum(ACCEPTANCE_AUTHORITIES).default('risk-owner'),
  }),
);

export const TREATMENT_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;

/** 6.1.3, 8.3: an action of the risk treatment plan, for a risk and the controls it implements. */
export const treatmentActionSchema = lazySchema(() =>
  z.object({
    id: entryId,
    risk: entryId,
    action: text.min(1),
    controls: z.array(controlId).default(() => []),
    owner: personRef,
    resources: text.default(''),
    dueDate: optionalDate,
    status: z.enum(TREATMENT_STATUSES).default('planned'),
    completedOn: optionalDate,
  }),
);

const fiveLabels = (labels: readonly string[]) =>
  z
    .array(text.min(1))
    .length(5)
    .default(() => [...labels]);

/**
 * 6.1.2: how risks are scored and which are acceptable. A new workspace holds a proposed method
 * that is not approved until top management is recorded as approving it.
 */
export const riskMethodSchema = lazySchema(() =>
  z
    .object({
      likelihoodLabels: fiveLabels(['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain']),
      impactLabels: fiveLabels(['Negligible', 'Minor', 'Moderate', 'Major', 'Severe']),
      /** Risks scoring at or below this (likelihood x impact) are within the acceptance criteria. */
      acceptanceThreshold: z.number().int().min(1).max(24).default(6),
      /** Risks scoring at or above this are rated High; between the two, Medium. */
      highThreshold: z.number().int().min(2).max(25).default(15),
      acceptanceCriteria: text.default(
        'A risk whose residual score is at or below the acceptance threshold may be accepted by its owner; above it, only top management may accept it, and the acceptance is recorded.',
      ),
      status: z.enum(['proposed', 'approved']).default('proposed'),
      approvedBy: personRef,
      approvedOn: optionalDate,
    })
    .refine((m) => m.highThreshold > m.acceptanceThreshold, {
      message: 'the High band must start above the acceptance threshold',
      path: ['highThreshold'],
    })
    .refine((m) => m.status !== 'approved' || (m.approvedBy !== null && m.approvedOn !== null), {
      message: 'an approved method needs who in top management approved it and when',
      path: ['approvedBy'],
    }),
);

export type RiskMethod = z.infer<typeof riskMethodSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type TreatmentAction = z.infer<typeof treatmentActionSchema>;
