import { createContext, useContext } from 'react';
import type { Api } from '../../../core/api/contract';
import type { Dialogs } from '../components/dialogs';
import type { Toasts } from '../components/toasts';
import type { BridgeListener } from '../api/bridge';
import type { Platform } from '../platform/platform';
import type { ThemeController } from '../features/settings/theme';
import type { ZoomController } from '../features/settings/zoom';
import type { CommandBus } from './command-bus';

/** Everything the composition root wires up once and every screen may use. */
export type Services = {
  readonly api: Api;
  readonly platform: Platform;
  readonly dialogs: Dialogs;
  readonly toasts: Toasts;
  readonly transport: 'ipc' | 'http';
  readonly on: (event: string, listener: BridgeListener) => () => void;
  readonly theme: ThemeController;
  readonly zoom: ZoomController;
  readonly commands: CommandBus;
};

export const ServicesContext = createContext<Services | null>(null);

/** The app's services; only valid under the composition root's provider. */
export const useServices = (): Services => {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices needs the ServicesContext provider');
  return services;
};
