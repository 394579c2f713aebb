import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from './build-docx';
import { sampleInput } from './fixtures/sample-policy';
import {
  findParagraph,
  findRun,
  openDocx,
  paragraphs,
  relationships,
  styleOf,
  textOf,
} from './fixtures/read-docx';
import type { DocxParts } from './fixtures/read-docx';

const BODY = `# Purpose

Text with **bold**, *italic*, ***both***, ~~gone~~ and \`code\`.

## Scope

### Detail

#### Fine print

##### Deeper still

- top
  - second
    - third
      - fourth

1. first list one
2. first list two

Between the lists.

1. second list one
2. second list two

3) from three

| ID | Description | Score |
|:---|:-----------:|------:|
| R-1 | A **bold** risk | 12 |

> Quoted *text*

\`\`\`
line one
  line two
\`\`\`

---

[Site](https://example.org/a?b=1&c=2), [Mail](mailto:a@example.org), [Bad](javascript:alert(1)),
[Local](file:///etc/passwd) and [Relative](other.md).

<!-- pagebreak -->

\\pagebreak

Before<br>after, <span class="field">kept</span> &amp; decoded, bell\u0007gone.

Owner: <mark>\\[roles.ciso.name\\]</mark> from now on.

<div>Block <b>html</b><script>alert(1)</script></div>

- [x] done task
- [ ] open task
`;

let doc: DocxParts;
/** The body after the front matter, so TOC entries do not shadow the headings they list. */
let xml: string;

beforeAll(async () => {
  doc = openDocx(await buildDocx(sampleInput({ markdown: BODY })));
  const whole = doc.part('word/document.xml');
  xml = whole.slice(whole.lastIndexOf('w:fldCharType="end"'));
});

const numbering = (paragraph: string) => ({
  numId: /<w:numId w:val="(\d+)"/.exec(paragraph)?.[1],
  ilvl: /<w:ilvl w:val="(\d+)"/.exec(paragraph)?.[1],
});

/** The start value Word uses for level 0 of a w:num: its override, else the abstract definition's. */
const startOf = (numberingXml: string, numId: string): string | undefined => {
  const num = new RegExp(`<w:num w:numId="${numId}">([\\s\\S]*?)</w:num>`).exec(numberingXml)?.[1];
  const override = /<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\d+)"/.exec(num ?? '')?.[1];
  if (override) return override;
  const abstractId = /<w:abstractNumId w:val="(\d+)"/.exec(num ?? '')?.[1];
  const abstract = new RegExp(
    `<w:abstractNum w:abstractNumId="${abstractId}"[\\s\\S]*?</w:abstractNum>`,
  ).exec(numberingXml)?.[0];
  return /<w:lvl w:ilvl="0"[^>]*><w:start w:val="(\d+)"/.exec(abstract ?? '')?.[1];
};

