import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// Electron cannot run on the build machines, so its security settings are checked in the source
// and the packaging configuration that electron-builder reads.

const ROOT = join(import.meta.dirname, '..', '..');
const source = (path: string) => readFile(join(ROOT, path), 'utf8');

describe('desktop app settings that must hold in every build', () => {
  it('flips the Electron fuses of the packaged app', async () => {
    const config = parse(await source('electron-builder.yml')) as Record<string, unknown>;
    expect(config['asar']).toBe(true);
    expect(config['electronFuses']).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
    });
  });

  it('keeps the spellchecker, which downloads dictionaries, switched off', async () => {
    const window = await source('electron/window.ts');
    expect(window).toMatch(/spellcheck: false/);
    expect(window).not.toMatch(/spellcheck: true/);
    expect(await source('electron/hardening.ts')).toContain('setSpellCheckerEnabled(false)');
  });

  it('honours ISMS_USER_DATA_DIR only when the app is not packaged', async () => {
    const main = await source('electron/main.ts');
    const uses = main.split('\n').filter((line) => line.includes("'ISMS_USER_DATA_DIR'"));
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatch(/app\.isPackaged \? undefined : process\.env\['ISMS_USER_DATA_DIR'\]/);
  });
});
