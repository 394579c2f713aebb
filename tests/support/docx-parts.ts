import { strFromU8, unzipSync } from 'fflate';

/** The XML parts of a .docx, by path inside the zip (word/document.xml, word/styles.xml, ...). */
export const readDocxParts = (bytes: Uint8Array): Record<string, string> => {
  const files = unzipSync(bytes);
  return Object.fromEntries(
    Object.entries(files)
      .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
      .map(([name, data]) => [name, strFromU8(data)]),
  );
};

/** The text of each paragraph with its style id, in document order. */
export const paragraphsWithStyles = (documentXml: string) =>
  [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''),
  }));
