import { ApiCallError } from '../../../../core/api/client';
import type { WorkspaceSummary } from '../../../../core/api/contract';
import type { Services } from '../../app/services';
import { couldNot, describeError } from '../../components/errors';

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
    services.toasts.show('error', couldNot('create the workspace', error));
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
    const restored = await offerRestore(services, chosen, error);
    if (!restored) services.toasts.show('error', couldNot(`open ${chosen}`, error));
    return restored;
  }
};

/**
 * When workspace.json is damaged and a valid backup exists, offers to put the last good version
 * back. The damaged file is kept beside it, so nothing is lost either way.
 */
export const offerRestore = async (
  services: Services,
  dir: string,
  error: unknown,
): Promise<WorkspaceSummary | null> => {
  if (!(error instanceof ApiCallError) || error.details['backupUsable'] !== true) return null;
  const restore = await services.dialogs.confirm({
    title: 'This workspace file is damaged',
    message: `${describeError(error)} Restore the last good version? The damaged workspace.json is kept beside it, so you can still compare or recover your changes.`,
    confirmLabel: 'Restore last good version',
  });
  if (!restore) return null;
  try {
    const restored = await services.api['workspace.restoreBackup']({ dir });
    services.toasts.show(
      'success',
      restored.keptAs
        ? `Restored the last good version; the damaged file is kept as ${restored.keptAs}.`
        : 'Restored the last good version.',
    );
    return restored;
  } catch (restoreError) {
    services.toasts.show('error', `Could not restore: ${describeError(restoreError)}`);
    return null;
  }
};
