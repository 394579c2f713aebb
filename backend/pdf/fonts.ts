import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';
import type { FontKey } from '../../core/pdf/types';
import { woffToSfnt } from './woff';

/**
 * The fonts embedded in every PDF, shipped as npm packages so nothing depends on the fonts of
 * the machine: Carlito (SIL Open Font License 1.1), metrically compatible with Calibri, the
 * Word export's font, so both exports break lines alike; DejaVu Sans Mono for code, and DejaVu
 * Sans for the symbols Carlito lacks (Bitstream Vera licence). Carlito comes as a Latin and a
 * Latin Extended file; a character falls through the list to the first face that has it.
 */
const FILES: Readonly<Record<FontKey, readonly string[]>> = {
  regular: [...carlito('400-normal'), dejavu('DejaVuSans')],
  bold: [...carlito('700-normal'), dejavu('DejaVuSans-Bold')],
  italic: [...carlito('400-italic'), dejavu('DejaVuSans-Oblique')],
  boldItalic: [...carlito('700-italic'), dejavu('DejaVuSans-BoldOblique')],
  mono: [dejavu('DejaVuSansMono'), dejavu('DejaVuSans')],
};

// The WOFF files, not WOFF2: fontkit cannot subset composite glyphs out of WOFF2.
function carlito(face: string): string[] {
  return ['latin', 'latin-ext'].map((s) => `@fontsource/carlito/files/carlito-${s}-${face}.woff`);
}

function dejavu(name: string): string {
  return `dejavu-fonts-ttf/ttf/${name}.ttf`;
}

export type FontFace = { readonly name: string; readonly data: Buffer; readonly font: Font };

export type FontSet = Readonly<Record<FontKey, readonly FontFace[]>>;

const require = createRequire(import.meta.url);

let loaded: FontSet | null = null;

/** Reads the font files once per process. */
export const loadFonts = (): FontSet => {
  if (loaded) return loaded;
  const entries = Object.entries(FILES).map(([key, files]) => [
    key,
    files.map((file, i) => {
      const data = woffToSfnt(readFileSync(require.resolve(file)));
      return { name: `${key}-${i}`, data, font: create(data) };
    }),
  ]);
  loaded = Object.fromEntries(entries) as FontSet;
  return loaded;
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
 * PDF is drawn). Words are cached: they repeat a lot, within a document and across documents.
 */
export const createMeasure = (fonts: FontSet) => {
  const cache = new Map<string, number>();
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
    }
    return (units * size) / 1000;
  };
};

export type Measure = ReturnType<typeof createMeasure>;

let shared: Measure | null = null;

/** One measure for the process, so a batch of documents measures each word once. */
export const sharedMeasure = (): Measure => (shared ??= createMeasure(loadFonts()));
