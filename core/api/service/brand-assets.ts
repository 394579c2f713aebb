import { isAppError } from '../../errors';
import type { ReferenceParts } from '../../docx/reference-doc';
import { readReferenceDocxLazily } from './word-build-lazily';
import type { Workspace } from '../../model/workspace';
import type { ExportWarning } from './export-input';

/**
 * The reference .docx's styles, or null with a warning: like the logo, a reference that went
 * missing or cannot be read is reported where it is set (branding.referenceDocx) and the
 * documents are exported with the built-in styles, never refused.
 */
export const readReference = async (
  workspace: Workspace,
  readFile: (path: string) => Promise<Uint8Array>,
): Promise<{ reference: ReferenceParts | null; warning: ExportWarning | null }> => {
  const path = workspace.branding.referenceDocx;
  if (!path) return { reference: null, warning: null };
  const data = await readFile(path).catch(() => null);
  if (!data) return { reference: null, warning: referenceWarning(`${path} cannot be read`) };
  try {
    return { reference: await readReferenceDocxLazily(data, path), warning: null };
  } catch (error) {
    const why = isAppError(error) ? error.message : `${path} cannot be read`;
    return { reference: null, warning: referenceWarning(why) };
  }
};

const referenceWarning = (why: string): ExportWarning => ({
  field: 'branding.referenceDocx',
  message: `branding.referenceDocx: ${why}; exported with the built-in styles`,
});
