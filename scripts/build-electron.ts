import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_IDENTITY_FILE, buildIdentityText } from '../backend/store/build-identity';
import { BUILT_LIBRARY_FILE } from '../backend/templates/built-library';
import { buildLibrary } from '../backend/templates/build-library';
import { ensureShippedWidths } from './build-shipped-data';

const ROOT = join(import.meta.dirname, '..');

/** Bundles the Electron main process and the preload, each as one CommonJS file. */
export const buildElectron = async (): Promise<void> => {
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    external: ['electron'],
    sourcemap: 'linked' as const,
    logLevel: 'warning' as const,
    // The template source finds its folder from import.meta; Electron passes the folder instead.
    logOverride: { 'empty-import-meta': 'silent' as const },
  };
  await build({
    ...common,
    entryPoints: [join(ROOT, 'electron', 'main.ts')],
    outfile: join(ROOT, 'out', 'electron', 'main.cjs'),
  });
  // The render worker of the backend's pool: an ES module thread started from main.cjs.
  await build({
    ...common,
    format: 'esm',
    entryPoints: [join(ROOT, 'backend', 'render', 'render-worker.ts')],
    outfile: join(ROOT, 'out', 'electron', 'render-worker.mjs'),
    banner: {
      js: "import { createRequire as __ismsRequire } from 'node:module'; const require = __ismsRequire(import.meta.url);",
    },
  });
  // Sandboxed preloads cannot be ES modules, nor require anything but a few Electron modules.
  await build({
    ...common,
    entryPoints: [join(ROOT, 'electron', 'preload.ts')],
    outfile: join(ROOT, 'out', 'electron', 'preload.cjs'),
  });
  // A packaged app has no package-lock.json: this names its dependencies (see codeIdentity).
  writeFileSync(join(ROOT, 'out', 'electron', BUILD_IDENTITY_FILE), buildIdentityText(ROOT));
  // The built-in templates parsed by these same sources, read by main.cjs beside it.
  writeFileSync(
    join(ROOT, 'out', 'electron', BUILT_LIBRARY_FILE),
    JSON.stringify(await buildLibrary(join(ROOT, 'templates'))),
  );
  // The render worker (out/electron) reads the shipped word widths from out/shipped.
  ensureShippedWidths();
};

if (process.argv[1] === import.meta.filename) {
  await buildElectron();
  console.log(`Built out/electron/main.cjs, preload.cjs, ${BUILD_IDENTITY_FILE} and out/shipped`);
}
