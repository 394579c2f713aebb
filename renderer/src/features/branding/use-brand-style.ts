import type { CSSProperties } from 'react';
import { useSession } from '../../app/navigation';
import { useServices } from '../../app/services';
import { useQuery } from '../../components/use-query';
import { brandStyle } from './brand-style';
import './branding.css';

/** The workspace's branding as CSS variables for the editor's preview; undefined until loaded. */
export const useBrandStyle = (): CSSProperties | undefined => {
  const { api } = useServices();
  const { workspace } = useSession();
  const { data } = useQuery(`brand-style:${workspace.dir}`, () =>
    api['branding.get']({ dir: workspace.dir }),
  );
  return data ? brandStyle(data.branding) : undefined;
};
