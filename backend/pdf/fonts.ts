import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Font } from 'fontkit';
import type { FaceKey, FontKey } from '../../core/pdf/types';
import type { PublishBranding } from '../../core/publish/branding';
import { pdfFontFor, type PdfFamily } from '../../core/publish/pdf-fonts';
import { openWidthTable, type WidthTable } from './width-table';
import { woffToSfnt } from './woff';

/**
 * The fonts embedded in PDFs, shipped as npm packages so nothing depends on the fonts of the
 * machine. The branding's heading and body fonts each map to an open font
 * (`core/publish/pdf-fonts.ts`): Carlito for Calibri, Caladea for Cambria, Arimo for Arial,
 * Tinos for Times New Roman, Gelasio for Georgia (all metric-compatible) and EB Garamond for
 * Garamond; all SIL Open Font License 1.1. DejaVu Sans Mono sets code, and DejaVu Sans the
 * symbols a family lacks (Bitstream Vera licence). Each family comes as a Latin and a Latin
 * Extended file; a character falls through the list to the first face that has it.
 */
const PACKAGES: Readonly<Record<PdfFamily, string>> = {
  Carlito: 'carlito',
  Caladea: 'caladea',
  Arimo: 'arimo',
  Tinos: 'tinos',
  Gelasio: 'gelasio',
  'EB Garamond': 'eb-garamond',
};

const FACE_FILES: Readonly<Record<FaceKey, { readonly file: string; readonly dejavu: string }>> = {
  regular: { file: '400-normal', dejavu: 'DejaVuSans' },
  bold: { file: '700-normal', dejavu: 'DejaVuSans-Bold' },
  italic: { file: '400-italic', dejavu: 'DejaVuSans-Oblique' },
  boldItalic: { file: '700-italic', dejavu: 'DejaVuSans-BoldOblique' },
};

// The WOFF files, not WOFF2: fontkit cannot subset composite glyphs out of WOFF2.
const familyFiles = (family: PdfFamily, face: FaceKey): string[] => {
  const name = PACKAGES[family];
  const { file, dejavu: fallback } = FACE_FILES[face];
  return [
    ...['latin', 'latin-ext'].map((s) => `@fontsource/${name}/files/${name}-${s}-${file}.woff`),
    dejavu(fallback),
  ];
};

function dejavu(name: string): string {
  return `dejavu-fonts-ttf/ttf/${name}.ttf`;
}

/** The font files of every key for a heading and a body family. */
const filesFor = (heading: PdfFamily, body: PdfFamily): Record<FontKey, readonly string[]> => ({
  regular: familyFiles(body, 'regular'),
  bold: familyFiles(body, 'bold'),
  italic: familyFiles(body, 'italic'),
  boldItalic: familyFiles(body, 'boldItalic'),
  headingRegular: familyFiles(heading, 'regular'),
  headingBold: familyFiles(heading, 'bold'),
  headingItalic: familyFiles(heading, 'italic'),
  headingBoldItalic: familyFiles(heading, 'boldItalic'),
  mono: [dejavu('DejaVuSansMono'), dejavu('DejaVuSans')],
});

/**
 * A font file: `name` is what the PDF writer registers it as (one name per file). `raw` is the
 * file as shipped (what names a width table); `data` the TrueType file it holds and `font` the
 * shaping engine's reading of it are made on first use: page planning whose words are all in the
 * width table (see width-table.ts) never needs either, nor loads the engine.
 */
export type FontFace = {
  readonly name: string;
  readonly raw: Buffer;
  readonly data: Buffer;
  readonly font: Font;
};

export type FontSet = Readonly<Record<FontKey, readonly FontFace[]>>;

const require = createRequire(import.meta.url);

type Shaper = { readonly create: (data: Buffer) => unknown };
let shaper: Shaper | null = null;

/**
 * The shaping engine (fontkit), loaded on the first word no width table knows. The PDF writer
 * hands over the copy pdfkit itself loads, so a process that writes PDFs holds one copy.
 */
export const useShaper = (engine: Shaper): void => {
  shaper ??= engine;
};

const engine = (): Shaper => (shaper ??= require('fontkit') as Shaper);

const faces = new Map<string, FontFace>();
const sets = new Map<string, FontSet>();

