import { describe, expect, it } from 'vitest';
import { assessReadiness } from './assess';
import type { DocumentFact, ReadinessFacts } from './facts';
import { completeFacts } from './fixture.test-support';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
type Case = readonly [
  rule: string,
  requirement: string,
  breakIt: (f: Mutable<ReadinessFacts>) => void,
];

const editDoc = (
  f: Mutable<ReadinessFacts>,
  templateId: string,
  change: (d: DocumentFact) => DocumentFact,
) => {
  f.documents = f.documents.map((d) => (d.meta.templateId === templateId ? change(d) : d));
};
const setSoa = (f: Mutable<ReadinessFacts>, control: string, patch: object) => {
  f.soa = f.soa.map((e) => (e.control === control ? { ...e, ...patch } : e));
};

const CASES: readonly Case[] = [
  [
    'document.missing',
    '5.2',
    (f) => {
      f.documents = f.documents.filter((d) => d.meta.templateId !== 'information-security-policy');
    },
  ],
  [
    'document.draft',
    '4.3',
    (f) => editDoc(f, 'isms-scope', (d) => ({ ...d, meta: { ...d.meta, status: 'draft' } })),
  ],
  [
    'document.unfilled',
    '7.4',
    (f) => editDoc(f, 'communication-plan', (d) => ({ ...d, unfilled: 2 })),
  ],
  [
    'document.broken',
    '8.1',
    (f) =>
      editDoc(f, 'operational-planning-and-control', (d) => ({
        ...d,
        problems: ['line 3: unexpected tag'],
      })),
  ],
  [
    'document.overdue',
    '10.1',
    (f) =>
      editDoc(f, 'continual-improvement', (d) => ({
        ...d,
        meta: { ...d.meta, nextReviewDate: '2026-11-01' },
      })),
  ],
  [
    'document.changed',
    '6.2',
    (f) =>
      editDoc(f, 'information-security-objectives', (d) => ({ ...d, changedSinceApproval: true })),
  ],
  [
    'risk.criteria-not-approved',
    '6.1.2',
    (f) =>
      editDoc(f, 'risk-assessment-and-treatment-methodology', (d) => ({
        ...d,
        meta: { ...d.meta, approver: 'carol' },
      })),
  ],
  ['soa.undecided', 'A.8', (f) => setSoa(f, '8.12', { applicable: null })],
  [
    'soa.exclusion-unjustified',
    'A.7',
    (f) => setSoa(f, '7.4', { applicable: false, justification: '' }),
  ],
  ['soa.no-status', 'A.6', (f) => setSoa(f, '6.7', { implementation: null })],
  [
    'soa.no-owner',
    'A.5',
    (f) => {
      f.soa = f.soa.map((e) => ({ ...e, owner: e.control === '5.3' ? null : 'alice' }));
    },
  ],
  ['soa.planned-without-action', 'A.8', (f) => setSoa(f, '8.20', { implementation: 'planned' })],
  [
    'risk.no-owner',
    '6.1.3',
    (f) => {
      f.risks = f.risks.map((r) => ({ ...r, owner: null }));
    },
  ],
  [
    'risk.no-treatment',
    '6.1.3',
    (f) => {
      f.treatments = [];
    },
  ],
  [
    'risk.retained-not-accepted',
    '8.3',
    (f) => {
      f.risks = [
        ...f.risks,
        {
          id: 'R-002',
          owner: 'alice',
          treatment: 'retain',
          residualScore: 3,
          acceptedBy: null,
          controls: [],
        },
      ];
    },
  ],
  [
    'audit.none-completed',
    '9.2',
    (f) => {
      f.audits = f.audits.map((a) => ({ ...a, completed: false }));
    },
  ],
  [
    'audit.partial-scope',
    '9.2',
    (f) => {
      f.audits = f.audits.map((a) => ({
        ...a,
        controls: a.controls.filter((c) => !c.startsWith('7.')),
      }));
    },
  ],
  [
    'review.none',
    '9.3',
    (f) => {
      f.managementReviews = [];
    },
  ],
  [
    'review.inputs-missing',
    '9.3',
    (f) => {
      f.managementReviews = [
        { id: 'MR-001', date: '2026-10-01', inputs: ['a', 'b', 'c', 'd', 'e', 'g'] },
      ];
    },
  ],
  [
    'nonconformity.no-corrective-action',
    '10.2',
    (f) => {
      f.nonconformities = f.nonconformities.map((nc) => ({ ...nc, correctiveAction: '' }));
    },
  ],
  [
    'nonconformity.no-effectiveness-check',
    '10.2',
    (f) => {
      f.nonconformities = f.nonconformities.map((nc) => ({ ...nc, effectivenessChecked: false }));
    },
  ],
  [
    'objectives.none',
    '6.2',
    (f) => {
      f.objectives = [];
    },
  ],
  [
    'objectives.no-measure',
    '6.2',
    (f) => {
      f.objectives = [{ id: 'O-001', measure: ' ' }];
    },
  ],
  [
    'contradiction.implemented-with-open-nonconformity',
    'A.5',
    (f) => {
      f.nonconformities = f.nonconformities.map((nc) => ({ ...nc, open: true }));
    },
  ],
  [
    'contradiction.action-owner',
    '6.1.3',
    (f) => {
      f.treatments = f.treatments.map((t) => ({ ...t, owner: 'dave' }));
    },
  ],
  [
    'contradiction.self-approved',
    '7.5',
    (f) => editDoc(f, 'isms-scope', (d) => ({ ...d, meta: { ...d.meta, approver: 'alice' } })),
  ],
  [
    'contradiction.unknown-document',
    '7.5',
    (f) => editDoc(f, 'isms-scope', (d) => ({ ...d, references: ['ACME-POL-404'] })),
  ],
  [
    'contradiction.dangling-reference',
    '7.5',
    (f) => {
      f.danglingReferences = [
        { register: 'treatments', from: 'T-009', message: 'T-009 names risk R-404' },
      ];
    },
  ],
  [
    'policy.to-be-confirmed',
    '5.2',
    (f) => {
      f.toBeConfirmed = [
        { field: 'parameters.passwordMinLength', label: 'Minimum password length' },
      ];
    },
  ],
  [
    'control.no-current-document',
    'A.8',
    (f) => {
      f.documents = f.documents.filter((d) => d.meta.templateId !== 'annex-a-policies');
    },
  ],
  [
    'context.no-issues',
    '4.1',
    (f) => {
      f.contextIssues = 0;
    },
  ],
  [
    'scope.no-statement',
    '4.3',
    (f) => {
      f.scopeStatement = '';
    },
  ],
  [
    'roles.no-top-management',
    '5.1',
    (f) => {
      f.roles = { ismsManager: 'alice' };
    },
  ],
];

