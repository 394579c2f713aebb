import type { Handlers } from '../dispatch';
import type { Clock, RecentWorkspaces, TemplateSource, WorkspaceStore } from '../ports';
import { createDocumentHandlers } from './document-handlers';
import { createPublishingHandlers } from './publishing-handlers';
import type { PdfRenderer } from '../publish-ports';
import { createWorkspaceHandlers } from './workspace-handlers';
import { createWorkspaceSessions } from './workspace-sessions';

export type ServiceDeps = {
  readonly store: WorkspaceStore;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly recent?: RecentWorkspaces | null;
  readonly pdf?: PdfRenderer | null;
};

/** The implementation of every API method over the ports; transports wrap it in a dispatcher. */
export const createService = (deps: ServiceDeps): Handlers => {
  const sessions = createWorkspaceSessions(deps.store);
  return {
    ...createWorkspaceHandlers({ ...deps, sessions, recent: deps.recent ?? null }),
    ...createDocumentHandlers({ sessions, templates: deps.templates, clock: deps.clock }),
    ...createPublishingHandlers({ ...deps, sessions, pdf: deps.pdf ?? null }),
  };
};
