import type { Finding, FixTarget, Severity } from './types';

export type FindingInput = {
  readonly rule: string;
  readonly message: string;
  readonly action: string;
  readonly target: FixTarget;
  readonly severity?: Severity;
};

/** Counts checks per requirement and keeps the findings of those that failed. */
export type Collector = {
  /** One check: passes, or fails with a finding. */
  readonly check: (
    requirement: string,
    passed: boolean,
    finding: () => FindingInput,
    applies?: boolean,
  ) => void;
  readonly results: (requirement: string) => {
    checks: number;
    passed: number;
    findings: Finding[];
  };
};

export const createCollector = (): Collector => {
  const byRequirement = new Map<string, { checks: number; passed: number; findings: Finding[] }>();
  const entry = (requirement: string) => {
    let found = byRequirement.get(requirement);
    if (!found) {
      found = { checks: 0, passed: 0, findings: [] };
      byRequirement.set(requirement, found);
    }
    return found;
  };
  return {
    // A check with nothing to look at (no risks, no nonconformities) is not counted: an empty
    // workspace must not earn points for having nothing wrong in it.
    check: (requirement, passed, finding, applies = true) => {
      const e = entry(requirement);
      if (!applies) return;
      e.checks += 1;
      if (passed) {
        e.passed += 1;
        return;
      }
      const f = finding();
      e.findings.push({ severity: 'blocker', ...f, requirement });
    },
    results: (requirement) => entry(requirement),
  };
};

/** "R-001, R-002 and 3 more": short lists for messages. */
export const listSome = (ids: readonly string[], max = 5): string => {
  if (ids.length <= max) return ids.join(', ');
  return `${ids.slice(0, max).join(', ')} and ${ids.length - max} more`;
};

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
