import type { BlockContext } from '../blocks';
import { FONT_BODY } from '../look';
import { ListAllocator } from '../numbering';
import type { DocxInput } from '../types';
import { bodyPageRuns } from '../../publish/body-runs';
import type { PageRun } from '../../publish/orientation';
import { pdfFontFor, type PdfFamily } from '../../publish/pdf-fonts';
import { directBody, type DirectBody } from './document-xml';

/** The body's runs of portrait and landscape pages, and the font family its widths are measured in. */
export const bodyRuns = (input: DocxInput): { runs: readonly PageRun[]; family: PdfFamily } => {
  const family = bodyFamily(input);
  return { runs: bodyPageRuns(input.markdown, family), family };
};

const bodyFamily = (input: DocxInput): PdfFamily =>
  pdfFontFor(input.branding?.bodyFont.trim() || FONT_BODY).family;

/** A body written to XML, with what it told the rest of the package (lists, headings, links). */
export type WrittenBody = {
  readonly body: DirectBody;
  readonly ctx: BlockContext;
  /** How many runs of pages the body has (one Word section each). */
  readonly runs: number;
};

/**
 * The last few bodies written, by their Markdown and font family (all the written XML depends
 * on): exporting a document nobody changed since parses and writes nothing again.
 */
const LIMIT = 6;
const written = new Map<string, WrittenBody>();

export const writtenBody = (input: DocxInput): WrittenBody => {
  const family = bodyFamily(input);
  const key = `${family}\u0000${input.markdown}`;
  const kept = written.get(key);
  if (kept) {
    written.delete(key);
    written.set(key, kept);
    return kept;
  }
  const body = directBody({ reuse: true });
  const ctx: BlockContext = { lists: new ListAllocator(), headings: [] };
  const runs = bodyPageRuns(input.markdown, family);
  body.render(runs, ctx, family);
  const made: WrittenBody = { body, ctx, runs: runs.length };
  if (written.size >= LIMIT) written.delete(written.keys().next().value!);
  written.set(key, made);
  return made;
};
