import { COLOUR } from './look';
import { colour, rule } from './style-xml';
import type { StyleDef } from './style-xml';

const cellMargins =
  '<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="113" w:type="dxa"/>' +
  '<w:bottom w:w="57" w:type="dxa"/><w:right w:w="113" w:type="dxa"/></w:tblCellMar>';
const borders = (sides: readonly string[]): string =>
  `<w:tblBorders>${sides.map((side) => rule(side, 4, COLOUR.rule)).join('')}</w:tblBorders>`;

/** The default table style Word expects, the data table style and the label/value style. */
export const TABLE_STYLES: readonly StyleDef[] = [
  {
    type: 'table',
    id: 'TableNormal',
    name: 'Normal Table',
    isDefault: true,
    uiPriority: 99,
    tblPr:
      '<w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>' +
      '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>' +
      '<w:right w:w="108" w:type="dxa"/></w:tblCellMar>',
  },
  {
    type: 'table',
    id: 'IsmsTable',
    name: 'ISMS Table',
    basedOn: 'TableNormal',
    uiPriority: 59,
    qFormat: true,
    tblPr: borders(['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) + cellMargins,
    conditional:
      '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/>' +
      colour(COLOUR.accent) +
      '</w:rPr><w:tblPr/><w:tcPr><w:tcBorders>' +
      rule('bottom', 8, COLOUR.accent) +
      `</w:tcBorders><w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.headerFill}"/>` +
      '</w:tcPr></w:tblStylePr>',
  },
  {
    type: 'table',
    id: 'IsmsDetailsTable',
    name: 'ISMS Details Table',
    basedOn: 'TableNormal',
    uiPriority: 60,
    tblPr: borders(['top', 'bottom', 'insideH']) + cellMargins,
    conditional:
      '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/><w:bCs/>' +
      colour(COLOUR.accent) +
      `</w:rPr><w:tblPr/><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="${COLOUR.labelFill}"/>` +
      '</w:tcPr></w:tblStylePr>',
  },
];

export const NUMBERING_STYLES: readonly StyleDef[] = [
  { type: 'numbering', id: 'NoList', name: 'No List', isDefault: true, uiPriority: 99 },
];
