import { COLOUR, FONT_MONO, SIZE } from './look';
import { colour, fonts, rightTab, rule, size, spacing, styleXml, themeFonts } from './style-xml';
import type { StyleDef } from './style-xml';
import { NUMBERING_STYLES, TABLE_STYLES } from './table-styles';

/** Style ids the exporter writes; built-in ones keep Word's ids so the navigation pane and TOC work. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'],
  listParagraph: 'ListParagraph',
  quote: 'Quote',
  codeBlock: 'CodeBlock',
  inlineCode: 'InlineCode',
  hyperlink: 'Hyperlink',
  tocHeading: 'TOCHeading',
  toc: ['TOC1', 'TOC2', 'TOC3'],
  header: 'Header',
  footer: 'Footer',
  tableText: 'TableText',
  frontHeading: 'FrontMatterHeading',
  coverOrganisation: 'CoverOrganisation',
  coverSubtitle: 'CoverSubtitle',
  draftNotice: 'DraftNotice',
  table: 'IsmsTable',
  detailsTable: 'IsmsDetailsTable',
} as const;

const heading = (level: number, sz: number, hex: string, before: number, after: number) => ({
  type: 'paragraph' as const,
  id: `Heading${level}`,
  name: `heading ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  uiPriority: 9,
  qFormat: true,
  pPr:
    `<w:keepNext/><w:keepLines/>` +
    (level === 1 ? `<w:pBdr>${rule('bottom', 4, COLOUR.rule, 4)}</w:pBdr>` : '') +
    spacing(before, after, 240) +
    `<w:outlineLvl w:val="${level - 1}"/>`,
  rPr:
    themeFonts('major') +
    '<w:b/><w:bCs/>' +
    (level === 4 ? '<w:i/><w:iCs/>' : '') +
    colour(hex) +
    size(sz),
});

const tocLevel = (level: number) => ({
  type: 'paragraph' as const,
  id: `TOC${level}`,
  name: `toc ${level}`,
  basedOn: 'Normal',
  next: 'Normal',
  uiPriority: 39,
  pPr:
    rightTab('dot') +
    spacing(level === 1 ? 100 : 20, 20, 240) +
    `<w:ind w:left="${(level - 1) * 284}"/>`,
  rPr: level === 1 ? '<w:b/><w:bCs/>' + colour(COLOUR.accent) : '',
});

const PARAGRAPH_STYLES: readonly StyleDef[] = [
  {
    type: 'paragraph',
    id: 'Normal',
    name: 'Normal',
    isDefault: true,
    qFormat: true,
    pPr: '<w:widowControl/>' + spacing(0, 120),
  },
  {
    type: 'paragraph',
    id: 'Title',
    name: 'Title',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 10,
    qFormat: true,
    pPr: `<w:pBdr>${rule('bottom', 12, COLOUR.accent, 12)}</w:pBdr>` + spacing(0, 360, 240),
    rPr:
      themeFonts('major') +
      '<w:b/><w:bCs/>' +
      colour(COLOUR.accent) +
      '<w:kern w:val="28"/>' +
      size(SIZE.title),
  },
  heading(1, SIZE.h1, COLOUR.accent, 360, 160),
  heading(2, SIZE.h2, COLOUR.accent, 280, 100),
  heading(3, SIZE.h3, COLOUR.accentMid, 220, 80),
  heading(4, SIZE.h4, COLOUR.accentMid, 180, 60),
  {
    type: 'paragraph',
    id: 'ListParagraph',
    name: 'List Paragraph',
    basedOn: 'Normal',
    uiPriority: 34,
    qFormat: true,
    pPr: spacing(0, 60) + '<w:ind w:left="720"/>',
  },
  {
    type: 'paragraph',
    id: 'Quote',
    name: 'Quote',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 29,
    qFormat: true,
    pPr:
      `<w:pBdr>${rule('left', 18, COLOUR.accentSoft, 10)}</w:pBdr>` +
      spacing(60, 120) +
      '<w:ind w:left="340" w:right="340"/>',
    rPr: '<w:i/><w:iCs/>' + colour('404040'),
  },
  {
    type: 'paragraph',
    id: 'CodeBlock',
    name: 'Code Block',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 30,
    pPr:
      '<w:pBdr>' +
      ['top', 'left', 'bottom', 'right']
        .map((side) => rule(side, 4, COLOUR.codeBorder, 4))
        .join('') +
      '</w:pBdr>' +
      `<w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.codeFill}"/>` +
      spacing(120, 200, 240) +
      '<w:ind w:left="113" w:right="113"/>',
    rPr: fonts(FONT_MONO) + '<w:noProof/>' + colour('1F2937') + size(SIZE.code),
  },
  {
    type: 'paragraph',
    id: 'TOCHeading',
    name: 'TOC Heading',
    basedOn: 'Heading1',
    next: 'Normal',
    uiPriority: 39,
    qFormat: true,
    pPr: '<w:outlineLvl w:val="9"/>',
  },
  tocLevel(1),
  tocLevel(2),
  tocLevel(3),
  ...(['Header', 'Footer'] as const).map((name) => ({
    type: 'paragraph' as const,
    id: name,
    name: name.toLowerCase(),
    basedOn: 'Normal',
    uiPriority: 99,
    pPr: rightTab('none') + spacing(0, 0, 240),
    rPr: colour(COLOUR.muted) + size(SIZE.small),
  })),
  {
    type: 'paragraph',
    id: 'TableText',
    name: 'Table Text',
    basedOn: 'Normal',
    uiPriority: 40,
    qFormat: true,
    pPr: spacing(0, 0, 252),
    rPr: size(SIZE.table),
  },
  {
    type: 'paragraph',
    id: 'FrontMatterHeading',
    name: 'Front Matter Heading',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 39,
    pPr: '<w:keepNext/><w:keepLines/>' + spacing(240, 120, 240),
    rPr: themeFonts('major') + '<w:b/><w:bCs/>' + colour(COLOUR.accent) + size(SIZE.h2),
  },
  {
    type: 'paragraph',
    id: 'CoverOrganisation',
    name: 'Cover Organisation',
    basedOn: 'Normal',
    next: 'Title',
    uiPriority: 11,
    pPr: spacing(0, 160, 240),
    rPr: '<w:caps/>' + colour(COLOUR.accentMid) + '<w:spacing w:val="20"/>' + size(24),
  },
  {
    type: 'paragraph',
    id: 'CoverSubtitle',
    name: 'Cover Subtitle',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 11,
    pPr: spacing(0, 480, 240),
    rPr: colour(COLOUR.muted) + size(24),
  },
  {
    type: 'paragraph',
    id: 'DraftNotice',
    name: 'Draft Notice',
    basedOn: 'Normal',
    next: 'Normal',
    uiPriority: 12,
    pPr: spacing(0, 240, 240),
    rPr: '<w:b/><w:bCs/><w:caps/>' + colour(COLOUR.draft) + '<w:spacing w:val="10"/>' + size(20),
  },
];

const CHARACTER_STYLES: readonly StyleDef[] = [
  {
    type: 'character',
    id: 'DefaultParagraphFont',
    name: 'Default Paragraph Font',
    isDefault: true,
    uiPriority: 1,
  },
  {
    type: 'character',
    id: 'Hyperlink',
    name: 'Hyperlink',
    basedOn: 'DefaultParagraphFont',
    uiPriority: 99,
    rPr: colour(COLOUR.accentMid) + '<w:u w:val="single"/>',
  },
  {
    type: 'character',
    id: 'InlineCode',
    name: 'Inline Code',
    basedOn: 'DefaultParagraphFont',
    uiPriority: 30,
    rPr:
      fonts(FONT_MONO) +
      '<w:noProof/>' +
      colour('1F2937') +
      size(SIZE.code) +
      `<w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.codeFill}"/>`,
  },
  // docx's footnote and endnote separators refer to these.
  ...(['Footnote', 'Endnote'] as const).map((kind) => ({
    type: 'character' as const,
    id: `${kind}Reference`,
    name: `${kind.toLowerCase()} reference`,
    basedOn: 'DefaultParagraphFont',
    uiPriority: 99,
    rPr: '<w:vertAlign w:val="superscript"/>',
  })),
];

const DOC_DEFAULTS =
  '<w:docDefaults><w:rPrDefault><w:rPr>' +
  themeFonts('minor') +
  colour(COLOUR.text) +
  size(SIZE.body) +
  '<w:lang w:val="en-GB" w:eastAsia="en-US" w:bidi="ar-SA"/>' +
  '</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>' +
  spacing(0, 0, 240) +
  '</w:pPr></w:pPrDefault></w:docDefaults>';

/** The complete word/styles.xml: document defaults and every style the exporter refers to. */
export const stylesXml = (): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  DOC_DEFAULTS +
  [...PARAGRAPH_STYLES, ...CHARACTER_STYLES, ...TABLE_STYLES, ...NUMBERING_STYLES]
    .map(styleXml)
    .join('') +
  '</w:styles>';
