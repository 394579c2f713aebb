import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import { layoutPdf, type PdfLayoutOptions } from '../../core/pdf/layout';
import type { DrawOp, OutlineEntry, PdfLayout, TextOp } from '../../core/pdf/types';
import type { DocxInput } from '../../core/docx/types';
import { byFace, loadFonts, sharedMeasure, useShaper, type FontSet, type Measure } from './fonts';

export { planPages, saveWidthTables, warmUpPageLayout } from './plan-pages';

// pdfkit loads fontkit anyway: measuring uses that copy rather than loading a second.
useShaper(fontkit);

type Doc = InstanceType<typeof PDFDocument>;

const colour = (hex: string) => `#${hex}`;

const drawText = (doc: Doc, op: TextOp, fonts: FontSet, measure: Measure) => {
  let x = op.x;
  for (const part of byFace(op.text, fonts[op.font])) {
    const width = measure(part.text, op.font, op.size);
    doc
      .font(part.face.name)
      .fontSize(op.size)
      .fillColor(colour(op.colour))
      .text(part.text, x, op.y, {
        lineBreak: false,
        ...(op.link ? { link: op.link, underline: true } : {}),
        ...(op.strike ? { strike: true } : {}),
      });
    x += width;
  }
};

const draw = (doc: Doc, op: DrawOp, fonts: FontSet, measure: Measure) => {
  switch (op.kind) {
    case 'text':
      return drawText(doc, op, fonts, measure);
    case 'rect':
      doc.rect(op.x, op.y, op.w, op.h).fill(colour(op.fill));
      return;
    case 'line':
      doc
        .moveTo(op.x1, op.y1)
        .lineTo(op.x2, op.y2)
        .lineWidth(op.width)
        .strokeColor(colour(op.colour))
        .stroke();
      return;
    case 'image':
      try {
        doc.image(Buffer.from(op.image.data), op.x, op.y, { width: op.w, height: op.h });
      } catch {
        // A logo the PDF library cannot decode is left out; the export itself still succeeds.
      }
      return;
    case 'anchor':
      doc.addNamedDestination(op.name, 'XYZ', 0, op.y, null as unknown as number);
      return;
    case 'goto':
      doc.goTo(op.x, op.y, op.w, op.h, op.name);
      return;
  }
};

/** Bookmarks nested by heading level, each opening its page at the heading. */
const addOutline = (doc: Doc, outline: readonly OutlineEntry[], width: number) => {
  const stack: { level: number; item: typeof doc.outline }[] = [{ level: 0, item: doc.outline }];
  for (const entry of outline) {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= entry.level) stack.pop();
    const parent = stack[stack.length - 1]!.item;
    const item = parent.addItem(entry.title, {
      pageNumber: entry.page,
      fit: false,
      top: entry.y,
      left: width,
      zoom: 0,
      expanded: entry.level === 1,
    } as unknown as Parameters<typeof parent.addItem>[1]);
    stack.push({ level: entry.level, item });
  }
};

const collect = (doc: Doc): Promise<Uint8Array> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });

/** Writes a laid-out document with pdfkit: embedded font subsets, links, bookmarks, metadata. */
export const writePdf = (
  layout: PdfLayout,
  input: DocxInput,
  fonts: FontSet,
): Promise<Uint8Array> => {
  const measure = sharedMeasure();
  const doc = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    margin: 0,
    pdfVersion: '1.7',
    lang: 'en-GB',
    displayTitle: true,
    info: {
      Title: input.title,
      Author: input.organisationName,
      Subject: input.subject,
      Keywords: input.keywords.join(', '),
      Creator: 'ISMS Workbench',
      Producer: 'ISMS Workbench',
      CreationDate: input.timestamp,
      ModDate: input.timestamp,
    },
  });
  const done = collect(doc);
  const names = new Set<string>();
  for (const faces of Object.values(fonts))
    for (const face of faces) {
      if (names.has(face.name)) continue;
      names.add(face.name);
      doc.registerFont(face.name, face.data);
    }
  for (const page of layout.pages) {
    const size = page.landscape ? [layout.height, layout.width] : [layout.width, layout.height];
    doc.addPage({ size, margin: 0 });
    for (const op of page.ops) draw(doc, op, fonts, measure);
  }
  addOutline(doc, layout.outline, layout.width);
  doc.end();
  return done;
};

/**
 * The PDF of one document: the same cover, document control, contents, body, header and footer
 * as the Word file, with real page numbers in the contents. The same input gives the same bytes.
 */
export const renderPdf = (
  input: DocxInput,
  options: PdfLayoutOptions = {},
): Promise<Uint8Array> => {
  const branding = options.branding ?? input.branding;
  const fonts = loadFonts(branding);
  const layout = layoutPdf(input, sharedMeasure(branding), branding ? { branding } : {});
  return writePdf(layout, input, fonts);
};
