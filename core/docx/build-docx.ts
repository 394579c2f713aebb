import { Document, PageOrientation } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { pageBreak, renderBlocks } from './blocks';
import type { BlockContext } from './blocks';
import { coverPage } from './cover';
import { applyBranding } from './brand-parts';
import { zipNormalisedParts } from './determinism';
import { documentControl, documentControlHeight } from './document-control';
import { coverFooter, coverHeader, pageFooter, pageHeader } from './header-footer';
import {
  CONTENT_HEIGHT,
  CONTENT_WIDTH,
  FONT_BODY,
  FONT_HEADING,
  LANDSCAPE_CONTENT_WIDTH,
  PAGE,
} from './look';
import { ListAllocator } from './numbering';
import { compileParts } from './compile-parts';
import { directBody } from './direct/document-xml';
import { bodyRuns, writtenBody } from './direct/written-body';
import { keptWordFile } from './kept-files';
import { fillTemplate, shapeInput, templateFor } from './package-template';
import { appXml, coreXml, w3cdtf } from './properties';
import { stylesXml } from './styles';
import { xmlSafe } from './text';
import type { PageRun } from '../publish/orientation';
import type { PdfFamily } from '../publish/pdf-fonts';
import { tableOfContents, tocHeight } from './toc';
import type { DocxInput } from './types';

const customProperties = (input: DocxInput) =>
  [
    { name: 'Document ID', value: input.documentId },
    { name: 'Version', value: input.version },
    { name: 'Status', value: input.status.charAt(0).toUpperCase() + input.status.slice(1) },
    { name: 'Classification', value: input.classification },
  ].map(({ name, value }) => ({ name, value: xmlSafe(value) }));

