import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Written beside a bundle at build time (out/electron): what the bundle's own files do not show,
 * the installed dependencies (fonts, the Word library) by a hash of package-lock.json. A packaged
 * app carries the bundle folder but no package-lock.json, so this file is what names its code.
 */
export const BUILD_IDENTITY_FILE = 'build-identity.json';

/**
 * The bytes that name the installed dependencies of code built into `bundle` (out/cli,
 * out/electron): the project's package-lock.json at `root`, or, in a packaged app, which has
 * none, the bundle's BUILD_IDENTITY_FILE. From the TypeScript sources (`bundle` null) only the
 * lock file. Null when neither can be read: the code cannot be named, and nothing is kept.
 */
export const dependencyIdentity = (bundle: string | null, root: string): Buffer | null => {
  const files = [join(root, 'package-lock.json')];
  if (bundle !== null) files.push(join(bundle, BUILD_IDENTITY_FILE));
  for (const file of files) {
    try {
      return readFileSync(file);
    } catch {
      // Not there: the next one.
    }
  }
  return null;
};

/**
 * The file this code runs from: this module's TypeScript source, or the bundle it was built into.
 * An ES module knows its file URL; the desktop app's main process is a CommonJS bundle.
 */
export const runningFile = (): string | null => {
  const url: unknown = import.meta.url;
  if (typeof url === 'string' && url.startsWith('file:')) return fileURLToPath(url);
  return typeof __filename === 'string' && __filename !== '' ? __filename : null;
};

/** The text of BUILD_IDENTITY_FILE for the project at `root`. */
export const buildIdentityText = (root: string): string => {
  const lock = readFileSync(join(root, 'package-lock.json'));
  const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    name?: string;
    version?: string;
  };
  const identity = {
    format: 1,
    name: name ?? null,
    packageLockSha256: createHash('sha256').update(lock).digest('hex'),
    version: version ?? null,
  };
  return `${JSON.stringify(identity, null, 2)}\n`;
};
