import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadTemplateLibrary } from '../../core/api/service/template-library';
import { parseTemplate } from '../../core/templates/front-matter';
import type { TemplateFile } from '../../core/templates/types';
import { createMeasure, loadFonts, type FontSet } from '../../backend/pdf/fonts';
import {
  openWidthTable,
  shippedWidthsFile,
  useShippedWidthsFrom,
  widthTableName,
} from '../../backend/pdf/width-table';
import { buildLibrary } from '../../backend/templates/build-library';
import { BUILT_LIBRARY_FILE, builtParsedFrom } from '../../backend/templates/built-library';
import { createTemplateSource } from '../../backend/templates/template-source';

const ROOT = join(import.meta.dirname, '..', '..');

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isms-shipped-'));
});
afterEach(async () => {
  useShippedWidthsFrom(null);
  await rm(dir, { recursive: true, force: true });
});

/** The same set with one byte of one font file changed, as a font package update would. */
const withChangedFont = (fonts: FontSet): FontSet => {
  const [first, ...rest] = fonts.regular;
  const raw = Buffer.from(first!.raw);
  raw.writeUInt8(raw.readUInt8(raw.length - 1) ^ 1, raw.length - 1);
  const changed = { name: first!.name, raw, data: first!.data, font: first!.font };
  return { ...fonts, regular: [changed, ...rest] };
};

describe('shipped word widths', () => {
  it('are used for exactly the font files they were made from', async () => {
    const fonts = loadFonts();
    const name = widthTableName(fonts)!;
    const fresh = createMeasure(fonts);
    const width = fresh('Brightwater', 'regular', 1000);
    await writeFile(
      shippedWidthsFile(dir, name),
      JSON.stringify([['regular\u0000Brightwater', width]]),
    );
    useShippedWidthsFrom(dir);

    const table = openWidthTable(fonts);
    expect(table.known.get('regular\u0000Brightwater')).toBe(width);
    // No font at all: the word can only come from the shipped table.
    expect(createMeasure({} as FontSet, table)('Brightwater', 'regular', 1000)).toBe(width);

    const changed = withChangedFont(fonts);
    expect(widthTableName(changed)).not.toBe(name);
    expect(openWidthTable(changed).known.size).toBe(0);
  });

  it('never let a damaged file stand in for a width', async () => {
    const fonts = loadFonts();
    const name = widthTableName(fonts)!;
    await writeFile(shippedWidthsFile(dir, name), '[["regular\\u0000Brightwater", 12');
    useShippedWidthsFrom(dir);
    expect(openWidthTable(fonts).known.size).toBe(0);
    await writeFile(
      shippedWidthsFile(dir, name),
      JSON.stringify([
        ['regular\u0000A', 'wide'],
        ['regular\u0000B', null],
        ['regular\u0000C', 500],
      ]),
    );
    expect([...openWidthTable(fonts).known]).toEqual([['regular\u0000C', 500]]);
  });
});

const builtinFiles = async (): Promise<TemplateFile[]> => {
  const folder = join(ROOT, 'templates');
  const names = (await readdir(folder)).filter((n) => n.endsWith('.md')).sort();
  return Promise.all(
    names.map(async (n) => ({
      file: join(folder, n),
      origin: 'builtin' as const,
      source: await readFile(join(folder, n), 'utf8'),
    })),
  );
};

describe('built-in templates parsed by the build', () => {
  it('read back as the very templates parsing gives, key for key', async () => {
    const file = join(dir, BUILT_LIBRARY_FILE);
    await writeFile(file, JSON.stringify(await buildLibrary(join(ROOT, 'templates'))));
    const built = builtParsedFrom(file);
    for (const template of await builtinFiles()) {
      expect(JSON.stringify(built(template))).toBe(JSON.stringify(parseTemplate(template)));
    }
  });

  it('are not used for a changed text or a workspace template', async () => {
    const file = join(dir, BUILT_LIBRARY_FILE);
    await writeFile(file, JSON.stringify(await buildLibrary(join(ROOT, 'templates'))));
    const built = builtParsedFrom(file);
    const [template] = await builtinFiles();
    expect(built(template!)).not.toBeNull();
    const retitled = template!.source.replace(/^title: .*$/m, 'title: Another title');
    expect(built({ ...template!, source: retitled })).toBeNull();
    expect(built({ ...template!, source: `${template!.source}\nOne more line.\n` })).toBeNull();
    expect(built({ ...template!, origin: 'workspace' })).toBeNull();

    // Through the library: the changed file is parsed, so its new title is the one listed.
    const source = createTemplateSource(join(ROOT, 'templates'), file);
    const edited = {
      ...source,
      list: () => Promise.resolve([{ ...template!, source: retitled }]),
    };
    const library = await loadTemplateLibrary(edited, null);
    expect(library.templates.map((t) => t.title)).toEqual(['Another title']);
  });

  it('give the same library as parsing every file', async () => {
    const file = join(dir, BUILT_LIBRARY_FILE);
    await writeFile(file, JSON.stringify(await buildLibrary(join(ROOT, 'templates'))));
    const library = await loadTemplateLibrary(createTemplateSource(undefined, file), null);
    const parsed = (await builtinFiles())
      .map(parseTemplate)
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(JSON.stringify(library.templates)).toBe(JSON.stringify(parsed));
    expect(library.problems).toEqual([]);
  });
});
