import { buildDocx } from '../../core/docx/build-docx';
import { sampleInput } from '../../core/docx/fixtures/sample-policy';
import { renderTemplateSync, type RenderMode } from '../../core/templates/render';
import { createBlockRenderer } from '../../renderer/src/features/editor/preview-blocks';
import { readDocxParts } from './docx-parts';

/** The Markdown of a one-line body `before{{ organisation.name }}after` filled with `name`. */
export const renderValue = (
  before: string,
  after: string,
  name: string,
  mode: RenderMode,
): string =>
  renderTemplateSync(
    { id: 'property', body: `${before}{{ organisation.name }}${after}`, bodyLine: 1 },
    { organisation: { name } },
    { mode },
  ).markdown;

/** The sanitised HTML the live preview shows for some Markdown. */
export const previewHtml = (markdown: string): string =>
  createBlockRenderer((html) => html)(markdown)
    .map((block) => block.html)
    .join('\n');

const NAMED: Readonly<Record<string, string>> = {
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  amp: '&',
};

/** Character references read in one pass, as a browser does: `&#38;amp;` is "&amp;", never "&". */
export const decodeHtml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#\d+);/g, (_, name: string) =>
    name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (NAMED[name] ?? ''),
  );

/** Where each link of some HTML leads. */
export const hrefs = (html: string): string[] =>
  [...html.matchAll(/<a\b[^>]*?href="([^"]*)"/g)].map((m) => decodeHtml(m[1] ?? ''));

/** The hyperlink targets and the paragraphs' text (joined by spaces) of a Word file. */
export const wordBody = (bytes: Uint8Array) => {
  const parts = readDocxParts(bytes);
  const xml = parts['word/document.xml'] ?? '';
  const rels = parts['word/_rels/document.xml.rels'] ?? '';
  const targets = new Map(
    [...rels.matchAll(/<Relationship [^>]*?Id="([^"]+)"[^>]*?Target="([^"]*)"/g)].map((m) => [
      m[1],
      decodeHtml(m[2] ?? ''),
    ]),
  );
  const links = [...xml.matchAll(/<w:hyperlink [^>]*?r:id="([^"]+)"/g)].map(
    (m) => targets.get(m[1] ?? '') ?? '',
  );
  const text = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map(([p]) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join(' ');
  return { links, text: decodeHtml(text) };
};

/** The Word body of a sample document whose text is `markdown`. */
export const wordOf = async (markdown: string) =>
  wordBody(await buildDocx(sampleInput({ markdown })));