/** Reads a font file once per process; decodes and parses it only when first asked to. */
const face = (file: string): FontFace => {
  const known = faces.get(file);
  if (known) return known;
  const raw = readFileSync(require.resolve(file));
  const name = file.slice(file.lastIndexOf('/') + 1).replace(/\.(woff|ttf)$/, '');
  let data: Buffer | undefined;
  let font: Font | undefined;
  const loaded: FontFace = {
    name,
    raw,
    get data() {
      return (data ??= woffToSfnt(raw));
    },
    // A single-font file, never a collection.
    get font() {
      return (font ??= engine().create(this.data) as Font);
    },
  };
  faces.set(file, loaded);
  return loaded;
};

/** The fonts for a branding's heading and body fonts (Carlito for both without branding). */
export const loadFonts = (
  branding?: Pick<PublishBranding, 'headingFont' | 'bodyFont'>,
): FontSet => {
  const heading = pdfFontFor(branding?.headingFont ?? 'Calibri').family;
  const body = pdfFontFor(branding?.bodyFont ?? 'Calibri').family;
  const key = `${heading}|${body}`;
  let set = sets.get(key);
  if (!set) {
    const files = filesFor(heading, body);
    set = Object.fromEntries(
      Object.entries(files).map(([k, list]) => [k, list.map(face)]),
    ) as unknown as FontSet;
    sets.set(key, set);
  }
  return set;
};

/** The face of each character, per list of faces: the same few characters are looked up often. */
const faceOfCharacter = new WeakMap<readonly FontFace[], Map<number, FontFace>>();

const faceFor = (cp: number, faces: readonly FontFace[]): FontFace => {
  let known = faceOfCharacter.get(faces);
  if (!known) faceOfCharacter.set(faces, (known = new Map<number, FontFace>()));
  let face = known.get(cp);
  if (!face) {
    face = faces.find((f) => f.font.hasGlyphForCodePoint(cp)) ?? faces[0]!;
    known.set(cp, face);
  }
  return face;
};

/** Splits text into stretches each set in the first face that has all its characters. */
export const byFace = (
  text: string,
  faces: readonly FontFace[],
): { face: FontFace; text: string }[] => {
  const out: { face: FontFace; text: string }[] = [];
  for (const ch of text) {
    const face = faceFor(ch.codePointAt(0) ?? 32, faces);
    const last = out[out.length - 1];
    if (last && last.face === face) last.text += ch;
    else out.push({ face, text: ch });
  }
  return out;
};

/** Enough for the words of many documents; a workspace of unusual text cannot grow it forever. */
const MAX_MEASURED = 100_000;

/**
 * Text width from the embedded fonts' own metrics (shaped, so kerning counts as it does when the
 * PDF is drawn). Words are cached: they repeat a lot, within a document and across documents,
 * and, with a `table`, across processes (see width-table.ts).
 */
export const createMeasure = (fonts: FontSet, table?: WidthTable) => {
  const cache = table?.known ?? new Map<string, number>();
  return (text: string, key: FontKey, size: number): number => {
    const id = `${key}\u0000${text}`;
    let units = cache.get(id);
    if (units === undefined) {
      units = byFace(text, fonts[key]).reduce(
        (sum, part) =>
          sum + (part.face.font.layout(part.text).advanceWidth / part.face.font.unitsPerEm) * 1000,
        0,
      );
      if (cache.size >= MAX_MEASURED) cache.clear();
      cache.set(id, units);
      table?.remember(id, units);
    }
    return (units * size) / 1000;
  };
};

export type Measure = ReturnType<typeof createMeasure>;

const shared = new WeakMap<FontSet, Measure>();
const tables: WidthTable[] = [];

/** Keeps the widths measured since the last call for later processes (see width-table.ts). */
export const saveWidthTables = (): void => {
  for (const table of tables) table.save();
};

/** One measure per font set for the process, so a batch of documents measures each word once. */
export const sharedMeasure = (
  branding?: Pick<PublishBranding, 'headingFont' | 'bodyFont'>,
): Measure => {
  const fonts = loadFonts(branding);
  let measure = shared.get(fonts);
  if (!measure) {
    const table = openWidthTable(fonts);
    tables.push(table);
    shared.set(fonts, (measure = createMeasure(fonts, table)));
  }
  return measure;
};
