import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { Handlers } from '../dispatch';
import { personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = { readonly sessions: WorkspaceSessions };

/** `documents.index`: the documents as workspace.json records them, with nothing rendered. */
export const createDocumentIndexHandlers = ({
  sessions,
}: Deps): Pick<Handlers, 'documents.index'> => ({
  'documents.index': async ({ dir }) => {
    const workspace = await sessions.read(dir);
    return workspace.documents.map((meta) => ({
      ...indexRow(workspace, meta),
      updatedAt: meta.updatedAt,
    }));
  },
});

/** What a document's row shows from workspace.json alone; `documents.list` adds its checks. */
export const indexRow = (workspace: Workspace, meta: DocumentMeta) => ({
  id: meta.id,
  templateId: meta.templateId,
  title: meta.title,
  kind: meta.kind,
  status: meta.status,
  version: meta.version,
  ownerName: personName(workspace, meta.owner),
});
