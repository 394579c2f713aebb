import { SaxesParser } from 'saxes';

/**
 * Structural validation of a .docx package, a fast first line before the schema validation in
 * ooxml-schema.ts (the Open XML SDK validator, one process per file). It checks what makes Word
 * refuse or repair a file: every XML part well formed with declared namespaces, every part
 * typed in [Content_Types].xml, every internal relationship pointing at a part that exists,
 * and the child order the schema prescribes for the property elements we write.
 */

/**
 * Child order from the WordprocessingML schema (CT_PPrBase, CT_RPr, CT_TcPr, CT_SectPr, CT_TblPr,
 * CT_TrPr, CT_Settings, CT_Style, the border and margin groups, tables and rows) and the theme's
 * font scheme, for the elements the exporter writes.
 */
const SEQUENCES: Readonly<Record<string, readonly string[]>> = {
  'w:pPr': [
    'pStyle',
    'keepNext',
    'keepLines',
    'pageBreakBefore',
    'framePr',
    'widowControl',
    'numPr',
    'suppressLineNumbers',
    'pBdr',
    'shd',
    'tabs',
    'suppressAutoHyphens',
    'kinsoku',
    'wordWrap',
    'overflowPunct',
    'topLinePunct',
    'autoSpaceDE',
    'autoSpaceDN',
    'bidi',
    'adjustRightInd',
    'snapToGrid',
    'spacing',
    'ind',
    'contextualSpacing',
    'mirrorIndents',
    'suppressOverlap',
    'jc',
    'textDirection',
    'textAlignment',
    'textboxTightWrap',
    'outlineLvl',
    'divId',
    'cnfStyle',
    'rPr',
    'sectPr',
    'pPrChange',
  ],
  // CT_RPr, and CT_ParaRPr (the paragraph mark's) whose tracked insertion or deletion comes first.
  'w:rPr': [
    'ins',
    'del',
    'moveFrom',
    'moveTo',
    'rStyle',
    'rFonts',
    'b',
    'bCs',
    'i',
    'iCs',
    'caps',
    'smallCaps',
    'strike',
    'dstrike',
    'outline',
    'shadow',
    'emboss',
    'imprint',
    'noProof',
    'snapToGrid',
    'vanish',
    'webHidden',
    'color',
    'spacing',
    'w',
    'kern',
    'position',
    'sz',
    'szCs',
    'highlight',
    'u',
    'effect',
    'bdr',
    'shd',
    'fitText',
    'vertAlign',
    'rtl',
    'cs',
    'em',
    'lang',
    'eastAsianLayout',
    'specVanish',
    'oMath',
  ],
  'w:tcPr': [
    'cnfStyle',
    'tcW',
    'gridSpan',
    'hMerge',
    'vMerge',
    'tcBorders',
    'shd',
    'noWrap',
    'tcMar',
    'textDirection',
    'tcFitText',
    'vAlign',
    'hideMark',
  ],
  'w:sectPr': [
    'headerReference',
    'footerReference',
    'footnotePr',
    'endnotePr',
    'type',
    'pgSz',
    'pgMar',
    'paperSrc',
    'pgBorders',
    'lnNumType',
    'pgNumType',
    'cols',
    'formProt',
    'vAlign',
    'noEndnote',
    'titlePg',
    'textDirection',
    'bidi',
    'rtlGutter',
    'docGrid',
    'printerSettings',
    'sectPrChange',
  ],
  'w:tblPr': [
    'tblStyle',
    'tblpPr',
    'tblOverlap',
    'bidiVisual',
    'tblStyleRowBandSize',
    'tblStyleColBandSize',
    'tblW',
    'jc',
    'tblCellSpacing',
    'tblInd',
    'tblBorders',
    'shd',
    'tblLayout',
    'tblCellMar',
    'tblLook',
    'tblCaption',
    'tblDescription',
  ],
  'w:trPr': [
    'cnfStyle',
    'divId',
    'gridBefore',
    'gridAfter',
    'wBefore',
    'wAfter',
    'cantSplit',
    'trHeight',
    'tblHeader',
    'tblCellSpacing',
    'jc',
    'hidden',
    'ins',
    'del',
    'trPrChange',
  ],
  // CT_Settings: w:updateFields must come before w:compat, or Word repairs the file.
  'w:settings': [
    'writeProtection',
    'view',
    'zoom',
    'removePersonalInformation',
    'removeDateAndTime',
    'doNotDisplayPageBoundaries',
    'displayBackgroundShape',
    'printPostScriptOverText',
    'printFractionalCharacterWidth',
    'printFormsData',
    'embedTrueTypeFonts',
    'embedSystemFonts',
    'saveSubsetFonts',
    'saveFormsData',
    'mirrorMargins',
    'alignBordersAndEdges',
    'bordersDoNotSurroundHeader',
    'bordersDoNotSurroundFooter',
    'gutterAtTop',
    'hideSpellingErrors',
    'hideGrammaticalErrors',
    'activeWritingStyle',
    'proofState',
    'formsDesign',
    'attachedTemplate',
    'linkStyles',
    'stylePaneFormatFilter',
    'stylePaneSortMethod',
    'documentType',
    'mailMerge',
    'revisionView',
    'trackRevisions',
    'doNotTrackMoves',
    'doNotTrackFormatting',
    'documentProtection',
    'autoFormatOverride',
    'styleLockTheme',
    'styleLockQFSet',
    'defaultTabStop',
    'autoHyphenation',
    'consecutiveHyphenLimit',
    'hyphenationZone',
    'doNotHyphenateCaps',
    'showEnvelope',
    'summaryLength',
    'clickAndTypeStyle',
    'defaultTableStyle',
    'evenAndOddHeaders',
    'bookFoldRevPrinting',
    'bookFoldPrinting',
    'bookFoldPrintingSheets',
    'drawingGridHorizontalSpacing',
    'drawingGridVerticalSpacing',
    'displayHorizontalDrawingGridEvery',
    'displayVerticalDrawingGridEvery',
    'doNotUseMarginsForDrawingGridOrigin',
    'drawingGridHorizontalOrigin',
    'drawingGridVerticalOrigin',
    'doNotShadeFormData',
    'noPunctuationKerning',
    'characterSpacingControl',
    'printTwoOnOne',
    'strictFirstAndLastChars',
    'noLineBreaksAfter',
    'noLineBreaksBefore',
    'savePreviewPicture',
    'doNotValidateAgainstSchema',
    'saveInvalidXml',
    'ignoreMixedContent',
    'alwaysShowPlaceholderText',
    'doNotDemarcateInvalidXml',
    'saveXmlDataOnly',
    'useXSLTWhenSaving',
    'saveThroughXslt',
    'showXMLTags',
    'alwaysMergeEmptyNamespace',
    'updateFields',
    'hdrShapeDefaults',
    'footnotePr',
    'endnotePr',
    'compat',
    'docVars',
    'rsids',
    'mathPr',
    'attachedSchema',
    'themeFontLang',
    'clrSchemeMapping',
    'doNotIncludeSubdocsInStats',
    'doNotAutoCompressPictures',
    'forceUpgrade',
    'captions',
    'readModeInkLockDown',
    'smartTagType',
    'schemaLibrary',
    'shapeDefaults',
    'doNotEmbedSmartTags',
    'decimalSymbol',
    'listSeparator',
  ],
  'w:style': [
    'name',
    'aliases',
    'basedOn',
    'next',
    'link',
    'autoRedefine',
    'hidden',
    'uiPriority',
    'semiHidden',
    'unhideWhenUsed',
    'qFormat',
    'locked',
    'personal',
    'personalCompose',
    'personalReply',
    'rsid',
    'pPr',
    'rPr',
    'tblPr',
    'trPr',
    'tcPr',
    'tblStylePr',
  ],
  'w:tblStylePr': ['pPr', 'rPr', 'tblPr', 'trPr', 'tcPr'],
  'w:docDefaults': ['rPrDefault', 'pPrDefault'],
  'w:pBdr': ['top', 'left', 'bottom', 'right', 'between', 'bar'],
  'w:tblBorders': ['top', 'left', 'start', 'bottom', 'right', 'end', 'insideH', 'insideV'],
  'w:tcBorders': [
    'top',
    'left',
    'start',
    'bottom',
    'right',
    'end',
    'insideH',
    'insideV',
    'tl2br',
    'tr2bl',
  ],
  'w:tblCellMar': ['top', 'left', 'start', 'bottom', 'right', 'end'],
  'w:tabs': ['tab'],
  'w:tblGrid': ['gridCol'],
  'w:tbl': ['tblPr', 'tblGrid', 'tr'],
  'w:tr': ['tblPrEx', 'trPr', 'tc'],
  // CT_FontScheme and CT_FontCollection of the theme (DrawingML).
  'a:fontScheme': ['majorFont', 'minorFont', 'extLst'],
  'a:majorFont': ['latin', 'ea', 'cs', 'font', 'extLst'],
  'a:minorFont': ['latin', 'ea', 'cs', 'font', 'extLst'],
};

