import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildRedlineDocx, type RedlineInput } from '../../core/doccontrol/redline';
import { mergeForRedline } from '../../core/doccontrol/redline-merge';
import { readDocxParts } from '../support/docx-parts';
import { docxStructureProblems } from '../support/ooxml-structure';

const FROM = `# Purpose

This policy sets out how Brightwater protects information.

## Responsibilities

- The ISMS Manager keeps this policy.
- Every employee reads it once a year.
- Contractors sign the NDA.

| Role | Holder |
| --- | --- |
| ISMS Manager | Priya Shah |
| CTO | Tom Reid |

## Review

The policy is reviewed every year.
`;

const TO = `# Purpose

This policy sets out how Brightwater Analytics protects customer information.

## Roles and responsibilities

- The ISMS Manager keeps this policy.
- Every employee reads it once a year and confirms it.
- Suppliers with access follow it.

| Role | Holder |
| --- | --- |
| ISMS Manager | Priya Shah |
| CISO | Dana Cole |

## Review

The policy is reviewed every year.
`;

const input = (from: string, to: string): RedlineInput => ({
  documentId: 'BWA-POL-001',
  title: 'Information Security Policy',
  fromLabel: '1.0 (approved 2026-10-05)',
  toLabel: '1.1 (draft, working text)',
  fromVersion: '1.0',
  toVersion: '1.1',
  author: 'Priya Shah',
  date: '2026-11-20',
  from,
  to,
  look: { organisationName: 'Brightwater Analytics', classification: 'Internal' },
});

type Paragraph = { style: string | null; inserted: string; deleted: string; plain: string };

const texts = (xml: string, re: RegExp): string => [...xml.matchAll(re)].map((m) => m[1]).join('');
const T = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;

/** Each paragraph's style and its inserted, deleted and unchanged text. */
const paragraphs = (xml: string): Paragraph[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    inserted: [...p.matchAll(/<w:ins [^>]*>([\s\S]*?)<\/w:ins>/g)]
      .map(([, run = '']) => texts(run, T))
      .join(''),
    deleted: texts(p, /<w:delText[^>]*>([^<]*)<\/w:delText>/g),
    plain: texts(p.replace(/<w:(ins|del) [^>]*>[\s\S]*?<\/w:\1>/g, ''), T),
  }));

