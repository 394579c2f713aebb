import { serialiseSnapshot, type SnapshotRecord } from '../../doccontrol/snapshot';
import {
  checkStoredWordFile,
  describeWordFile,
  storedWordFilePath,
} from '../../doccontrol/word-file';
import { AppError } from '../../errors';
import type { WorkspaceFiles } from '../ports';
import type { DocumentRunner } from './document-jobs';

/** Makes the Word file of a frozen record: on the runner's workers in the app and the CLI. */
export type WordFileMaker = (record: SnapshotRecord) => Promise<Uint8Array>;

export const wordFileMaker =
  (runner: DocumentRunner): WordFileMaker =>
  (record) =>
    runner.exportFrozen({ documentId: record.documentId, record });

/** A frozen version ready to store: its record, naming the Word file's hash, and that file. */
export type FrozenVersion = {
  readonly body: string;
  readonly record: SnapshotRecord;
  readonly wordFile: Uint8Array;
};

/**
 * Makes the approved version's Word file from its record, once, and names it in the record. The
 * file depends on the record alone, so it is what every later export of this version gives.
 */
export const withWordFile = async (
  body: string,
  record: SnapshotRecord,
  make: WordFileMaker,
): Promise<FrozenVersion> => {
  if (record.format !== 2) {
    throw new AppError('internal', `${record.documentId}: only format 2 records are written`);
  }
  let wordFile: Uint8Array;
  try {
    wordFile = await make(record);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(
      'render-failed',
      `${record.documentId} ${record.version} was not approved: its Word file could not be made (${reason}). Nothing was recorded; try again.`,
      { id: record.documentId, version: record.version, reason },
    );
  }
  const described = describeWordFile(record.documentId, record.version, wordFile);
  return { body, record: { ...record, wordFile: described }, wordFile };
};

/**
 * Stores source, record and Word file together, under the workspace lock, or none of them.
 * `leftovers`: see WorkspaceFiles.writeSnapshot.
 */
export const writeFrozenVersion = (
  files: WorkspaceFiles,
  frozen: FrozenVersion,
  leftovers: 'keep' | 'replace' = 'keep',
) =>
  files.writeSnapshot(
    frozen.record.documentId,
    frozen.record.version,
    frozen.body,
    serialiseSnapshot(frozen.record),
    frozen.wordFile,
    leftovers,
  );

/**
 * The Word file stored with an approved version when it is the one its record names; otherwise
 * null and why (null too for versions approved before Word files were stored), so the caller
 * makes it from the record and never hands out a damaged or edited file as the approved one.
 */
export const readApprovedWordFile = async (
  files: WorkspaceFiles,
  record: SnapshotRecord,
): Promise<{ bytes: Uint8Array | null; problem: string | null }> => {
  if (record.format !== 2 || !record.wordFile) return { bytes: null, problem: null };
  const path = storedWordFilePath(record.documentId, record.version);
  const stored = await files.readFile(path).catch(() => null);
  const checked = checkStoredWordFile(record.wordFile, stored);
  return checked.ok
    ? { bytes: checked.bytes, problem: null }
    : { bytes: null, problem: checked.problem };
};
