import { describe, expect, it } from 'vitest';
import { docxStructureProblems } from '../support/ooxml-structure';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const TYPES =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>';

const problemsOf = (parts: Record<string, string>) =>
  docxStructureProblems({ '[Content_Types].xml': TYPES, ...parts }).join('\n');

describe('the structural package check', () => {
  it('finds the table, page and settings mistakes that make Word repair a file', () => {
    const cell = (w: number) =>
      `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${w}"/></w:tcPr><w:p/></w:tc>`;
    const document =
      `<w:document ${W}><w:body><w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="3000"/></w:tblPr>` +
      '<w:tblGrid><w:gridCol w:w="1000"/><w:gridCol w:w="1000"/></w:tblGrid>' +
      `<w:tr>${cell(1000)}</w:tr></w:tbl>` +
      '<w:sectPr><w:pgSz w:w="11906" w:h="16838" w:orient="landscape"/></w:sectPr></w:body></w:document>';
    const settings = `<w:settings ${W}><w:compat/><w:updateFields/></w:settings>`;
    const problems = problemsOf({ 'word/document.xml': document, 'word/settings.xml': settings });
    expect(problems).toContain("a table's grid is 2000 twips wide but the table 3000");
    expect(problems).toContain('a row spans 1 columns of a 2-column grid');
    expect(problems).toContain('is not landscape');
    expect(problems).toContain('<w:updateFields> comes after <w:compat>');
  });

  it('passes a correct landscape table', () => {
    const document =
      `<w:document ${W}><w:body><w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="2000"/></w:tblPr>` +
      '<w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>' +
      '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>';
    expect(problemsOf({ 'word/document.xml': document })).toBe('');
  });
});
