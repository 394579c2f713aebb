import { AppError, isAppError } from '../../errors';
import type { Clock, TemplateSource, WorkspaceFiles } from '../ports';
import type { PagePlanner } from '../publish-ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import { lastApprovedVersion } from '../../doccontrol/versions';
import { storedWordFilePath } from '../../doccontrol/word-file';
import type { DocumentMeta } from '../../model/workspace';
import {
  storedCopyIfUnchanged,
  type ControlledExportJob,
  type DocumentRunner,
  type FrozenSource,
} from './document-jobs';
import { readReference } from './brand-assets';
import { readLogo, type ExportWarning } from './export-input';
import { loadTemplateLibrary } from './template-library';
import { findDocument, type WorkspaceSessions } from './workspace-sessions';

export type ExportDeps = {
  readonly sessions: WorkspaceSessions;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly runner: DocumentRunner;
  /**
   * Not used here: the runner plans the pages of working text and frozen copies alike, on its
   * workers. Accepted so callers can pass the service's rendering dependencies as they are.
   */
  readonly pages?: PagePlanner | null;
};

export type ExportedDocument = {
  readonly id: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly incomplete: boolean;
  readonly warnings: readonly ExportWarning[];
};

/** The stored frozen copy of the document's last approved version; null when there is none. */
const readFrozenSource = async (
  files: WorkspaceFiles,
  meta: DocumentMeta,
): Promise<FrozenSource | null> => {
  const version = meta.status === 'obsolete' ? null : lastApprovedVersion(meta);
  if (version === null) return null;
  try {
    return { version, ...(await files.readSnapshot(meta.id, version)) };
  } catch (error) {
    if (isAppError(error) && error.code === 'not-found') return null;
    throw error;
  }
};

/**
 * The Word file stored beside a frozen record at approval, as read; null when there is none or it
 * cannot be read (the record then gives the file, and the export says why).
 */
const readStoredWordFile = async (
  files: WorkspaceFiles,
  id: string,
  frozen: FrozenSource | null,
): Promise<Uint8Array | null> =>
  frozen?.record ? files.readFile(storedWordFilePath(id, frozen.version)).catch(() => null) : null;

/**
 * Word files for many documents at once: the workspace, the template library and the logo are
 * read once, and the documents are rendered and exported side by side on the runner's workers.
 * `ids` absent means every document, in workspace order. Unknown IDs fail before any export.
 * This is the fast path for `isms export --all`, `documents.exportMany` and packs of documents.
 */
export const exportDocuments = async (
  deps: ExportDeps,
  dir: string,
  ids?: readonly string[],
): Promise<ExportedDocument[]> => {
  const workspace = await deps.sessions.read(dir);
  const missing = (ids ?? []).filter((id) => !workspace.documents.some((d) => d.id === id));
  if (missing.length > 0) {
    throw new AppError('not-found', `no document with ID ${missing.join(', ')} in ${dir}`, {
      ids: missing,
    });
  }
  const chosen = ids ? ids.map((id) => findDocument(workspace, id)) : workspace.documents;
  const [files, library] = await Promise.all([
    deps.sessions.files(dir),
    loadTemplateLibrary(deps.templates, dir),
  ]);
  const today = isoDay(deps.clock.now());
  const [bodies, frozen, logo, styles] = await Promise.all([
    Promise.all(chosen.map((meta) => files.readBody(meta.id))),
    Promise.all(chosen.map((meta) => readFrozenSource(files, meta))),
    readLogo(workspace, files.readFile),
    readReference(workspace, files.readFile),
  ]);
  const stored = await Promise.all(
    chosen.map((meta, i) => readStoredWordFile(files, meta.id, frozen[i]!)),
  );
  const warnings = [logo.warning, styles.warning].filter((w): w is ExportWarning => w !== null);
  // Everything else, from deciding whether an approved document is unchanged to zipping the
  // Word file, runs on the runner's workers, side by side.
  return Promise.all(
    chosen.map(async (meta, i) => {
      const job: ControlledExportJob = {
        render: {
          workspace,
          meta,
          body: bodies[i]!,
          templates: library.refs,
          today,
          mode: 'export',
        },
        frozen: frozen[i]!,
        logo: logo.logo,
        reference: styles.reference,
        storedWordFile: stored[i]!,
      };
      // An approved, unchanged document's stored Word file needs no worker (nor one started).
      const result = storedCopyIfUnchanged(job) ?? (await deps.runner.exportControlled(job));
      const { bytes, incomplete, problem } = result;
      const fileName = exportFileName(meta.id, meta.title);
      // A frozen copy carries the logo it was approved with: today's logo cannot spoil it.
      const said =
        problem === null ? [] : [{ field: 'history', message: `${meta.id}: ${problem}` }];
      return {
        id: meta.id,
        fileName,
        bytes,
        incomplete,
        warnings: result.frozen ? said : warnings,
      };
    }),
  );
};
