import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { buildElectron } from './build-electron';
import { ensureRendererBuilt } from './build-renderer';
import { findElectronBinary } from './electron-binary';

const ROOT = join(import.meta.dirname, '..');

const electron = findElectronBinary({ download: true });
if (electron.path === null) {
  console.log(`Desktop app unavailable: ${electron.reason}; starting the browser mode instead.`);
  await import('./web');
} else {
  ensureRendererBuilt();
  await buildElectron();
  const child = spawn(electron.path, [join(ROOT, 'out', 'electron', 'main.cjs')], {
    stdio: 'inherit',
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
