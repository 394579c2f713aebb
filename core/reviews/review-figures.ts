import type { Registers, ReviewFigure, ReviewInput } from '../model/registers';
import { scoreRisk } from '../registers/risk-scoring';
import { addMonths } from '../api/service/dates';
import { actionsBefore } from './carry-forward';

/** Figures per 9.3.2 input letter, as drawn from the registers for one date. */
export type ReviewFigures = Partial<Record<ReviewInput, ReviewFigure[]>>;

// Registers keep no history, so an entry with a date counts only from that date on, and an
// undated entry (a context issue, an objective's status) counts as it stands when the figures
// are drawn. Drawing happens when the review is created, normally on the meeting day, and the
// result is frozen with the record.
const by = (day: string | null | undefined, asOf: string): boolean =>
  typeof day === 'string' && day <= asOf;

const fig = (label: string, value: number): ReviewFigure => ({ label, value });
const count = <T>(rows: readonly T[], test: (row: T) => boolean) => rows.filter(test).length;

const previousActions = (r: Registers, asOf: string): ReviewFigure[] => {
  const actions = actionsBefore(r.managementReviews, asOf);
  return [
    fig('Actions from earlier reviews', actions.length),
    fig(
      'Actions from earlier reviews still open',
      count(actions, (a) => a.status === 'open'),
    ),
    fig(
      'Actions from earlier reviews done',
      count(actions, (a) => a.status === 'done'),
    ),
  ];
};

const context = (r: Registers, asOf: string): ReviewFigure[] => {
  const yearBefore = addMonths(asOf, -12);
  return [
    fig(
      'Internal issues recorded',
      count(r.contextIssues, (i) => i.type === 'internal'),
    ),
    fig(
      'External issues recorded',
      count(r.contextIssues, (i) => i.type === 'external'),
    ),
    fig('Legal and contractual requirements recorded', r.legalRequirements.length),
    fig(
      'Legal and contractual requirements not reviewed in the last 12 months',
      count(
        r.legalRequirements,
        (l) => !(by(l.lastReviewed, asOf) && l.lastReviewed! >= yearBefore),
      ),
    ),
  ];
};

const parties = (r: Registers): ReviewFigure[] => [
  fig('Interested parties recorded', r.interestedParties.length),
  fig(
    'Interested parties whose requirements are partly addressed',
    count(r.interestedParties, (p) => p.addressed === 'partly'),
  ),
  fig(
    'Interested parties whose requirements are not addressed',
    count(r.interestedParties, (p) => p.addressed === 'no'),
  ),
];

const lastResults = (r: Registers, asOf: string) =>
  r.metrics.map(
    (metric) =>
      r.measurements
        .filter((m) => m.metric === metric.id && by(m.date, asOf))
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1) ?? null,
  );

// Each label names its 9.3.2 d) heading (nonconformit-, metric, audit, objective): the minutes
// template files the figures under the four headings by these words.
const performance = (r: Registers, asOf: string): ReviewFigure[] => {
  const raised = r.nonconformities.filter((n) => by(n.raisedOn, asOf));
  const closed = (n: (typeof raised)[number]) => by(n.closedOn, asOf);
  const results = lastResults(r, asOf);
  const completed = r.audits.filter((a) => by(a.completedDate, asOf));
  const findings = r.findings.filter((f) => completed.some((a) => a.id === f.audit));
  return [
    fig(
      'Nonconformities open',
      count(raised, (n) => !closed(n)),
    ),
    fig('Nonconformities closed', count(raised, closed)),
    fig(
      'Nonconformities with corrective action verified effective',
      count(raised, (n) => n.effective === true && by(n.verifiedOn, asOf)),
    ),
    fig(
      'Metrics with a result',
      count(results, (m) => m !== null),
    ),
    fig(
      'Metrics on target at last result',
      count(results, (m) => m?.onTarget === true),
    ),
    fig(
      'Metrics off target at last result',
      count(results, (m) => m?.onTarget === false),
    ),
    fig('Audits completed', completed.length),
    fig(
      'Audits planned and not yet completed',
      count(r.audits, (a) => a.status !== 'cancelled' && !by(a.completedDate, asOf)),
    ),
    fig('Audit findings raised', findings.length),
    fig(
      'Audit findings that are nonconformities (major or minor)',
      count(findings, (f) => f.type === 'major' || f.type === 'minor'),
    ),
    fig(
      'Objectives on track',
      count(r.objectives, (o) => o.status === 'on-track'),
    ),
    fig(
      'Objectives at risk',
      count(r.objectives, (o) => o.status === 'at-risk'),
    ),
    fig(
      'Objectives achieved',
      count(r.objectives, (o) => o.status === 'achieved'),
    ),
    fig(
      'Objectives missed',
      count(r.objectives, (o) => o.status === 'missed'),
    ),
    fig(
      'Objectives not started',
      count(r.objectives, (o) => o.status === 'not-started'),
    ),
  ];
};

const risks = (r: Registers, asOf: string): ReviewFigure[] => {
  const method = r.riskMethod;
  const scored = r.risks.map((risk) => ({ risk, score: scoreRisk(risk, method) }));
  // A done action without a completion date counts as done; one completed after asOf, as open.
  const open = r.treatments.filter(
    (t) =>
      t.status !== 'cancelled' &&
      !(t.status === 'done' && (t.completedOn === null || t.completedOn <= asOf)),
  );
  return [
    fig(
      'Risks assessed',
      count(r.risks, (x) => by(x.assessedOn, asOf)),
    ),
    fig(
      'Risks rated High before treatment',
      count(scored, (s) => s.score.inherentLevel === 'high'),
    ),
    fig(
      'Risks rated High after treatment',
      count(scored, (s) => s.score.residualLevel === 'high'),
    ),
    fig(
      'Risks outside the acceptance criteria',
      count(scored, (s) => !s.score.withinCriteria),
    ),
    fig(
      'Residual risks accepted',
      count(r.risks, (x) => by(x.acceptedOn, asOf)),
    ),
    fig('Treatment actions open', open.length),
    fig(
      'Treatment actions overdue',
      count(open, (t) => t.dueDate !== null && t.dueDate < asOf),
    ),
    fig(
      'Treatment actions completed',
      count(r.treatments, (t) => by(t.completedOn, asOf)),
    ),
  ];
};

const improvements = (r: Registers, asOf: string): ReviewFigure[] => {
  const raised = r.improvements.filter((i) => by(i.raisedOn, asOf));
  const finished = (i: (typeof raised)[number]) =>
    i.status === 'rejected' ||
    (i.status === 'implemented' && (!i.completedOn || by(i.completedOn, asOf)));
  return [
    fig('Improvement opportunities raised', raised.length),
    fig(
      'Improvement opportunities open',
      count(raised, (i) => !finished(i)),
    ),
    fig(
      'Improvement opportunities implemented',
      count(raised, (i) => i.status === 'implemented' && finished(i)),
    ),
  ];
};

/**
 * The figures a management review considers under 9.3.2 a) to g), as at `asOf`. Input e)
 * (feedback from interested parties) has no register behind it, so it has no figures: the
 * review records that feedback in its notes.
 */
export const drawReviewFigures = (registers: Registers, asOf: string): ReviewFigures => ({
  a: previousActions(registers, asOf),
  b: context(registers, asOf),
  c: parties(registers),
  d: performance(registers, asOf),
  f: risks(registers, asOf),
  g: improvements(registers, asOf),
});
