import { ANNEX_A_CONTROLS, CONTROLS_USUALLY_DOCUMENTED } from '../frameworks/annex-a';
import type { DocumentMeta } from '../model/workspace';
import type { DocumentFact, ReadinessFacts } from './facts';
import { CLAUSE_REQUIREMENTS } from './requirements';

const meta = (n: number, templateId: string, controls: string[] = []): DocumentMeta => ({
  id: `ACME-DOC-${String(n).padStart(3, '0')}`,
  templateId,
  title: templateId,
  kind: 'policy',
  status: 'approved',
  version: '1.0',
  owner: 'alice',
  approver: 'bob',
  classification: 'Internal',
  clauses: [],
  controls,
  createdAt: '2026-01-10',
  updatedAt: '2026-02-01',
  approvedAt: '2026-02-01',
  nextReviewDate: '2027-02-01',
  revisions: [],
  approvals: [
    { version: '1.0', date: '2026-02-01', approver: 'bob', author: 'alice', reason: 'First issue' },
  ],
  recordDate: null,
  withdrawnAt: null,
});

const fact = (m: DocumentMeta): DocumentFact => ({
  meta: m,
  unfilled: 0,
  problems: [],
  changedSinceApproval: false,
  author: m.owner,
  references: [],
});

/** A workspace in which nothing blocks Stage 1; each rule's test breaks one thing in it. */
export const completeFacts = (): ReadinessFacts => {
  const templates = [
    ...new Set(CLAUSE_REQUIREMENTS.flatMap((r) => r.expected.map((e) => e.templateId))),
  ];
  const documents = [
    ...templates.map((t, i) => fact(meta(i + 1, t))),
    fact(meta(90, 'annex-a-policies', [...CONTROLS_USUALLY_DOCUMENTED])),
  ];
  return {
    today: '2026-11-28',
    organisationName: 'Acme',
    scopeStatement: 'All of Acme',
    roles: { topManagement: 'bob', ismsManager: 'alice' },
    documents,
    riskAcceptanceThreshold: 6,
    contextIssues: 2,
    interestedParties: 2,
    risks: [
      {
        id: 'R-001',
        owner: 'alice',
        treatment: 'modify',
        residualScore: 4,
        acceptedBy: null,
        controls: ['5.1'],
      },
    ],
    treatments: [{ id: 'T-001', risk: 'R-001', owner: 'alice', status: 'done', controls: ['5.1'] }],
    soa: ANNEX_A_CONTROLS.map((c) => ({
      control: c.id,
      applicable: true,
      justification: 'Needed',
      implementation: 'implemented',
    })),
    objectives: [{ id: 'O-001', measure: 'Share of staff trained' }],
    competenceRecords: 3,
    audits: [
      {
        id: 'AU-001',
        completed: true,
        coversClauses: true,
        controls: ANNEX_A_CONTROLS.map((c) => c.id),
      },
    ],
    nonconformities: [
      {
        id: 'NC-001',
        open: false,
        correctiveAction: 'Retrained the team',
        owner: 'alice',
        controls: ['5.15'],
      },
    ],
    managementReviews: [
      { id: 'MR-001', date: '2026-10-01', inputs: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
    ],
    toBeConfirmed: [],
    danglingReferences: [],
  };
};
