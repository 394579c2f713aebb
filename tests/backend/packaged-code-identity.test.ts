import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../backend/render/result-cache';
import {
  BUILD_IDENTITY_FILE,
  buildIdentityText,
  dependencyIdentity,
} from '../../backend/store/build-identity';
import { renderingCodeFingerprint } from '../../backend/store/check-results';
import { makeTempDir } from '../support/temp-dir';

// The caches between processes are filed under the identity of the code. A packaged desktop app
// holds its bundle folder (out/electron) and package.json but no package-lock.json: each cache
// names the installed dependencies by the build-identity.json written beside the bundle instead,
// as the demo cache does, so the app keeps its results like the command line.

const ROOT = join(import.meta.dirname, '..', '..');
const HEX = /^[0-9a-f]{64}$/;

describe('caches of a packaged app', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app = '';
  let electron = '';
  let cli = '';

  beforeEach(async () => {
    temp = await makeTempDir('packaged-identity');
    app = join(temp.dir, 'app');
    electron = join(app, 'out', 'electron');
    cli = join(app, 'out', 'cli');
    await mkdir(electron, { recursive: true });
    await mkdir(cli, { recursive: true });
    await writeFile(join(app, 'package.json'), '{"name":"isms-workbench","version":"0.1.0"}');
    await writeFile(join(electron, 'main.cjs'), 'module.exports = 1;\n');
    await writeFile(join(electron, 'preload.cjs'), 'module.exports = 2;\n');
    await writeFile(join(electron, 'render-worker.mjs'), 'export {};\n');
    await writeFile(join(electron, 'main.cjs.map'), '{}');
    await writeFile(join(cli, 'main.mjs'), 'export {};\n');
    await writeFile(join(cli, 'render-worker.mjs'), 'export {};\n');
    await writeFile(join(cli, 'manifest.json'), '{}');
  });
  afterEach(() => temp.cleanup());

  const fingerprints = async () => ({
    worker: codeFingerprint(join(electron, 'render-worker.mjs')),
    checks: await renderingCodeFingerprint(join(electron, 'main.cjs')),
  });
  const identity = (lock: string) =>
    buildIdentityText(ROOT).replace(/"[0-9a-f]{64}"/, `"${lock.repeat(64)}"`);

  it('names the code by build-identity.json where there is no package-lock.json', async () => {
    // Nothing names the dependencies: nothing may be kept.
    expect(dependencyIdentity(electron, app)).toBeNull();
    expect(await fingerprints()).toEqual({ worker: null, checks: null });

    await writeFile(join(electron, BUILD_IDENTITY_FILE), identity('1'));
    const named = await fingerprints();
    expect(named.worker).toMatch(HEX);
    expect(named.checks).toMatch(HEX);
    expect(await fingerprints()).toEqual(named);

    // Other dependencies at build time are other code: no entry of the old build answers.
    await writeFile(join(electron, BUILD_IDENTITY_FILE), identity('2'));
    const other = await fingerprints();
    expect(other.worker).not.toBe(named.worker);
    expect(other.checks).not.toBe(named.checks);
  });

  it('changes with any code file of the app bundle, not with its source maps', async () => {
    await writeFile(join(electron, BUILD_IDENTITY_FILE), identity('1'));
    const before = await renderingCodeFingerprint(join(electron, 'main.cjs'));
    await writeFile(join(electron, 'main.cjs.map'), '{"changed":true}');
    expect(await renderingCodeFingerprint(join(electron, 'main.cjs'))).toBe(before);
    await writeFile(join(electron, 'preload.cjs'), 'module.exports = 3;\n');
    expect(await renderingCodeFingerprint(join(electron, 'main.cjs'))).not.toBe(before);
  });

  it('uses package-lock.json where the project has one, for the command line too', async () => {
    await writeFile(join(app, 'package-lock.json'), '{"lockfileVersion":3}');
    await writeFile(join(cli, BUILD_IDENTITY_FILE), identity('1'));
    expect(dependencyIdentity(cli, app)?.toString()).toBe('{"lockfileVersion":3}');
    const withLock = await renderingCodeFingerprint(join(cli, 'main.mjs'));
    expect(withLock).toMatch(HEX);
    expect(codeFingerprint(join(cli, 'render-worker.mjs'))).toMatch(HEX);
    await rm(join(app, 'package-lock.json'));
    const withIdentity = await renderingCodeFingerprint(join(cli, 'main.mjs'));
    expect(withIdentity).toMatch(HEX);
    expect(withIdentity).not.toBe(withLock);
    await rm(join(cli, BUILD_IDENTITY_FILE));
    expect(await renderingCodeFingerprint(join(cli, 'main.mjs'))).toBeNull();
    expect(codeFingerprint(join(cli, 'render-worker.mjs'))).toBeNull();
  });

  it('keeps nothing, and does not fail, when the running file is unknown', async () => {
    expect(await renderingCodeFingerprint(null)).toBeNull();
  });
});
