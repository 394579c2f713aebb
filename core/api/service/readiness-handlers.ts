import { assessReadiness } from '../../readiness';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import type { DocumentRunner } from './document-jobs';
import type { RenderCache } from './render-cache';
import { isoDay } from './dates';
import { gatherReadinessReport } from './readiness-facts';
import { loadTemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  runner?: DocumentRunner;
  renderCache?: RenderCache;
};

export const createReadinessHandlers = ({
  sessions,
  templates,
  clock,
  runner,
  renderCache,
}: Deps): Pick<Handlers, 'readiness.report'> => ({
  'readiness.report': async ({ dir }) => {
    const { facts, check } = await gatherReadinessReport({
      workspace: await sessions.read(dir),
      files: await sessions.files(dir),
      library: await loadTemplateLibrary(templates, dir),
      today: isoDay(clock.now()),
      ...(runner ? { runner } : {}),
      ...(renderCache ? { cache: renderCache } : {}),
    });
    return {
      report: assessReadiness(facts),
      documents: check.documents,
      workspaceErrors: check.workspaceErrors,
    };
  },
});
