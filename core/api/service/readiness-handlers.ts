import { assessReadiness } from '../../readiness';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { gatherReadiness } from './readiness-facts';
import { loadTemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = { sessions: WorkspaceSessions; templates: TemplateSource; clock: Clock };

export const createReadinessHandlers = ({
  sessions,
  templates,
  clock,
}: Deps): Pick<Handlers, 'readiness.report'> => ({
  'readiness.report': async ({ dir }) => {
    const { facts, check } = await gatherReadiness({
      workspace: await sessions.read(dir),
      files: await sessions.files(dir),
      library: await loadTemplateLibrary(templates, dir),
      today: isoDay(clock.now()),
    });
    return {
      report: assessReadiness(facts),
      documents: check.documents,
      workspaceErrors: check.workspaceErrors,
    };
  },
});
