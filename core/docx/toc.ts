import { InternalHyperlink, Paragraph, Tab, TextRun } from 'docx';
import type { HeadingEntry } from './blocks';
import { field, fieldEnd, fieldStart } from './fields';
import { STYLE } from './styles';

/** Heading levels the table of contents lists (Word's `\o "1-3"`). */
export const TOC_LEVELS = 3;
export const TOC_INSTRUCTION = `TOC \\o "1-${TOC_LEVELS}" \\h \\z \\u`;

/**
 * A table of contents: a real TOC field whose cached result already lists every heading
 * (hyperlinked to the bookmark on the heading), so it reads right before fields are updated.
 * The cached entries carry the page numbers of the exporter's own layout (Carlito has Calibri's
 * metrics, so they are right in the common case); settings.xml asks Word to update fields on open.
 */
export const tableOfContents = (
  headings: readonly HeadingEntry[],
  startsNewPage: boolean,
  pages: readonly number[] = [],
): Paragraph[] => {
  const pageOf = new Map(headings.map((h, i) => [h.bookmark, pages[i]]));
  const entries = tocEntries(headings);
  if (entries.length === 0) return [];
  const last = entries.length - 1;
  const lines = entries.map(
    (entry, i) =>
      new Paragraph({
        style: STYLE.toc[entry.level - 1],
        keepLines: true,
        children: [
          ...(i === 0 ? fieldStart(TOC_INSTRUCTION) : []),
          new InternalHyperlink({
            anchor: entry.bookmark,
            children: [
              new TextRun(entry.text),
              ...pageNumber(entry.bookmark, pageOf.get(entry.bookmark)),
            ],
          }),
          ...(i === last ? [fieldEnd()] : []),
        ],
      }),
  );
  const title = new Paragraph({
    style: STYLE.tocHeading,
    ...(startsNewPage ? { pageBreakBefore: true } : {}),
    text: 'Contents',
  });
  return [title, ...lines];
};

/** A tab to the dotted right tab stop and a PAGEREF field whose cached value is the laid-out page. */
const pageNumber = (bookmark: string, page: number | undefined): TextRun[] =>
  page === undefined
    ? []
    : [new TextRun({ children: [new Tab()] }), ...field(`PAGEREF ${bookmark} \\h`, String(page))];

export const tocEntries = (headings: readonly HeadingEntry[]): HeadingEntry[] =>
  headings.filter((h) => h.level <= TOC_LEVELS);

/** Estimated height of the table of contents in twips (heading plus one or more lines per entry). */
export const tocHeight = (headings: readonly HeadingEntry[]): number => {
  const entries = tocEntries(headings);
  if (entries.length === 0) return 0;
  return entries.reduce(
    (sum, e) => sum + (e.level === 1 ? 370 : 290) * Math.ceil(Math.max(e.text.length, 1) / 80),
    900,
  );
};
