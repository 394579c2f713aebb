import { assertDeletable, startRevisionOnEdit } from '../../doccontrol/lifecycle';
import { buildDocx } from '../../docx/build-docx';
import { AppError } from '../../errors';
import type { DocumentMeta } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import { listTemplateFields } from '../../templates/fields';
import { bytesToBase64 } from '../base64';
import { checkWorkspace } from './check-workspace';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { controlStateOf, exportFrozen, workingMeta } from './document-control';
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
      const files = await sessions.files(dir);
      const library = await loadTemplateLibrary(templates, dir);
      const controls = await Promise.all(
        workspace.documents.map(async (meta) =>
          controlStateOf({
            workspace,
            files,
            templates: library.templates,
            meta,
            body: await files.readBody(meta.id).catch(() => null),
            today: today(),
          }),
        ),
      );
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
          control: controls[index]!.view,
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
      const before = findDocument(await sessions.read(dir), id);
      if (body !== undefined && before.status === 'obsolete') {
        throw new AppError('invalid-input', `${id} is withdrawn: its text can no longer change`, {
          id,
        });
      }
      const previous = body === undefined ? undefined : await files.readBody(id).catch(() => null);
      // The body is written first: an edit must survive even if the metadata change is refused.
      if (body !== undefined) await files.writeBody(id, body);
      let saved: DocumentMeta | undefined;
      await sessions.update(dir, (workspace) => {
        const current = findDocument(workspace, id);
        const edited =
          body !== undefined && body !== previous
            ? startRevisionOnEdit(current, {
                today: today(),
                by: personName(workspace, current.owner) ?? '',
              })
            : current;
        saved = { ...edited, ...stripUndefined(patch ?? {}), updatedAt: today() };
        return {
          ...workspace,
          documents: workspace.documents.map((d) => (d.id === id ? saved! : d)),
        };
      });
      if (!saved) throw new AppError('internal', 'document was not saved');
      return saved;
    },

    'documents.delete': async ({ dir, id }) => {
      await sessions.update(dir, (workspace) => {
        assertDeletable(findDocument(workspace, id));
        return {
          ...workspace,
          documents: workspace.documents.filter((d) => d.id !== id),
          retiredDocumentIds: [...new Set([...workspace.retiredDocumentIds, id])].sort(),
        };
      });
      await (await sessions.files(dir)).deleteBody(id);
      return { deleted: id };
    },

    'documents.export': async ({ dir, id }) => {
      const workspace = await sessions.read(dir);
      const meta = findDocument(workspace, id);
      const files = await sessions.files(dir);
      const body = await files.readBody(id);
      const library = await loadTemplateLibrary(templates, dir);
      const control = await controlStateOf({
        workspace,
        files,
        templates: library.templates,
        meta,
        body,
        today: today(),
      });
      // An approved, unchanged document exports its frozen copy: the same words and bytes as on
      // the day it was approved. Anything else is the working text, which is not approved.
      if (control.view.state === 'approved' && control.frozen?.record) {
        const bytes = await exportFrozen(files, meta, meta.version);
        return {
          fileName: exportFileName(meta.id, meta.title),
          data: bytesToBase64(bytes),
          incomplete: false,
          warnings: [],
        };
      }
      const result = await renderDocument({
        workspace,
        meta,
        body,
        templates: library.templates,
        today: today(),
        mode: 'export',
      });
      const { input, warnings } = await exportInput({
        workspace,
        // An approved document from before approvals were frozen prints as approved, as it was.
        meta: control.view.state === 'approved' ? meta : workingMeta(meta, control.view),
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

const stripUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