const pageSetup = (landscape: boolean) => ({
  page: {
    size: {
      width: PAGE.width,
      height: PAGE.height,
      orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
    },
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
});

/** Whether the contents fit on the page the document control is on (with room to spare). */
export const contentsFitAfterControl = (input: DocxInput, ctx: BlockContext): boolean =>
  documentControlHeight(input) + tocHeight(ctx.headings) <= CONTENT_HEIGHT - 700;

/** What writes the contents: docx objects, or a stand-in for contents written as XML. */
export type ContentsRenderer = (
  headings: BlockContext['headings'],
  startsNewPage: boolean,
  pages: readonly number[],
) => FileChild[];

const frontMatter =
  (contents: ContentsRenderer) =>
  (input: DocxInput, ctx: BlockContext): FileChild[] => [
    ...coverPage(input),
    ...documentControl(input),
    ...contents(ctx.headings, !contentsFitAfterControl(input, ctx), input.pages?.headings ?? []),
  ];

/**
 * What comes before the body. A controlled document has a cover page (with its own header and
 * footer), the document control block and the contents; another kind of file made from a body
 * (the redline of a change) puts its own paragraphs on the first page instead.
 */
export type WordFront = {
  readonly children: (input: DocxInput, ctx: BlockContext) => FileChild[];
  readonly cover: boolean;
  /** Word records every further edit as a tracked change. */
  readonly trackRevisions?: boolean;
};

/** A controlled document's front: cover, document control and the contents. */
export const documentFront = (contents: ContentsRenderer = tableOfContents): WordFront => ({
  children: frontMatter(contents),
  cover: true,
});

const DOCUMENT_FRONT = documentFront();

/**
 * One Word section per run of portrait or landscape pages. The first holds the cover (its own
 * header and footer), the front matter and the body's first portrait run; each later section
 * starts on a new page with the running header and footer laid out for its width. Page numbers
 * run on through every section.
 */
/** The body's Word content, one list of paragraphs and tables per run of pages. */
export type BodyRenderer = (
  runs: readonly PageRun[],
  ctx: BlockContext,
  family: PdfFamily,
) => FileChild[][];

/** The body as docx objects (the redline and the reference the direct writer is checked against). */
export const docxBodies: BodyRenderer = (runs, ctx, family) =>
  runs.map((run) =>
    renderBlocks(run.tokens, {
      ...ctx,
      width: run.landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH,
      family,
    }),
  );

const documentSections = (
  input: DocxInput,
  ctx: BlockContext,
  front: WordFront,
  render: BodyRenderer,
): ISectionOptions[] => {
  const { runs, family } = bodyRuns(input);
  const bodies = render(runs, ctx, family);
  const joinFirst = runs[0]?.landscape === false;
  const first: ISectionOptions = {
    properties: { ...pageSetup(false), titlePage: front.cover },
    headers: front.cover
      ? { default: pageHeader(input), first: coverHeader(input) }
      : { default: pageHeader(input) },
    footers: front.cover
      ? { default: pageFooter(input), first: coverFooter(input) }
      : { default: pageFooter(input) },
    // The contents list the body's headings, so they are laid out after the body.
    children: [
      ...front.children(input, ctx),
      ...(joinFirst && (bodies[0]?.length ?? 0) > 0
        ? [...(front.cover ? [pageBreak()] : []), ...bodies[0]!]
        : []),
    ],
  };
  const rest = runs.slice(joinFirst ? 1 : 0).map((run, i): ISectionOptions => {
    const width = run.landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH;
    return {
      properties: { ...pageSetup(run.landscape), titlePage: false },
      headers: { default: pageHeader(input, width) },
      footers: { default: pageFooter(input, width) },
      children: bodies[i + (joinFirst ? 1 : 0)] ?? [],
    };
  });
  return [first, ...rest];
};

/** The docx Document and the parts we write ourselves, before packaging. */
export const createWordDocument = (
  input: DocxInput,
  front: WordFront = DOCUMENT_FRONT,
  render: BodyRenderer = docxBodies,
  ctx: BlockContext = { lists: new ListAllocator(), headings: [] },
) => {
  w3cdtf(input.timestamp);
  const sections = documentSections(input, ctx, front, render);
  const doc = new Document({
    creator: xmlSafe(input.organisationName),
    title: xmlSafe(input.title),
    numbering: { config: ctx.lists.config() },
    customProperties: customProperties(input),
    // Word asks once on opening to refresh the contents, page numbers and property fields.
    features: { updateFields: true, ...(front.trackRevisions ? { trackRevisions: true } : {}) },
    // The styles name no font: headings take the theme's heading font and the rest its body
    // font, so the organisation's fonts live in one place and Word's Design > Fonts changes them.
    theme: {
      name: 'ISMS Workbench',
      fonts: {
        headings: input.branding?.headingFont.trim() || FONT_HEADING,
        body: input.branding?.bodyFont.trim() || FONT_BODY,
      },
    },
    sections,
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
export function buildDocx(input: DocxInput): Promise<Uint8Array> {
  return keptWordFile(input, buildDocxNow);
}

/** `buildDocx` without the kept files: the body and package caches below it still apply. */
export async function buildDocxNow(input: DocxInput): Promise<Uint8Array> {
  w3cdtf(input.timestamp);
  // The body and the contents are written straight to XML (the body kept while its Markdown is
  // unchanged); the rest of the package comes from a template docx compiled once per shape of
  // document (see package-template.ts).
  const { body, ctx, runs } = writtenBody(input);
  const startsNewPage = !contentsFitAfterControl(input, ctx);
  const contents = body.contents(ctx.headings, startsNewPage, input.pages?.headings ?? []);
  const { bodies } = body.markers(runs);
  // The template holds one list of each numbering definition the body's lists use; each list's
  // own w:num is written when the template is filled, so the number of lists is not its shape.
  const references = ctx.lists.config().map((definition) => definition.reference);
  const { links } = body.shape();
  const runsShape = bodies.map((b) => b.length);
  const shape = { runs: runsShape, contents: contents.length, references, links };
  const shaped = shapeInput(input, shape);
  if (!shaped) return buildDocxUncached(input);
  const template = templateFor(shaped, input.logo?.data ?? null, references, (shapeOf) => {
    const fresh = body.markers(runs);
    const front = documentFront(() => fresh.contents);
    const { doc, overrides } = createWordDocument(shapeOf, front, () => fresh.bodies, ctx);
    const numIds = body.registerForTemplate(doc, references);
    return { parts: applyBranding(compileParts(doc, overrides), input), numIds };
  });
  const filled = fillTemplate(template, shaped.texts, body.listReferences());
  if (!filled) return buildDocxUncached(input);
  const { parts, numIds } = filled;
  const xml = parts.get('word/document.xml');
  if (typeof xml === 'string') parts.set('word/document.xml', body.spliceInto(xml, numIds));
  parts.set('docProps/core.xml', coreXml(input));
  parts.set('docProps/app.xml', appXml(input));
  return zipNormalisedParts(parts);
}

/** The same document with docx compiling everything but the body, each time (no template). */
// eslint-disable-next-line @typescript-eslint/require-await -- a bad input must reject, not throw
export async function buildDocxUncached(input: DocxInput): Promise<Uint8Array> {
  const body = directBody();
  const { doc, overrides } = createWordDocument(input, documentFront(body.contents), body.render);
  // The parts are zipped once, after the ids and times are made repeatable (Packer.pack would
  // zip them first, and the normalisation would have to unzip and zip again).
  return zipNormalisedParts(applyBranding(body.compile(doc, overrides), input));
}

/** The same document with the body made by docx: the reference the direct writer must match. */
// eslint-disable-next-line @typescript-eslint/require-await -- a bad input must reject, not throw
export async function buildDocxWithDocxBody(input: DocxInput): Promise<Uint8Array> {
  const { doc, overrides } = createWordDocument(input);
  return zipNormalisedParts(applyBranding(compileParts(doc, overrides), input));
}
