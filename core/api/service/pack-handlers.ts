import { AppError, isAppError } from '../../errors';
import {
  cancelledError,
  createCancel,
  throwIfCancelled,
  type CancelSignal,
} from '../../cancellation';
import type { PackProgress, PackSink, PackTools } from '../../pack/types';
import type { Workspace } from '../../model/workspace';
import { assessReadiness, readinessMarkdown } from '../../readiness';
import type { PackResultData, PackStatus } from '../contract-pack';
import type { Handlers } from '../dispatch';
import type { OutputFile, OutputFiles } from '../output-ports';
import type { Clock, TemplateSource, WorkspaceFiles } from '../ports';
import type { PagePlanner, PdfRenderer } from '../publish-ports';
import { documentRegisterRows, documentRegisterSheet } from '../../doccontrol/register';
import { isoDay } from './dates';
import type { DocumentRunner, RenderJob } from './document-jobs';
import { createPackDocx, packedDocuments } from './pack-docx';
import { gatherReadiness } from './readiness-facts';
import { loadTemplateLibrary, type TemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  tools: PackTools | null;
  /** Where the ZIP is written; without it the pack is refused. */
  outputs: OutputFiles | null;
  /** PDF export; when present, the pack carries a PDF of each document beside its Word file. */
  pdf: PdfRenderer | null;
  pages: PagePlanner | null;
  /** Where the readiness gathering renders documents (the backend's workers, which a cancel stops). */
  runner?: DocumentRunner;
};
type PackHandlers = Pick<Handlers, 'pack.build' | 'pack.start' | 'pack.status' | 'pack.cancel'>;

type Job = { status: PackStatus; cancel: () => void };

const WHAT = 'The Stage 1 pack';

type BuildArgs = {
  readonly dir: string;
  readonly includeDrafts: boolean;
  /** Opens the file the ZIP streams into, once the workspace (and so the pack's name) is known. */
  readonly open: (outputs: OutputFiles, fileName: string) => Promise<OutputFile>;
  readonly onProgress?: (p: PackProgress) => void;
  readonly signal?: CancelSignal;
};

export const createPackHandlers = (deps: Deps): PackHandlers => {
  const jobs = new Map<string, Job>();
  let counter = 0;

  const build = async (args: BuildArgs): Promise<PackResultData> => {
    const { tools, outputs } = deps;
    const { dir, signal } = args;
    if (!tools || !outputs)
      throw new AppError('internal', 'This build cannot write spreadsheets or files for the pack.');
    const [workspace, files, library] = await Promise.all([
      deps.sessions.read(dir),
      deps.sessions.files(dir),
      loadTemplateLibrary(deps.templates, dir),
    ]);
    // Opened first, so a path that cannot be written is said before minutes of work.
    const fileName = `${workspace.organisation.documentIdPrefix} Stage 1 pack.zip`;
    const file = await args.open(outputs, fileName);
    try {
      const { size, ...made } = await makePack({
        ...args,
        workspace,
        files,
        library,
        tools,
        sink: file,
      });
      await file.finish();
      throwIfCancelled(signal, WHAT);
      return { ...made, fileName, file: { id: file.id, path: file.path, size } };
    } catch (error) {
      // A cancelled or failed pack leaves nothing behind, and never a half-written ZIP.
      await file.discard().catch(() => undefined);
      throw error;
    }
  };

  /** Gathers readiness, then streams the pack into the sink. */
  const makePack = async (
    args: BuildArgs & {
      workspace: Workspace;
      files: WorkspaceFiles;
      library: TemplateLibrary;
      tools: PackTools;
      sink: PackSink;
    },
  ) => {
    const { workspace, files, library, signal } = args;
    const { runner } = deps;
    const today = isoDay(deps.clock.now());
    const { facts, bodies, controls } = await gatherReadiness({
      workspace,
      files,
      library,
      today,
      ...(deps.runner ? { runner: deps.runner } : {}),
      ...(signal ? { signal } : {}),
    });
    throwIfCancelled(signal, WHAT);
    const report = assessReadiness(facts);
    const docx = createPackDocx({
      workspace,
      files,
      bodies,
      controls,
      templates: library.templates,
      today,
      pdf: deps.pdf,
      pages: deps.pages,
      ...(runner ? { render: (job: RenderJob) => runner.render(job, signal) } : {}),
    });
    const views = new Map([...controls].map(([id, state]) => [id, state.view]));
    // The pack's zip code is loaded here: every other method (a check, the list) goes without it.
    const { buildStage1Pack } = await import('../../pack/build-pack');
    const result = await buildStage1Pack({
      workspace,
      report,
      documents: packedDocuments(workspace, controls, args.includeDrafts),
      documentRegister: documentRegisterSheet(documentRegisterRows(workspace, views)),
      tools: args.tools,
      ...docx,
      readinessMarkdown: readinessMarkdown(report, workspace.organisation.name),
      sink: args.sink,
      ...(args.onProgress ? { onProgress: args.onProgress } : {}),
      ...(signal ? { signal } : {}),
    });
    return {
      size: result.size,
      files: [...result.files],
      documents: result.documents,
      drafts: result.drafts,
      score: report.score,
      ready: report.ready,
    };
  };

  return {
    'pack.build': ({ dir, includeDrafts, out }) =>
      build({ dir, includeDrafts, open: (outputs) => outputs.at(out) }),
    'pack.start': ({ dir, includeDrafts }) => {
      const jobId = `pack-${++counter}`;
      const { signal, cancel } = createCancel();
      const job: Job = {
        status: {
          state: 'running',
          done: 0,
          total: 0,
          step: 'Reading the workspace',
          result: null,
          error: null,
        },
        cancel,
      };
      jobs.set(jobId, job);
      const onProgress = (p: PackProgress) => {
        if (!signal.aborted)
          job.status = { ...job.status, done: p.done, total: p.total, step: p.step };
      };
      const open = (outputs: OutputFiles, fileName: string) => outputs.temporary(dir, fileName);
      // A cancel ends the job at once: the status says so straight away, the readiness gathering
      // starts no further document (and the workers drop what they were rendering), and the
      // build stops at its next file and removes what it wrote.
      const stopped = new Promise<never>((_resolve, reject) => {
        signal.addEventListener('abort', () => reject(cancelledError(WHAT)));
      });
      const built = build({ dir, includeDrafts, open, onProgress, signal });
      built.catch(() => undefined);
      Promise.race([built, stopped]).then(
        (result) => {
          job.status = { ...job.status, state: 'done', done: job.status.total, result };
        },
        (error: unknown) => {
          const cancelled = isAppError(error) && error.code === 'cancelled';
          const message = error instanceof Error ? error.message : String(error);
          job.status = {
            ...job.status,
            state: cancelled ? 'cancelled' : 'failed',
            error: { code: isAppError(error) ? error.code : 'internal', message },
          };
        },
      );
      return Promise.resolve({ jobId });
    },
    'pack.status': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('not-found', `no pack job ${jobId}`, { jobId });
      // A finished job is reported once, then forgotten, so results do not pile up in memory.
      if (job.status.state !== 'running') jobs.delete(jobId);
      return Promise.resolve(job.status);
    },
    'pack.cancel': ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job || job.status.state !== 'running') return Promise.resolve({ cancelled: false });
      job.cancel();
      return Promise.resolve({ cancelled: true });
    },
  };
};