const rulesOf = (facts: ReadinessFacts, requirement: string) =>
  assessReadiness(facts)
    .requirements.find((r) => r.id === requirement)
    ?.findings.map((f) => f.rule) ?? [];

describe('readiness rules', () => {
  it('finds nothing blocking in a complete workspace and scores it 100', () => {
    const report = assessReadiness(completeFacts());
    expect(report.requirements.flatMap((r) => r.findings)).toEqual([]);
    expect(report).toMatchObject({ ready: true, blockers: 0, score: 100, nextSteps: [] });
  });

  it.each(CASES)(
    '%s: raised under %s when triggered, absent otherwise',
    (rule, requirement, breakIt) => {
      expect(rulesOf(completeFacts(), requirement)).not.toContain(rule);
      const broken = completeFacts() as Mutable<ReadinessFacts>;
      breakIt(broken);
      expect(rulesOf(broken, requirement)).toContain(rule);
      const report = assessReadiness(broken);
      expect(report.score).toBeLessThan(100);
    },
  );

  it('lets advice stand without blocking Stage 1', () => {
    const f = completeFacts() as Mutable<ReadinessFacts>;
    f.treatments = f.treatments.map((t) => ({ ...t, owner: 'dave' }));
    const report = assessReadiness(f);
    expect(report).toMatchObject({ ready: true, blockers: 0, advice: 1 });
  });

  it('never calls an empty workspace ready, scores it 0 and says what to do first', () => {
    const empty: ReadinessFacts = {
      ...completeFacts(),
      scopeStatement: '',
      roles: {},
      documents: [],
      contextIssues: 0,
      interestedParties: 0,
      risks: [],
      treatments: [],
      soa: [],
      objectives: [],
      competenceRecords: 0,
      audits: [],
      nonconformities: [],
      managementReviews: [],
    };
    delete (empty as Mutable<ReadinessFacts>).toBeConfirmed;
    const report = assessReadiness(empty);
    expect(report.ready).toBe(false);
    expect(report.score).toBe(0);
    expect(report.areas.every((a) => a.score === 0)).toBe(true);
    expect(report.nextSteps).toHaveLength(5);
    expect(report.nextSteps[0]?.rule).toBe('scope.no-statement');
    expect(report.nextSteps.map((s) => s.rule)).toContain('soa.undecided');
  });

  it('links each finding to where it is fixed', () => {
    const f = completeFacts() as Mutable<ReadinessFacts>;
    f.documents = f.documents.filter((d) => d.meta.templateId !== 'isms-scope');
    editDoc(f, 'communication-plan', (d) => ({ ...d, unfilled: 1 }));
    setSoa(f, '5.7', { applicable: null });
    const findings = assessReadiness(f).requirements.flatMap((r) => r.findings);
    expect(findings.find((x) => x.rule === 'document.missing')?.target).toEqual({
      kind: 'template',
      templateId: 'isms-scope',
    });
    expect(findings.find((x) => x.rule === 'document.unfilled')?.target).toMatchObject({
      kind: 'document',
    });
    expect(findings.find((x) => x.rule === 'soa.undecided')?.target).toEqual({
      kind: 'register',
      register: 'soa',
      entry: '5.7',
    });
  });
});
