import { ApiCallError } from '../../../../core/api/client';

/** A save refused because another program changed the document's file since it was read. */
export const isBodyConflict = (error: unknown): error is ApiCallError =>
  error instanceof ApiCallError &&
  error.code === 'conflict' &&
  error.details['reason'] === 'body-changed';
