import { buildDocx } from '../../docx/build-docx';
import { AppError, isAppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import { listTemplateFields } from '../../templates/fields';
import { bytesToBase64 } from '../base64';
import { checkWorkspace } from './check-workspace';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import { addMonths, isoDay } from './dates';
import { exportFileName } from './document-ids';
import { exportInput } from './export-input';
import type { PagePlanner } from '../publish-ports';
import { newDocumentMeta } from './new-document';
import { renderDocument, type RenderMode } from './render-document';
import { loadTemplateLibrary } from './template-library';
import { findDocument, personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  /** Page breaks from the PDF layout, for the contents' page numbers; null leaves them out. */
  pages?: PagePlanner | null;
};
type DocumentHandlers = Pick<
  Handlers,
  | 'documents.list'
  | 'documents.create'
  | 'documents.get'
  | 'documents.render'
  | 'documents.update'
  | 'documents.delete'
  | 'documents.export'
  | 'preview.render'
  | 'preview.context'
>;

export const createDocumentHandlers = ({
  sessions,
  templates,
  clock,
  pages = null,
}: Deps): DocumentHandlers => {
  const today = () => isoDay(clock.now());

  const render = async (dir: string, meta: DocumentMeta, body: string, mode: RenderMode) => {
    const [workspace, library] = await Promise.all([
      sessions.read(dir),
      loadTemplateLibrary(templates, dir),
    ]);
    return renderDocument({
      workspace,
      meta,
      body,
      templates: library.templates,
      today: today(),
      mode,
    });
  };

  return {
    'documents.list': async ({ dir }) => {
      const workspace = await sessions.read(dir);
      // The same pass as `isms check`, so a document that cannot render shows its problem here
      // too instead of looking complete.
      const report = await checkWorkspace({
        workspace,
        files: await sessions.files(dir),
        library: await loadTemplateLibrary(templates, dir),
        today: today(),
      });
      return workspace.documents.map((meta, index) => {
        const checked = report.documents[index];
        return {
          id: meta.id,
          templateId: meta.templateId,
          title: meta.title,
          kind: meta.kind,
          status: meta.status,
          version: meta.version,
          ownerName: personName(workspace, meta.owner),
          unfilledCount: checked?.unfilled.length ?? 0,
          problem: checked?.errors[0] ?? null,
          updatedAt: meta.updatedAt,
        };
      });
    },

    'documents.create': async ({ dir, templateId }) => {
      const library = await loadTemplateLibrary(templates, dir);
      const template = library.get(templateId);
      const files = await sessions.files(dir);
      let created: DocumentMeta | undefined;
      await sessions.update(dir, async (workspace) => {
        const meta = newDocumentMeta(workspace, template, today());
        // The body first: a document listed in workspace.json always has its body on disk.
        await files.writeBody(meta.id, template.body);
        created = meta;
        return { ...workspace, documents: [...workspace.documents, meta] };
      });
      if (!created) throw new AppError('internal', 'document was not created');
      return created;
    },

    'documents.get': async ({ dir, id }) => {
      const meta = findDocument(await sessions.read(dir), id);
      const body = await (await sessions.files(dir)).readBody(id);
      const fields = listTemplateFields({ id, body, bodyLine: 1 });
      const { unfilled } = await render(dir, meta, body, 'export');
      return { meta, body, fields, unfilled: [...unfilled] };
    },

    'documents.render': async ({ dir, id }) => {
      const meta = findDocument(await sessions.read(dir), id);
      const body = await (await sessions.files(dir)).readBody(id);
      const result = await render(dir, meta, body, 'export');
      return { markdown: result.markdown, unfilled: [...result.unfilled] };
    },

    'documents.update': async ({ dir, id, body, meta: patch }) => {
      const files = await sessions.files(dir);
      // An unknown ID must not leave a stray documents/<id>.md behind (or replace one).
      findDocument(await sessions.read(dir), id);
      // The body is written first: an edit must survive even if the metadata change is refused.
      if (body !== undefined) await files.writeBody(id, body);
      let saved: DocumentMeta | undefined;
      await sessions.update(dir, (workspace) => {
        const current = findDocument(workspace, id);
        saved = applyMetaPatch(workspace, current, patch ?? {}, today());
        return {
          ...workspace,
          documents: workspace.documents.map((d) => (d.id === id ? saved! : d)),
        };
      });
      if (!saved) throw new AppError('internal', 'document was not saved');
      if (saved.status === 'approved' && patch?.status === 'approved') {
        // Re-sending "approved" finds the version already frozen, which is fine; any other
        // failure means the approved text was not kept, and the user must hear of it.
        await files
          .writeSnapshot(id, saved.version, await files.readBody(id))
          .catch((error: unknown) => {
            if (!isAppError(error) || error.code !== 'conflict') throw error;
          });
      }
      return saved;
    },

    'documents.delete': async ({ dir, id }) => {
      await sessions.update(dir, (workspace) => {
        findDocument(workspace, id);
        return { ...workspace, documents: workspace.documents.filter((d) => d.id !== id) };
      });
      await (await sessions.files(dir)).deleteBody(id);
      return { deleted: id };
    },

    'documents.export': async ({ dir, id }) => {
      const workspace = await sessions.read(dir);
      const meta = findDocument(workspace, id);
      const files = await sessions.files(dir);
      const result = await render(dir, meta, await files.readBody(id), 'export');
      const { input, warnings } = await exportInput({
        workspace,
        meta,
        markdown: result.markdown,
        incomplete: result.unfilled.length > 0,
        readFile: files.readFile,
        now: clock.now(),
      });
      const bytes = await buildDocx(pages ? { ...input, pages: pages(input) } : input);
      return {
        fileName: exportFileName(meta.id, meta.title),
        data: bytesToBase64(bytes),
        incomplete: result.unfilled.length > 0,
        warnings,
      };
    },

    'preview.context': async ({ dir, id }) => {
      const [workspace, library] = await Promise.all([
        sessions.read(dir),
        loadTemplateLibrary(templates, dir),
      ]);
      const meta = findDocument(workspace, id);
      const context = buildRenderContext({
        workspace,
        document: meta,
        today: today(),
        templates: library.templates,
      });
      return { context: { ...context } };
    },

    'preview.render': async ({ dir, id, body }) => {
      const meta = findDocument(await sessions.read(dir), id);
      const text = body ?? (await (await sessions.files(dir)).readBody(id));
      const result = await render(dir, meta, text, 'preview');
      return { markdown: result.markdown, unfilled: [...result.unfilled] };
    },
  };
};

/** Applies a metadata change; approving stamps the date, the next review and a revision row. */
const applyMetaPatch = (
  workspace: Workspace,
  current: DocumentMeta,
  patch: Partial<DocumentMeta>,
  today: string,
): DocumentMeta => {
  const next: DocumentMeta = { ...current, ...stripUndefined(patch), updatedAt: today };
  if (patch.status === 'approved' && current.status !== 'approved') {
    next.approvedAt = today;
    next.nextReviewDate = addMonths(today, workspace.organisation.reviewCycleMonths);
    next.revisions = [
      ...current.revisions,
      {
        version: next.version,
        date: today,
        author: personName(workspace, next.approver) ?? '',
        description: `Approved as version ${next.version}`,
      },
    ];
  }
  return next;
};

const stripUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
