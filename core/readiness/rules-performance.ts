import { ANNEX_A_CONTROLS } from '../frameworks/annex-a';
import { listSome, plural, type Collector } from './collector';
import type { ReadinessFacts } from './facts';

const register = (name: string, entry: string | null = null) =>
  ({ kind: 'register', register: name, entry }) as const;

const REVIEW_INPUTS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const;

/** 6.2, 7.2: objectives with measures; competence evidence. */
export const checkObjectivesAndCompetence = (facts: ReadinessFacts, c: Collector) => {
  c.check('6.2', facts.objectives.length > 0, () => ({
    rule: 'objectives.none',
    message: 'No information security objectives are set.',
    action: 'Set measurable objectives in the objectives register.',
    target: register('objectives'),
  }));
  const unmeasured = facts.objectives.filter((o) => o.measure.trim() === '').map((o) => o.id);
  c.check(
    '6.2',
    unmeasured.length === 0,
    () => ({
      rule: 'objectives.no-measure',
      message: `${plural(unmeasured.length, 'objective')} without a measure: ${listSome(unmeasured)}.`,
      action: 'Say how each objective is measured.',
      target: register('objectives', unmeasured[0] ?? null),
    }),
    facts.objectives.length > 0,
  );
  c.check('7.2', facts.competenceRecords > 0, () => ({
    rule: 'competence.none',
    message: 'No evidence of competence is recorded.',
    action: 'Record training and qualifications in the competence register.',
    target: register('competence'),
  }));
};

/** 9.2, 9.3: an audit completed over the whole scope; a management review covering a)-g). */
export const checkAuditAndReview = (
  facts: ReadinessFacts,
  c: Collector,
  applicable: readonly string[],
) => {
  const completed = facts.audits.filter((a) => a.completed);
  c.check('9.2', completed.length > 0, () => ({
    rule: 'audit.none-completed',
    message: 'No internal audit has been completed.',
    action: 'Complete an internal audit and record its results.',
    target: register('audits'),
  }));
  if (completed.length > 0) {
    const covered = new Set(completed.flatMap((a) => a.controls));
    const clauses = completed.some((a) => a.coversClauses);
    const uncovered = applicable.filter((id) => !covered.has(id));
    c.check('9.2', clauses && uncovered.length === 0, () => ({
      rule: 'audit.partial-scope',
      message: `Completed audits do not yet cover the whole ISMS${clauses ? '' : ' (clauses 4-10 not audited)'}${uncovered.length ? `; ${plural(uncovered.length, 'applicable control')} not audited: ${listSome(uncovered.map((id) => `A.${id}`))}` : ''}.`,
      action: 'Complete the audits planned in the programme before Stage 1.',
      target: register('audits'),
    }));
  }
  const held = facts.managementReviews.filter((m) => m.date <= facts.today);
  const full = held.find((m) => REVIEW_INPUTS.every((letter) => m.inputs.includes(letter)));
  const best = [...held].sort((a, b) => b.inputs.length - a.inputs.length)[0];
  c.check('9.3', full !== undefined, () => ({
    rule: held.length === 0 ? 'review.none' : 'review.inputs-missing',
    message:
      held.length === 0 || !best
        ? 'No management review has been held.'
        : `Management review ${best.id} does not cover input(s) ${REVIEW_INPUTS.filter((l) => !best.inputs.includes(l)).join(', ')} of 9.3.2.`,
    action: 'Hold a management review that considers every input a) to g) and record it.',
    target: register('managementReviews', best?.id ?? null),
  }));
};

/** 10.2: corrective action for every nonconformity; effectiveness checked before closing. */
export const checkNonconformities = (facts: ReadinessFacts, c: Collector) => {
  const noAction = facts.nonconformities
    .filter((nc) => nc.correctiveAction.trim() === '')
    .map((nc) => nc.id);
  c.check(
    '10.2',
    noAction.length === 0,
    () => ({
      rule: 'nonconformity.no-corrective-action',
      message: `${plural(noAction.length, 'nonconformity', 'nonconformities')} without a corrective action: ${listSome(noAction)}.`,
      action: 'Record the corrective action for each nonconformity.',
      target: register('nonconformities', noAction[0] ?? null),
    }),
    facts.nonconformities.length > 0,
  );
  const unverified = facts.nonconformities
    .filter((nc) => !nc.open && nc.effectivenessChecked === false)
    .map((nc) => nc.id);
  if (facts.nonconformities.some((nc) => nc.effectivenessChecked !== undefined)) {
    c.check('10.2', unverified.length === 0, () => ({
      rule: 'nonconformity.no-effectiveness-check',
      message: `${plural(unverified.length, 'closed nonconformity', 'closed nonconformities')} without a check that the action worked: ${listSome(unverified)}.`,
      action: 'Record who verified the effectiveness of each corrective action, and when.',
      target: register('nonconformities', unverified[0] ?? null),
    }));
  }
};

/** The applicable controls per the SoA (all 93 while nothing is decided). */
export const applicableControls = (facts: ReadinessFacts): string[] => {
  const decided = new Map(facts.soa.map((e) => [e.control, e.applicable]));
  return ANNEX_A_CONTROLS.map((c) => c.id).filter((id) => decided.get(id) !== false);
};
