import type { BytesToText } from '../base64';
import type { Handlers } from '../dispatch';
import type { PackTools } from '../../pack/types';
import type { Clock, RecentWorkspaces, TemplateSource, WorkspaceStore } from '../ports';
import type { SheetCodec } from '../../registers/sheet-codec';
import { createDocControlHandlers } from './doccontrol-handlers';
import { createDocumentHandlers } from './document-handlers';
import { createInProcessRunner, type BytesHash, type DocumentRunner } from './document-jobs';
import { createExportHandlers } from './export-handlers';
import { createRenderCache, type CheckStore } from './render-cache';
import { createRegisterHandlers } from './register-handlers';
import { createReviewHandlers } from './review-handlers';
import { createPackHandlers } from './pack-handlers';
import { createReadinessHandlers } from './readiness-handlers';
import { createPublishingHandlers } from './publishing-handlers';
import { createBrandingHandlers } from './branding-handlers';
import { createImportHandlers } from './import-handlers';
import { createDocumentCopyHandlers } from './document-copy-handlers';
import { createDocumentIndexHandlers } from './document-index-handlers';
import type { DocxImporter } from '../import-ports';
import type { OutputFiles } from '../output-ports';
import type { PagePlanner, PdfRenderer } from '../publish-ports';
import { createWorkspaceHandlers } from './workspace-handlers';
import type { DemoHistoryStore } from './demo-history';
import type { CheckedRecords } from './export-batch';
import { createDecisionHandlers } from './decision-handlers';
import { createWorkspaceSessions } from './workspace-sessions';

export type ServiceDeps = {
  readonly store: WorkspaceStore;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly recent?: RecentWorkspaces | null;
  /** Where documents are rendered and exported; in-process unless the backend gives workers. */
  readonly runner?: DocumentRunner;
  /** CSV and XLSX for register import and export; without it those methods refuse. */
  readonly sheets?: SheetCodec | null;
  /** Spreadsheets and hashes for the Stage 1 pack; without them the pack is refused. */
  readonly pack?: PackTools | null;
  readonly pdf?: PdfRenderer | null;
  /** Page breaks from the PDF layout, for the Word contents' page numbers; absent leaves them out. */
  readonly pages?: PagePlanner | null;
  /** Where long jobs write their files (the Stage 1 pack); without it the pack is refused. */
  readonly outputs?: OutputFiles | null;
  /** Reads a Word file into Markdown for documents.import; without it the import is refused. */
  readonly importer?: DocxImporter | null;
  /** Where checked results outlive the process (see render-cache.ts); absent keeps them in memory. */
  readonly checkStore?: CheckStore | null;
  /** Where the demo's frozen versions are kept between runs (demo-history.ts); absent makes them each time. */
  readonly demoHistory?: DemoHistoryStore | null;
  /** The platform's SHA-256 of bytes (Node's native one); absent, the core's pure one. */
  readonly sha256?: BytesHash | null;
  /** The platform's base64 of bytes (Node's native one, the same text); absent, the core's own. */
  readonly base64?: BytesToText | null;
  /** Frozen records checked before, kept by the platform (see export-batch.ts). */
  readonly checkedRecords?: CheckedRecords | null;
};

/** The implementation of every API method over the ports; transports wrap it in a dispatcher. */
export const createService = (deps: ServiceDeps): Handlers => {
  const sessions = createWorkspaceSessions(deps.store);
  const rendering = {
    runner: deps.runner ?? createInProcessRunner(deps.pages ?? null),
    renderCache: createRenderCache({ store: deps.checkStore ?? null }),
    pages: deps.pages ?? null,
  };
  return {
    ...createWorkspaceHandlers({ ...deps, sessions, recent: deps.recent ?? null, ...rendering }),
    ...createDocumentHandlers({
      sessions,
      templates: deps.templates,
      clock: deps.clock,
      ...rendering,
    }),
    ...createExportHandlers({ sessions, ...deps, ...rendering }),
    ...createRegisterHandlers({ sessions, sheets: deps.sheets ?? null }),
    ...createReviewHandlers({ sessions }),
    ...createDocControlHandlers({
      sessions,
      templates: deps.templates,
      clock: deps.clock,
      pages: deps.pages ?? null,
      tools: deps.pack ?? null,
      runner: rendering.runner,
    }),
    ...createReadinessHandlers({
      sessions,
      templates: deps.templates,
      clock: deps.clock,
      ...rendering,
    }),
    ...createPackHandlers({
      sessions,
      templates: deps.templates,
      clock: deps.clock,
      tools: deps.pack ?? null,
      pdf: deps.pdf ?? null,
      pages: deps.pages ?? null,
      outputs: deps.outputs ?? null,
      runner: rendering.runner,
    }),
    ...createPublishingHandlers({
      ...deps,
      sessions,
      pdf: deps.pdf ?? null,
      runner: rendering.runner,
    }),
    ...createDecisionHandlers({ sessions, clock: deps.clock }),
    ...createBrandingHandlers({ sessions }),
    ...createImportHandlers({ ...deps, sessions, importer: deps.importer ?? null }),
    ...createDocumentIndexHandlers({ sessions }),
    ...createDocumentCopyHandlers({ sessions, clock: deps.clock }),
  };
};
