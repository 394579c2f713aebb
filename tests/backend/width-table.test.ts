import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createMeasure, loadFonts } from '../../backend/pdf/fonts';
import { keepWidthTablesIn, openWidthTable } from '../../backend/pdf/width-table';

// Word widths kept between processes must be exactly the widths the fonts give, and a damaged
// table must never stand in for them.

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'isms-widths-'));
  keepWidthTablesIn(dir);
});
afterEach(async () => {
  keepWidthTablesIn(null);
  await rm(dir, { recursive: true, force: true });
});

const WORDS = ['Brightwater', 'Analytics', 'information', 'Ťrůst', 'AV', '→', 'ﬁnance'];

const tableFile = async () => join(dir, (await readdir(dir))[0]!);

describe('word widths kept between processes', () => {
  it('gives a later process the same widths without shaping the words again', () => {
    const fonts = loadFonts();
    const first = openWidthTable(fonts);
    const measure = createMeasure(fonts, first);
    const widths = WORDS.map((w) => measure(w, 'bold', 11));
    first.save();

    const later = openWidthTable(fonts);
    expect(later.known.size).toBe(WORDS.length);
    // No font at all: any word not in the table would fail to measure.
    const fromTable = createMeasure({} as typeof fonts, later);
    expect(WORDS.map((w) => fromTable(w, 'bold', 11))).toEqual(widths);
    // And the same as a process that keeps nothing.
    const fresh = createMeasure(fonts);
    expect(WORDS.map((w) => fresh(w, 'bold', 11))).toEqual(widths);
  });

  it('keeps a table per set of font files', async () => {
    const carlito = loadFonts();
    const tinos = loadFonts({ headingFont: 'Times New Roman', bodyFont: 'Times New Roman' });
    const a = openWidthTable(carlito);
    createMeasure(carlito, a)('Policy', 'regular', 11);
    a.save();
    const b = openWidthTable(tinos);
    expect(b.known.size).toBe(0);
    createMeasure(tinos, b)('Policy', 'regular', 11);
    b.save();
    expect(await readdir(dir)).toHaveLength(2);
  });

  it('skips a damaged or torn line and reads the others', async () => {
    const fonts = loadFonts();
    const table = openWidthTable(fonts);
    const measure = createMeasure(fonts, table);
    const policy = measure('Policy', 'regular', 11);
    table.save();
    measure('Procedure', 'regular', 11);
    table.save();
    const file = await tableFile();
    const [good, second] = (await readFile(file, 'utf8')).split('\n');
    // A digit changed in the first line, and the second line cut short (a process killed while
    // writing it), followed by a good line.
    const damaged = good!.replace(
      /(\d)(\]\])$/,
      (_, d: string, end: string) => `${(Number(d) + 1) % 10}${end}`,
    );
    expect(damaged).not.toBe(good);
    await writeFile(file, `${damaged}\n${second!.slice(0, -5)}${good}\n`);
    const reread = openWidthTable(fonts);
    expect([...reread.known.keys()]).toEqual([]);
    await writeFile(file, `${damaged}\n${second}\n`);
    const again = openWidthTable(fonts);
    expect([...again.known.keys()].map((k) => k.split('\u0000')[1])).toEqual(['Procedure']);
    expect(createMeasure(fonts, again)('Policy', 'regular', 11)).toBe(policy);
  });
});
