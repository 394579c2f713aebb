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

/**
 * Documents that print register entries (acceptances, results, acknowledgements, the audit, the
 * review): approved on 5 October and reissued as 1.1 once the audit and the management review had
 * run, so that no approved text quotes an event dated after its own approval.
 */
const REISSUED_AFTER_REVIEW = new Set([
  'risk-treatment-plan',
  'risk-assessment-report',
  'information-security-objectives',
  'policy-acknowledgement-record',
  'internal-audit-procedure',
  'management-review-procedure',
  'continual-improvement',
  'nonconformity-and-corrective-action-procedure',
  'supplier-security-requirements',
]);
const REISSUED_ON = '2026-11-20';

const DRAFTED_ON = '2026-09-01';

// A record of an event is started once the event has happened (minutes after the meeting), and
// the plans for the next audit and review as at the demo's latest review.
const draftedOn = (templateId: string): string =>
  DRAFT_IN_DEMO.has(templateId) ? (RECORD_DATES[templateId] ?? AS_AT) : DRAFTED_ON;
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
 * the same bytes every time. Most are approved version 1.0 with a revision history, some reissued
 * as 1.1; the frozen copy of every approved version (1.0 and 1.1 alike) is written when the
 * workspace is created.
 */
export const addDemoDocuments = (
  workspace: Workspace,
  templates: readonly Template[],
): {
  workspace: Workspace;
  bodies: Record<string, string>;
  /** Approved versions since reissued (each reissued document's 1.0), to be frozen too. */
  earlier: DocumentMeta[];
} => {
  let current = workspace;
  const bodies: Record<string, string> = {};
  const earlier: DocumentMeta[] = [];
  for (const template of [...templates].sort(byReadingOrder)) {
    const draft = {
      ...newDocumentMeta(current, template, draftedOn(template.id)),
      recordDate: RECORD_DATES[template.id] ?? AS_AT,
    };
    const approved = DRAFT_IN_DEMO.has(template.id) ? draft : approve(current, draft);
    const reissued = REISSUED_AFTER_REVIEW.has(template.id);
    const meta = reissued ? reissue(current, approved) : approved;
    if (reissued) earlier.push(approved);
    current = { ...current, documents: [...current.documents, meta] };
    bodies[meta.id] = template.body;
  }
  return { workspace: current, bodies, earlier };
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

/** Version 1.1: the same text brought up to date with the registers, approved by the same person. */
const reissue = (workspace: Workspace, approved: DocumentMeta): DocumentMeta => {
  const approver = workspace.people.find((p) => p.id === approved.approver)?.name ?? '';
  const owner = workspace.people.find((p) => p.id === approved.owner)?.name ?? '';
  const reason =
    'Register content brought up to date after the internal audit and management review';
  return {
    ...approved,
    version: '1.1',
    // A report speaks as at its reissue; the risks in it keep their own assessment dates.
    recordDate: REISSUED_ON,
    approvals: [
      ...approved.approvals,
      {
        version: '1.1',
        date: REISSUED_ON,
        approver: approved.approver ?? '',
        author: approved.owner,
        reason,
      },
    ],
    updatedAt: REISSUED_ON,
    approvedAt: REISSUED_ON,
    nextReviewDate: addMonths(REISSUED_ON, workspace.organisation.reviewCycleMonths),
    revisions: [
      ...approved.revisions,
      {
        version: '1.1',
        date: REISSUED_ON,
        author: owner,
        description: `Approved by ${approver}: ${reason.toLowerCase()}`,
      },
    ],
  };
};

/** The demo's approved documents, whose approved text is frozen in history/ on creation. */
export const approvedDemoDocuments = (workspace: Workspace): DocumentMeta[] =>
  workspace.documents.filter((d) => d.status === 'approved');
