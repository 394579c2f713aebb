import { throwIfCancelled, type CancelSignal } from '../../cancellation';
import { documentControlView, hasChangedSinceApproval } from '../../doccontrol/lifecycle';
import {
  docxInputFromSnapshot,
  parseSnapshot,
  type SnapshotRecord,
} from '../../doccontrol/snapshot';
import type { RecordChecks } from '../../doccontrol/checked-records';
import { checkStoredWordFile } from '../../doccontrol/word-file';
import { readsApprovedData } from '../../doccontrol/unchanged-data';
import { lastApprovedVersion } from '../../doccontrol/versions';
import type { ReferenceParts } from '../../docx/reference-doc';
import type { DocxInput } from '../../docx/types';
import { filledNow, frozenDocx, workingMeta } from './document-control';
import { docxInputFor } from './export-input';
import type { PagePlanner } from '../publish-ports';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { RenderResult } from '../../templates/types';
import { renderDocument, type RenderMode } from './render-document';
import type { DocumentRender } from './render-memo';
import { buildDocxLazily } from './word-build-lazily';
import { recentlyUsed } from '../../recently-used';

/** What filling one document needs: the same data whether it runs here or in a worker. */
export type RenderJob = {
  readonly workspace: Workspace;
  readonly templates: readonly { readonly id: string; readonly title: string }[];
  readonly meta: DocumentMeta;
  readonly body: string;
  readonly today: string;
  /** The app's time, only when the body can print it (see renderTimeOf in render-time.ts). */
  readonly now?: string;
  readonly mode: RenderMode;
  /** The template engine's time limit (see RenderTemplateOptions); the workers raise it. */
  readonly timeLimitMs?: number;
  /** The engine's allocation bound, for a render on a thread nothing can stop from outside. */
  readonly memoryLimit?: number;
};

/** A render followed by the Word export of its Markdown. */
export type ExportJob = {
  readonly render: RenderJob;
  readonly docx: Omit<DocxInput, 'markdown' | 'incomplete'>;
};

export type ExportJobResult = { readonly bytes: Uint8Array; readonly incomplete: boolean };

/** A frozen approved version as it is stored: the source and the record's JSON text. */
export type FrozenSource = {
  readonly version: string;
  readonly body: string;
  readonly record: string | null;
};

/**
 * `frozen`: the bytes are the frozen approved copy's, not today's working text. `source`: where
 * they came from: the Word file stored at approval, made from the frozen record now, or the
 * working text. `problem`: why a stored Word file was not used (damaged, edited or missing).
 */
export type ControlledExportResult = ExportJobResult & {
  readonly frozen: boolean;
  readonly source: 'stored' | 'record' | 'working';
  readonly problem: string | null;
};

/** The Word file of a frozen record, as an approval stores it beside the record. */
export type FrozenExportJob = { readonly documentId: string; readonly record: SnapshotRecord };

/**
 * One document of a batch export, with what decides what is exported: the frozen copy of its
 * last approved version (if any) and the logo, read once for the whole batch.
 */
export type ControlledExportJob = {
  readonly render: RenderJob;
  readonly frozen: FrozenSource | null;
  readonly logo: DocxInput['logo'];
  readonly reference: ReferenceParts | null;
  /**
   * The Word file already made from this frozen record, if a caller kept it: a frozen copy's
   * bytes depend on its record alone, so they are made once, not on every export.
   */
  readonly frozenBytes?: Uint8Array;
  /**
   * The bytes of history/<ID>@<version>.docx as read (null when there is none): used only when
   * they are the file the frozen record names by its hash.
   */
  readonly storedWordFile?: Uint8Array | null;
};

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
  readonly exportControlled: (job: ControlledExportJob) => Promise<ControlledExportResult>;
  /** Makes the Word file of a frozen record, with the page planning of every other export. */
  readonly exportFrozen: (job: FrozenExportJob) => Promise<Uint8Array>;
  /**
   * Says that these jobs are about to be given to exportControlled: a runner with workers starts
   * as many as will run (up to its size; none for jobs it has the answer of) now, so their
   * start-up overlaps the caller's own work. Optional; a hint only.
   */
  readonly prepare?: (jobs: readonly ControlledExportJob[]) => void;
};

