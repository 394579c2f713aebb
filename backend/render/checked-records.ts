import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CheckedRecords } from '../../core/api/service/export-batch';
import { checkingCodeFingerprint } from '../store/checked-file-cache';
import { defaultCacheDir } from './result-cache';

/**
 * The frozen records this build has checked before (see core/doccontrol/checked-records.ts),
 * kept as one list of SHA-256 digests of their exact text, in a file named by the checking
 * code's identity (a new build starts an empty list). Only a digest is kept, never a record:
 * what is skipped is the schema check of bytes that passed it before, not the reading.
 * Append-only, a line per export; a damaged line matches no text. Past MAX_FILE_BYTES (a great
 * many versions) the list is started again. Off with ISMS_CHECKED_CACHE=0.
 */
const MAX_FILE_BYTES = 4 * 1024 * 1024;
const DIGEST = /^[0-9a-f]{64}$/;

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

export const createCheckedRecords = (file: string): CheckedRecords => ({
  known: async (texts) => {
    let listed: Set<string>;
    try {
      listed = new Set((await readFile(file, 'latin1')).split('\n'));
    } catch {
      return new Set();
    }
    return new Set(texts.filter((text) => listed.has(digest(text))));
  },
  remember: async (texts) => {
    if (texts.size === 0) return;
    const lines = [...texts].map(digest).filter((line) => DIGEST.test(line));
    try {
      await mkdir(join(file, '..'), { recursive: true });
      const size = (await stat(file).catch(() => null))?.size ?? 0;
      if (size > MAX_FILE_BYTES) await rm(file, { force: true });
      await appendFile(file, `${lines.join('\n')}\n`);
    } catch {
      // A read-only or full disk only costs speed.
    }
  },
});

let shared: Promise<CheckedRecords | null> | undefined;

/** The list the command line and the app keep in the user's cache folder; null when off. */
export const persistentCheckedRecords = (): CheckedRecords => {
  const list = () =>
    (shared ??= (async () => {
      if (process.env['ISMS_CHECKED_CACHE'] === '0') return null;
      const code = await checkingCodeFingerprint();
      return code ? createCheckedRecords(join(defaultCacheDir(), 'checked', `${code}.list`)) : null;
    })());
  return {
    known: async (texts) => (await list())?.known(texts) ?? new Set(),
    remember: async (texts) => (await list())?.remember(texts),
  };
};
