import type { Handlers } from '../dispatch';
import type { Clock, RecentWorkspaces, TemplateSource, WorkspaceStore } from '../ports';
import type { SheetCodec } from '../../registers/sheet-codec';
import { createDocumentHandlers } from './document-handlers';
import { createRegisterHandlers } from './register-handlers';
import { createWorkspaceHandlers } from './workspace-handlers';
import { createWorkspaceSessions } from './workspace-sessions';

export type ServiceDeps = {
  readonly store: WorkspaceStore;
  readonly templates: TemplateSource;
  readonly clock: Clock;
  readonly recent?: RecentWorkspaces | null;
  /** CSV and XLSX for register import and export; without it those methods refuse. */
  readonly sheets?: SheetCodec | null;
};

/** The implementation of every API method over the ports; transports wrap it in a dispatcher. */
export const createService = (deps: ServiceDeps): Handlers => {
  const sessions = createWorkspaceSessions(deps.store);
  return {
    ...createWorkspaceHandlers({ ...deps, sessions, recent: deps.recent ?? null }),
    ...createDocumentHandlers({ sessions, templates: deps.templates, clock: deps.clock }),
    ...createRegisterHandlers({ sessions, sheets: deps.sheets ?? null }),
  };
};
