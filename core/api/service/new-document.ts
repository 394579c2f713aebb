import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Template } from '../../templates/types';
import { nextDocumentId } from './document-ids';

const DEFAULT_OWNER_ROLE = {
  policy: 'ciso',
  procedure: 'ismsManager',
  plan: 'ismsManager',
  record: 'ismsManager',
  register: 'ismsManager',
  report: 'ismsManager',
} as const;

/** Metadata for a new draft made from a template: numbered, owned, classified by default. */
export const newDocumentMeta = (
  workspace: Workspace,
  template: Template,
  today: string,
): DocumentMeta => {
  const owner = workspace.roles[template.owner ?? DEFAULT_OWNER_ROLE[template.kind]] ?? null;
  return {
    // Deleted drafts' IDs count as taken: an ID is never given to a second document.
    id: nextDocumentId(workspace.organisation.documentIdPrefix, template.kind, [
      ...workspace.documents,
      ...workspace.retiredDocumentIds.map((id) => ({ id })),
    ]),
    templateId: template.id,
    title: template.title,
    kind: template.kind,
    status: 'draft',
    version: '0.1',
    owner,
    approver: workspace.roles.topManagement ?? null,
    classification: workspace.organisation.classification.default,
    clauses: [...template.clauses],
    controls: [...template.controls],
    createdAt: today,
    updatedAt: today,
    approvedAt: null,
    nextReviewDate: null,
    approvals: [],
    recordDate: today,
    withdrawnAt: null,
    revisions: [
      {
        version: '0.1',
        date: today,
        author: workspace.people.find((p) => p.id === owner)?.name ?? '',
        description: `First draft from the "${template.title}" template`,
      },
    ],
  };
};
