import { assessReadiness } from '../../readiness';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import type { DocumentRunner } from './document-jobs';
import { gatherReadiness } from './readiness-facts';
import { loadTemplateLibrary } from './template-library';
import type { WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  runner: DocumentRunner;
};

export const createReadinessHandlers = ({
  sessions,
  templates,
  clock,
  runner,
}: Deps): Pick<Handlers, 'readiness.report'> => ({
  'readiness.report': async ({ dir }) => {
    const { facts, check } = await gatherReadiness({
      workspace: await sessions.read(dir),
      files: await sessions.files(dir),
      library: await loadTemplateLibrary(templates, dir),
      today: isoDay(clock.now()),
      runner,
    });
    return {
      report: assessReadiness(facts),
      documents: check.documents,
      workspaceErrors: check.workspaceErrors,
    };
  },
});
