import { AppError, isAppError } from '../../errors';
import { buildStage1Pack } from '../../pack/build-pack';
import type { PackProgress, PackTools } from '../../pack/types';
import { assessReadiness, readinessMarkdown } from '../../readiness';
import { bytesToBase64 } from '../base64';
import type { PackResultData, PackStatus } from '../contract-pack';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import type { PagePlanner, PdfRenderer } from '../publish-ports';
import { documentRegisterRows, documentRegisterSheet } from '../../doccontrol/register';
import { isoDay } from './dates';
import { createPackDocx, packedDocuments } from './pack-docx';
import { gatherReadiness } from './readiness-facts';
import { loadTemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  tools: PackTools | null;
  /** PDF export; when present, the pack carries a PDF of each document beside its Word file. */
  pdf: PdfRenderer | null;
  pages: PagePlanner | null;
};
type PackHandlers = Pick<Handlers, 'pack.build' | 'pack.start' | 'pack.status' | 'pack.cancel'>;

type Job = { status: PackStatus; cancel: boolean; stop: () => void };

const cancelledError = () => new AppError('cancelled', 'The Stage 1 pack was cancelled.');

export const createPackHandlers = (deps: Deps): PackHandlers => {
  const jobs = new Map<string, Job>();
  let counter = 0;

  const build = async (
    dir: string,
    includeDrafts: boolean,
    onProgress?: (p: PackProgress) => void,
    isCancelled?: () => boolean,
  ): Promise<PackResultData> => {
    const { tools } = deps;
    if (!tools)
      throw new AppError('internal', 'This build cannot write spreadsheets for the pack.');
    const [workspace, files, library] = await Promise.all([
      deps.sessions.read(dir),
      deps.sessions.files(dir),
      loadTemplateLibrary(deps.templates, dir),
    ]);
    const today = isoDay(deps.clock.now());
    const { facts, bodies, controls } = await gatherReadiness({
      workspace,
      files,
      library,
      today,
    });
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
    });
    const views = new Map([...controls].map(([id, state]) => [id, state.view]));
    const result = await buildStage1Pack({
      workspace,
      report,
      documents: packedDocuments(workspace, controls, includeDrafts),
      documentRegister: documentRegisterSheet(documentRegisterRows(workspace, views)),
      tools,
      ...docx,
      readinessMarkdown: readinessMarkdown(report, workspace.organisation.name),
      ...(onProgress ? { onProgress } : {}),
      ...(isCancelled ? { isCancelled } : {}),
    });
    return {
      fileName: result.fileName,
      data: bytesToBase64(result.zip),
      files: [...result.files],
      documents: result.documents,
      drafts: result.drafts,
      score: report.score,
      ready: report.ready,
    };
  };

  return {
    'pack.build': ({ dir, includeDrafts }) => build(dir, includeDrafts),
    'pack.start': ({ dir, includeDrafts }) => {
      const jobId = `pack-${++counter}`;
      const job: Job = {
        status: {
          state: 'running',
          done: 0,
          total: 0,
          step: 'Reading the workspace',
          result: null,
          error: null,
        },
        cancel: false,
        stop: () => undefined,
      };
      jobs.set(jobId, job);
      const progress = (p: PackProgress) => {
        if (!job.cancel) job.status = { ...job.status, done: p.done, total: p.total, step: p.step };
      };
      // A cancel ends the job at once, whatever step it is in (the readiness gathering renders
      // every document and can take a minute); the build itself stops at its next check and
      // its result, if any, is dropped, so nothing is offered for saving.
      const stopped = new Promise<never>((_resolve, reject) => {
        job.stop = () => reject(cancelledError());
      });
      Promise.race([build(dir, includeDrafts, progress, () => job.cancel), stopped]).then(
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
      job.cancel = true;
      job.stop();
      return Promise.resolve({ cancelled: true });
    },
  };
};
