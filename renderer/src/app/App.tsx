import { useCallback, useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { WorkspaceSummary } from '../../../core/api/contract';
import { MENU_EVENTS, toMenuCommand, type MenuCommand } from '../api/menu-commands';
import { couldNot } from '../components/errors';
import { createStore } from '../components/store';
import {
  createWorkspaceFlow,
  offerRestore,
  openWorkspaceFlow,
} from '../features/workspace/workspace-flows';
import { searchWithWorkspace, workspaceFromSearch } from '../features/workspace/startup';
import { WelcomeScreen } from '../features/workspace/WelcomeScreen';
import { SessionContext, type LeaveGuard, type View, type WorkspaceSession } from './navigation';
import { useServices } from './services';
import { Shell } from './Shell';

/** Keeps `?workspace=` in the address so a reload in browser mode reopens the same folder. */
const rememberInAddress = (dir: string | null) => {
  try {
    const search = searchWithWorkspace(window.location.search, dir);
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}${search}${window.location.hash}`,
    );
  } catch {
    // file:// pages may refuse history changes; the address is only a convenience.
  }
};

/** The root screen: the welcome screen, or the shell around the open workspace. */
export const App = () => {
  const services = useServices();
  const [initialDir] = useState(() => workspaceFromSearch(window.location.search));
  const [workspace, setWorkspace] = useState<WorkspaceSummary | null>(null);
  const [view, setView] = useState<View>({ name: 'documents' });
  const [startup, setStartup] = useState({
    busy: initialDir !== null,
    error: null as string | null,
  });
  // A store rather than a ref: the session hands its setter to screens during render.
  const [guard] = useState(() => createStore<LeaveGuard | null>(null));

  const opened = useCallback(
    (summary: WorkspaceSummary) => {
      guard.set(null);
      setWorkspace(summary);
      setView({ name: 'documents' });
      if (services.transport === 'http') rememberInAddress(summary.dir);
    },
    [guard, services.transport],
  );

  useEffect(() => {
    if (!initialDir) return;
    services.api['workspace.open']({ dir: initialDir }).then(
      (summary) => {
        setStartup({ busy: false, error: null });
        opened(summary);
      },
      async (error: unknown) => {
        const restored = await offerRestore(services, initialDir, error);
        if (restored) {
          setStartup({ busy: false, error: null });
          opened(restored);
          return;
        }
        setStartup({ busy: false, error: couldNot(`open ${initialDir}`, error) });
      },
    );
  }, [initialDir, services, opened]);

  const mayLeave = useCallback(async () => guard.get()?.() ?? true, [guard]);
  const setLeaveGuard = useCallback((next: LeaveGuard | null) => guard.set(next), [guard]);
  const navigate = useCallback(
    async (next: View) => {
      if (await mayLeave()) setView(next);
    },
    [mayLeave],
  );
  const renameWorkspace = useCallback(
    (name: string) => setWorkspace((current) => (current ? { ...current, name } : current)),
    [],
  );
  const closeWorkspace = useCallback(async () => {
    if (!(await mayLeave())) return;
    setLeaveGuard(null);
    setWorkspace(null);
    if (services.transport === 'http') rememberInAddress(null);
  }, [mayLeave, setLeaveGuard, services.transport]);

  const session = useMemo<WorkspaceSession | null>(
    () =>
      workspace
        ? { workspace, view, navigate, setLeaveGuard, renameWorkspace, closeWorkspace }
        : null,
    [workspace, view, navigate, setLeaveGuard, renameWorkspace, closeWorkspace],
  );

  const onMenu = useEffectEvent(async (command: MenuCommand) => {
    switch (command.command) {
      case 'toggle-theme':
        return services.theme.toggle();
      case 'zoom':
        return services.zoom.apply(command.direction);
      case 'export-document':
        if (!services.commands.emit('export-document'))
          services.toasts.show('info', 'Open a document in the editor to export it.');
        return;
      case 'new-workspace':
        if (await mayLeave()) {
          const created = await createWorkspaceFlow(services, 'blank');
          if (created) opened(created);
        }
        return;
      case 'open-workspace':
      case 'open-recent':
        if (await mayLeave()) {
          const dir = command.command === 'open-recent' ? (command.dir ?? undefined) : undefined;
          const summary = await openWorkspaceFlow(services, dir);
          if (summary) opened(summary);
        }
        return;
    }
  });

  useEffect(() => {
    const stops = MENU_EVENTS.map((event) =>
      services.on(event, (payload) => void onMenu(toMenuCommand(event, payload))),
    );
    return () => stops.forEach((stop) => stop());
  }, [services]);

  if (!session && startup.busy) {
    // The workspace named in the address is opening: its documents list follows at once.
    return (
      <p className="page-loading" role="status" aria-live="polite" data-testid="workspace-opening">
        Opening the workspace…
      </p>
    );
  }
  if (!session) {
    return <WelcomeScreen onOpened={opened} startupError={startup.error} busy={startup.busy} />;
  }
  return (
    <SessionContext.Provider value={session}>
      <Shell key={session.workspace.dir} />
    </SessionContext.Provider>
  );
};
