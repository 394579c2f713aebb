import { AppError, isAppError } from '../../errors';
import type { Clock, TemplateSource, WorkspaceFiles } from '../ports';
import type { PagePlanner } from '../publish-ports';
import { isoDay } from './dates';
import { exportFileName } from './document-ids';
import { recordChecks, type RecordChecks } from '../../doccontrol/checked-records';
import { lastApprovedVersion } from '../../doccontrol/versions';
import { storedWordFilePath } from '../../doccontrol/word-file';
import type { DocumentMeta } from '../../model/workspace';
import {
  storedCopyIfUnchanged,
  type BytesHash,
  type ControlledExportJob,
  type ControlledExportResult,
  type DocumentRunner,
  type FrozenSource,
} from './document-jobs';
import { readReference } from './brand-assets';
import { readLogo, type ExportWarning } from './export-input';
import { loadTemplateLibrary } from './template-library';
import { renderTimeOf } from '../../templates/render-time';
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
  /**
   * SHA-256 of bytes by the platform (Node's native one in the backend), for the check of each
   * stored Word file; absent, the pure implementation the browser uses.
   */
  readonly sha256?: BytesHash | null;
  /** Frozen record texts this code checked before (see checked-records.ts); absent checks all. */
  readonly checkedRecords?: CheckedRecords | null;
};

/** A list of record texts checked before, kept outside the workspace by the platform. */
export type CheckedRecords = {
  /** Which of these texts were checked, exactly as they are, by this code before. */
  readonly known: (texts: readonly string[]) => Promise<ReadonlySet<string>>;
  /** Adds texts checked now; never throws. */
  readonly remember: (texts: ReadonlySet<string>) => Promise<void>;
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
 * Runs a batch's jobs, answers in the jobs' order. Documents not approved go to the workers
 * first, longest body first (the longest jobs first keeps one worker from finishing far after
 * the other); then each approved document is checked here, and the few that must be made again
 * (changed since approval, no stored Word file) follow them to the workers.
 */
const runJobs = (
  jobs: readonly ControlledExportJob[],
  deps: Pick<ExportDeps, 'runner' | 'sha256'>,
  checks: RecordChecks | null,
): Promise<ControlledExportResult>[] => {
  const results = new Array<Promise<ControlledExportResult>>(jobs.length);
  const drafts = jobs
    .map((job, i) => ({ job, i }))
    .filter(({ job }) => job.render.meta.status !== 'approved')
    .sort((a, b) => b.job.render.body.length - a.job.render.body.length);
  for (const { job, i } of drafts) results[i] = deps.runner.exportControlled(job);
  jobs.forEach((job, i) => {
    if (results[i]) return;
    // An approved, unchanged document's stored Word file needs no worker (nor one started).
    const stored = storedCopyIfUnchanged(job, deps.sha256, checks);
    results[i] = stored ? Promise.resolve(stored) : deps.runner.exportControlled(job);
  });
  return results;
};

/**
 * Runs the batch's checks trusting the frozen records checked before, and keeps those checked
 * now for the next batch. The checks belong to this call: `run` passes them to the record parser.
 */
const withCheckedRecords = async <T>(
  checked: CheckedRecords | null,
  frozen: readonly (FrozenSource | null)[],
  run: (checks: RecordChecks | null) => T,
): Promise<T> => {
  if (!checked) return run(null);
  const texts = frozen.flatMap((f) => (f?.record ? [f.record] : []));
  const checks = recordChecks(await checked.known(texts));
  try {
    return run(checks);
  } finally {
    await checked.remember(checks.noted);
  }
};

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
  const at = deps.clock.now();
  const today = isoDay(at);
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
  const jobs = chosen.map((meta, i): ControlledExportJob => ({
    render: {
      ...{ workspace, meta, body: bodies[i]!, templates: library.refs, today, mode: 'export' },
      ...renderTimeOf(bodies[i]!, at),
    },
    frozen: frozen[i]!,
    logo: logo.logo,
    reference: styles.reference,
    storedWordFile: stored[i]!,
  }));
  // Documents not approved are worker jobs whatever else is found: their workers start now, so
  // loading the engine overlaps the checking of approved documents done here.
  deps.runner.prepare?.(jobs.filter((job) => job.render.meta.status !== 'approved'));
  const results = await withCheckedRecords(deps.checkedRecords ?? null, frozen, (checks) =>
    runJobs(jobs, deps, checks),
  );
  return Promise.all(
    chosen.map(async (meta, i) => {
      const result = await results[i]!;
      const { bytes, incomplete, problem } = result;
      // A frozen copy carries the logo it was approved with: today's logo cannot spoil it.
      const said =
        problem === null ? [] : [{ field: 'history', message: `${meta.id}: ${problem}` }];
      return {
        id: meta.id,
        fileName: exportFileName(meta.id, meta.title),
        bytes,
        incomplete,
        warnings: result.frozen ? said : warnings,
      };
    }),
  );
};
