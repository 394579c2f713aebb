import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createApiClient } from '../../core/api/client';
import { withEarlyCalls } from './api/early-calls';
import { takeToken } from './api/token';
import { pickTransport } from './api/transport';
import { App } from './app/App';
import { createCommandBus } from './app/command-bus';
import { ServicesContext, type Services } from './app/services';
import { createDialogs } from './components/dialogs';
import { DialogHost } from './components/DialogHost';
import { ToastHost } from './components/ToastHost';
import { createToasts } from './components/toasts';
import { workspaceFromSearch } from './features/workspace/startup';
import { createThemeController } from './features/settings/theme';
import { createZoomController } from './features/settings/zoom';
import { createPlatform } from './platform/create-platform';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/doccontrol.css';

// The composition root: the only place that looks at `window` to decide how to reach the backend.
const bridge = window.ismsBridge;
const transport = pickTransport({
  bridge,
  token: () =>
    takeToken(window.location, window.sessionStorage, (url) =>
      window.history.replaceState(null, '', url),
    ),
  fetch: (url, init) => fetch(url, init),
});
const dialogs = createDialogs();
const root = document.documentElement;

const services: Services = {
  // The documents list's questions go out now, not after React has mounted and opened the
  // workspace: the backend answers them while the page's code is still starting.
  api: withEarlyCalls(
    createApiClient(transport.invoke),
    workspaceFromSearch(window.location.search),
  ),
  transport: transport.kind,
  on: transport.on,
  dialogs,
  toasts: createToasts(),
  platform: createPlatform(
    bridge,
    () =>
      dialogs.prompt({
        title: 'Choose a folder',
        message:
          'Type the full path of a folder on this computer. A new workspace needs an empty or new folder.',
        label: 'Folder path',
        placeholder: '/home/me/acme-isms',
        confirmLabel: 'Continue',
      }),
    transport.fetchFile,
  ),
  theme: createThemeController(
    window.localStorage,
    window.matchMedia('(prefers-color-scheme: dark)'),
    root,
  ),
  zoom: createZoomController(root),
  commands: createCommandBus(),
};

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks the #root element');

createRoot(container).render(
  <StrictMode>
    <ServicesContext.Provider value={services}>
      <App />
      <DialogHost dialogs={services.dialogs} />
      <ToastHost toasts={services.toasts} />
    </ServicesContext.Provider>
  </StrictMode>,
);
