import { SaxesParser } from 'saxes';

/**
 * Structural validation of a .docx package. No copy of the ECMA-376 schemas is obtainable from
 * the npm registry or Debian, so this is not schema validation; it checks what makes Word
 * refuse or repair a file: every XML part well formed with declared namespaces, every part
 * typed in [Content_Types].xml, every internal relationship pointing at a part that exists,
 * and the child order the schema prescribes for the property elements we write.
 */

/** Child order from the WordprocessingML schema (CT_PPrBase, CT_RPr, CT_TcPr, CT_SectPr, CT_TblPr, CT_TrPr). */
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
  'w:rPr': [
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
  ],
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
    const positions = done.children.map((c) => order.indexOf(c.replace(/^w:/, '')));
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
