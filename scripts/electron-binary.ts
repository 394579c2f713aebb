import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');

/**
 * The path of the Electron binary, or null with the reason. The npm package installs without its
 * binary (package.json "allowScripts" keeps installs working offline); it is fetched on first use.
 */
export const findElectronBinary = (
  options: { download: boolean } = { download: false },
): { path: string } | { path: null; reason: string } => {
  const resolved = tryResolve();
  if (resolved) return { path: resolved };
  if (!options.download) return { path: null, reason: 'the Electron binary is not installed' };
  const install = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'electron', 'install.js')],
    {
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  const after = tryResolve();
  if (after) return { path: after };
  const detail =
    (install.stderr || install.stdout || '').trim().split('\n').find(Boolean) ?? 'no output';
  return { path: null, reason: `the Electron binary could not be downloaded (${detail})` };
};

const tryResolve = (): string | null => {
  try {
    // The electron package exports the binary's path, and throws when the binary is missing.
    const path: unknown = require('electron');
    return typeof path === 'string' ? path : null;
  } catch {
    return null;
  }
};
