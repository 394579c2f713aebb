import type {
  ControlledExportJob,
  ExportJob,
  FrozenExportJob,
  RenderJob,
} from '../../core/api/service/document-jobs';
import type { Workspace } from '../../core/model/workspace';

/** A job without its workspace, which a worker keeps between jobs of the same revision. */
export type RenderJobData = Omit<RenderJob, 'workspace'>;

/**
 * Main thread to worker. `workspace` is null when the worker already holds the workspace with
 * that key, so a list of 500 documents copies the workspace once per worker, not 500 times.
 */
export type WorkerRequest = {
  readonly id: number;
  readonly workspaceKey: number;
  readonly workspace: Workspace | null;
} & (
  | { readonly kind: 'render'; readonly job: RenderJobData }
  | { readonly kind: 'export'; readonly job: { render: RenderJobData; docx: ExportJob['docx'] } }
  | {
      readonly kind: 'exportControlled';
      readonly job: Omit<ControlledExportJob, 'render'> & { render: RenderJobData };
    }
  /** Needs no workspace: the frozen record is the whole input. */
  | { readonly kind: 'exportFrozen'; readonly job: FrozenExportJob }
);

export type WorkerReply =
  | { readonly id: number; readonly ok: true; readonly result: unknown }
  | {
      readonly id: number;
      readonly ok: false;
      readonly error: { code: string; message: string; details: Record<string, unknown> };
    };