const xmlProblems = (path: string, xml: string): string[] => {
  const problems: string[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: { name: string; children: string[] }[] = [];
  parser.on('error', (e) => problems.push(`${path}: ${e.message}`));
  parser.on('opentag', (tag) => {
    stack[stack.length - 1]?.children.push(tag.name);
    stack.push({ name: tag.name, children: [] });
  });
  parser.on('closetag', () => {
    const done = stack.pop();
    const order = done ? SEQUENCES[done.name] : undefined;
    if (!done || !order) return;
    const positions = done.children.map((c) => order.indexOf(c.replace(/^[a-z]:/, '')));
    positions.forEach((p, i) => {
      if (p < 0)
        problems.push(`${path}: <${done.name}> has an unexpected child <${done.children[i]}>`);
      else if (i > 0 && p < (positions[i - 1] ?? -1))
        problems.push(
          `${path}: in <${done.name}>, <${done.children[i]}> comes after <${done.children[i - 1]}>`,
        );
    });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    problems.push(`${path}: ${(e as Error).message}`);
  }
  return problems;
};

const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const resolveTarget = (relsPath: string, target: string): string => {
  const base = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
};

/**
 * Table and page geometry Word checks on opening: every row spans as many grid columns as the
 * table's grid has, the grid adds up to the table width, and a page's orientation matches its
 * width and height.
 */
const geometryProblems = (path: string, xml: string): string[] => {
  const problems: string[] = [];
  for (const [table] of xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(table)?.[1] ?? NaN);
    const total = grid.reduce((a, b) => a + b, 0);
    if (!Number.isNaN(width) && Math.abs(total - width) > 5)
      problems.push(`${path}: a table's grid is ${total} twips wide but the table ${width}`);
    for (const [row] of table.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)) {
      const spans = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) =>
        Number(/<w:gridSpan w:val="(\d+)"/.exec(c[0])?.[1] ?? 1),
      );
      const cells = spans.reduce((a, b) => a + b, 0);
      if (cells !== grid.length)
        problems.push(`${path}: a row spans ${cells} columns of a ${grid.length}-column grid`);
    }
  }
  for (const [size] of xml.matchAll(/<w:pgSz [^>]*>/g)) {
    const w = Number(attr(size, 'w:w'));
    const h = Number(attr(size, 'w:h'));
    const orient = attr(size, 'w:orient') ?? 'portrait';
    if ((orient === 'landscape') !== w > h) problems.push(`${path}: ${size} is not ${orient}`);
  }
  return problems;
};