describe('the Word redline of a change', () => {
  it('keeps the document styles: headings, list paragraphs and tables', async () => {
    const xml = readDocxParts(await buildRedlineDocx(input(FROM, TO)))['word/document.xml']!;
    const ps = paragraphs(xml);
    const purpose = ps.find((p) => p.plain === 'Purpose');
    expect(purpose?.style).toBe('Heading1');
    const roles = ps.find((p) => p.deleted === 'Responsibilities');
    expect(roles).toMatchObject({ style: 'Heading2', inserted: 'Roles and responsibilities' });
    expect(ps.find((p) => p.plain === 'Review')?.style).toBe('Heading2');
    const bullets = ps.filter((p) => p.style === 'ListParagraph');
    expect(bullets.map(({ plain, inserted, deleted }) => ({ plain, inserted, deleted }))).toEqual([
      { plain: 'The ISMS Manager keeps this policy.', inserted: '', deleted: '' },
      { plain: 'Every employee reads it once a year.', inserted: ' and confirms it', deleted: '' },
      { plain: '', inserted: '', deleted: 'Contractors sign the NDA.' },
      { plain: '', inserted: 'Suppliers with access follow it.', deleted: '' },
    ]);
    expect(xml).toContain('<w:numPr>');
    const table = /<w:tbl>[\s\S]*<\/w:tbl>/.exec(xml)![0];
    expect(paragraphs(table).filter((p) => p.style === null || p.style === 'TableText')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ plain: 'Priya Shah' }),
        expect.objectContaining({ deleted: 'CTO' }),
        expect.objectContaining({ inserted: 'Dana Cole' }),
      ]),
    );
  });

  it('marks a changed sentence with w:ins and w:del, and leaves the rest of it unmarked', async () => {
    const xml = readDocxParts(await buildRedlineDocx(input(FROM, TO)))['word/document.xml']!;
    const sentence = paragraphs(xml).find((p) => p.plain.startsWith('This policy'))!;
    expect(sentence.style).toBeNull();
    expect(sentence.inserted).toContain('Analytics');
    expect(sentence.inserted).toContain('customer');
    expect(sentence.plain.replace(/\s+/g, ' ')).toBe(
      'This policy sets out how Brightwater protects information.',
    );
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="Priya Shah" w:date="2026-11-20T00:00:00Z">/);
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Priya Shah"[^>]*><w:r>(<w:rPr>[\s\S]*?<\/w:rPr>)?<w:delText/,
    );
    expect(xml).not.toMatch(/[\u2E00-\u2E03]/);
  });

  it('tracks the paragraph mark of a whole deleted or inserted paragraph, and of a whole row', async () => {
    const xml = readDocxParts(await buildRedlineDocx(input(FROM, TO)))['word/document.xml']!;
    const contractors = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .find((p) => p.includes('Contractors'))!;
    expect(contractors).toMatch(/<w:pPr>[\s\S]*<w:rPr><w:del [^>]*\/><\/w:rPr><\/w:pPr>/);
    const suppliers = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
      .map(([p]) => p)
      .find((p) => p.includes('Suppliers'))!;
    expect(suppliers).toMatch(/<w:rPr><w:ins [^>]*\/><\/w:rPr><\/w:pPr>/);
    const rows = [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map(([r]) => r);
    const row = (text: string) => rows.find((r) => r.includes(text))!;
    expect(row('Priya Shah')).not.toMatch(/<w:trPr>[\s\S]*<w:(ins|del) [\s\S]*<\/w:trPr>/);
    expect(row('Tom Reid')).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:del [^>]*\/><\/w:trPr>/);
    expect(row('Dana Cole')).toMatch(/<w:trPr>(?:(?!<\/w:trPr>)[\s\S])*<w:ins [^>]*\/><\/w:trPr>/);
  });

  it('writes a package Word accepts and the same bytes for the same versions', async () => {
    const bytes = await buildRedlineDocx(input(FROM, TO));
    expect(docxStructureProblems(unzipSync(bytes))).toEqual([]);
    const again = await buildRedlineDocx(input(FROM, TO));
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const settings = readDocxParts(bytes)['word/settings.xml']!;
    expect(settings).toContain('<w:trackRevisions/>');
  });
});

describe('the merged text behind the redline', () => {
  const marks = (text: string) =>
    text
      .replace(/\u2E00/g, '{+')
      .replace(/\u2E01/g, '+}')
      .replace(/\u2E02/g, '[-')
      .replace(/\u2E03/g, '-]');

  it('keeps heading hashes, bullets and table pipes outside the marks', () => {
    expect(marks(mergeForRedline('## Old title\n', '## New title\n'))).toBe(
      '## [-Old-]{+New+} title\n',
    );
    expect(marks(mergeForRedline('- a\n', '- a\n- b\n'))).toBe('- a\n- {+b+}\n');
    expect(marks(mergeForRedline('| a | b |\n', '| a | c |\n'))).toBe('| a | [-b-]{+c+} |\n');
    expect(marks(mergeForRedline('| x | y |\n', '| x | y |\n| p | q |\n'))).toBe(
      '| x | y |\n| {+p+} | {+q+} |\n',
    );
  });

  it('drops a deleted page break and keeps a deleted list item apart from an inserted paragraph', () => {
    expect(marks(mergeForRedline('A\n\n<!-- pagebreak -->\n\nB\n', 'A\n\nB\n'))).toBe('A\n\n\nB\n');
    expect(marks(mergeForRedline('- item\n', 'A paragraph.\n'))).toBe(
      '- [-item-]\n\n{+A paragraph.+}\n',
    );
  });
});
