import { CONTENT_WIDTH } from './look';

/** One w:style element, with its property groups as ready XML fragments. */
export type StyleDef = {
  readonly type: 'paragraph' | 'character' | 'table' | 'numbering';
  readonly id: string;
  readonly name: string;
  readonly basedOn?: string;
  readonly next?: string;
  readonly isDefault?: boolean;
  readonly uiPriority?: number;
  readonly hidden?: boolean;
  readonly qFormat?: boolean;
  readonly pPr?: string;
  readonly rPr?: string;
  readonly tblPr?: string;
  readonly conditional?: string;
};

export const rule = (side: string, size: number, colour: string, space = 0): string =>
  `<w:${side} w:val="single" w:sz="${size}" w:space="${space}" w:color="${colour}"/>`;
export const fonts = (font: string): string =>
  `<w:rFonts w:ascii="${font}" w:hAnsi="${font}" w:eastAsia="${font}" w:cs="${font}"/>`;
/**
 * The theme's heading (major) or body (minor) font: the style follows the document theme, so a
 * new theme font chosen in Word (Design > Fonts) changes every style that uses it.
 */
export const themeFonts = (kind: 'major' | 'minor'): string =>
  `<w:rFonts w:asciiTheme="${kind}HAnsi" w:eastAsiaTheme="${kind}EastAsia" ` +
  `w:hAnsiTheme="${kind}HAnsi" w:cstheme="${kind}Bidi"/>`;
export const colour = (hex: string): string => `<w:color w:val="${hex}"/>`;
export const size = (halfPoints: number): string =>
  `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
export const spacing = (before: number, after: number, line = 276): string =>
  `<w:spacing w:before="${before}" w:after="${after}" w:line="${line}" w:lineRule="auto"/>`;
export const rightTab = (leader: 'none' | 'dot'): string =>
  `<w:tabs><w:tab w:val="right" w:leader="${leader}" w:pos="${CONTENT_WIDTH}"/></w:tabs>`;

/** The w:style element for a definition, children in the order the schema requires. */
export const styleXml = (s: StyleDef): string =>
  `<w:style w:type="${s.type}"${s.isDefault ? ' w:default="1"' : ''} w:styleId="${s.id}">` +
  `<w:name w:val="${s.name}"/>` +
  (s.basedOn ? `<w:basedOn w:val="${s.basedOn}"/>` : '') +
  (s.next ? `<w:next w:val="${s.next}"/>` : '') +
  (s.uiPriority !== undefined ? `<w:uiPriority w:val="${s.uiPriority}"/>` : '') +
  (s.hidden ? '<w:semiHidden/><w:unhideWhenUsed/>' : '') +
  (s.qFormat ? '<w:qFormat/>' : '') +
  (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '') +
  (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '') +
  (s.tblPr ? `<w:tblPr>${s.tblPr}</w:tblPr>` : '') +
  (s.conditional ?? '') +
  '</w:style>';
