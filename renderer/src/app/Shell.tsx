import { DocumentsPage } from '../features/documents/DocumentsPage';
import { useSession, type View } from './navigation';
import {
  BrandingPage,
  DocumentEditor,
  Loading,
  OrganisationPage,
  ReadinessPage,
  RegisterScreen,
  SettingsPage,
  TemplateLibrary,
} from './lazy-screens';
import { Sidebar } from './Sidebar';

const Screen = ({ view }: { view: View }) => {
  switch (view.name) {
    case 'documents':
      return <DocumentsPage />;
    case 'editor':
      return (
        <Loading what="editor">
          <DocumentEditor key={view.id} id={view.id} />
        </Loading>
      );
    case 'templates':
      return (
        <Loading what="template library">
          <TemplateLibrary />
        </Loading>
      );
    case 'organisation':
      return (
        <Loading what="organisation profile">
          <OrganisationPage key={view.tab ?? ''} initialTab={view.tab} />
        </Loading>
      );
    case 'register':
      return (
        <Loading what="register">
          <RegisterScreen key={view.register} name={view.register} />
        </Loading>
      );
    case 'readiness':
      return (
        <Loading what="readiness report">
          <ReadinessPage />
        </Loading>
      );
    case 'branding':
      return (
        <Loading what="branding">
          <BrandingPage />
        </Loading>
      );
    case 'settings':
      return (
        <Loading what="settings">
          <SettingsPage />
        </Loading>
      );
  }
};

/** Sidebar, header and the current screen of an open workspace. */
export const Shell = () => {
  const session = useSession();
  return (
    <div className="shell">
      <Sidebar
        current={session.view.name}
        register={session.view.name === 'register' ? session.view.register : null}
        onNavigate={(view) => void session.navigate(view)}
      />
      <div className="shell-main">
        <header className="topbar">
          <div className="topbar-workspace">
            <span className="topbar-name" data-testid="workspace-name">
              {session.workspace.name || 'Untitled workspace'}
            </span>
            <span className="topbar-dir" title={session.workspace.dir}>
              {session.workspace.dir}
            </span>
          </div>
          <button
            type="button"
            className="button button-ghost"
            data-testid="switch-workspace"
            onClick={() => void session.closeWorkspace()}
          >
            Switch workspace
          </button>
        </header>
        <main className="content" id="main" data-testid={`screen-${session.view.name}`}>
          <Screen view={session.view} />
        </main>
      </div>
    </div>
  );
};
