import type { ImportReport } from './import-ports';

/** The import report as lines: what came across, then each kind of thing left out. */
export const importReportLines = (report: ImportReport): string[] => {
  const { headings, listItems, tables, links } = report.kept;
  return [
    `Kept: ${headings} heading(s), ${listItems} list item(s), ${tables} table(s), ${links} link(s).`,
    ...(report.dropped.length === 0
      ? ['Nothing was left out.']
      : ['Not imported:', ...report.dropped.map((d) => `  ${d.kind} (${d.count}): ${d.detail}`)]),
  ];
};
