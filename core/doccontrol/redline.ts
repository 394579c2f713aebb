import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { normalisePackage } from '../docx/determinism';
import { xmlSafe } from '../docx/text';
import type { DiffPart } from './compare';

export type RedlineInput = {
  readonly documentId: string;
  readonly title: string;
  readonly fromLabel: string;
  readonly toLabel: string;
  /** Who the tracked changes are attributed to (the author of the newer version). */
  readonly author: string;
  /** YYYY-MM-DD of the newer version; also the document's own date. */
  readonly date: string;
  readonly parts: readonly DiffPart[];
};

type Run = { kind: DiffPart['kind']; text: string };

/** Splits the parts into paragraphs at line breaks, keeping each piece's kind. */
const paragraphsOf = (parts: readonly DiffPart[]): Run[][] => {
  const paragraphs: Run[][] = [[]];
  for (const part of parts) {
    part.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs.at(-1)!.push({ kind: part.kind, text: piece });
    });
  }
  return paragraphs.filter((runs) => runs.length > 0);
};

/**
 * A Word document holding the newer text with the change from the older one as tracked
 * insertions and deletions (w:ins, w:del), so a reviewer sees it in Word's own review pane.
 */
export const buildRedlineDocx = async (input: RedlineInput): Promise<Uint8Array> => {
  let id = 0;
  const when = `${input.date}T00:00:00Z`;
  const change = () => ({ id: ++id, author: xmlSafe(input.author || 'Unknown'), date: when });
  const run = (r: Run): ParagraphChild => {
    const text = xmlSafe(r.text);
    if (r.kind === 'insert') return new InsertedTextRun({ ...change(), text });
    if (r.kind === 'delete') return new DeletedTextRun({ ...change(), text });
    return new TextRun({ text });
  };
  const doc = new Document({
    creator: 'ISMS Workbench',
    title: xmlSafe(`${input.documentId} ${input.title}`),
    features: { trackRevisions: true },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun(xmlSafe(`${input.documentId} ${input.title}`))],
          }),
          new Paragraph({
            children: [new TextRun(xmlSafe(`Changes from ${input.fromLabel} to ${input.toLabel}`))],
          }),
          ...paragraphsOf(input.parts).map((runs) => new Paragraph({ children: runs.map(run) })),
        ],
      },
    ],
  });
  const packed = await Packer.pack(doc, 'uint8array', false, [
    { path: 'docProps/core.xml', data: coreXml(input, when) },
  ]);
  return normalisePackage(packed);
};

const escape = (value: string) =>
  xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The document's own date, never the export time, so the same comparison gives the same bytes.
const coreXml = (input: RedlineInput, when: string) =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
  ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<dc:title>${escape(`${input.documentId} ${input.title} (changes)`)}</dc:title>` +
  `<dc:creator>${escape(input.author)}</dc:creator>` +
  `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
  `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
  '</cp:coreProperties>';
