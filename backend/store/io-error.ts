import { AppError, isAppError } from '../../core/errors';
import { errorCode } from './atomic-write';

/** Turns a Node file-system failure into an AppError naming the file; AppErrors pass through. */
export const toIoError = (error: unknown, action: string, file: string): AppError => {
  if (isAppError(error)) return error;
  const code = errorCode(error);
  const reason = error instanceof Error ? error.message : String(error);
  if (code === 'ENOENT') {
    return new AppError('not-found', `Could not ${action} ${file}: it does not exist`, { file });
  }
  return new AppError('io-failed', `Could not ${action} ${file}: ${reason}`, {
    file,
    ...(code ? { cause: code } : {}),
  });
};

/**
 * A write refused because the file is no longer what this process last read or wrote: someone
 * else's change is never overwritten.
 */
export const changedOnDisk = (file: string): AppError =>
  new AppError(
    'conflict',
    `Not saved: ${file} was changed by another program (the app, the isms command, a sync ` +
      'tool or git) after it was read. Nothing was overwritten; reload and make the change again.',
    { file, refusedWrite: true },
  );
