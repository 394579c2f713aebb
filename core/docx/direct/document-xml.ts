import { Paragraph, TextRun } from 'docx';
import type { Document } from 'docx';
import { compileParts } from '../compile-parts';
import { CONTENT_WIDTH, LANDSCAPE_CONTENT_WIDTH } from '../look';
import type { ListRef } from '../numbering';
import type { BodyRenderer, ContentsRenderer } from '../build-docx';
import { tableOfContentsXml } from './toc-xml';
import { blocksXml, type XmlContext } from './blocks-xml';
import { reusingWriter } from './reused-blocks';

type Parts = Map<string, string | Uint8Array>;

const HYPERLINK_TYPE =
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink';
/** Stands for a run's body in the docx document until the written XML takes its place. */
const marker = (run: number): string => `\uE000isms-body-${run}\uE000`;
const markerParagraph = (run: number): Paragraph =>
  new Paragraph({ children: [new TextRun(marker(run))] });
/** The contents' slot among the written blocks: after every run of pages a body can have. */
const CONTENTS = 100_000;
const MARKER_PARAGRAPH =
  /<w:p>(?:<w:pPr>(<w:sectPr\b[\s\S]*?<\/w:sectPr>)<\/w:pPr>)?<w:r><w:t xml:space="preserve">\uE000isms-body-(\d+)\uE000<\/w:t><\/w:r><\/w:p>/g;
/** A list's numId before the ids are known: C0 controls never survive escaping, so text cannot hold one. */
// eslint-disable-next-line no-control-regex
const NUM_PLACEHOLDER = /\u0001(\d+)\u0001/g;

/**
 * The body and the contents written straight to XML: what docx is handed is one marker paragraph
 * per run of pages and one for the contents, and `compile` puts the written XML in their place after docx has compiled the rest
 * (cover, document control, contents, section properties, styles, numbering, headers, footers).
 */
export type DirectBody = ReturnType<typeof directBody>;

export const directBody = (options: { readonly reuse?: boolean } = {}) => {
  const written = new Map<number, readonly string[]>();
  const links: string[] = [];
  const lists: ListRef[] = [];
  const listIndex = new Map<ListRef, number>();

  const numId = (ref: ListRef): string => {
    let index = listIndex.get(ref);
    if (index === undefined) {
      index = lists.length;
      lists.push(ref);
      listIndex.set(ref, index);
    }
    return `\u0001${index}\u0001`;
  };
  const linkSink = {
    link: (target: string): string => {
      links.push(target);
      return `rIdL${links.length}`;
    },
  };
  // Top-level blocks written before are reused where everything they print is the same.
  const write = options.reuse
    ? reusingWriter({ lists: () => lists.length, links: () => links.length })
    : undefined;

  const render: BodyRenderer = (runs, ctx, family) =>
    runs.map((run, i) => {
      const xmlCtx: XmlContext = {
        lists: ctx.lists,
        headings: ctx.headings,
        width: run.landscape ? LANDSCAPE_CONTENT_WIDTH : CONTENT_WIDTH,
        family,
        links: linkSink,
        numId,
      };
      const blocks = blocksXml(run.tokens, xmlCtx, {}, write);
      written.set(i, blocks);
      return blocks.length > 0 ? [markerParagraph(i)] : [];
    });

  /**
   * Registers the body's lists and links on the docx document as docx would register them;
   * returns each list's numId, in the order the written XML refers to them.
   */
  const register = (doc: Document): string[] => {
    // docx creates a list's w:num when it first writes one of its paragraphs, and a hyperlink's
    // relationship when it writes the link: the front matter has neither, so the body's come
    // first, in document order, exactly as before.
    for (const ref of lists)
      doc.Numbering.createConcreteNumberingInstance(ref.reference, ref.instance);
    links.forEach((target, i) =>
      doc.Document.Relationships.addRelationship(`L${i + 1}`, HYPERLINK_TYPE, target, 'External'),
    );
    return lists.map((ref) => {
      const found = doc.Numbering.ConcreteNumbering.find(
        (n) => n.reference === ref.reference && n.instance === ref.instance,
      );
      return String(found?.numId ?? 0);
    });
  };

  /**
   * For a package template: the body's links as `register` adds them, and one list of each
   * reference (in `references`' order) in place of the body's own lists; returns each one's numId.
   */
  const registerForTemplate = (doc: Document, references: readonly string[]): string[] => {
    links.forEach((target, i) =>
      doc.Document.Relationships.addRelationship(`L${i + 1}`, HYPERLINK_TYPE, target, 'External'),
    );
    return references.map((reference, i) => {
      doc.Numbering.createConcreteNumberingInstance(reference, -1 - i);
      const found = doc.Numbering.ConcreteNumbering.find(
        (n) => n.reference === reference && n.instance === -1 - i,
      );
      return String(found?.numId ?? 0);
    });
  };

  /** Compiles the package with the body's lists and links registered as docx would register them. */
  const compile = (doc: Document, overrides: readonly { path: string; data: string }[]): Parts => {
    const numIds = register(doc);
    const parts = compileParts(doc, overrides);
    const xml = parts.get('word/document.xml');
    if (typeof xml === 'string') parts.set('word/document.xml', splice(xml, written, numIds));
    return parts;
  };

  /** What the package's other parts depend on in the body: its lists and its links' targets. */
  const shape = () => ({
    lists: lists.map((ref) => `${ref.reference}-${ref.instance}`),
    links: [...links],
  });

  /** Each of the body's lists' numbering reference, in the order `register` adds them. */
  const listReferences = (): string[] => lists.map((ref) => ref.reference);

  /** The written body in place of the markers of a document.xml compiled with `register`. */
  const spliceInto = (xml: string, numIds: readonly string[]): string =>
    splice(xml, written, numIds);

  /** The contents as XML in place of docx's paragraphs; none when there are no headings to list. */
  const contents: ContentsRenderer = (headings, startsNewPage, pages) => {
    const blocks = tableOfContentsXml(headings, startsNewPage, pages);
    written.set(CONTENTS, blocks);
    return blocks.length > 0 ? [markerParagraph(CONTENTS)] : [];
  };

  /** New marker paragraphs for what `render` and `contents` wrote, for another docx compile. */
  const markers = (runs: number) => ({
    bodies: Array.from({ length: runs }, (_, i) =>
      (written.get(i)?.length ?? 0) > 0 ? [markerParagraph(i)] : [],
    ),
    contents: (written.get(CONTENTS)?.length ?? 0) > 0 ? [markerParagraph(CONTENTS)] : [],
  });

  return {
    render,
    contents,
    compile,
    register,
    registerForTemplate,
    shape,
    listReferences,
    spliceInto,
    markers,
  };
};

