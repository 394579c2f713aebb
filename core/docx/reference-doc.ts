import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../errors';

/** The parts of a reference .docx the export adopts, as pandoc's reference-doc does. */
export type ReferenceParts = {
  readonly styles: string;
  /** word/theme/theme1.xml, when the reference has one (theme fonts and colours). */
  readonly theme: string | null;
};

const STYLES_PART = 'word/styles.xml';
const THEME_PART = /^word\/theme\/theme\d*\.xml$/;

const refuse = (name: string, why: string) =>
  new AppError('invalid-input', `${name} ${why}`, { field: 'branding.referenceDocx', file: name });

/**
 * Reads the styles (and theme) of a Word file. Refuses, naming the file, anything that is not a
 * .docx with a readable word/styles.xml, so a bad choice is reported where it is made.
 */
export const readReferenceDocx = (bytes: Uint8Array, name: string): ReferenceParts => {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => file.name === STYLES_PART || THEME_PART.test(file.name),
    });
  } catch {
    throw refuse(name, 'is not a Word (.docx) file: it cannot be opened as a zip package');
  }
  const styles = files[STYLES_PART];
  if (!styles) throw refuse(name, 'has no word/styles.xml: it is not a Word document');
  const text = strFromU8(styles);
  if (!/<w:styles[\s>]/.test(text) || !text.trimEnd().endsWith('</w:styles>')) {
    throw refuse(name, 'has a word/styles.xml that cannot be read');
  }
  const themeName = Object.keys(files)
    .filter((file) => THEME_PART.test(file))
    .sort()[0];
  return { styles: text, theme: themeName ? strFromU8(files[themeName]!) : null };
};

const STYLE_ELEMENT = /<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g;

/**
 * The reference's styles, plus every style of ours it does not define: a style the reference
 * has (Normal, Heading 1, Title...) wins, and the paragraphs that use our own styles (code
 * blocks, cover lines, ISMS tables) still find them.
 */
export const mergeReferenceStyles = (ours: string, reference: string): string => {
  const theirs = new Set([...reference.matchAll(STYLE_ELEMENT)].map((m) => m[1]));
  const missing = [...ours.matchAll(STYLE_ELEMENT)]
    .filter((m) => !theirs.has(m[1]))
    .map((m) => m[0])
    .join('');
  const end = reference.lastIndexOf('</w:styles>');
  return reference.slice(0, end) + missing + reference.slice(end);
};