/** A SHA-256 in hex, as the platform computes it (see ExportDeps). */
export type BytesHash = (bytes: Uint8Array) => string;

export const runRenderJob = (
  job: RenderJob,
  fill: DocumentRender = renderDocument,
): Promise<RenderResult> => fill(job);

export const runFrozenExportJob = (
  { record }: FrozenExportJob,
  pages: PagePlanner | null = null,
): Promise<Uint8Array> => frozenDocx(docxInputFromSnapshot(record), pages);

/**
 * The approved copy's Word file: the one stored at approval when it is intact, else made from the
 * record (or given by a caller that kept it), with the reason the stored one was not used.
 */
const approvedCopy = async (
  record: SnapshotRecord,
  job: Pick<ControlledExportJob, 'frozenBytes' | 'storedWordFile'>,
  pages: PagePlanner | null,
): Promise<ControlledExportResult> => {
  const expected = record.format === 2 ? record.wordFile : undefined;
  const checked = expected ? checkStoredWordFile(expected, job.storedWordFile ?? null) : null;
  if (checked?.ok) {
    return {
      bytes: checked.bytes,
      incomplete: false,
      frozen: true,
      source: 'stored',
      problem: null,
    };
  }
  // Its contents' page numbers come from the same layout as a working-text export's.
  const bytes =
    job.frozenBytes ?? (await runFrozenExportJob({ documentId: record.documentId, record }, pages));
  const problem = checked && !checked.ok ? checked.problem : null;
  return { bytes, incomplete: false, frozen: true, source: 'record', problem };
};

/**
 * Fills and exports one document. With a page planner, the Word file's contents and footer carry
 * the page numbers of the PDF layout as their cached values.
 */
export const runExportJob = async (
  { render, docx }: ExportJob,
  pages: PagePlanner | null = null,
  fill: DocumentRender = renderDocument,
): Promise<ExportJobResult> => {
  const result = await fill({ ...render, mode: 'export' });
  const incomplete = result.unfilled.length > 0;
  const input: DocxInput = { ...docx, markdown: result.markdown, incomplete };
  const bytes = await buildDocxLazily(pages ? { ...input, pages: await pages(input) } : input);
  return { bytes, incomplete };
};

/**
 * Whether an approved document still gives the text that was approved. The render this needs is
 * done only when it can change the answer: the stored status is approved and the body is the
 * frozen one (a different body is a change whatever it renders to).
 */
const unchangedSinceApproval = async (
  render: RenderJob,
  frozen: { body: string; record: ReturnType<typeof parseSnapshot> | null },
): Promise<boolean> => {
  if (render.meta.status !== 'approved' || render.body !== frozen.body) return false;
  if (frozen.record && readsApprovedData({ ...render, record: frozen.record })) return true;
  // With the job's own limits: on a worker that is the hard bound, not the engine's 2 s.
  const limit = {
    ...(render.timeLimitMs === undefined ? {} : { timeLimitMs: render.timeLimitMs }),
    ...(render.memoryLimit === undefined ? {} : { memoryLimit: render.memoryLimit }),
  };
  const now = frozen.record
    ? await filledNow(render.workspace, frozen.record, render.body, render.templates, (job) =>
        renderDocument({ ...job, ...limit }),
      )
    : null;
  return !hasChangedSinceApproval({
    body: render.body,
    filledNow: now,
    frozen: { body: frozen.body, markdown: frozen.record?.markdown ?? '' },
  });
};

/**
 * A frozen record's reading, kept for the last few record texts: a record never changes, and an
 * export of a document changed since approval (or approved) would otherwise parse and check its
 * record, hundreds of kilobytes, on every export. Keyed by the text alone (the file name only
 * names a failure, and failures are not kept). Shared: read-only.
 */
const RECORDS_KEPT = 4;
const records = recentlyUsed<string, SnapshotRecord>(RECORDS_KEPT);
const parsedRecord = (text: string, file: string, checks: RecordChecks | null): SnapshotRecord => {
  const hit = records.get(text);
  if (hit) return hit;
  const record = parseSnapshot(text, file, checks);
  records.set(text, record);
  return record;
};

