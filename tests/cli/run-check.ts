import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/**
 * `isms check DIR ...` as a user starts it: the built command, a new process each time, on the
 * fixed date of the tests, keeping what it keeps in `cacheDir`. Gives the exit code and stdout.
 */
export const runCheck = async (
  dir: string,
  cacheDir: string,
  options: { readonly args?: readonly string[]; readonly env?: Record<string, string> } = {},
): Promise<{ code: number; stdout: string }> =>
  run(process.execPath, [join(ROOT, 'bin', 'isms.mjs'), 'check', dir, ...(options.args ?? [])], {
    env: {
      ...process.env,
      ISMS_FIXED_TIME: '2026-11-28T09:00:00Z',
      ISMS_CACHE_DIR: cacheDir,
      ...options.env,
    },
    maxBuffer: 16 * 1024 * 1024,
  }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  );
