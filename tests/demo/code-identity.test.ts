import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BUILD_IDENTITY_FILE, buildIdentityText } from '../../backend/store/build-identity';
import { codeIdentity } from '../../backend/store/demo-history-store';
import { makeTempDir } from '../support/temp-dir';

// The demo cache is keyed by the code's identity. A packaged desktop app holds the bundle folder
// (out/electron inside app.asar) and package.json, but no package-lock.json: the build writes
// build-identity.json beside the bundle so that the app still names its code.

const ROOT = join(import.meta.dirname, '..', '..');

describe('the identity of the running code', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let app: string;
  let bundle: string;
  const main = () => join(bundle, 'main.cjs');

  beforeEach(async () => {
    temp = await makeTempDir('code-identity');
    // The layout of a packaged app: <app>/out/electron/*, <app>/package.json, no lock file.
    app = join(temp.dir, 'app');
    bundle = join(app, 'out', 'electron');
    await mkdir(bundle, { recursive: true });
    await writeFile(join(app, 'package.json'), '{"name":"isms-workbench","version":"0.1.0"}');
    await writeFile(main(), 'module.exports = 1;\n');
    await writeFile(join(bundle, 'render-worker.mjs'), 'export {};\n');
    await writeFile(join(bundle, 'main.cjs.map'), '{}');
  });
  afterEach(() => temp.cleanup());

  it('is named by the build identity file where there is no package-lock.json', async () => {
    expect(codeIdentity(main())).toBeNull();
    await writeFile(join(bundle, BUILD_IDENTITY_FILE), buildIdentityText(ROOT));
    const named = codeIdentity(main());
    expect(named).toMatch(/^[0-9a-f]{64}$/);
    expect(codeIdentity(main())).toBe(named);

    // Other dependencies (another lock file at build time) are another identity.
    await writeFile(
      join(bundle, BUILD_IDENTITY_FILE),
      buildIdentityText(ROOT).replace(/"[0-9a-f]{64}"/, `"${'0'.repeat(64)}"`),
    );
    expect(codeIdentity(main())).not.toBe(named);
  });

  it('changes with any file of the bundle, not with its source maps', async () => {
    await writeFile(join(bundle, BUILD_IDENTITY_FILE), buildIdentityText(ROOT));
    const before = codeIdentity(main());
    await writeFile(join(bundle, 'main.cjs.map'), '{"changed":true}');
    expect(codeIdentity(main())).toBe(before);
    await writeFile(join(bundle, 'render-worker.mjs'), 'export const changed = 1;\n');
    expect(codeIdentity(main())).not.toBe(before);
  });

  it('uses package-lock.json where the project has one, and needs it when run from sources', async () => {
    await writeFile(join(app, 'package-lock.json'), '{"lockfileVersion":3}');
    const withLock = codeIdentity(main());
    expect(withLock).toMatch(/^[0-9a-f]{64}$/);
    await writeFile(join(app, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(codeIdentity(main())).not.toBe(withLock);
    await rm(join(app, 'package-lock.json'));
    expect(codeIdentity(main())).toBeNull();
    // This checkout, run from TypeScript: named by its sources and its lock file.
    expect(codeIdentity(join(ROOT, 'backend', 'store', 'demo-history-store.ts'))).toMatch(
      /^[0-9a-f]{64}$/,
    );
  });

  it('writes the hash of package-lock.json, the name and the version', () => {
    const written = JSON.parse(buildIdentityText(ROOT)) as Record<string, unknown>;
    expect(written).toMatchObject({ format: 1, name: 'isms-workbench' });
    expect(written['packageLockSha256']).toMatch(/^[0-9a-f]{64}$/);
  });
});
