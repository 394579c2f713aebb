import { Document, PageOrientation } from 'docx';
import type { FileChild } from 'docx';
import { Marked } from 'marked';
import { pageBreak, renderBlocks } from './blocks';
import type { BlockContext } from './blocks';
import { coverPage } from './cover';
import { applyBranding } from './brand-parts';
import { zipNormalisedParts } from './determinism';
import { documentControl, documentControlHeight } from './document-control';
import { coverFooter, coverHeader, pageFooter, pageHeader } from './header-footer';
import { CONTENT_HEIGHT, PAGE } from './look';
import { ListAllocator } from './numbering';
import { compileParts } from './compile-parts';
import { appXml, coreXml, w3cdtf } from './properties';
import { stylesXml } from './styles';
import { xmlSafe } from './text';
import { tableOfContents, tocHeight } from './toc';
import type { DocxInput } from './types';

/** Our own instance, so extensions another module registers on the global `marked` never leak in. */
const markdown = new Marked({ gfm: true });

const customProperties = (input: DocxInput) =>
  [
    { name: 'Document ID', value: input.documentId },
    { name: 'Version', value: input.version },
    { name: 'Status', value: input.status.charAt(0).toUpperCase() + input.status.slice(1) },
    { name: 'Classification', value: input.classification },
  ].map(({ name, value }) => ({ name, value: xmlSafe(value) }));

const pageSetup = {
  titlePage: true,
  page: {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.PORTRAIT },
    margin: {
      top: PAGE.margin,
      bottom: PAGE.margin,
      left: PAGE.margin,
      right: PAGE.margin,
      header: PAGE.header,
      footer: PAGE.footer,
      gutter: 0,
    },
  },
};

/** Whether the contents fit on the page the document control is on (with room to spare). */
const contentsFitAfterControl = (input: DocxInput, ctx: BlockContext): boolean =>
  documentControlHeight(input) + tocHeight(ctx.headings) <= CONTENT_HEIGHT - 700;

const documentChildren = (input: DocxInput, ctx: BlockContext): FileChild[] => {
  const body = renderBlocks(markdown.lexer(input.markdown), ctx);
  return [
    ...coverPage(input),
    ...documentControl(input),
    ...tableOfContents(
      ctx.headings,
      !contentsFitAfterControl(input, ctx),
      input.pages?.headings ?? [],
    ),
    ...(body.length > 0 ? [pageBreak(), ...body] : []),
  ];
};

/** The docx Document and the parts we write ourselves, before packaging. */
export const createWordDocument = (input: DocxInput) => {
  w3cdtf(input.timestamp);
  const ctx: BlockContext = { lists: new ListAllocator(), headings: [] };
  const children = documentChildren(input, ctx);
  const doc = new Document({
    creator: xmlSafe(input.organisationName),
    title: xmlSafe(input.title),
    numbering: { config: ctx.lists.config() },
    customProperties: customProperties(input),
    // Word asks once on opening to refresh the contents, page numbers and property fields.
    features: { updateFields: true },
    sections: [
      {
        properties: pageSetup,
        headers: { default: pageHeader(input), first: coverHeader(input) },
        footers: { default: pageFooter(input), first: coverFooter(input) },
        children,
      },
    ],
  });
  const overrides = [
    { path: 'word/styles.xml', data: stylesXml() },
    { path: 'docProps/core.xml', data: coreXml(input) },
    { path: 'docProps/app.xml', data: appXml(input) },
  ];
  return { doc, overrides };
};

/**
 * The Word document for one ISMS document: cover, document control, revision history, table of
 * contents and the Markdown body. The same input always gives the same bytes.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- a bad input must reject, not throw
export async function buildDocx(input: DocxInput): Promise<Uint8Array> {
  const { doc, overrides } = createWordDocument(input);
  // The parts are zipped once, after the ids and times are made repeatable (Packer.pack would
  // zip them first, and the normalisation would have to unzip and zip again).
  return zipNormalisedParts(applyBranding(compileParts(doc, overrides), input));
}
