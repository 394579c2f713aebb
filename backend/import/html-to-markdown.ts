import TurndownService from 'turndown';

/** Things the Markdown cannot hold, noticed while converting. */
export type ConversionNotes = {
  mergedCells: number;
  joinedCellLines: number;
};

/** The part of a DOM element the table rule reads (turndown's parser in Node is domino). */
type Element = {
  readonly nodeName: string;
  readonly childNodes: ArrayLike<unknown>;
  readonly parentNode: unknown;
  readonly nextSibling: unknown;
  readonly innerHTML: string;
  getAttribute(name: string): string | null;
};

const isElement = (node: unknown): node is Element =>
  typeof node === 'object' && node !== null && 'nodeName' in node && 'getAttribute' in node;

const elementChildren = (node: Element, names: readonly string[]): Element[] =>
  Array.from(node.childNodes)
    .filter(isElement)
    .filter((child) => names.includes(child.nodeName));

const rowsOf = (table: Element): Element[] =>
  elementChildren(table, ['TR', 'THEAD', 'TBODY', 'TFOOT']).flatMap((child) =>
    child.nodeName === 'TR' ? [child] : elementChildren(child, ['TR']),
  );

const span = (cell: Element) => Math.max(1, Number(cell.getAttribute('colspan') ?? '1') || 1);

/**
 * A GFM table from any HTML table: Word tables rarely mark a header row, so the first row
 * becomes the header (turndown's GFM plugin would leave such a table as raw HTML). A merged
 * cell is repeated as empty cells; line breaks and lists inside a cell are joined into one line.
 */
const tableMarkdown = (
  service: TurndownService,
  table: Element,
  notes: ConversionNotes,
): string => {
  const rows = rowsOf(table).map((row) =>
    elementChildren(row, ['TD', 'TH']).flatMap((cell) => {
      const text = service.turndown(cell.innerHTML).trim();
      const oneLine = text.replace(/\s*\n+\s*/g, ' ');
      if (oneLine !== text) notes.joinedCellLines += 1;
      const extra = span(cell) - 1;
      if (extra > 0 || cell.getAttribute('rowspan')) notes.mergedCells += 1;
      return [oneLine.replace(/\|/g, '\\|'), ...Array<string>(extra).fill('')];
    }),
  );
  const width = Math.max(0, ...rows.map((r) => r.length));
  if (width === 0) return '';
  const line = (cells: string[]) =>
    `| ${[...cells, ...Array<string>(width - cells.length).fill('')].join(' | ')} |`;
  const [head = [], ...body] = rows;
  const rule = `| ${Array<string>(width).fill('---').join(' | ')} |`;
  return `\n\n${[line(head), rule, ...body.map(line)].join('\n')}\n\n`;
};

/**
 * A list item with one space after its marker, as the editor writes it (turndown pads to four
 * columns); nested content is indented by the marker's width.
 */
const listItem = (content: string, node: Element, marker: string): string => {
  const parent = isElement(node.parentNode) ? node.parentNode : null;
  let prefix = `${marker} `;
  if (parent?.nodeName === 'OL') {
    const start = Number(parent.getAttribute('start') ?? '1') || 1;
    prefix = `${start + elementChildren(parent, ['LI']).indexOf(node)}. `;
  }
  const paragraph = /\n$/.test(content);
  const body = content.replace(/^\n+/, '').replace(/\n+$/, '') + (paragraph ? '\n' : '');
  const indented = body.replace(/\n/g, `\n${' '.repeat(prefix.length)}`);
  return prefix + indented + (node.nextSibling ? '\n' : '');
};

/** Turndown set up for the Markdown our editor and exporters read (GFM, `-` bullets, `#`). */
export const createConverter = (notes: ConversionNotes): TurndownService => {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
  });
  service.addRule('table', {
    filter: 'table',
    replacement: (content, node) =>
      isElement(node) ? tableMarkdown(service, node, notes) : content,
  });
  service.addRule('listItem', {
    filter: 'li',
    replacement: (content, node, options) =>
      isElement(node) ? listItem(content, node, options.bulletListMarker ?? '-') : content,
  });
  service.addRule('strikethrough', {
    filter: ['del', 's'],
    replacement: (content) => (content.trim() ? `~~${content}~~` : content),
  });
  // Images were dropped (and counted) before conversion; an empty one leaves nothing behind.
  service.addRule('droppedImage', { filter: 'img', replacement: () => '' });
  return service;
};
