import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
export const RENDERER_OUT = join(ROOT, 'out', 'renderer');

const newestMtime = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const time = entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs;
    return Math.max(newest, time);
  }, 0);

/** Builds the renderer with Vite when out/renderer is missing or older than its sources. */
export const ensureRendererBuilt = (force = false): void => {
  const index = join(RENDERER_OUT, 'index.html');
  const sources = Math.max(newestMtime(join(ROOT, 'renderer')), newestMtime(join(ROOT, 'core')));
  if (!force && existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.log('Building the renderer…');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: ROOT,
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('the renderer build failed (see the messages above)');
};
