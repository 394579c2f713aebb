import { lstat, mkdir, rm } from 'node:fs/promises';
import { dirname, extname, relative } from 'node:path';
import { AppError } from '../../core/errors';
import { errorCode, writeFileAtomic, type AtomicFs } from './atomic-write';
import { faultStep } from './fault-step';
import { toIoError } from './io-error';
import { resolveInside } from './paths';
import { readRegularFile } from './safe-read';

/**
 * One file of a frozen version: written once, never over different content; or, with `replace`,
 * a file that may replace one a stopped approval left (the Word file, made from the record; or
 * any part when workspace.json records no approval of this version).
 */
export type SnapshotPart = {
  readonly file: string;
  readonly data: string | Uint8Array;
  readonly replace?: boolean;
};

type Frozen = { readonly documentId: string; readonly version: string };

/**
 * Freezes an approved version's files (its Word file, the record, then the source) all or none: every part is
 * checked against what is already there before any is written, and when a write fails (an I/O
 * error, a full disk, a folder that refuses new files) the parts this call wrote are taken back,
 * so a record is never left frozen without its text. A part that already holds the same bytes (a
 * retried approval) is kept as it is.
 */
export const freezeSnapshot = async (
  root: string,
  parts: readonly SnapshotPart[],
  frozen: Frozen,
  fs: AtomicFs,
): Promise<void> => {
  for (const part of parts) if (!part.replace) await assertNoOtherSnapshot(part, frozen);
  const written: string[] = [];
  try {
    for (const part of parts) {
      // A replaced file that was there before belongs to an earlier call: it is not taken back.
      const isNew = part.replace ? !(await pathExists(part.file)) : true;
      if ((await writeOnce(root, part, frozen, fs)) && isNew) written.push(part.file);
      faultStep(`freeze:after-${extname(part.file).slice(1)}`);
    }
  } catch (error) {
    // Best effort: if the disk refuses the removal too, the error below still names the file.
    await Promise.all(written.map((file) => rm(file, { force: true }).catch(() => undefined)));
    throw error;
  }
};

// A file that cannot be read (an I/O error, a special file) is reported as such, not as a
// conflict about content nobody could compare.
const sameContent = async (file: string, data: string | Uint8Array): Promise<boolean> =>
  (await readRegularFile(file)).equals(
    typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data),
  );

const snapshotConflict = (file: string, { documentId, version }: Frozen) =>
  new AppError(
    'conflict',
    `Version ${version} of ${documentId} is already frozen with different content (${file}); it is never overwritten: move that file away if it does not belong to this document`,
    { file, documentId, version },
  );

/** Whether anything (a file, a folder, a link) is at `file`; other errors than absence are I/O errors. */
export const pathExists = async (file: string) => {
  try {
    await lstat(file);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw toIoError(error, 'check', file);
  }
};

const assertNoOtherSnapshot = async ({ file, data }: SnapshotPart, frozen: Frozen) => {
  if (!(await pathExists(file))) return;
  if (!(await sameContent(file, data))) throw snapshotConflict(file, frozen);
};

/** Writes a part unless the same bytes are already there; true when this call wrote it. */
const writeOnce = async (
  root: string,
  { file, data, replace = false }: SnapshotPart,
  frozen: Frozen,
  fs: AtomicFs,
): Promise<boolean> => {
  try {
    // history/ may be a symbolic link in a workspace someone else made: it must stay inside.
    await mkdir(dirname(file), { recursive: true });
    await resolveInside(root, relative(root, dirname(file)));
    // A new file is still linked into place, which never overwrites (see atomic-write.ts).
    await writeFileAtomic(file, data, { fs, overwrite: replace && (await pathExists(file)) });
    return true;
  } catch (error) {
    if (errorCode(error) !== 'EEXIST') throw toIoError(error, 'save', file);
    // A retried approval of the same text; anything else is a different text under this version.
    if (await sameContent(file, data)) return false;
    throw snapshotConflict(file, frozen);
  }
};

/**
 * Whether the files already there for a version are what an approval of it leaves when stopped
 * part-way: it writes the Word file, then the record, then the source, so the Word file is there,
 * a source comes only with a record, and the record is one of this very version. Anything else (a
 * lone source, another document's record) is not replaced but reported as a conflict.
 */
export const stoppedApprovalLeft = async (
  files: { readonly docx: string; readonly json: string; readonly md: string },
  { documentId, version }: Frozen,
): Promise<boolean> => {
  const [docx, json, md] = await Promise.all([files.docx, files.json, files.md].map(pathExists));
  if (!docx || (md && !json)) return false;
  if (!json) return true;
  try {
    const record = JSON.parse((await readRegularFile(files.json)).toString('utf8')) as {
      documentId?: unknown;
      version?: unknown;
    };
    return record.documentId === documentId && record.version === version;
  } catch {
    return false;
  }
};
