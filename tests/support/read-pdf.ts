import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type OutlineNode = { title: string; items: OutlineNode[] };

export type PdfReadBack = {
  readonly pages: string[];
  readonly outline: OutlineNode[];
  readonly info: Record<string, unknown>;
  readonly fonts: string[];
};

/** Reads a PDF the way a reader's viewer does: text per page, bookmarks, properties, fonts. */
export const readPdf = async (bytes: Uint8Array): Promise<PdfReadBack> => {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  const outline = ((await doc.getOutline()) ?? []) as unknown as OutlineNode[];
  const meta = await doc.getMetadata();
  await doc.destroy();
  const raw = Buffer.from(bytes).toString('latin1');
  const fonts = [...raw.matchAll(/\/FontName\s*\/([A-Z]{6}\+[^\s/]+)/g)].map((m) => m[1] ?? '');
  return { pages, outline, info: meta.info as Record<string, unknown>, fonts };
};