/** Every problem found in the package; an empty list means it passed. */
export const docxStructureProblems = (
  parts: Readonly<Record<string, string | Uint8Array>>,
): string[] => {
  const text = (p: string) => {
    const v = parts[p];
    return typeof v === 'string' ? v : v ? new TextDecoder().decode(v) : '';
  };
  const names = Object.keys(parts);
  const problems: string[] = [];
  const types = text('[Content_Types].xml');
  const defaults = [...types.matchAll(/<Default [^>]*>/g)].map((m) =>
    attr(m[0], 'Extension')?.toLowerCase(),
  );
  const overrides = [...types.matchAll(/<Override [^>]*>/g)].map((m) => attr(m[0], 'PartName'));
  for (const name of names) {
    if (name.endsWith('/')) continue;
    if (name.endsWith('.xml') || name.endsWith('.rels'))
      problems.push(...xmlProblems(name, text(name)));
    if (name === 'word/document.xml') problems.push(...geometryProblems(name, text(name)));
    if (name === '[Content_Types].xml') continue;
    const ext = name.split('.').pop()?.toLowerCase();
    if (!overrides.includes(`/${name}`) && !defaults.includes(ext))
      problems.push(`${name}: no content type`);
  }
  for (const rels of names.filter((n) => n.endsWith('.rels'))) {
    for (const [tag] of text(rels).matchAll(/<Relationship [^>]*>/g)) {
      if (attr(tag, 'TargetMode') === 'External') continue;
      const target = resolveTarget(rels, attr(tag, 'Target') ?? '');
      if (!names.includes(target)) problems.push(`${rels}: relationship to missing part ${target}`);
    }
  }
  return problems;
};
