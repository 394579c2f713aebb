import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { WorkspaceFiles, WorkspaceStore } from '../ports';

/**
 * Keeps one WorkspaceFiles per folder so every call does not re-open it. Calls that arrive while
 * the folder is still being opened share that opening (the app's first screen asks for several
 * things at once); a failed opening is forgotten, so the next call tries again.
 */
export const createWorkspaceSessions = (store: WorkspaceStore) => {
  const open = new Map<string, Promise<WorkspaceFiles>>();
  const files = (dir: string): Promise<WorkspaceFiles> => {
    const known = open.get(dir);
    if (known) return known;
    const opening = store.open(dir);
    open.set(dir, opening);
    opening.catch(() => {
      if (open.get(dir) === opening) open.delete(dir);
    });
    return opening;
  };

  return {
    files,
    remember: (dir: string, workspaceFiles: WorkspaceFiles) => {
      open.set(dir, Promise.resolve(workspaceFiles));
    },
    read: async (dir: string): Promise<Workspace> => (await files(dir)).read(),
    /**
     * Reads, changes and writes workspace.json under the workspace lock (see WorkspaceFiles.update):
     * the change sees the freshest data, also what another process wrote a moment ago, and may do
     * other file work first (a new document's body), which then happens under the same lock.
     */
    update: async (
      dir: string,
      change: (ws: Workspace) => Workspace | Promise<Workspace>,
    ): Promise<Workspace> => (await files(dir)).update(change),
  };
};

export type WorkspaceSessions = ReturnType<typeof createWorkspaceSessions>;

export const findDocument = (workspace: Workspace, id: string): DocumentMeta => {
  const meta = workspace.documents.find((d) => d.id === id);
  if (!meta) throw new AppError('not-found', `no document with ID ${id} in this workspace`, { id });
  return meta;
};

export const personName = (workspace: Workspace, id: string | null): string | null =>
  (id && workspace.people.find((p) => p.id === id)?.name) || null;
