import { relative } from 'node:path';
import { AppError, isAppError } from '../../core/errors';
import { textRevision } from '../../core/model/text-revision';
import { resolveInside } from './paths';
import { readText } from './safe-read';

const currentText = async (root: string, file: string): Promise<string | null> => {
  try {
    return await readText(await resolveInside(root, relative(root, file)));
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') return null;
    throw error;
  }
};

/**
 * The compare half of a compare-and-swap on a document body, run under the workspace lock: the
 * file must still hold the text the writer read (`expectedRevision`). A file that another program
 * changed since (the command line, a sync tool, `git pull`, an editor) is never written over; one
 * that already holds the new text or is gone has nothing to lose.
 */
export const assertBodyUnchanged = async (
  root: string,
  file: string,
  documentId: string,
  body: string,
  expectedRevision: string,
): Promise<void> => {
  const text = await currentText(root, file);
  if (text === null || text === body) return;
  const revision = textRevision(text);
  if (revision === expectedRevision) return;
  throw new AppError(
    'conflict',
    `${documentId} was changed on disk by another program since it was opened (${file}); ` +
      'your text was not saved over it. Load their version or keep yours as a copy.',
    { id: documentId, file, reason: 'body-changed', revision },
  );
};
