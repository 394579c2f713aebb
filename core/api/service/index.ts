import type { Handlers } from '../dispatch';
import type { Clock, RecentWorkspaces, TemplateSource, WorkspaceStore } from '../ports';
import { createDocControlHandlers } from './doccontrol-handlers';
import { createDocumentHandlers } from './document-handlers';
import { createWorkspaceHandlers } from './workspace-handlers';
import { createWorkspaceSessions } from './workspace-sessions';

export type ServiceDeps = {
  readonly store: WorkspaceStore;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly recent?: RecentWorkspaces | null;
};

/** The implementation of every API method over the ports; transports wrap it in a dispatcher. */
export const createService = (deps: ServiceDeps): Handlers => {
  const sessions = createWorkspaceSessions(deps.store);
  return {
    ...createWorkspaceHandlers({ ...deps, sessions, recent: deps.recent ?? null }),
    ...createDocumentHandlers({ sessions, templates: deps.templates, clock: deps.clock }),
    ...createDocControlHandlers({ sessions, templates: deps.templates, clock: deps.clock }),
  };
};
