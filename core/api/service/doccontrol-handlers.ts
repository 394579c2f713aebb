import { assertApprovable, approvedMeta, leftoversOf } from '../../doccontrol/approve';
import { compareTexts } from '../../doccontrol/compare';
import { returnToDraft, submitForReview, withdrawDocument } from '../../doccontrol/lifecycle';
import type { RedlineLook } from '../../doccontrol/redline';
import { buildRedlineDocxLazily } from './word-build-lazily';
import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import { bytesToBase64 } from '../base64';
import type { Handlers } from '../dispatch';
import {
  docxInputFromSnapshot,
  frozenApproverName,
  type SnapshotRecord,
} from '../../doccontrol/snapshot';
import type { PackTools } from '../../pack/types';
import type { Clock, TemplateSource } from '../ports';
import type { PagePlanner } from '../publish-ports';
import {
  createRegisterOfDocumentsHandlers,
  type RegisterHandlers,
} from './register-of-documents-handlers';
import { readReference } from './brand-assets';
import { isoDay } from './dates';
import { brandingOf } from './export-input';
import { buildSnapshot, controlStateOf, exportFrozen, readFrozen } from './document-control';
import {
  readApprovedWordFile,
  withWordFile,
  wordFileMaker,
  writeFrozenVersion,
} from './frozen-word-file';
import { exportFileName } from './document-ids';
import type { DocumentRunner } from './document-jobs';
import { loadTemplateLibrary } from './template-library';
import { findDocument, personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  pages: PagePlanner | null;
  tools: PackTools | null;
  /** Renders for approval and for the comparison with the approved text, with a time limit. */
  runner: DocumentRunner;
};
type DocControlHandlers = Pick<
  Handlers,
  | 'documents.submitForReview'
  | 'documents.returnToDraft'
  | 'documents.approve'
  | 'documents.withdraw'
  | 'documents.control'
  | 'documents.compare'
  | 'documents.exportVersion'
  | 'documents.exportRedline'
>;

/** The look an approved version was frozen with: its organisation name, branding and styles. */
const frozenLook = (record: SnapshotRecord): RedlineLook => {
  const input = docxInputFromSnapshot(record);
  return {
    organisationName: input.organisationName,
    classification: input.classification,
    ...(input.branding ? { branding: input.branding } : {}),
    referenceStyles: input.referenceStyles ?? null,
    referenceTheme: input.referenceTheme ?? null,
  };
};

