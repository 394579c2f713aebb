import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBackend, defaultConfigDir } from '../backend/compose';
import { startHttpServer } from '../backend/http/server';
import { newToken } from '../backend/http/security';
import { reportWorkspaceSwitches, startWorkspace, webAddress } from '../backend/http/web-address';
import { ensureRendererBuilt, RENDERER_OUT } from './build-renderer';

const HELP = `Usage: npm run web -- [--workspace DIR] [--port N] [--no-build]

Serves ISMS Workbench on http://127.0.0.1 for use in a browser. Opens --workspace, or else the
workspace used last, or else the demo workspace (created on first use under the settings
folder). When you open another workspace in the page, its address is printed again.`;

const main = async () => {
  const { values } = parseArgs({
    options: {
      workspace: { type: 'string' },
      port: { type: 'string', default: '0' },
      'no-build': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return console.log(HELP);
  if (!values['no-build']) ensureRendererBuilt();
  const configDir = defaultConfigDir();
  const backend = createBackend({
    configDir,
    onUnexpected: (error) => console.error('Unexpected error:', error),
  });
  const holdsWorkspace = (dir: string) => existsSync(join(dir, 'workspace.json'));
  const remembered = (await backend.settings?.load())?.settings;
  const workspace = values.workspace
    ? resolve(values.workspace)
    : startWorkspace(
        [remembered?.lastWorkspace ?? null, ...(remembered?.recentWorkspaces ?? [])],
        join(configDir, 'demo-workspace'),
        holdsWorkspace,
      );
  const exists = holdsWorkspace(workspace);
  if (values.workspace && !exists) {
    throw new Error(
      `${workspace} holds no workspace.json: create one with "npx isms init ${values.workspace}" ` +
        '(add --demo for the demo), or leave out --workspace to open the demo',
    );
  }
  const method = exists ? 'workspace.open' : 'workspace.create';
  const opened = await backend.dispatch(method, { dir: workspace, from: 'demo' });
  if (!opened.ok) throw new Error(opened.error.message);
  const token = newToken();
  let port = 0;
  const dispatch = reportWorkspaceSwitches(backend.dispatch, workspace, (dir) =>
    console.log(`\nNow open: ${dir}\nIts address:\n\n  ${webAddress(port, token, dir)}\n`),
  );
  const running = await startHttpServer({
    dispatch,
    token,
    staticDir: RENDERER_OUT,
    port: Number(values.port),
    downloads: backend.outputs,
  });
  port = running.port;
  const url = webAddress(port, token, workspace);
  console.log(`ISMS Workbench is running. Open this address in your browser:\n\n  ${url}\n`);
  console.log(`Workspace: ${workspace}\nPress Ctrl+C to stop.`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error(`isms web: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
