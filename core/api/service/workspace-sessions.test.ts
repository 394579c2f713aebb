import { describe, expect, it } from 'vitest';
import type { WorkspaceFiles, WorkspaceStore } from '../ports';
import { createWorkspaceSessions } from './workspace-sessions';

/** A store whose openings the test finishes by hand, counting each one. */
const slowStore = () => {
  const pending: { resolve: (files: WorkspaceFiles) => void; reject: (e: Error) => void }[] = [];
  const store = {
    open: () => new Promise<WorkspaceFiles>((resolve, reject) => pending.push({ resolve, reject })),
  } as unknown as WorkspaceStore;
  return { store, pending };
};

const filesNamed = (name: string) => ({ name }) as unknown as WorkspaceFiles;

describe('workspace sessions', () => {
  it('opens a folder once when two calls arrive before the first opening finishes', async () => {
    const { store, pending } = slowStore();
    const sessions = createWorkspaceSessions(store);
    const first = sessions.files('/ws');
    const second = sessions.files('/ws');
    expect(pending).toHaveLength(1);
    pending[0]?.resolve(filesNamed('one'));
    expect(await first).toBe(await second);
    expect(await sessions.files('/ws')).toBe(await first);
    expect(pending).toHaveLength(1);
  });

  it('tries again after a failed opening, and both waiting callers see the failure', async () => {
    const { store, pending } = slowStore();
    const sessions = createWorkspaceSessions(store);
    const first = sessions.files('/ws');
    const second = sessions.files('/ws');
    pending[0]?.reject(new Error('workspace.json: invalid JSON at line 3'));
    await expect(first).rejects.toThrow('line 3');
    await expect(second).rejects.toThrow('line 3');
    const retry = sessions.files('/ws');
    expect(pending).toHaveLength(2);
    pending[1]?.resolve(filesNamed('fixed'));
    expect(await retry).toEqual({ name: 'fixed' });
  });

  it('keeps the files a create or open handed over, even over an opening still under way', async () => {
    const { store, pending } = slowStore();
    const sessions = createWorkspaceSessions(store);
    const stale = sessions.files('/ws');
    const created = filesNamed('created');
    sessions.remember('/ws', created);
    pending[0]?.resolve(filesNamed('stale'));
    await stale;
    expect(await sessions.files('/ws')).toBe(created);
    expect(pending).toHaveLength(1);
  });
});