export const createDocControlHandlers = (deps: Deps): DocControlHandlers & RegisterHandlers => {
  const { sessions, templates, clock, runner } = deps;
  const today = () => isoDay(clock.now());

  const context = async (dir: string, id: string) => {
    const workspace = await sessions.read(dir);
    const meta = findDocument(workspace, id);
    const files = await sessions.files(dir);
    const library = await loadTemplateLibrary(templates, dir);
    const body = await files.readBody(id);
    return { workspace, meta, files, library, body };
  };

  const controlOf = async (dir: string, id: string) => {
    const c = await context(dir, id);
    const state = await controlStateOf({
      ...c,
      templates: c.library.refs,
      render: runner.render,
      today: today(),
    });
    return { ...c, state };
  };

  /** Replaces one document's metadata after checking that nobody changed it in between. */
  const save = (
    dir: string,
    id: string,
    change: (meta: DocumentMeta, workspace: Workspace) => DocumentMeta | Promise<DocumentMeta>,
  ) =>
    sessions
      .update(dir, async (workspace) => {
        const next = await change(findDocument(workspace, id), workspace);
        return {
          ...workspace,
          documents: workspace.documents.map((d) => (d.id === id ? next : d)),
        };
      })
      .then((workspace) => findDocument(workspace, id));

  /** The filled text of a version: a frozen approved one, or the working text as it is now. */
  const versionText = async (dir: string, id: string, ref: string) => {
    const c = await context(dir, id);
    if (ref === 'current') {
      const state = await controlStateOf({
        ...c,
        templates: c.library.refs,
        render: runner.render,
        today: today(),
      });
      const result = await runner.render({
        workspace: c.workspace,
        meta: c.meta,
        body: c.body,
        templates: c.library.refs,
        today: today(),
        mode: 'export',
      });
      return {
        version: state.view.workingVersion,
        label: `${state.view.workingVersion} (${state.view.label.toLowerCase()}, working text)`,
        markdown: result.markdown,
        author: personName(c.workspace, c.meta.owner) ?? '',
        date: c.meta.updatedAt,
        meta: c.meta,
        look: async (): Promise<RedlineLook> => ({
          organisationName: c.workspace.organisation.name || c.workspace.organisation.legalName,
          classification: c.meta.classification,
          branding: brandingOf(c.workspace),
          ...(await readReference(c.workspace, c.files.readFile).then(({ reference }) => ({
            referenceStyles: reference?.styles ?? null,
            referenceTheme: reference?.theme ?? null,
          }))),
        }),
      };
    }
    const frozen = await readFrozen(c.files, id, ref);
    if (!frozen?.record) {
      throw new AppError('not-found', `Version ${ref} of ${id} has no frozen copy in history/`, {
        id,
        version: ref,
      });
    }
    return {
      version: ref,
      label: `${ref} (approved ${frozen.record.approvedAt})`,
      markdown: frozen.record.markdown,
      author: frozenApproverName(frozen.record),
      date: frozen.record.approvedAt,
      meta: c.meta,
      look: (): Promise<RedlineLook> => Promise.resolve(frozenLook(frozen.record!)),
    };
  };

  return {
    ...createRegisterOfDocumentsHandlers(deps),
    'documents.submitForReview': async ({ dir, id }) => {
      const { state } = await controlOf(dir, id);
      return save(dir, id, (meta) =>
        submitForReview(meta, {
          today: today(),
          changedSinceApproval: state.view.changedSinceApproval,
        }),
      );
    },

    'documents.returnToDraft': ({ dir, id, reason }) =>
      save(dir, id, (meta, workspace) =>
        returnToDraft(meta, {
          today: today(),
          reason,
          by: personName(workspace, meta.owner) ?? '',
        }),
      ),

    'documents.approve': async ({ dir, id, approver, reason, change }) => {
      const files = await sessions.files(dir);
      const library = await loadTemplateLibrary(templates, dir);
      const request = { approver, reason, change, today: today() };
      // Rendering, checking and freezing happen in the same turn as the metadata change, so
      // the frozen text is exactly the text whose approval is recorded.
      return save(dir, id, async (meta, workspace) => {
        const body = await files.readBody(id);
        const approved = approvedMeta(workspace, meta, request);
        let snapshot: Awaited<ReturnType<typeof buildSnapshot>> | null = null;
        let renderError: string | null = null;
        try {
          snapshot = await buildSnapshot({
            workspace,
            files,
            templates: library.templates,
            approved,
            body,
            render: runner.render,
          });
        } catch (error) {
          renderError = error instanceof Error ? error.message : String(error);
        }
        assertApprovable(workspace, meta, request, {
          unfilled: snapshot?.unfilled ?? [],
          renderError,
        });
        // A Word file that cannot be made, or a conflicting or failed snapshot, stops the
        // approval: nothing is recorded as approved unless its text and Word file are stored.
        const frozen = await withWordFile(body, snapshot!.record, wordFileMaker(runner));
        await writeFrozenVersion(files, frozen, leftoversOf(meta, approved.version));
        return approved;
      });
    },

    'documents.withdraw': ({ dir, id, reason }) =>
      save(dir, id, (meta, workspace) =>
        withdrawDocument(meta, {
          today: today(),
          reason,
          by: personName(workspace, meta.owner) ?? '',
        }),
      ),

    'documents.control': async ({ dir, id }) => {
      const { workspace, meta, files, state } = await controlOf(dir, id);
      const approvals = await Promise.all(
        meta.approvals.map(async (a) => ({
          version: a.version,
          date: a.date,
          approverName: personName(workspace, a.approver) ?? a.approver,
          authorName: personName(workspace, a.author) ?? '',
          reason: a.reason,
          frozen: (await readFrozen(files, id, a.version))?.record != null,
        })),
      );
      return { view: { ...state.view }, approvals, revisions: meta.revisions };
    },

    'documents.compare': async ({ dir, id, from, to }) => {
      const [a, b] = await Promise.all([versionText(dir, id, from), versionText(dir, id, to)]);
      return {
        from: { version: a.version, label: a.label, markdown: a.markdown },
        to: { version: b.version, label: b.label, markdown: b.markdown },
        parts: compareTexts(a.markdown, b.markdown),
      };
    },

    'documents.exportVersion': async ({ dir, id, version }) => {
      const meta = findDocument(await sessions.read(dir), id);
      const files = await sessions.files(dir);
      const stored = async (record: SnapshotRecord) =>
        (await readApprovedWordFile(files, record)).bytes;
      const bytes = await exportFrozen(files, meta, version, deps.pages, stored);
      return {
        fileName: exportFileName(meta.id, `${meta.title} v${version}`),
        data: bytesToBase64(bytes),
      };
    },

    'documents.exportRedline': async ({ dir, id, from, to }) => {
      const [a, b] = await Promise.all([versionText(dir, id, from), versionText(dir, id, to)]);
      const bytes = await buildRedlineDocxLazily({
        documentId: id,
        title: b.meta.title,
        fromLabel: a.label,
        toLabel: b.label,
        fromVersion: a.version,
        toVersion: b.version,
        author: b.author,
        date: b.date,
        from: a.markdown,
        to: b.markdown,
        look: await b.look(),
      });
      return {
        fileName: exportFileName(id, `${b.meta.title} changes ${a.version} to ${b.version}`),
        data: bytesToBase64(bytes),
      };
    },
  };
};
