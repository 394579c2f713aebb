import { z } from 'zod';
import {
  DOCUMENT_KINDS,
  DOCUMENT_STATUSES,
  documentMetaSchema,
  organisationSchema,
  personSchema,
  policyParametersSchema,
  rolesSchema,
} from '../model/workspace';
import { roleSetupSchema } from '../model/roles';
import { controlViewSchema } from './contract-doccontrol';
import { isoDateInput } from './input-checks';
import { templateProblemField } from './contract-templates';

// The workspace, profile, document, template and preview methods: their input and output
// schemas (contract.ts lists every method and where its schemas are).

const dir = z.string().min(1, 'a workspace folder is required');
const documentId = z.string().min(1);

const fieldPosition = z.object({ field: z.string(), line: z.number(), column: z.number() });

export const workspaceSummarySchema = z.object({
  dir: z.string(),
  name: z.string(),
  documentCount: z.number(),
});

export const profileSchema = z.object({
  organisation: organisationSchema,
  people: z.array(personSchema),
  roles: rolesSchema,
  /** Custom roles and the roles marked not applicable. */
  roleSetup: roleSetupSchema,
  parameters: policyParametersSchema,
});

export const documentSummarySchema = z.object({
  id: z.string(),
  templateId: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  status: z.enum(DOCUMENT_STATUSES),
  version: z.string(),
  ownerName: z.string().nullable(),
  unfilledCount: z.number(),
  /** Why the document cannot be checked or rendered (a missing body, a syntax error...), if so. */
  problem: z.string().nullable(),
  updatedAt: z.string(),
  /** Lifecycle state, changed since approval, review due (see documents.control). */
  control: controlViewSchema,
});

export const templateSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  clauses: z.array(z.string()),
  controls: z.array(z.string()),
  summary: z.string(),
  origin: z.enum(['builtin', 'workspace']),
});

export const documentMetaPatchSchema = z
  .object({
    title: z.string().trim().min(1),
    owner: z.string().nullable(),
    approver: z.string().nullable(),
    classification: z.string().trim().min(1),
    /** The date a record speaks for; status and version change only through lifecycle actions. */
    recordDate: isoDateInput.nullable(),
  })
  .partial()
  .strict();

export const checkReportSchema = z.object({
  ok: z.boolean(),
  documents: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      unfilled: z.array(fieldPosition),
      errors: z.array(z.string()),
    }),
  ),
  workspaceErrors: z.array(z.string()),
});

const empty = z.object({});

export const documentsContract = {
  /** Creates a workspace folder, blank or filled with the demo organisation and documents. */
  'workspace.create': {
    input: z.object({ dir, from: z.enum(['blank', 'demo']), name: z.string().optional() }),
    output: workspaceSummarySchema,
  },
  /** Opens an existing workspace and records it as recent. */
  'workspace.open': { input: z.object({ dir }), output: workspaceSummarySchema },
  /**
   * Replaces a damaged workspace.json with its last good version (workspace.json.bak); the
   * damaged file is kept beside it. Then opens the workspace.
   */
  'workspace.restoreBackup': {
    input: z.object({ dir }),
    output: workspaceSummarySchema.extend({ keptAs: z.string().nullable() }),
  },
  /** The recently opened workspaces, most recent first. */
  'workspace.recent': {
    input: empty,
    output: z.object({ recent: z.array(z.object({ dir: z.string(), name: z.string() })) }),
  },
  /** The organisation profile, people, roles and policy parameters. */
  'profile.get': { input: z.object({ dir }), output: profileSchema },
  /** Replaces the given parts of the profile after validating them; returns the saved profile. */
  'profile.update': {
    input: z.object({ dir, patch: profileSchema.partial() }),
    output: profileSchema,
  },
  /** The workspace's documents with status and unfilled-field counts. */
  'documents.list': { input: z.object({ dir }), output: z.array(documentSummarySchema) },
  /** Creates a document from a template, numbered by the workspace's ID scheme. */
  'documents.create': {
    input: z.object({ dir, templateId: z.string().min(1) }),
    output: documentMetaSchema,
  },
  /** One document: metadata, Markdown body and the fields it uses. */
  'documents.get': {
    input: z.object({ dir, id: documentId }),
    output: z.object({
      meta: documentMetaSchema,
      body: z.string(),
      /** The body's revision tag (`textRevision`): send it back as `baseRevision` when saving. */
      revision: z.string(),
      fields: z.array(fieldPosition),
      unfilled: z.array(fieldPosition),
    }),
  },
  /** The filled Markdown of a document as it will be exported, with its unfilled fields. */
  'documents.render': {
    input: z.object({ dir, id: documentId }),
    output: z.object({ markdown: z.string(), unfilled: z.array(fieldPosition) }),
  },
  /**
   * Saves a new body and/or metadata; returns the saved metadata. With `baseRevision` (the
   * revision the body was read at), a body that changed on disk since is never overwritten: the
   * save fails with a 'conflict' whose details say `reason: 'body-changed'`.
   */
  'documents.update': {
    input: z.object({
      dir,
      id: documentId,
      body: z.string().optional(),
      baseRevision: z.string().optional(),
      meta: documentMetaPatchSchema.optional(),
    }),
    output: documentMetaSchema,
  },
  /** Deletes a document and its body file. */
  'documents.delete': {
    input: z.object({ dir, id: documentId }),
    output: z.object({ deleted: z.string() }),
  },
  /** Exports one document as Word; `data` is the .docx file in base64. */
  'documents.export': {
    input: z.object({ dir, id: documentId }),
    output: z.object({
      fileName: z.string(),
      data: z.string(),
      incomplete: z.boolean(),
      /** What the export had to leave out, such as an unreadable logo (named by its field). */
      warnings: z.array(z.object({ field: z.string(), message: z.string() })).default(() => []),
    }),
  },
  /**
   * The template library (built-in plus the workspace's own, which win by id). A file that cannot
   * be used is listed too, with its `problem` (file, line, message); in such an entry only `id`
   * (the file's name), `title`, `origin` and `problem` mean anything.
   */
  'templates.list': {
    input: z.object({ dir: dir.optional() }),
    output: z.array(templateSummarySchema.extend({ problem: templateProblemField })),
  },
  /** One template with its body. */
  'templates.get': {
    input: z.object({ dir: dir.optional(), id: z.string().min(1) }),
    output: templateSummarySchema.extend({ body: z.string() }),
  },
  /** Renders a document (or an unsaved body) for the live preview, unfilled fields marked. */
  'preview.render': {
    input: z.object({ dir, id: documentId, body: z.string().optional() }),
    output: z.object({ markdown: z.string(), unfilled: z.array(fieldPosition) }),
  },
  /**
   * The data a document's placeholders are filled from, so the editor can render its preview on
   * every keystroke without a round trip. Fetch it again when the workspace changes. `now` is the
   * app's time of the answer, what a template's `'now' | date` prints.
   */
  'preview.context': {
    input: z.object({ dir, id: documentId }),
    output: z.object({ context: z.record(z.string(), z.unknown()), now: z.string() }),
  },
  /** Lists unfilled fields and invalid data for every document. */
  'workspace.check': { input: z.object({ dir }), output: checkReportSchema },
} as const;