/** The written body of each run in place of its marker, the section's properties in its last paragraph. */
const splice = (
  xml: string,
  written: ReadonlyMap<number, readonly string[]>,
  numIds: readonly string[],
): string =>
  xml.replace(MARKER_PARAGRAPH, (_whole, sectPr: string | undefined, run: string) => {
    const blocks = written.get(Number(run)) ?? [];
    const body = sectPr ? withSectionEnd(blocks, sectPr) : blocks.join('');
    return withNumIds(body, numIds);
  });

/**
 * Each list's numId in place of its placeholder. The body is cut at the placeholders' C0 marks
 * (no text holds one), which is several times faster on a long body than a replacement with a
 * callback; anything else between two marks takes the regular expression's way.
 */
const withNumIds = (body: string, numIds: readonly string[]): string => {
  const pieces = body.split('\u0001');
  for (let i = 1; i < pieces.length; i += 2) {
    if (i === pieces.length - 1 || !/^\d+$/.test(pieces[i]!))
      return body.replace(NUM_PLACEHOLDER, (_p, index: string) => numIds[Number(index)] ?? '0');
    pieces[i] = numIds[Number(pieces[i])] ?? '0';
  }
  return pieces.join('');
};

/** docx ends a section in its last paragraph, or in an empty one after a closing table. */
const withSectionEnd = (blocks: readonly string[], sectPr: string): string => {
  const last = blocks[blocks.length - 1] ?? '';
  const head = blocks.slice(0, -1).join('');
  if (!last.startsWith('<w:p>')) return `${head}${last}<w:p><w:pPr>${sectPr}</w:pPr></w:p>`;
  if (last.startsWith('<w:p><w:pPr>')) {
    const end = last.indexOf('</w:pPr>');
    return `${head}${last.slice(0, end)}${sectPr}${last.slice(end)}`;
  }
  return `${head}<w:p><w:pPr>${sectPr}</w:pPr>${last.slice('<w:p>'.length)}`;
};
