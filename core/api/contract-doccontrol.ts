import { z } from 'zod';
import { documentMetaSchema } from '../model/workspace';

// Document control (ISO/IEC 27001:2022 clause 7.5): lifecycle actions, frozen versions,
// comparison, redline and the register of documents. Spread into `apiContract`.

const dir = z.string().min(1, 'a workspace folder is required');
const id = z.string().min(1);
const reason = z.string().trim().min(1, 'give a reason');
/** A frozen version such as 1.0, or "current" for the working text. */
const versionRef = z.union([z.literal('current'), z.string().regex(/^\d+\.\d+$/)]);

export const LIFECYCLE_STATES = ['draft', 'review', 'approved', 'changed', 'withdrawn'] as const;

export const controlViewSchema = z.object({
  state: z.enum(LIFECYCLE_STATES),
  label: z.string(),
  workingVersion: z.string(),
  approvedVersion: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approver: z.string().nullable(),
  nextReviewDate: z.string().nullable(),
  reviewOverdue: z.boolean(),
  changedSinceApproval: z.boolean(),
  approvedByAuthor: z.boolean(),
  /** Set when the comparison with the approved text could not be made; try again. */
  changeCheckError: z.string().nullable().default(null),
});

export const registerRowSchema = z.object({
  id: z.string(),
  title: z.string(),
  version: z.string(),
  status: z.string(),
  owner: z.string(),
  approver: z.string(),
  approvalDate: z.string(),
  nextReview: z.string(),
  classification: z.string(),
  clauses: z.string(),
  controls: z.string(),
});

const fileOutput = z.object({ fileName: z.string(), data: z.string() });

const diffPart = z.object({
  kind: z.enum(['equal', 'insert', 'delete']),
  text: z.string(),
});

export const docControlContract = {
  /** Sends a draft (or an approved document that has changed) to review. */
  'documents.submitForReview': {
    input: z.object({ dir, id }),
    output: documentMetaSchema,
  },
  /** Takes a document out of review for more changes; the draft number goes up. */
  'documents.returnToDraft': {
    input: z.object({ dir, id, reason }),
    output: documentMetaSchema,
  },
  /**
   * Approves a document in review: names the approver (not its owner unless the workspace
   * allows it), records the reason, sets the version by the rule and freezes the approved text
   * and data in history/. Refuses unfilled fields and syntax errors.
   */
  'documents.approve': {
    input: z.object({
      dir,
      id,
      approver: z.string().min(1, 'name the approver'),
      reason,
      change: z.enum(['minor', 'major']).default('minor'),
    }),
    output: documentMetaSchema,
  },
  /** Marks a document withdrawn (obsolete); it keeps its ID, history and frozen versions. */
  'documents.withdraw': {
    input: z.object({ dir, id, reason }),
    output: documentMetaSchema,
  },
  /** The lifecycle state, the revision history and the versions that can be compared. */
  'documents.control': {
    input: z.object({ dir, id }),
    output: z.object({
      view: controlViewSchema,
      approvals: z.array(
        z.object({
          version: z.string(),
          date: z.string(),
          approverName: z.string(),
          authorName: z.string(),
          reason: z.string(),
          frozen: z.boolean(),
        }),
      ),
      revisions: documentMetaSchema.shape.revisions,
    }),
  },
  /** Two versions' filled text and the changes between them, line by line then word by word. */
  'documents.compare': {
    input: z.object({ dir, id, from: versionRef, to: versionRef }),
    output: z.object({
      from: z.object({ version: z.string(), label: z.string(), markdown: z.string() }),
      to: z.object({ version: z.string(), label: z.string(), markdown: z.string() }),
      parts: z.array(diffPart),
    }),
  },
  /** Word file of a frozen approved version: the same bytes as on the day it was approved. */
  'documents.exportVersion': {
    input: z.object({ dir, id, version: z.string().regex(/^\d+\.\d+$/) }),
    output: fileOutput,
  },
  /** Word "redline": the change between two versions as tracked insertions and deletions. */
  'documents.exportRedline': {
    input: z.object({ dir, id, from: versionRef, to: versionRef }),
    output: fileOutput,
  },
  /** The register of documents (master list), one row per document. */
  'documents.register': {
    input: z.object({ dir }),
    output: z.array(registerRowSchema),
  },
  /** The register of documents as a Word document or an Excel workbook (.xlsx). */
  'documents.exportRegister': {
    input: z.object({ dir, format: z.enum(['docx', 'xlsx']).default('docx') }),
    output: fileOutput,
  },
} as const;

export type ControlViewDto = z.output<typeof controlViewSchema>;
export type RegisterRow = z.output<typeof registerRowSchema>;
