import { useCallback } from 'react';
import type { z } from 'zod';
import type { brandingViewSchema } from '../../../../core/api/contract-branding';
import type { BrandingPatch } from '../../../../core/model/branding';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { describeError } from '../../components/errors';
import { useQuery } from '../../components/use-query';

export type BrandingView = z.infer<typeof brandingViewSchema>;

const LOGO_TYPES = ['.png', '.jpg', '.jpeg'];
const DOCX_TYPES = ['.docx'];

/** The workspace's branding, with the actions of the branding screen. */
export const useBranding = () => {
  const { api, platform, toasts } = useServices();
  const { workspace } = useSession();
  const dir = workspace.dir;
  const query = useQuery(`branding:${dir}`, () => api['branding.get']({ dir }));
  const { replace } = query;

  const run = useCallback(
    async (action: () => Promise<BrandingView>, done?: string) => {
      try {
        replace(await action());
        if (done) toasts.show('success', done);
        return true;
      } catch (error) {
        toasts.show('error', describeError(error));
        return false;
      }
    },
    [replace, toasts],
  );

  const update = useCallback(
    (patch: BrandingPatch) => run(() => api['branding.update']({ dir, patch })),
    [api, dir, run],
  );

  const pick = useCallback(
    async (
      accept: readonly string[],
      save: (name: string, data: string) => Promise<BrandingView>,
    ) => {
      try {
        const file = await platform.openFile(accept);
        if (!file) return;
        await run(() => save(file.name, file.base64), `Using ${file.name}.`);
      } catch (error) {
        toasts.show('error', describeError(error));
      }
    },
    [platform, run, toasts],
  );

  return {
    ...query,
    update,
    chooseLogo: () =>
      pick(LOGO_TYPES, (fileName, data) => api['branding.setLogo']({ dir, fileName, data })),
    removeLogo: () => run(() => api['branding.removeLogo']({ dir })),
    chooseReference: () =>
      pick(DOCX_TYPES, (fileName, data) =>
        api['branding.setReferenceDocx']({ dir, fileName, data }),
      ),
    removeReference: () => run(() => api['branding.removeReferenceDocx']({ dir })),
  };
};
