import { throwIfCancelled, type CancelSignal } from '../../cancellation';
import { buildDocx } from '../../docx/build-docx';
import type { DocxInput } from '../../docx/types';
import type { PagePlanner } from '../publish-ports';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';
import { renderDocument, type RenderMode } from './render-document';

/** What filling one document needs: the same data whether it runs here or in a worker. */
export type RenderJob = {
  readonly workspace: Workspace;
  readonly templates: readonly { readonly id: string; readonly title: string }[];
  readonly meta: DocumentMeta;
  readonly body: string;
  readonly today: string;
  readonly mode: RenderMode;
  /** The template engine's time limit (see RenderTemplateOptions); the workers raise it. */
  readonly timeLimitMs?: number;
};

/** A render followed by the Word export of its Markdown. */
export type ExportJob = {
  readonly render: RenderJob;
  readonly docx: Omit<DocxInput, 'markdown' | 'incomplete'>;
};

export type ExportJobResult = { readonly bytes: Uint8Array; readonly incomplete: boolean };

/**
 * Where documents are filled and exported. The backend runs them in worker threads it can stop
 * when one takes too long; tests and pure callers run them in-process.
 */
export type DocumentRunner = {
  /**
   * `signal`: a cancel drops the job if it has not started, and stops it if the runner can (the
   * backend's workers are terminated); the promise then rejects as cancelled.
   */
  readonly render: (job: RenderJob, signal?: CancelSignal) => Promise<RenderResult>;
  readonly exportDocument: (job: ExportJob) => Promise<ExportJobResult>;
};

export const runRenderJob = (job: RenderJob): Promise<RenderResult> => renderDocument(job);

/**
 * Fills and exports one document. With a page planner, the Word file's contents and footer carry
 * the page numbers of the PDF layout as their cached values.
 */
export const runExportJob = async (
  { render, docx }: ExportJob,
  pages: PagePlanner | null = null,
): Promise<ExportJobResult> => {
  const result = await renderDocument({ ...render, mode: 'export' });
  const incomplete = result.unfilled.length > 0;
  const input: DocxInput = { ...docx, markdown: result.markdown, incomplete };
  const bytes = await buildDocx(pages ? { ...input, pages: pages(input) } : input);
  return { bytes, incomplete };
};

/** Runs every job on the calling thread: no time bound beyond the template engine's own. */
export const createInProcessRunner = (pages: PagePlanner | null = null): DocumentRunner => ({
  // A render on this thread cannot be interrupted; a cancel only keeps the next one from starting.
  render: async (job, signal) => {
    throwIfCancelled(signal);
    return runRenderJob(job);
  },
  exportDocument: (job) => runExportJob(job, pages),
});

export const inProcessRunner: DocumentRunner = createInProcessRunner();
