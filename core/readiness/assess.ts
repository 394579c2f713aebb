import { createCollector } from './collector';
import type { ReadinessFacts } from './facts';
import { AREA_TITLES, CLAUSE_REQUIREMENTS } from './requirements';
import { THEMES, checkTheme } from './rules-annex-a';
import { checkDocumentControl } from './rules-contradictions';
import { checkExpectedDocuments } from './rules-documents';
import {
  applicableControls,
  checkAuditAndReview,
  checkNonconformities,
  checkObjectivesAndCompetence,
} from './rules-performance';
import {
  checkContextAndLeadership,
  checkRiskAssessment,
  checkRiskTreatment,
} from './rules-records';
import type { Finding, ReadinessReport, RequirementResult } from './types';

// Decisions come before paperwork: an auditor cannot assess documents written on undecided
// criteria or an undecided SoA. Rules not named here follow, in clause order.
const PRIORITY = [
  'scope.no-statement',
  'roles.no-top-management',
  'risk.criteria-not-approved',
  'risk.none',
  'soa.undecided',
  'document.missing',
  'risk.no-owner',
  'risk.no-treatment',
  'soa.exclusion-unjustified',
  'policy.to-be-confirmed',
  'audit.none-completed',
  'review.none',
  'review.inputs-missing',
  'document.broken',
  'document.unfilled',
];

const rank = (f: Finding) => {
  const i = PRIORITY.indexOf(f.rule);
  return i === -1 ? PRIORITY.length : i;
};

const percent = (passed: number, checks: number) => Math.round((passed / checks) * 100);
const mean = (values: readonly number[]) =>
  values.length ? Math.round(values.reduce((s, v) => s + v, 0) / values.length) : 0;

/** The readiness report: pure, from facts only, so the CLI, the app and the pack agree. */
export const assessReadiness = (facts: ReadinessFacts): ReadinessReport => {
  const c = createCollector();
  const expected = new Map(
    CLAUSE_REQUIREMENTS.map((r) => [r.id, checkExpectedDocuments(facts, c, r.id, r.expected)]),
  );
  checkContextAndLeadership(facts, c);
  checkRiskAssessment(facts, c);
  checkRiskTreatment(facts, c);
  checkObjectivesAndCompetence(facts, c);
  checkAuditAndReview(facts, c, applicableControls(facts));
  checkNonconformities(facts, c);
  checkDocumentControl(facts, c);
  const themeDocs = new Map(THEMES.map((t) => [t.id, checkTheme(facts, c, t)]));

  const requirement = (id: string, title: string, area: string): RequirementResult => {
    const { checks, passed, findings } = c.results(id);
    const rows = expected.get(id) ?? themeDocs.get(id) ?? [];
    return {
      id,
      title,
      area,
      expected: rows,
      checks,
      passed,
      score: checks ? percent(passed, checks) : null,
      findings,
    };
  };
  const requirements = [
    ...CLAUSE_REQUIREMENTS.map((r) => requirement(r.id, r.title, r.area)),
    ...THEMES.map((t) => requirement(t.id, t.title, t.id)),
  ];
  const areas = Object.entries(AREA_TITLES).map(([id, title]) => {
    const inArea = requirements.filter((r) => r.area === id);
    return {
      id,
      title,
      score: mean(inArea.flatMap((r) => (r.score === null ? [] : [r.score]))),
      blockers: inArea.flatMap((r) => r.findings).filter((f) => f.severity === 'blocker').length,
    };
  });
  const findings = requirements.flatMap((r) => r.findings);
  const blockers = findings.filter((f) => f.severity === 'blocker');
  return {
    date: facts.today,
    score: mean(areas.map((a) => a.score)),
    ready: blockers.length === 0 && facts.documents.length > 0,
    blockers: blockers.length,
    advice: findings.length - blockers.length,
    areas,
    requirements,
    nextSteps: nextSteps(blockers),
  };
};

/** The five most useful things to do next: one per problem, decisions first. */
const nextSteps = (blockers: readonly Finding[]): Finding[] => {
  const seen = new Set<string>();
  return [...blockers]
    .map((f, order) => ({ f, order }))
    .sort((x, y) => rank(x.f) - rank(y.f) || x.order - y.order)
    .map(({ f }) => f)
    .filter((f) => {
      const key = `${f.rule}|${JSON.stringify(f.target)}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, 5);
};
