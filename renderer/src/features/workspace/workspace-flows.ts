import type { WorkspaceSummary } from '../../../../core/api/contract';
import type { Services } from '../../app/services';
import { describeError } from '../../components/errors';

/** Asks for a folder and creates a workspace there (demo or blank); null when cancelled. */
export const createWorkspaceFlow = async (
  services: Services,
  from: 'demo' | 'blank',
): Promise<WorkspaceSummary | null> => {
  const dir = await services.platform.pickFolder();
  if (!dir) return null;
  try {
    const created = await services.api['workspace.create']({ dir, from });
    services.toasts.show('success', `Created workspace “${created.name}”.`);
    return created;
  } catch (error) {
    services.toasts.show('error', `Could not create the workspace: ${describeError(error)}`);
    return null;
  }
};

/** Opens a workspace folder (asking for one when dir is not given); null on cancel or error. */
export const openWorkspaceFlow = async (
  services: Services,
  dir?: string,
): Promise<WorkspaceSummary | null> => {
  const chosen = dir ?? (await services.platform.pickFolder());
  if (!chosen) return null;
  try {
    return await services.api['workspace.open']({ dir: chosen });
  } catch (error) {
    services.toasts.show('error', `Could not open ${chosen}: ${describeError(error)}`);
    return null;
  }
};
