import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Handlers } from '../dispatch';
import type { Clock } from '../ports';
import { isoDay } from './dates';
import { freshDraftMeta } from './new-document';
import { findDocument, personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = { readonly sessions: WorkspaceSessions; readonly clock: Clock };

/** A new draft beside `original`: its template, kind, controls and owner, a fresh ID. */
const copyMeta = (
  workspace: Workspace,
  original: DocumentMeta,
  title: string,
  today: string,
): DocumentMeta => ({
  ...original,
  ...freshDraftMeta(workspace, original.kind, today, {
    author: personName(workspace, original.owner) ?? '',
    description: `Copy of the text of ${original.id}`,
  }),
  title,
});

export const createDocumentCopyHandlers = ({
  sessions,
  clock,
}: Deps): Pick<Handlers, 'documents.copy'> => ({
  'documents.copy': async ({ dir, id, body, title }) => {
    const files = await sessions.files(dir);
    let created: DocumentMeta | undefined;
    await sessions.update(dir, async (workspace) => {
      const original = findDocument(workspace, id);
      const meta = copyMeta(
        workspace,
        original,
        title ?? `${original.title} (copy)`,
        isoDay(clock.now()),
      );
      // The body first: a document listed in workspace.json always has its body on disk.
      await files.writeBody(meta.id, body);
      created = meta;
      return { ...workspace, documents: [...workspace.documents, meta] };
    });
    if (!created) throw new AppError('internal', 'the copy was not created');
    return created;
  },
});
