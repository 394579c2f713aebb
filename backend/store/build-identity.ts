import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Written beside a bundle at build time (out/electron): what the bundle's own files do not show,
 * the installed dependencies (fonts, the Word library) by a hash of package-lock.json. A packaged
 * app carries the bundle folder but no package-lock.json, so this file is what names its code.
 */
export const BUILD_IDENTITY_FILE = 'build-identity.json';

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
