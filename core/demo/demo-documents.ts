import type { DocumentMeta, Workspace } from '../model/workspace';
import type { Template } from '../templates/types';
import { addMonths } from '../api/service/dates';
import { newDocumentMeta } from '../api/service/new-document';
import { byReadingOrder } from '../templates/reading-order';

/** Documents the demo shows as approved, so the document-control views have history to show. */
const APPROVED_IN_DEMO = new Set([
  'information-security-policy',
  'isms-scope',
  'context-of-the-organisation',
  'isms-roles-and-responsibilities',
  'risk-assessment-and-treatment-methodology',
]);

const DRAFTED_ON = '2026-09-01';
const APPROVED_ON = '2026-10-05';

/**
 * Adds one document per template to the demo workspace, with fixed dates so the demo exports
 * the same bytes every time. A handful are approved version 1.0 with a revision history.
 */
export const addDemoDocuments = (
  workspace: Workspace,
  templates: readonly Template[],
): { workspace: Workspace; bodies: Record<string, string> } => {
  let current = workspace;
  const bodies: Record<string, string> = {};
  for (const template of [...templates].sort(byReadingOrder)) {
    const draft = newDocumentMeta(current, template, DRAFTED_ON);
    const meta = APPROVED_IN_DEMO.has(template.id) ? approve(current, draft) : draft;
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
        author: approver,
        description: 'Approved by top management',
      },
    ],
  };
};
