/**
 * Mammoth's document tree, as far as the import looks at it. Elements carry more fields; only
 * these are read or rewritten.
 */
export type MammothElement = {
  type: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: MammothElement[];
  value?: string;
};

/** Paragraph styles of an exported cover, document-control page and contents. */
const FRONT_STYLES = new Set([
  'CoverOrganisation',
  'CoverSubtitle',
  'DraftNotice',
  'FrontMatterHeading',
  'TOCHeading',
  'TOC1',
  'TOC2',
  'TOC3',
]);
const TOC_NAME = /^(toc \d|TOC Heading|Contents Heading)$/i;

const textOf = (element: MammothElement): string =>
  element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join('');

export type FrontMatterResult = {
  readonly document: MammothElement;
  readonly title: string | null;
  /** True when an exported cover and control pages were found and left out. */
  readonly droppedFrontMatter: boolean;
  readonly droppedContents: number;
};

const isFront = (e: MammothElement) => e.type === 'paragraph' && FRONT_STYLES.has(e.styleId ?? '');
const isTitle = (e: MammothElement) =>
  e.type === 'paragraph' && (e.styleId === 'Title' || e.styleName === 'Title');
const isToc = (e: MammothElement) => e.type === 'paragraph' && TOC_NAME.test(e.styleName ?? '');

/**
 * Leaves out what an export regenerates: the title paragraph (it becomes the document's title),
 * a table of contents, and, in a file this app exported, everything before the body (cover,
 * document control, revision history, contents), so an export imported again keeps its body
 * and nothing twice.
 */
export const dropFrontMatter = (document: MammothElement): FrontMatterResult => {
  const children = document.children ?? [];
  const title = children.find(isTitle);
  const lastFront = children.map(isFront).lastIndexOf(true);
  const kept = children.slice(lastFront + 1).filter((e) => !isTitle(e) && !isToc(e));
  const droppedContents = children.slice(lastFront + 1).filter(isToc).length;
  return {
    document: { ...document, children: kept },
    title: title ? textOf(title).trim() || null : null,
    droppedFrontMatter: lastFront >= 0,
    droppedContents,
  };
};
