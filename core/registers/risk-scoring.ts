import type { Risk, RiskMethod } from '../model/registers';
import type { EntryIssue } from './types';

export type RiskLevel = 'low' | 'medium' | 'high';

export const RISK_LEVEL_LABELS: Readonly<Record<RiskLevel, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** Low up to the acceptance threshold, High from the high threshold, Medium between. */
export const riskLevel = (score: number, method: RiskMethod): RiskLevel =>
  score <= method.acceptanceThreshold ? 'low' : score < method.highThreshold ? 'medium' : 'high';

export type RiskScores = {
  readonly inherentScore: number;
  readonly inherentLevel: RiskLevel;
  /** Null until both residual likelihood and impact are assessed. */
  readonly residualScore: number | null;
  readonly residualLevel: RiskLevel | null;
  /** The score acceptance is judged on: residual when assessed, inherent otherwise. */
  readonly currentScore: number;
  /** Whether the current score is within the acceptance criteria (at or below the threshold). */
  readonly withinCriteria: boolean;
};

/** Scores are computed here and only here; they are never typed in or stored. */
export const scoreRisk = (
  risk: Pick<Risk, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>,
  method: RiskMethod,
): RiskScores => {
  const inherentScore = risk.likelihood * risk.impact;
  const residualScore =
    risk.residualLikelihood !== null && risk.residualImpact !== null
      ? risk.residualLikelihood * risk.residualImpact
      : null;
  const currentScore = residualScore ?? inherentScore;
  return {
    inherentScore,
    inherentLevel: riskLevel(inherentScore, method),
    residualScore,
    residualLevel: residualScore === null ? null : riskLevel(residualScore, method),
    currentScore,
    withinCriteria: currentScore <= method.acceptanceThreshold,
  };
};

/**
 * A residual risk may be accepted (who and when recorded) only when it is within the acceptance
 * criteria, or when the acceptance is recorded as made by top management.
 */
export const acceptanceIssues = (risk: Risk, method: RiskMethod): EntryIssue[] => {
  const issues: EntryIssue[] = [];
  const accepted = risk.acceptedBy !== null || risk.acceptedOn !== null;
  if (!accepted) return issues;
  if (risk.acceptedBy === null) {
    issues.push({ field: 'acceptedBy', message: 'say who accepted the risk' });
  }
  if (risk.acceptedOn === null) {
    issues.push({ field: 'acceptedOn', message: 'say when the risk was accepted' });
  }
  const { currentScore, withinCriteria } = scoreRisk(risk, method);
  if (!withinCriteria && risk.acceptanceAuthority !== 'top-management') {
    issues.push({
      field: 'acceptanceAuthority',
      message:
        `the score ${currentScore} is above the acceptance threshold ` +
        `(${method.acceptanceThreshold}); only top management can accept it, so record ` +
        'the acceptance as made by top management or treat the risk further',
    });
  }
  return issues;
};
