import type { DocumentKind, DocumentMeta, Workspace } from '../../model/workspace';
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

type FreshDraft = Pick<
  DocumentMeta,
  | 'id'
  | 'status'
  | 'version'
  | 'createdAt'
  | 'updatedAt'
  | 'approvedAt'
  | 'nextReviewDate'
  | 'approvals'
  | 'recordDate'
  | 'withdrawnAt'
  | 'revisions'
>;

/**
 * What every new draft starts with, however it was made (from a template, as a copy): the next
 * free ID of its kind, draft 0.1 dated today, no approvals, and its first revision.
 */
export const freshDraftMeta = (
  workspace: Workspace,
  kind: DocumentKind,
  today: string,
  revision: { readonly author: string; readonly description: string },
): FreshDraft => ({
  // Deleted drafts' IDs count as taken: an ID is never given to a second document.
  id: nextDocumentId(workspace.organisation.documentIdPrefix, kind, [
    ...workspace.documents,
    ...workspace.retiredDocumentIds.map((id) => ({ id })),
  ]),
  status: 'draft',
  version: '0.1',
  createdAt: today,
  updatedAt: today,
  approvedAt: null,
  nextReviewDate: null,
  approvals: [],
  recordDate: today,
  withdrawnAt: null,
  revisions: [{ version: '0.1', date: today, ...revision }],
});

/** Metadata for a new draft made from a template: numbered, owned, classified by default. */
export const newDocumentMeta = (
  workspace: Workspace,
  template: Template,
  today: string,
): DocumentMeta => {
  const owner = workspace.roles[template.owner ?? DEFAULT_OWNER_ROLE[template.kind]] ?? null;
  return {
    ...freshDraftMeta(workspace, template.kind, today, {
      author: workspace.people.find((p) => p.id === owner)?.name ?? '',
      description: `First draft from the "${template.title}" template`,
    }),
    templateId: template.id,
    title: template.title,
    kind: template.kind,
    owner,
    approver: workspace.roles.topManagement ?? null,
    classification: workspace.organisation.classification.default,
    clauses: [...template.clauses],
    controls: [...template.controls],
  };
};
