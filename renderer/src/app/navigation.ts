import { createContext, useContext } from 'react';
import type { WorkspaceSummary } from '../../../core/api/contract';
import type { RegisterName } from '../../../core/registers/types';

export type View =
  | { name: 'documents' }
  | { name: 'editor'; id: string }
  | { name: 'templates' }
  | { name: 'organisation'; tab?: string }
  | { name: 'register'; register: RegisterName }
  | { name: 'readiness' }
  | { name: 'branding' }
  | { name: 'settings' };

/** Asked before leaving a screen; resolves false to stay (for example on unsaved edits). */
export type LeaveGuard = () => Promise<boolean>;

export type WorkspaceSession = {
  readonly workspace: WorkspaceSummary;
  readonly view: View;
  readonly navigate: (view: View) => Promise<void>;
  /** Installs the guard of the screen on show; pass null to remove it. */
  readonly setLeaveGuard: (guard: LeaveGuard | null) => void;
  /** Updates the header after the organisation was renamed. */
  readonly renameWorkspace: (name: string) => void;
  readonly closeWorkspace: () => Promise<void>;
};

export const SessionContext = createContext<WorkspaceSession | null>(null);

/** The open workspace and navigation; only valid inside an open workspace. */
export const useSession = (): WorkspaceSession => {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs an open workspace');
  return session;
};
