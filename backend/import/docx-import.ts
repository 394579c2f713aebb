import mammoth from 'mammoth';
import { strFromU8, unzipSync } from 'fflate';
import type { DocxImporter, ImportReport } from '../../core/api/import-ports';
import { AppError } from '../../core/errors';
import { createConverter, type ConversionNotes } from './html-to-markdown';
import { dropFrontMatter, type MammothElement } from './front-matter-filter';

type Dropped = ImportReport['dropped'][number];

/** The export's own paragraph styles, read back as what they stand for. */
const STYLE_MAP = [
  "p[style-name='Table Text'] => p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Code Block'] => pre:separator('\\n')",
  "r[style-name='Inline Code'] => code",
];

const count = (html: string, pattern: RegExp) => html.match(pattern)?.length ?? 0;

/** Parts mammoth leaves out without saying so: headers and footers with text, and comments. */
const silentDrops = (bytes: Uint8Array): Dropped[] => {
  const parts = unzipSync(bytes, {
    filter: (f) => /^word\/(header\d*|footer\d*|comments)\.xml$/.test(f.name),
  });
  const withText = (pattern: RegExp) =>
    Object.entries(parts).filter(
      ([name, data]) => pattern.test(name) && /<w:t[ >]/.test(strFromU8(data)),
    ).length;
  const drops: Dropped[] = [];
  const running = withText(/header|footer/);
  if (running > 0) {
    drops.push({
      kind: 'Headers and footers',
      count: running,
      detail: 'Not imported: the export writes its own header and footer.',
    });
  }
  const comments = withText(/comments/);
  if (comments > 0)
    drops.push({ kind: 'Comments', count: comments, detail: 'Comments are not imported.' });
  return drops;
};

/** Mammoth's warnings, grouped: unknown styles are kept as plain paragraphs or text. */
const warningDrops = (messages: readonly { type: string; message: string }[]): Dropped[] => {
  const styles = messages.filter((m) => /^Unrecognised (paragraph|run) style/.test(m.message));
  const other = messages.filter((m) => !styles.includes(m));
  return [
    ...(styles.length > 0
      ? [
          {
            kind: 'Custom styles',
            count: styles.length,
            detail: `Kept as plain text: ${styles.map((m) => /'([^']+)'/.exec(m.message)?.[1] ?? m.message).join(', ')}.`,
          },
        ]
      : []),
    ...other.map((m) => ({ kind: 'Other', count: 1, detail: m.message })),
  ];
};

const noteDrops = (notes: ConversionNotes, front: ReturnType<typeof dropFrontMatter>) =>
  [
    notes.mergedCells > 0 && {
      kind: 'Merged table cells',
      count: notes.mergedCells,
      detail: 'Split into separate cells: Markdown tables cannot merge cells.',
    },
    notes.joinedCellLines > 0 && {
      kind: 'Line breaks in table cells',
      count: notes.joinedCellLines,
      detail: 'Paragraphs and lists inside a table cell were joined into one line.',
    },
    front.droppedFrontMatter && {
      kind: 'Cover and control pages',
      count: 1,
      detail: 'Left out: the export writes the cover, document control and contents itself.',
    },
    front.droppedContents > 0 && {
      kind: 'Table of contents',
      count: 1,
      detail: 'Left out: the export writes its own contents with page numbers.',
    },
  ].filter((d): d is Dropped => Boolean(d));

/** .docx to Markdown through mammoth (Word to clean HTML) and turndown (HTML to GFM Markdown). */
export const importDocx: DocxImporter = async (data, fileName) => {
  const images: string[] = [];
  let front: ReturnType<typeof dropFrontMatter> | null = null;
  const result = await mammoth
    .convertToHtml(
      { buffer: Buffer.from(data.buffer, data.byteOffset, data.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement((image) => {
          images.push((image as { altText?: string }).altText?.trim() || image.contentType);
          return Promise.resolve({ src: '' });
        }),
        transformDocument: (document: MammothElement) => {
          front = dropFrontMatter(document);
          return front.document;
        },
      },
    )
    .catch((error: unknown) => {
      throw new AppError(
        'invalid-input',
        `${fileName} cannot be read as a Word document: ${String(error)}`,
        {
          file: fileName,
        },
      );
    });
  const html = result.value;
  const notes: ConversionNotes = { mergedCells: 0, joinedCellLines: 0 };
  const markdown = createConverter(notes).turndown(html).trim() + '\n';
  const frontResult = front ?? dropFrontMatter({ type: 'document', children: [] });
  const dropped: Dropped[] = [
    ...(images.length > 0
      ? [{ kind: 'Images', count: images.length, detail: `Not imported: ${images.join(', ')}.` }]
      : []),
    ...silentDrops(data),
    ...noteDrops(notes, frontResult),
    ...warningDrops(result.messages),
  ];
  return {
    markdown,
    title: frontResult.title,
    report: {
      kept: {
        headings: count(html, /<h[1-6][ >]/g),
        listItems: count(html, /<li[ >]/g),
        tables: count(html, /<table[ >]/g),
        links: count(html, /<a href=/g),
      },
      dropped,
    },
  };
};
