import { assertDeletable, startRevisionOnEdit } from '../../doccontrol/lifecycle';
import { textRevision } from '../../model/text-revision';
import { AppError, isAppError } from '../../errors';
import type { DocumentMeta } from '../../model/workspace';
import { buildRenderContext } from '../../templates/context';
import { listTemplateFields } from '../../templates/fields';
import { unfilledFieldNames } from '../../templates/unfilled-fields';
import { bytesToBase64 } from '../base64';
import { checkWorkspace } from './check-workspace';
import type { Handlers } from '../dispatch';
import { indexRow } from './document-index-handlers';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { controlStateOf, isCheckFailure, uncheckedView } from './document-control';
import { exportDocuments } from './export-batch';
import type { PagePlanner } from '../publish-ports';
import { newDocumentMeta } from './new-document';
import type { DocumentRunner } from './document-jobs';
import type { RenderCache } from './render-cache';
import type { RenderMode } from './render-document';
import { loadTemplateLibrary } from './template-library';
import { renderTimeOf } from '../../templates/render-time';
import { findDocument, personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  runner: DocumentRunner;
  renderCache: RenderCache;
  pages: PagePlanner | null;
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
  runner,
  renderCache,
  pages,
}: Deps): DocumentHandlers => {
  const today = () => isoDay(clock.now());

  const render = async (dir: string, meta: DocumentMeta, body: string, mode: RenderMode) => {
    const [workspace, library] = await Promise.all([
      sessions.read(dir),
      loadTemplateLibrary(templates, dir),
    ]);
    const at = clock.now();
    const time = { today: isoDay(at), ...renderTimeOf(body, at) };
    return runner.render({ workspace, meta, body, templates: library.refs, ...time, mode });
  };

  return {
    'documents.list': async ({ dir }) => {
      const [workspace, files, library] = await Promise.all([
        sessions.read(dir),
        sessions.files(dir),
        loadTemplateLibrary(templates, dir),
      ]);
      // The same pass as `isms check`, so a document that cannot render shows its problem here
      // too instead of looking complete.
      const report = await checkWorkspace({
        ...{ workspace, files, library, today: today(), runner, cache: renderCache },
      });
      const controls = await Promise.all(
        workspace.documents.map(async (meta) =>
          controlStateOf({
            ...{ workspace, files, templates: library.refs, meta, today: today() },
            body: await files.readBody(meta.id).catch(() => null),
            render: runner.render,
            cache: renderCache.changeCheck,
          }).catch((error: unknown) => {
            // One document that cannot be compared now says so; the list still opens.
            if (!isCheckFailure(error)) throw error;
            return { view: uncheckedView(meta, today(), error), frozen: null };
          }),
        ),
      );
      await renderCache.flush(files.root);
      return workspace.documents.map((meta, index) => {
        const checked = report.documents[index];
        return {
          ...indexRow(workspace, meta),
          // Fields, not places: the editor counts a field used twice as one unfilled field.
          unfilledCount: unfilledFieldNames(checked?.unfilled ?? []).length,
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
      // A typo in the Liquid must never lock the user out of the text: the document opens, and
      // the editor's preview shows the syntax error at its line and column.
      const unlessSyntax =
        <T>(fallback: T) =>
        (error: unknown) => {
          if (isAppError(error) && error.code === 'template-syntax') return fallback;
          throw error;
        };
      const fields = await Promise.resolve()
        .then(() => listTemplateFields({ id, body, bodyLine: 1 }))
        .catch(unlessSyntax([]));
      const unfilled = await render(dir, meta, body, 'export').then(
        (result) => [...result.unfilled],
        unlessSyntax([]),
      );
      return { meta, body, revision: textRevision(body), fields, unfilled };
    },

    'documents.render': async ({ dir, id }) => {
      const meta = findDocument(await sessions.read(dir), id);
      const body = await (await sessions.files(dir)).readBody(id);
      const result = await render(dir, meta, body, 'export');
      return { markdown: result.markdown, unfilled: [...result.unfilled] };
    },

    'documents.update': async ({ dir, id, body, baseRevision, meta: patch }) => {
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
      if (body !== undefined) await files.writeBody(id, body, baseRevision);
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
      const [exported] = await exportDocuments({ sessions, templates, clock, runner, pages }, dir, [
        id,
      ]);
      if (!exported) throw new AppError('internal', `${id} was not exported`);
      const { bytes, fileName, incomplete, warnings } = exported;
      return { fileName, data: bytesToBase64(bytes), incomplete, warnings: [...warnings] };
    },

    'preview.context': async ({ dir, id }) => {
      const [workspace, library] = await Promise.all([
        sessions.read(dir),
        loadTemplateLibrary(templates, dir),
      ]);
      const meta = findDocument(workspace, id);
      const at = clock.now();
      const context = buildRenderContext({
        workspace,
        document: meta,
        today: isoDay(at),
        templates: library.templates,
      });
      return { context: { ...context }, now: at.toISOString() };
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
