import { listSome, plural, type Collector } from './collector';
import type { ReadinessFacts, ToBeConfirmed } from './facts';
import { documentFor } from './rules-documents';

const register = (name: string, entry: string | null = null) =>
  ({ kind: 'register', register: name, entry }) as const;
const profile = (section: string) => ({ kind: 'profile', section }) as const;

/** Clauses 4-5: context, scope, roles and the policy decisions still to be confirmed. */
export const checkContextAndLeadership = (facts: ReadinessFacts, c: Collector) => {
  c.check('4.1', facts.contextIssues > 0, () => ({
    rule: 'context.no-issues',
    message: 'No internal or external issues are recorded.',
    action: 'Record the issues that affect the ISMS in the context register.',
    target: register('contextIssues'),
  }));
  c.check('4.2', facts.interestedParties > 0, () => ({
    rule: 'context.no-parties',
    message: 'No interested parties or their requirements are recorded.',
    action: 'Record the interested parties and what they require.',
    target: register('interestedParties'),
  }));
  c.check('4.3', facts.scopeStatement.trim() !== '', () => ({
    rule: 'scope.no-statement',
    message: 'The ISMS scope statement is empty.',
    action: 'Write the scope statement in the organisation profile.',
    target: profile('scope'),
  }));
  c.check('5.1', Boolean(facts.roles['topManagement']), () => ({
    rule: 'roles.no-top-management',
    message: 'Nobody holds the top management role.',
    action: 'Name the top management representative under People and roles.',
    target: profile('people'),
  }));
  c.check('5.3', Boolean(facts.roles['ismsManager']), () => ({
    rule: 'roles.no-isms-manager',
    message: 'Nobody is responsible for the ISMS (ISMS manager role).',
    action: 'Name the ISMS manager under People and roles.',
    target: profile('people'),
  }));
  checkPolicyDecisions(facts, c);
};

// Each proposal is a decision top management has not taken, listed on its own so the report
// reads as a to-do list; they share one fix target, so the next steps show them once.
const checkPolicyDecisions = (facts: ReadinessFacts, c: Collector) => {
  if (facts.toBeConfirmed === undefined) return;
  const finding = (p: ToBeConfirmed) => () => ({
    rule: 'policy.to-be-confirmed',
    message:
      p.reason === 'changed'
        ? `Decision not taken: ${p.label} was changed after top management confirmed it, so it is a proposal again.`
        : `Decision not taken: ${p.label} is proposed, not confirmed by top management.`,
    action:
      'Confirm or change it under Organisation > Policy decisions (or isms decisions confirm).',
    target: profile('decisions'),
  });
  if (facts.toBeConfirmed.length === 0) c.check('5.2', true, finding({ field: '', label: '' }));
  for (const pending of facts.toBeConfirmed) c.check('5.2', false, finding(pending));
};

/** 6.1.2: the risk criteria are approved by top management; risks were assessed. */
export const checkRiskAssessment = (facts: ReadinessFacts, c: Collector) => {
  const top = facts.roles['topManagement'] ?? null;
  const method = documentFor(facts, 'risk-assessment-and-treatment-methodology');
  const approvedBy =
    facts.riskCriteriaApprovedBy !== undefined
      ? facts.riskCriteriaApprovedBy
      : method?.meta.status === 'approved'
        ? method.meta.approver
        : null;
  c.check('6.1.2', top !== null && approvedBy === top, () => ({
    rule: 'risk.criteria-not-approved',
    message:
      approvedBy === null
        ? 'The risk acceptance and assessment criteria are not approved by top management.'
        : 'The risk criteria were approved by someone who does not hold the top management role.',
    action: 'Have top management approve the risk method and criteria.',
    target:
      facts.riskCriteriaApprovedBy === undefined && method
        ? { kind: 'document', id: method.meta.id }
        : register('riskMethod'),
  }));
  c.check('8.2', facts.risks.length > 0, () => ({
    rule: 'risk.none',
    message: 'No risks have been assessed.',
    action: 'Identify and assess the risks in the risk register.',
    target: register('risks'),
  }));
};

/** 6.1.3 and 8.3: every risk has an owner and a treatment; retained risks are accepted. */
export const checkRiskTreatment = (facts: ReadinessFacts, c: Collector) => {
  const withActions = new Set(
    facts.treatments.filter((t) => t.status !== 'cancelled').map((t) => t.risk),
  );
  const noOwner = facts.risks.filter((r) => !r.owner).map((r) => r.id);
  const noTreatment = facts.risks
    .filter((r) => !r.treatment || (r.treatment === 'modify' && !withActions.has(r.id)))
    .map((r) => r.id);
  const notAccepted = facts.risks
    .filter((r) => r.treatment === 'retain' && !r.acceptedBy)
    .map((r) => r.id);
  c.check(
    '6.1.3',
    noOwner.length === 0,
    () => ({
      rule: 'risk.no-owner',
      message: `${plural(noOwner.length, 'risk')} without an owner: ${listSome(noOwner)}.`,
      action: 'Give each risk an owner.',
      target: register('risks', noOwner[0] ?? null),
    }),
    facts.risks.length > 0,
  );
  c.check(
    '6.1.3',
    noTreatment.length === 0,
    () => ({
      rule: 'risk.no-treatment',
      message: `${plural(noTreatment.length, 'risk')} without a treatment or treatment action: ${listSome(noTreatment)}.`,
      action: 'Choose a treatment and plan the actions for each risk.',
      target: register('risks', noTreatment[0] ?? null),
    }),
    facts.risks.length > 0,
  );
  c.check(
    '8.3',
    notAccepted.length === 0,
    () => ({
      rule: 'risk.retained-not-accepted',
      message: `${plural(notAccepted.length, 'retained risk')} not accepted by the risk owner: ${listSome(notAccepted)}.`,
      action: 'Record who accepted each retained risk and when.',
      target: register('risks', notAccepted[0] ?? null),
    }),
    facts.risks.some((r) => r.treatment === 'retain'),
  );
  const ownerOf = new Map(facts.risks.map((r) => [r.id, r.owner]));
  const differing = facts.treatments.filter(
    (t) => t.owner && ownerOf.get(t.risk) && ownerOf.get(t.risk) !== t.owner,
  );
  c.check(
    '6.1.3',
    differing.length === 0,
    () => ({
      rule: 'contradiction.action-owner',
      severity: 'advice',
      message: `${plural(differing.length, 'treatment action')} owned by someone other than the risk owner: ${listSome(differing.map((t) => `${t.id} (${t.risk})`))}.`,
      action: 'Confirm the risk owner agreed to each action, or align the owners.',
      target: register('treatments', differing[0]?.id ?? null),
    }),
    facts.treatments.length > 0,
  );
};
