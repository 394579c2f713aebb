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
export const tableOfContents = (headings: readonly HeadingEntry[]): Paragraph[] => {
  const entries = headings.filter((h) => h.level <= TOC_LEVELS);
  if (entries.length === 0) return [];
  const last = entries.length - 1;
  const lines = entries.map(
    (entry, i) =>
      new Paragraph({
        style: STYLE.toc[entry.level - 1],
        children: [
          ...(i === 0 ? fieldStart(TOC_INSTRUCTION) : []),
          new InternalHyperlink({ anchor: entry.bookmark, children: [new TextRun(entry.text)] }),
          ...(i === last ? [fieldEnd()] : []),
        ],
      }),
  );
  return [new Paragraph({ style: STYLE.tocHeading, text: 'Contents' }), ...lines];
};
