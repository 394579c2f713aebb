import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../backend/cli/main';
import { createBackend } from '../../backend/compose';
import { importDocx } from '../../backend/import/docx-import';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import { sampleLogo } from '../../core/docx/fixtures/sample-policy';
import { fixedClock } from '../support/fixed-clock';
import { makeTempDir } from '../support/temp-dir';

const bullet = (text: string, level: number) => new Paragraph({ text, bullet: { level } });
const numbered = (text: string, level = 0) =>
  new Paragraph({ text, numbering: { reference: 'steps', level } });
const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });

/** A Word policy as a customer might bring it: built here, so no binary fixture is needed. */
const fixtureDocx = async (): Promise<Uint8Array> => {
  const logo = sampleLogo(120, 40);
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: 'steps',
          levels: [0, 1].map((level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Supplier Security Policy', heading: HeadingLevel.TITLE }),
          new Paragraph({
            children: [
              new ImageRun({
                type: 'png',
                data: logo.data,
                transformation: { width: 120, height: 40 },
                altText: { name: 'Logo', title: 'Logo', description: 'Company logo' },
              }),
            ],
          }),
          new Paragraph({ text: 'Purpose', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('Suppliers must be '),
              new TextRun({ text: 'assessed', bold: true }),
              new TextRun(' before they are '),
              new TextRun({ text: 'engaged', italics: true }),
              new TextRun('. See the '),
              new ExternalHyperlink({
                link: 'https://example.org/suppliers',
                children: [new TextRun({ text: 'supplier portal', style: 'Hyperlink' })],
              }),
              new TextRun('. Braces stay as written: {{ not a field }}.'),
            ],
          }),
          new Paragraph({ text: 'Scope', heading: HeadingLevel.HEADING_2 }),
          bullet('All suppliers', 0),
          bullet('Cloud providers', 1),
          bullet('Hosting in the EU', 2),
          bullet('Contractors', 0),
          new Paragraph({ text: 'Steps', heading: HeadingLevel.HEADING_2 }),
          numbered('Request'),
          numbered('Check references', 1),
          numbered('Approve'),
          new Paragraph({ text: 'Tiers', heading: HeadingLevel.HEADING_3 }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Tier'), cell('Review'), cell('Owner')] }),
              new TableRow({ children: [cell('Critical'), cell('Yearly'), cell('CISO')] }),
              new TableRow({ children: [cell('Low'), cell('Every 3 years'), cell('Buyer')] }),
            ],
          }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
};

describe('importing a Word document', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let fixture: Uint8Array;
  const api = createApiClient((method, input) =>
    createBackend({ clock: fixedClock, renderWorkers: false }).dispatch(method, input),
  );

  beforeAll(async () => {
    temp = await makeTempDir('isms-import-');
    fixture = await fixtureDocx();
  });
  afterAll(() => temp.cleanup());

  it('keeps headings, nested lists, a table, emphasis and links, and lists the image it dropped', async () => {
    const { markdown, title, report } = await importDocx(fixture, 'supplier.docx');
    expect(title).toBe('Supplier Security Policy');
    expect(markdown).toContain('# Purpose\n');
    expect(markdown).toContain('## Scope\n');
    expect(markdown).toContain('### Tiers\n');
    expect(markdown).toContain(
      'Suppliers must be **assessed** before they are *engaged*. See the [supplier portal](https://example.org/suppliers).',
    );
    expect(markdown).toContain(
      '- All suppliers\n  - Cloud providers\n    - Hosting in the EU\n- Contractors',
    );
    expect(markdown).toContain('1. Request\n   1. Check references\n2. Approve');
    expect(markdown).toContain(
      '| Tier | Review | Owner |\n| --- | --- | --- |\n| Critical | Yearly | CISO |\n| Low | Every 3 years | Buyer |',
    );
    expect(markdown).not.toContain('Supplier Security Policy');
    expect(report.kept).toEqual({ headings: 4, listItems: 7, tables: 1, links: 1 });
    expect(report.dropped).toContainEqual({
      kind: 'Images',
      count: 1,
      detail: 'Not imported: Company logo.',
    });
  });

  it('makes a normal draft whose export imports again with the same structure', async () => {
    const root = join(temp.dir, 'round-trip');
    await api['workspace.create']({ dir: root, from: 'blank' });
    const first = await api['documents.import']({
      dir: root,
      fileName: 'supplier.docx',
      data: bytesToBase64(fixture),
      templateId: 'supplier-security-policy',
    });
    expect(first.document).toMatchObject({
      title: 'Supplier Security Policy',
      status: 'draft',
      version: '0.1',
      kind: 'policy',
      templateId: 'supplier-security-policy',
    });
    expect(first.document.controls.length).toBeGreaterThan(0);
    expect(first.document.revisions[0]?.description).toBe('Imported from supplier.docx');
    const rendered = await api['documents.render']({ dir: root, id: first.document.id });
    expect(rendered.unfilled).toEqual([]);
    expect(rendered.markdown).toContain('Braces stay as written: {{ not a field }}.');

    const exported = await api['documents.export']({ dir: root, id: first.document.id });
    const again = await importDocx(base64ToBytes(exported.data), 'exported.docx');
    const body = await readFile(join(root, 'documents', `${first.document.id}.md`), 'utf8');
    const structure = (md: string) =>
      md
        .replace(/\{% raw %\}|\{% endraw %\}/g, '')
        .split('\n')
        .filter((line) => /^(#+ |\s*(-|\d+\.) |\|)/.test(line));
    expect(structure(again.markdown)).toEqual(structure(body));
    expect(again.title).toBe('Supplier Security Policy');
    expect(again.report.dropped.map((d) => d.kind)).toContain('Cover and control pages');
  });

  it('is available as isms import, which prints the report', async () => {
    const root = join(temp.dir, 'cli');
    await api['workspace.create']({ dir: root, from: 'blank' });
    const file = join(temp.dir, 'supplier.docx');
    await writeFile(file, fixture);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t) };
    const dispatch = createBackend({ clock: fixedClock, renderWorkers: false }).dispatch;
    expect(await runCli(['import', root, file], io, dispatch)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/Imported supplier\.docx as ISMS-POL-001 "Supplier Security Policy"/);
    expect(text).toContain('Kept: 4 heading(s), 7 list item(s), 1 table(s), 1 link(s).');
    expect(text).toContain('  Images (1): Not imported: Company logo.');
    const notWord = join(temp.dir, 'notes.txt');
    await writeFile(notWord, 'hello');
    expect(await runCli(['import', root, notWord], io, dispatch)).toBe(1);
    expect(err.join('\n')).toContain('notes.txt is not a Word (.docx) file');
  });
});
