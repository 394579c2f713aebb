import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Rendered results, word widths, `isms check` answers and checked register files are kept in the
// cache folder (ISMS_CACHE_DIR, else the user's). A test run keeps them in a folder of its own,
// made when the test runner reads its config and removed when the run ends, so tests never fill
// or read the user's real cache. Test processes and the commands they start inherit it.
const MADE = 'ISMS_TEST_CACHE_DIR';

/** Points ISMS_CACHE_DIR at this run's own temporary folder (the same one in every worker). */
export const useTestCacheDir = (): string => {
  const made = process.env[MADE];
  const dir = made ?? mkdtempSync(join(tmpdir(), 'isms-test-cache-'));
  process.env[MADE] = dir;
  process.env['ISMS_CACHE_DIR'] = dir;
  return dir;
};

/** Removes the run's cache folder (a global teardown). */
export const removeTestCacheDir = (): void => {
  const made = process.env[MADE];
  if (made) rmSync(made, { recursive: true, force: true });
};

export default removeTestCacheDir;