/** The frozen copy of the job's last approved version, its record parsed; null when none. */
const frozenOf = (
  { render: { meta }, frozen }: ControlledExportJob,
  checks: RecordChecks | null = null,
) => {
  const approved = meta.status === 'obsolete' ? null : lastApprovedVersion(meta);
  const usable = frozen && frozen.version === approved ? frozen : null;
  return (
    usable && {
      body: usable.body,
      record:
        usable.record === null
          ? null
          : parsedRecord(usable.record, `history/${meta.id}@${usable.version}.json`, checks),
    }
  );
};

/**
 * What the job gives when that can be told in a few milliseconds, without rendering: the Word
 * file stored at approval, intact, of an approved document with the approved body that reads
 * exactly the values it was approved with. Null: the job must run (on a worker). `sha256`: the
 * platform's own SHA-256 (Node's is native); without it the pure one every platform has.
 * `checks`: the batch's record checks (checked-records.ts); absent, the record is checked.
 */
export const storedCopyIfUnchanged = (
  job: ControlledExportJob,
  sha256?: BytesHash | null,
  checks: RecordChecks | null = null,
): ControlledExportResult | null => {
  const { render } = job;
  let parsed: ReturnType<typeof frozenOf>;
  try {
    parsed = frozenOf(job, checks);
  } catch {
    return null; // A damaged record is reported by the job itself.
  }
  const record = parsed?.record;
  if (!parsed || !record || record.format !== 2 || !record.wordFile) return null;
  if (render.meta.status !== 'approved' || render.body !== parsed.body) return null;
  if (!readsApprovedData({ ...render, record })) return null;
  const view = documentControlView(render.meta, {
    today: render.today,
    changedSinceApproval: false,
  });
  if (view.state !== 'approved') return null;
  const stored = job.storedWordFile ?? null;
  const intact = sha256
    ? stored !== null &&
      stored.length === record.wordFile.size &&
      sha256(stored) === record.wordFile.sha256
    : checkStoredWordFile(record.wordFile, stored).ok;
  if (!intact || stored === null) return null;
  return { bytes: stored, incomplete: false, frozen: true, source: 'stored', problem: null };
};

/**
 * Exports one document as a batch export does: an approved, unchanged document gives its frozen
 * copy (the bytes of the day it was approved); anything else is the working text under the
 * working version, which is not approved.
 */
export const runControlledExportJob = async (
  job: ControlledExportJob,
  pages: PagePlanner | null = null,
  fill: DocumentRender = renderDocument,
): Promise<ControlledExportResult> => {
  const { render, logo, reference, ...kept } = job;
  const { meta, workspace } = render;
  const parsed = frozenOf(job);
  // Without a frozen copy there is nothing to compare with: the document is as it was approved.
  const changed = parsed ? !(await unchangedSinceApproval(render, parsed)) : false;
  const view = documentControlView(meta, { today: render.today, changedSinceApproval: changed });
  if (view.state === 'approved' && parsed?.record) return approvedCopy(parsed.record, kept, pages);
  // An approved document from before approvals were frozen prints as approved, as it was.
  const printed = view.state === 'approved' ? meta : workingMeta(meta, view);
  const docx = docxInputFor({
    workspace,
    meta: printed,
    markdown: '',
    incomplete: false,
    logo,
    reference,
  });
  const result = await runExportJob({ render, docx }, pages, fill);
  return { ...result, frozen: false, source: 'working', problem: null };
};

/** Runs every job on the calling thread: no time bound beyond the template engine's own. */
export const createInProcessRunner = (pages: PagePlanner | null = null): DocumentRunner => ({
  // A render on this thread cannot be interrupted; a cancel only keeps the next one from starting.
  render: async (job, signal) => {
    throwIfCancelled(signal);
    return runRenderJob(job);
  },
  exportDocument: (job) => runExportJob(job, pages),
  exportControlled: (job) => runControlledExportJob(job, pages),
  exportFrozen: (job) => runFrozenExportJob(job, pages),
});

export const inProcessRunner: DocumentRunner = createInProcessRunner();
