import { execFile } from 'node:child_process';
import { appendFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraphsWithStyles, readDocxParts } from '../support/docx-parts';
import { makeTempDir } from '../support/temp-dir';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** `isms ARGS` as a user starts it (the built command, a new process), on a fixed clock. */
const isms = (at: string, cacheDir: string, ...args: string[]) =>
  run(process.execPath, [join(ROOT, 'bin', 'isms.mjs'), ...args], {
    env: { ...process.env, ISMS_FIXED_TIME: at, ISMS_CACHE_DIR: cacheDir },
  });

describe("a template's 'now' in exports", () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let ws = '';
  let cacheDir = '';
  beforeAll(async () => {
    temp = await makeTempDir('isms-export-clock-');
    ws = join(temp.dir, 'ws');
    cacheDir = join(temp.dir, 'cache');
    await isms('2026-11-28T09:00:00Z', cacheDir, 'init', ws);
    await isms('2026-11-28T09:00:00Z', cacheDir, 'add', ws, 'information-security-policy');
    await appendFile(
      join(ws, 'documents', 'ISMS-POL-001.md'),
      "\nPrinted {{ 'now' | date: '%Y-%m-%d %H:%M' }}.\n",
    );
  }, 120_000);
  afterAll(() => temp.cleanup());

  const printed = async (at: string): Promise<string | undefined> => {
    const out = join(temp.dir, at.replace(/:/g, ''));
    await isms(at, cacheDir, 'export', ws, 'ISMS-POL-001', '--out', out);
    const [name = ''] = await readdir(out);
    const bytes = await readFile(join(out, name));
    const xml = readDocxParts(bytes)['word/document.xml'] ?? '';
    return paragraphsWithStyles(xml).find((p) => p.text.startsWith('Printed'))?.text;
  };

  it("prints the app's clock, and a later run the same day prints its own time", async () => {
    expect(await printed('2026-11-28T09:00:00Z')).toBe('Printed 2026-11-28 09:00.');
    // The same workspace, body and day: results kept by the first run must not answer.
    expect(await printed('2026-11-28T10:30:00Z')).toBe('Printed 2026-11-28 10:30.');
    expect(await printed('2026-11-28T09:00:00Z')).toBe('Printed 2026-11-28 09:00.');
  }, 180_000);
});
