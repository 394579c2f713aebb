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
