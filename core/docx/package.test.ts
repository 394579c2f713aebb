import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { isAppError } from '../errors';
import { buildDocx } from './build-docx';
import { sampleInput, sampleLogo } from './fixtures/sample-policy';
import { nestingProblem, openDocx, relationships, textOf } from './fixtures/read-docx';
import type { DocxParts } from './fixtures/read-docx';

let bytes: Uint8Array;
let doc: DocxParts;

beforeAll(async () => {
  bytes = await buildDocx(sampleInput());
  doc = openDocx(bytes);
});

/** DOS date and time of every local file header in a zip. */
const zipEntryStamps = (zip: Uint8Array): string[] => {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const stamps: string[] = [];
  for (let at = 0; at + 30 <= zip.length;) {
    if (view.getUint32(at, true) !== 0x04034b50) break;
    stamps.push(`${view.getUint16(at + 12, true)}/${view.getUint16(at + 10, true)}`);
    const compressed = view.getUint32(at + 18, true);
    at += 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true) + compressed;
  }
  return stamps;
};

const attributeValues = (xml: string, element: string, attribute: string): string[] =>
  [...xml.matchAll(new RegExp(`<${element}\\b[^>]*\\s${attribute}="([^"]*)"`, 'g'))].map(
    (m) => m[1] ?? '',
  );

describe('buildDocx package', () => {
  it('gives byte-identical output for the same input, even after other documents', async () => {
    await buildDocx(sampleInput({ markdown: '# Other\n\n[x](https://other.example)' }));
    const again = await buildDocx(sampleInput());
    expect(again).toEqual(bytes);
    const draft = await buildDocx(sampleInput({ incomplete: true }));
    expect(draft).not.toEqual(bytes);
  });

  it('stamps every zip entry with the same fixed time', () => {
    const stamps = zipEntryStamps(bytes);
    expect(stamps.length).toBe(doc.names.length);
    expect(new Set(stamps)).toEqual(new Set([`${(0 << 9) | (1 << 5) | 1}/${12 << 11}`]));
  });

  it('writes well-formed parts whose relationships all resolve', () => {
    for (const name of doc.names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(nestingProblem(doc.part(name)), name).toBeNull();
    }
    const xml = doc.part('word/document.xml');
    const rels = relationships(doc.part('word/_rels/document.xml.rels'));
    const used = [...xml.matchAll(/\br:(?:id|embed)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(used.filter((id) => !rels.has(id))).toEqual([]);
    for (const rel of rels.values()) {
      if (!rel.external) expect(doc.has(`word/${rel.target}`), rel.target).toBe(true);
    }
    const types = doc.part('[Content_Types].xml');
    for (const name of doc.names.filter((n) => n.endsWith('.xml') && n !== '[Content_Types].xml')) {
      expect(types, name).toContain(`PartName="/${name}"`);
    }
  });

  it('keeps bookmark names and ids, and drawing ids, unique and paired', () => {
    const xml = doc.part('word/document.xml');
    const names = attributeValues(xml, 'w:bookmarkStart', 'w:name');
    const starts = attributeValues(xml, 'w:bookmarkStart', 'w:id');
    const ends = attributeValues(xml, 'w:bookmarkEnd', 'w:id');
    expect(names.length).toBeGreaterThan(5);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(starts).size).toBe(starts.length);
    expect([...ends].sort()).toEqual([...starts].sort());
    const drawings = attributeValues(xml, 'wp:docPr', 'id');
    expect(drawings).toEqual(['1']);
  });

  it('stays well-formed with markup characters and control characters in every field', async () => {
    const awkward = 'R&D <Lab> "Quotes" \u0001';
    const odd = openDocx(
      await buildDocx(
        sampleInput({
          markdown: '',
          title: awkward,
          organisationName: awkward,
          keywords: [awkward],
          logo: null,
          revisions: [],
          approvedAt: null,
        }),
      ),
    );
    for (const name of odd.names.filter((n) => /\.(xml|rels)$/.test(n))) {
      expect(nestingProblem(odd.part(name)), name).toBeNull();
    }
    expect(odd.part('docProps/core.xml')).toContain(
      '<dc:title>R&amp;D &lt;Lab&gt; &quot;Quotes&quot; </dc:title>',
    );
    expect(textOf(odd.part('word/document.xml'))).toContain('R&D <Lab> "Quotes"ISO');
  });

  it('never writes an empty table or a table row without cells', () => {
    const xml = doc.part('word/document.xml');
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const table of tables) expect(table).toMatch(/<w:tr\b[\s\S]*?<w:tc>[\s\S]*?<w:p\b/);
  });

  it('reads back in another Word reader with headings, lists, tables and links', async () => {
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<h1>');
    expect(html).toMatch(/<h1>(<a id="[^"]+"><\/a>)?Purpose<\/h1>/);
    expect(html).toMatch(/<ol>\s*<li>Reduce the time/);
    expect(html).toContain('<table>');
    expect(html).toContain('href="https://intranet.brightwater.example/security"');
    expect(html).not.toContain('javascript:');
  });

  it('names the field when the timestamp is not a date or the logo has no size', async () => {
    const badTime = await buildDocx(sampleInput({ timestamp: new Date('nope') })).catch(
      (e: unknown) => e,
    );
    expect(isAppError(badTime) && badTime.details).toEqual({ field: 'timestamp' });
    const logo = { ...sampleLogo(), widthPx: 0 };
    const badLogo = await buildDocx(sampleInput({ logo })).catch((e: unknown) => e);
    expect(isAppError(badLogo) && badLogo.code).toBe('invalid-input');
  });
});