describe('buildDocx body', () => {
  it('maps Markdown headings to the built-in Heading 1-4 styles', () => {
    expect(styleOf(findParagraph(xml, 'Purpose'))).toBe('Heading1');
    expect(styleOf(findParagraph(xml, 'Scope'))).toBe('Heading2');
    expect(styleOf(findParagraph(xml, 'Detail'))).toBe('Heading3');
    expect(styleOf(findParagraph(xml, 'Fine print'))).toBe('Heading4');
    expect(styleOf(findParagraph(xml, 'Deeper still'))).toBe('Heading4');
  });

  it('nests bullets on list levels and uses the List Paragraph style', () => {
    const levels = ['top', 'second', 'third', 'fourth'].map((t) => findParagraph(xml, t));
    expect(levels.map((p) => numbering(p).ilvl)).toEqual(['0', '1', '2', '3']);
    expect(new Set(levels.map((p) => numbering(p).numId)).size).toBe(1);
    expect(levels.every((p) => styleOf(p) === 'ListParagraph')).toBe(true);
  });

  it('restarts each numbered list on its own numbering instance', () => {
    const first = numbering(findParagraph(xml, 'first list one'));
    const second = numbering(findParagraph(xml, 'second list one'));
    const third = numbering(findParagraph(xml, 'from three'));
    expect(first.numId).toBe(numbering(findParagraph(xml, 'first list two')).numId);
    expect(new Set([first.numId, second.numId, third.numId]).size).toBe(3);
    const numberingXml = doc.part('word/numbering.xml');
    expect(startOf(numberingXml, first.numId ?? '')).toBe('1');
    expect(startOf(numberingXml, second.numId ?? '')).toBe('1');
    expect(startOf(numberingXml, third.numId ?? '')).toBe('3');
  });

  it('writes tables on the table style with a repeating header row and Markdown alignment', () => {
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*R-1[\s\S]*?<\/w:tbl>/.exec(xml)?.[0] ?? '';
    expect(table).toContain('<w:tblStyle w:val="IsmsTable"/>');
    const rows = table.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    expect(rows.every((row) => row.includes('<w:cantSplit/>'))).toBe(true);
    expect(findParagraph(table, 'A bold risk')).toContain('<w:jc w:val="center"/>');
    expect(findParagraph(table, '12')).toContain('<w:jc w:val="right"/>');
    expect(findRun(table, 'bold')).toContain('<w:b/>');
  });

  it('formats bold, italic, bold italic, struck-through and code runs', () => {
    expect(findRun(xml, 'bold')).toMatch(/<w:b\/>/);
    expect(findRun(xml, 'italic')).toMatch(/<w:i\/>/);
    expect(findRun(xml, 'both')).toMatch(/<w:b\/>[\s\S]*<w:i\/>/);
    expect(findRun(xml, 'gone')).toContain('<w:strike/>');
    expect(findRun(xml, 'code')).toContain('<w:rStyle w:val="InlineCode"/>');
  });

  it('makes web and mail links real hyperlinks and prints any other link as text', () => {
    const rels = relationships(doc.part('word/_rels/document.xml.rels'));
    const links = [...xml.matchAll(/<w:hyperlink\b([^>]*)>([\s\S]*?)<\/w:hyperlink>/g)];
    const relId = (attrs = '') => /r:id="([^"]+)"/.exec(attrs)?.[1] ?? '';
    const byText = new Map(links.map((m) => [textOf(m[2] ?? ''), rels.get(relId(m[1]))]));
    expect(byText.get('Site')).toMatchObject({
      target: 'https://example.org/a?b=1&c=2',
      external: true,
    });
    expect(byText.get('Mail')?.target).toBe('mailto:a@example.org');
    expect([...byText.keys()].sort()).toEqual(['Mail', 'Site']);
    expect(textOf(xml)).toContain('Bad, Local and Relative.');
    expect(doc.part('word/_rels/document.xml.rels')).not.toMatch(/javascript|file:/);
  });

  it('turns both page-break conventions into page breaks and prints neither', () => {
    const whole = doc.part('word/document.xml');
    const breaks = whole.match(/<w:br w:type="page"\/>/g) ?? [];
    // cover, before the body, <!-- pagebreak --> and \pagebreak
    expect(breaks).toHaveLength(4);
    expect(textOf(whole)).not.toMatch(/pagebreak/);
  });

  it('keeps the text of inline HTML, drops tags and scripts, and breaks lines at <br>', () => {
    const line = findParagraph(xml, 'Before', false);
    expect(line).toMatch(/Before<\/w:t><\/w:r><w:r><w:br\/><\/w:r>/);
    expect(textOf(line)).toBe('Beforeafter, kept & decoded, bellgone.');
    expect(textOf(findParagraph(xml, 'Block html'))).toBe('Block html');
    expect(textOf(xml)).not.toMatch(/<span|alert|<div/);
  });

  it('highlights an unfilled field marked by the template engine, and only that', () => {
    const line = findParagraph(xml, 'Owner:', false);
    expect(textOf(line)).toBe('Owner: [roles.ciso.name] from now on.');
    for (const part of ['[', 'roles.ciso.name', ']']) {
      expect(findRun(line, part)).toContain('<w:highlight w:val="yellow"/>');
    }
    expect(findRun(line, 'from now on.')).not.toContain('w:highlight');
  });

  it('writes block quotes, code blocks and rules with their own formatting', () => {
    expect(styleOf(findParagraph(xml, 'Quoted text'))).toBe('Quote');
    const code = findParagraph(xml, 'line one', false);
    expect(styleOf(code)).toBe('CodeBlock');
    expect(code).toContain('<w:t xml:space="preserve">  line two</w:t>');
    expect(xml).toMatch(/<w:pBdr><w:bottom w:val="single"[^>]*\/><\/w:pBdr>/);
  });

  it('shows task items with a ticked or empty box instead of a bullet', () => {
    expect(textOf(findParagraph(xml, 'done task', false))).toBe('\u2612done task');
    expect(textOf(findParagraph(xml, 'open task', false))).toBe('\u2610open task');
    expect(findParagraph(xml, 'open task', false)).not.toContain('<w:numPr>');
  });

  it('defines every style it uses in styles.xml, with the built-in heading outline levels', () => {
    const styles = doc.part('word/styles.xml');
    const defined = new Set([...styles.matchAll(/w:styleId="([^"]+)"/g)].map((m) => m[1]));
    const used = [...xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)].map(
      (m) => m[1],
    );
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    for (const id of ['Normal', 'Title', 'ListParagraph', 'TOC1', 'TOC2', 'TOC3']) {
      expect(defined.has(id)).toBe(true);
    }
    for (const level of [1, 2, 3, 4]) {
      const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}">[\\s\\S]*?</w:style>`);
      expect(style.exec(styles)?.[0]).toContain(`<w:outlineLvl w:val="${level - 1}"/>`);
    }
    expect(styles).toMatch(
      /<w:style w:type="table" w:styleId="IsmsTable">[\s\S]*?w:type="firstRow"/,
    );
    expect(paragraphs(xml).length).toBeGreaterThan(20);
  });
});
