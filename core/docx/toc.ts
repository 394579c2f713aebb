import { InternalHyperlink, Paragraph, TextRun } from 'docx';
import type { HeadingEntry } from './blocks';
import { fieldEnd, fieldStart } from './fields';
import { STYLE } from './styles';

/** Heading levels the table of contents lists (Word's `\o "1-3"`). */
export const TOC_LEVELS = 3;
export const TOC_INSTRUCTION = `TOC \\o "1-${TOC_LEVELS}" \\h \\z \\u`;

/**
 * A table of contents: a real TOC field whose cached result already lists every heading
 * (hyperlinked to the bookmark on the heading), so it reads right before fields are updated.
 * The cached entries carry no page numbers: the exporter cannot know where Word breaks pages,
 * and a wrong number is worse than none. Updating the field in Word adds them.
 */
export const tableOfContents = (
  headings: readonly HeadingEntry[],
  startsNewPage: boolean,
): Paragraph[] => {
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
          new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun(entry.text)] }),
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

const tocEntries = (headings: readonly HeadingEntry[]): HeadingEntry[] =>
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
