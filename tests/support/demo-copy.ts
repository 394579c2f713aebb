import { cp } from 'node:fs/promises';
import { inject } from 'vitest';

/**
 * Puts a new demo workspace at `dir`: a copy of the one built once for the run
 * (demo-cache-setup.ts), the same files `workspace.create` with `from: 'demo'` writes.
 */
export const copyDemo = async (dir: string): Promise<void> => {
  await cp(inject('demoWorkspace'), dir, { recursive: true, errorOnExist: true, force: false });
};
