import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFonts } from '../../backend/pdf/fonts';
import { shippedWidthsFile, widthTableName } from '../../backend/pdf/width-table';
import { buildLibrary } from '../../backend/templates/build-library';
import { BUILT_LIBRARY_FILE } from '../../backend/templates/built-library';
import { useCliDemo } from '../support/workspace-setup';

const ROOT = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** `isms export DIR --all` as a user's first export: a new process, an empty cache folder. */
const firstExport = async (demo: string, work: string, env: Record<string, string> = {}) => {
  const out = join(work, 'out');
  const cache = join(work, 'cache');
  await run(
    process.execPath,
    [join(ROOT, 'bin', 'isms.mjs'), 'export', demo, '--all', '--out', out],
    {
      env: {
        ...process.env,
        ISMS_FIXED_TIME: '2026-11-28T09:00:00Z',
        ISMS_CACHE_DIR: cache,
        XDG_CACHE_HOME: cache,
        ISMS_RESULT_CACHE: '0',
        ISMS_CHECKED_CACHE: '0',
        ...env,
      },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
  const digests = new Map<string, string>();
  for (const name of (await readdir(out)).sort()) {
    digests.set(
      name,
      createHash('sha256')
        .update(await readFile(join(out, name)))
        .digest('hex'),
    );
  }
  const keptWidths = existsSync(join(cache, 'widths')) ? await readdir(join(cache, 'widths')) : [];
  return { digests, keptWidths };
};

describe('the data shipped with the build (word widths, parsed built-in templates)', () => {
  const setup = useCliDemo('isms-shipped-data-');
  let demo = '';
  beforeAll(() => {
    demo = setup.demo;
  });

  it('gives a first export the same Word files as measuring and parsing everything', async () => {
    const shipped = await firstExport(demo, join(setup.temp.dir, 'with'));
    const measured = await firstExport(demo, join(setup.temp.dir, 'without'), {
      ISMS_SHIPPED_DATA: '0',
    });
    expect(shipped.digests.size).toBe(58);
    expect([...shipped.digests]).toEqual([...measured.digests]);
    // With the shipped widths no word of the demo was measured, so none was kept for later.
    expect(shipped.keptWidths).toEqual([]);
    expect(measured.keptWidths).toHaveLength(1);
  });

  it('is current: made from the shipped font files and the templates as they are now', async () => {
    // The export above ran the built command, which rebuilds itself (and the library) first
    // when a source or a template changed.
    const name = widthTableName(loadFonts());
    expect(name).not.toBeNull();
    expect(existsSync(shippedWidthsFile(join(ROOT, 'out', 'shipped', 'widths'), name!))).toBe(true);
    const built = JSON.parse(
      await readFile(join(ROOT, 'out', 'cli', BUILT_LIBRARY_FILE), 'utf8'),
    ) as unknown;
    const now = await buildLibrary(join(ROOT, 'templates'));
    expect(built).toEqual(now);
    const files = (await readdir(join(ROOT, 'templates'))).filter((f) => f.endsWith('.md'));
    expect(Object.keys(now.templates)).toHaveLength(files.length);
  });
});
