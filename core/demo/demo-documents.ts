import type { DocumentMeta, Workspace } from '../model/workspace';
import type { Template } from '../templates/types';
import { addMonths } from '../api/service/dates';
import { newDocumentMeta } from '../api/service/new-document';
import { byReadingOrder } from '../templates/reading-order';

/**
 * Documents still in draft in the demo: records of events after the documents were approved
 * (their approval waits for the meeting or audit they record) and the plan for the next audit.
 * Everything else was approved on 5 October 2026, before the first audit and review.
 */
const DRAFT_IN_DEMO = new Set([
  'internal-audit-report',
  'internal-audit-plan-and-checklist',
  'management-review-minutes',
  'management-review-agenda-and-input-pack',
  'continuity-exercise-report',
]);

const DRAFTED_ON = '2026-09-01';
const APPROVED_ON = '2026-10-05';

/** The date each record speaks for; the rest are drafts as at the demo's latest review. */
const RECORD_DATES: Readonly<Record<string, string>> = {
  'risk-assessment-report': '2026-09-17',
  'internal-audit-report': '2026-10-24',
  'management-review-minutes': '2026-11-12',
};
const AS_AT = '2026-11-20';

/**
 * Adds one document per template to the demo workspace, with fixed dates so the demo exports
 * the same bytes every time. A handful are approved version 1.0 with a revision history; their
 * frozen copies are written when the workspace is created (`approvedDemoDocuments`).
 */
export const addDemoDocuments = (
  workspace: Workspace,
  templates: readonly Template[],
): { workspace: Workspace; bodies: Record<string, string> } => {
  let current = workspace;
  const bodies: Record<string, string> = {};
  for (const template of [...templates].sort(byReadingOrder)) {
    const draft = {
      ...newDocumentMeta(current, template, DRAFTED_ON),
      recordDate: RECORD_DATES[template.id] ?? AS_AT,
    };
    const meta = DRAFT_IN_DEMO.has(template.id) ? draft : approve(current, draft);
    current = { ...current, documents: [...current.documents, meta] };
    bodies[meta.id] = template.body;
  }
  return { workspace: current, bodies };
};

const approve = (workspace: Workspace, draft: DocumentMeta): DocumentMeta => {
  const approver = workspace.people.find((p) => p.id === draft.approver)?.name ?? '';
  const owner = workspace.people.find((p) => p.id === draft.owner)?.name ?? '';
  return {
    ...draft,
    status: 'approved',
    version: '1.0',
    // A record keeps the date it speaks for; a policy or procedure speaks as at its approval.
    recordDate: RECORD_DATES[draft.templateId] ?? APPROVED_ON,
    approvals: [
      {
        version: '1.0',
        date: APPROVED_ON,
        approver: draft.approver ?? '',
        author: draft.owner,
        reason: 'First issue',
      },
    ],
    updatedAt: APPROVED_ON,
    approvedAt: APPROVED_ON,
    nextReviewDate: addMonths(APPROVED_ON, workspace.organisation.reviewCycleMonths),
    revisions: [
      ...draft.revisions,
      {
        version: '0.2',
        date: '2026-09-20',
        author: owner,
        description: 'Revised after review by the ISMS working group',
      },
      {
        version: '1.0',
        date: APPROVED_ON,
        // The author of the approved text; the approver is recorded separately, never as author.
        author: owner,
        description: `Approved by ${approver}: first issue`,
      },
    ],
  };
};

/** The demo's approved documents, whose approved text is frozen in history/ on creation. */
export const approvedDemoDocuments = (workspace: Workspace): DocumentMeta[] =>
  workspace.documents.filter((d) => d.status === 'approved');
