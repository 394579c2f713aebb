import { z } from 'zod';
import { lazySchema } from './lazy-schema';
import type { Workspace } from './workspace';

// Some policy values are decisions top management must take (how long to keep records, how fast
// to recover). A new workspace holds sensible proposals for them; a confirmation records who
// confirmed which value and when, so a value changed after confirmation is a proposal again.

export const POLICY_DECISIONS = [
  { key: 'passwordMinLength', label: 'Minimum password length', unit: 'characters' },
  { key: 'accessReviewMonths', label: 'Access review interval', unit: 'months' },
  { key: 'backupRetentionDays', label: 'Backup retention', unit: 'days' },
  { key: 'logRetentionDays', label: 'Log retention', unit: 'days' },
  { key: 'recordRetentionYears', label: 'ISMS record retention', unit: 'years' },
  { key: 'rtoHours', label: 'Recovery time objective', unit: 'hours' },
  { key: 'rpoHours', label: 'Recovery point objective', unit: 'hours' },
  { key: 'dataBreachNotifyHours', label: 'Personal data breach notification', unit: 'hours' },
  { key: 'classificationLevels', label: 'Classification levels', unit: '' },
] as const;

export type PolicyDecisionKey = (typeof POLICY_DECISIONS)[number]['key'];
export const POLICY_DECISION_KEYS = POLICY_DECISIONS.map((d) => d.key) as [
  PolicyDecisionKey,
  ...PolicyDecisionKey[],
];

export const decisionConfirmationSchema = lazySchema(() =>
  z.object({
    /** The value as it read when confirmed ("12 characters", "Public, Internal, Confidential"). */
    value: z.string().trim().min(1),
    confirmedBy: z.string().nullable().default(null),
    confirmedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD'),
  }),
);

export const policyDecisionsSchema = lazySchema(() =>
  z.partialRecord(z.enum(POLICY_DECISION_KEYS), decisionConfirmationSchema),
);

export type DecisionConfirmation = z.infer<typeof decisionConfirmationSchema>;

export type UnconfirmedDecision = {
  readonly key: PolicyDecisionKey;
  readonly label: string;
  /** The proposed value as a reader sees it: "12 characters". */
  readonly value: string;
  /** `changed` when a confirmation exists for a different value. */
  readonly reason: 'never-confirmed' | 'changed';
};

type DecisionSource = Pick<Workspace, 'parameters' | 'organisation'>;

/** The current value of a decision as one line of text, the form a confirmation stores. */
export const policyDecisionValue = (workspace: DecisionSource, key: PolicyDecisionKey): string => {
  if (key === 'classificationLevels') {
    return workspace.organisation.classification.levels.map((l) => l.name).join(', ');
  }
  const unit = POLICY_DECISIONS.find((d) => d.key === key)?.unit ?? '';
  return `${workspace.parameters[key]} ${unit}`.trim();
};

/** Policy decisions still to be confirmed by top management, in the order a reviewer reads them. */
export const listUnconfirmedPolicyDecisions = (
  workspace: DecisionSource & { readonly confirmedDecisions?: Workspace['confirmedDecisions'] },
): UnconfirmedDecision[] =>
  POLICY_DECISIONS.flatMap(({ key, label }) => {
    const value = policyDecisionValue(workspace, key);
    const confirmation = workspace.confirmedDecisions?.[key];
    if (confirmation?.value === value) return [];
    const reason = confirmation ? 'changed' : 'never-confirmed';
    return [{ key, label, value, reason } as const];
  });

/** Records that `personId` confirmed the current value of each decision named, on `date`. */
export const confirmPolicyDecisions = (
  workspace: Workspace,
  keys: readonly PolicyDecisionKey[],
  personId: string | null,
  date: string,
): Workspace => {
  const confirmed = { ...workspace.confirmedDecisions };
  for (const key of keys) {
    confirmed[key] = {
      value: policyDecisionValue(workspace, key),
      confirmedBy: personId,
      confirmedOn: date,
    };
  }
  return { ...workspace, confirmedDecisions: confirmed };
};
