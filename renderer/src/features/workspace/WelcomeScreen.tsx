import type { WorkspaceSummary } from '../../../../core/api/contract';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { Icon, type IconName } from '../../components/Icon';
import { useQuery } from '../../components/use-query';
import { createWorkspaceFlow, openWorkspaceFlow } from './workspace-flows';

type WelcomeProps = {
  onOpened: (workspace: WorkspaceSummary) => void;
  /** Shown when the workspace named at start-up could not be opened. */
  startupError: string | null;
  busy: boolean;
};

/** Shown when no workspace is open: start from the demo or blank, open a folder, or a recent one. */
export const WelcomeScreen = ({ onOpened, startupError, busy }: WelcomeProps) => {
  const services = useServices();
  const recent = useQuery('recent', () => services.api['workspace.recent']({}));
  const run = async (flow: Promise<WorkspaceSummary | null>) => {
    const opened = await flow;
    if (opened) onOpened(opened);
  };
  const actions: {
    icon: IconName;
    title: string;
    text: string;
    testId: string;
    onClick: () => void;
  }[] = [
    {
      icon: 'sparkle',
      title: 'Start from the demo',
      text: 'A sample company with its profile, registers and documents filled in.',
      testId: 'welcome-new-demo',
      onClick: () => void run(createWorkspaceFlow(services, 'demo')),
    },
    {
      icon: 'plus',
      title: 'Start blank',
      text: 'An empty workspace for your own organisation.',
      testId: 'welcome-new-blank',
      onClick: () => void run(createWorkspaceFlow(services, 'blank')),
    },
    {
      icon: 'folder',
      title: 'Open a workspace',
      text: 'A folder that already holds a workspace.json.',
      testId: 'welcome-open',
      onClick: () => void run(openWorkspaceFlow(services)),
    },
  ];
  const list = recent.data?.recent ?? [];
  return (
    <main className="welcome" data-testid="welcome" aria-busy={busy}>
      <div className="welcome-inner">
        <header className="welcome-header">
          <h1>ISMS Workbench</h1>
          <p className="muted">
            Draft ISO/IEC 27001:2022 documentation from your organisation’s data, offline, and
            export it to Word.
          </p>
        </header>
        {startupError ? (
          <p className="banner banner-error" role="alert">
            {startupError}
          </p>
        ) : null}
        <section aria-labelledby="welcome-start">
          <h2 id="welcome-start" className="section-title">
            Start
          </h2>
          <div className="welcome-actions">
            {actions.map((action) => (
              <button
                key={action.testId}
                type="button"
                className="action-card"
                data-testid={action.testId}
                onClick={action.onClick}
                disabled={busy}
              >
                <span className="action-card-icon">
                  <Icon name={action.icon} size={18} />
                </span>
                <span className="action-card-title">{action.title}</span>
                <span className="action-card-text">{action.text}</span>
              </button>
            ))}
          </div>
        </section>
        <section aria-labelledby="welcome-recent">
          <h2 id="welcome-recent" className="section-title">
            Recent
          </h2>
          {recent.error ? (
            <p className="muted">Could not list recent workspaces: {describeError(recent.error)}</p>
          ) : list.length === 0 ? (
            <p className="muted">{recent.loading ? 'Loading…' : 'No recent workspaces yet.'}</p>
          ) : (
            <ul className="recent-list" data-testid="recent-list">
              {list.map((item) => (
                <li key={item.dir}>
                  <button
                    type="button"
                    className="recent-item"
                    disabled={busy}
                    onClick={() => void run(openWorkspaceFlow(services, item.dir))}
                  >
                    <span className="recent-name">{item.name || 'Untitled workspace'}</span>
                    <span className="recent-dir">{item.dir}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </main>
  );
};
