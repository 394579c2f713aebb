import type { HeadingEntry } from '../blocks';
import { STYLE } from '../styles';
import { TOC_INSTRUCTION, tocEntries } from '../toc';
import { escapeXml, paragraphXml, pStyle, TAB_RUN, textRun } from './xml-text';

const fieldChar = (type: 'begin' | 'separate' | 'end'): string =>
  `<w:r><w:fldChar w:fldCharType="${type}"/></w:r>`;

const fieldStart = (instruction: string): string =>
  fieldChar('begin') +
  `<w:r><w:instrText xml:space="preserve">${escapeXml(` ${instruction.trim()} `)}</w:instrText></w:r>` +
  fieldChar('separate');

const pageNumber = (bookmark: string, page: number | undefined): string =>
  page === undefined
    ? ''
    : TAB_RUN + fieldStart(`PAGEREF ${bookmark} \\h`) + textRun(String(page)) + fieldChar('end');

/** The contents, as `tableOfContents` makes them: the same TOC field and cached entries. */
export const tableOfContentsXml = (
  headings: readonly HeadingEntry[],
  startsNewPage: boolean,
  pages: readonly number[] = [],
): string[] => {
  const pageOf = new Map(headings.map((h, i) => [h.bookmark, pages[i]]));
  const entries = tocEntries(headings);
  if (entries.length === 0) return [];
  const last = entries.length - 1;
  const lines = entries.map((entry, i) =>
    paragraphXml(
      `${pStyle(STYLE.toc[entry.level - 1]!)}<w:keepLines/>`,
      (i === 0 ? fieldStart(TOC_INSTRUCTION) : '') +
        `<w:hyperlink w:history="1" w:anchor="${escapeXml(entry.bookmark)}">` +
        textRun(entry.text) +
        pageNumber(entry.bookmark, pageOf.get(entry.bookmark)) +
        '</w:hyperlink>' +
        (i === last ? fieldChar('end') : ''),
    ),
  );
  const title = paragraphXml(
    pStyle(STYLE.tocHeading) + (startsNewPage ? '<w:pageBreakBefore/>' : ''),
    textRun('Contents'),
  );
  return [title, ...lines];
};
