import type { RiskMethod } from '../../../../core/model/registers';

/** The parts of the risk method top management decides: scales, thresholds and criteria. */
export type MethodDraft = {
  readonly likelihoodLabels: readonly string[];
  readonly impactLabels: readonly string[];
  readonly acceptanceThreshold: string;
  readonly highThreshold: string;
  readonly acceptanceCriteria: string;
};

export type MethodErrors = Partial<Record<keyof MethodDraft, string>>;

export const draftOf = (method: RiskMethod): MethodDraft => ({
  likelihoodLabels: [...method.likelihoodLabels],
  impactLabels: [...method.impactLabels],
  acceptanceThreshold: String(method.acceptanceThreshold),
  highThreshold: String(method.highThreshold),
  acceptanceCriteria: method.acceptanceCriteria,
});

const whole = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text) : null);

const labelsError = (labels: readonly string[], scale: string) =>
  labels.some((label) => label.trim() === '')
    ? `Give each of the five ${scale} levels a name.`
    : undefined;

/** Messages that name the field, as the register forms do; an empty object when the draft is valid. */
export const methodErrors = (draft: MethodDraft): MethodErrors => {
  const errors: MethodErrors = {};
  const accept = whole(draft.acceptanceThreshold);
  const high = whole(draft.highThreshold);
  const likelihood = labelsError(draft.likelihoodLabels, 'likelihood');
  const impact = labelsError(draft.impactLabels, 'impact');
  if (likelihood) errors.likelihoodLabels = likelihood;
  if (impact) errors.impactLabels = impact;
  if (accept === null || accept < 1 || accept > 24)
    errors.acceptanceThreshold = 'Acceptance threshold: use a whole number from 1 to 24.';
  if (high === null || high < 2 || high > 25)
    errors.highThreshold = 'High from: use a whole number from 2 to 25.';
  else if (accept !== null && high <= accept)
    errors.highThreshold = `High from: must be above the acceptance threshold (${accept}).`;
  if (draft.acceptanceCriteria.trim() === '')
    errors.acceptanceCriteria = 'Acceptance criteria: say who may accept a risk, and when.';
  return errors;
};

/** True when the draft changes what top management approved (not only spacing). */
export const changesMethod = (method: RiskMethod, draft: MethodDraft): boolean => {
  const before = draftOf(method);
  const same = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((value, i) => value.trim() === b[i]?.trim());
  return (
    !same(before.likelihoodLabels, draft.likelihoodLabels) ||
    !same(before.impactLabels, draft.impactLabels) ||
    whole(draft.acceptanceThreshold) !== method.acceptanceThreshold ||
    whole(draft.highThreshold) !== method.highThreshold ||
    draft.acceptanceCriteria.trim() !== method.acceptanceCriteria.trim()
  );
};

/**
 * What to save for a valid draft. A change to an approved method is a new proposal: the
 * approval belonged to the old criteria, so it is cleared and must be given again.
 */
export const methodUpdate = (method: RiskMethod, draft: MethodDraft): Partial<RiskMethod> => ({
  likelihoodLabels: draft.likelihoodLabels.map((label) => label.trim()),
  impactLabels: draft.impactLabels.map((label) => label.trim()),
  acceptanceThreshold: Number(draft.acceptanceThreshold),
  highThreshold: Number(draft.highThreshold),
  acceptanceCriteria: draft.acceptanceCriteria.trim(),
  ...(method.status === 'approved' && changesMethod(method, draft)
    ? { status: 'proposed' as const, approvedBy: null, approvedOn: null }
    : {}),
});

/** The one-line state of the method, for the strip above the heat maps. */
export const methodStateText = (method: RiskMethod, personName: (id: string) => string): string =>
  method.status === 'approved' && method.approvedBy && method.approvedOn
    ? `Approved by ${personName(method.approvedBy)} on ${method.approvedOn}`
    : 'Proposed: not yet approved by top management';
