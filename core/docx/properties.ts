import { AppError } from '../errors';
import { xmlSafe } from './text';
import type { DocxInput } from './types';

const escapeXml = (value: string): string =>
  xmlSafe(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** W3CDTF to the second, as Word writes it; the same Date always gives the same text. */
export const w3cdtf = (date: Date): string => {
  if (Number.isNaN(date.getTime())) {
    throw new AppError('invalid-input', 'The export timestamp is not a valid date.', {
      field: 'timestamp',
    });
  }
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
};

const element = (name: string, value: string): string => `<${name}>${escapeXml(value)}</${name}>`;

/** docProps/core.xml: title, subject, author, keywords, status and the document's own dates. */
export const coreXml = (input: DocxInput): string => {
  const when = w3cdtf(input.timestamp);
  const created = input.created ? w3cdtf(input.created) : when;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element('dc:title', input.title) +
    element('dc:subject', input.subject) +
    element('dc:creator', input.organisationName) +
    element('cp:keywords', input.keywords.join(', ')) +
    element('dc:description', `${input.documentId}, version ${input.version}`) +
    element('dc:identifier', input.documentId) +
    element('dc:language', 'en-GB') +
    element('cp:lastModifiedBy', input.organisationName) +
    element('cp:revision', '1') +
    element('cp:contentStatus', input.status) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
};

/** docProps/app.xml: the application and the organisation as Word's "Company". */
export const appXml = (input: DocxInput): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"' +
  ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<Application>ISMS Workbench</Application><DocSecurity>0</DocSecurity>' +
  '<ScaleCrop>false</ScaleCrop>' +
  element('Company', input.organisationName) +
  '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>' +
  '<HyperlinksChanged>false</HyperlinksChanged></Properties>';
