/**
 * XML escaping as the docx library writes text and attribute values, so the body written here is
 * byte for byte what docx would write: `&`, `<`, `>`, `"` and `'` become entities and the C0
 * control characters XML 1.0 cannot carry (all but tab, line feed and carriage return) are dropped.
 * Lone surrogates and U+FFFE/U+FFFF are removed earlier, by `xmlSafe`, wherever the text comes from
 * the document; `>` is always escaped, so `]]>` can never end a section early.
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex
const ESCAPED = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g;

const ENTITY: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text or an attribute value, escaped; most text needs nothing, so it is only tested. */
export const escapeXml = (value: string): string =>
  NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, (char) => ENTITY[char] ?? '') : value;

/** Run properties (`w:rPr`) in the order docx writes them. */
export type RunFormatXml = {
  readonly style?: string | undefined;
  readonly bold?: boolean | undefined;
  readonly italics?: boolean | undefined;
  readonly strike?: boolean | undefined;
  readonly color?: string | undefined;
  readonly highlight?: string | undefined;
};

export const runProperties = (format: RunFormatXml): string => {
  let xml = '';
  if (format.style) xml += `<w:rStyle w:val="${escapeXml(format.style)}"/>`;
  if (format.bold) xml += '<w:b/><w:bCs/>';
  if (format.italics) xml += '<w:i/><w:iCs/>';
  if (format.strike) xml += '<w:strike/>';
  if (format.color) xml += `<w:color w:val="${escapeXml(format.color)}"/>`;
  if (format.highlight) xml += `<w:highlight w:val="${escapeXml(format.highlight)}"/>`;
  return xml ? `<w:rPr>${xml}</w:rPr>` : '';
};

/** A run of text (docx's `TextRun({ text })`), with `breaks` line breaks before the text. */
export const textRun = (text: string, format: RunFormatXml = {}, breaks = 0): string =>
  `<w:r>${runProperties(format)}${'<w:br/>'.repeat(breaks)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;

/** A run holding only a line break (docx's `TextRun({ break: 1 })`). */
export const BREAK_RUN = '<w:r><w:br/></w:r>';

/** A run holding only a tab. */
export const TAB_RUN = '<w:r><w:tab/></w:r>';

/** A paragraph: its properties (already ordered as docx orders them) and its content. */
export const paragraphXml = (properties: string, content: string): string => {
  if (properties) return `<w:p><w:pPr>${properties}</w:pPr>${content}</w:p>`;
  // docx closes an element with nothing inside it as `<w:p/>`.
  return content ? `<w:p>${content}</w:p>` : '<w:p/>';
};

export const pStyle = (style: string): string => `<w:pStyle w:val="${escapeXml(style)}"/>`;
