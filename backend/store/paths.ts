import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep, win32 } from 'node:path';
import { AppError } from '../../core/errors';
import { documentIdSchema, versionSchema } from '../../core/model/workspace';
import { toIoError } from './io-error';

export const WORKSPACE_FILE = 'workspace.json';
export const BACKUP_FILE = 'workspace.json.bak';

/** The sub-folders of a workspace (DESIGN.md §3); git does not keep empty ones, so create lazily. */
export const WORKSPACE_FOLDERS = ['documents', 'history', 'templates', 'exports'] as const;

export const workspaceFilePath = (root: string): string => join(root, WORKSPACE_FILE);
export const backupFilePath = (root: string): string => join(root, BACKUP_FILE);

// The schema is the rule; this second check keeps file names safe even if the schema is relaxed.
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const assertSafe = (value: string, field: string, expected: string, valid: boolean) => {
  if (valid && SAFE_NAME.test(value) && !value.includes('..')) return;
  throw new AppError(
    'invalid-input',
    `Not a valid ${field}: ${JSON.stringify(value)} (${expected})`,
    {
      field,
      value,
    },
  );
};

/** documents/<id>.md, after checking that the id cannot name a file outside documents/. */
export const bodyFilePath = (root: string, documentId: string): string => {
  assertDocumentId(documentId);
  return join(root, 'documents', `${documentId}.md`);
};

/** history/<id>@<version>.md, after checking both parts. */
export const snapshotFilePath = (
  root: string,
  documentId: string,
  version: string,
  extension: 'md' | 'json' | 'docx' = 'md',
): string => {
  assertDocumentId(documentId);
  const valid = versionSchema.safeParse(version).success;
  assertSafe(version, 'version', 'expected a version such as 1.0', valid);
  return join(root, 'history', `${documentId}@${version}.${extension}`);
};

/** assets/<name>: a logo or reference .docx, with a plain file name only. */
export const assetFilePath = (root: string, name: string): string => {
  assertSafe(name, 'asset file name', 'expected a plain file name such as logo.png', true);
  return join(root, 'assets', name);
};

export const assertDocumentId = (documentId: string): void => {
  const valid = documentIdSchema.safeParse(documentId).success;
  assertSafe(documentId, 'document ID', 'expected an ID such as ISMS-POL-001', valid);
};

/**
 * Resolves a path given relative to the workspace root and proves that it stays inside, also
 * after following symbolic links. Throws not-found when the file does not exist.
 */
export const resolveInside = (root: string, relativePath: string): Promise<string> =>
  new Promise((done) => done(resolveInsideSync(root, relativePath)));

const resolveInsideSync = (root: string, relativePath: string): string => {
  const refuse = () =>
    new AppError(
      'invalid-input',
      `Refused path ${JSON.stringify(relativePath)}: it must stay inside the workspace folder`,
      {
        field: 'path',
        value: relativePath,
      },
    );
  if (relativePath.trim() === '' || relativePath.includes('\0')) throw refuse();
  if (isAbsolute(relativePath) || win32.isAbsolute(relativePath)) throw refuse();
  const target = resolve(root, relativePath);
  if (!isStrictlyInside(root, target)) throw refuse();
  let realTarget: string;
  let realRoot: string;
  try {
    // The native realpath(3), as fs/promises uses, without a trip to the thread pool per call.
    realRoot = realpathSync.native(root);
    realTarget = realpathSync.native(target);
  } catch (error) {
    throw toIoError(error, 'read', target);
  }
  if (!isStrictlyInside(realRoot, realTarget)) throw refuse();
  return realTarget;
};

const isStrictlyInside = (root: string, target: string) => {
  const rel = relative(root, target);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
};
