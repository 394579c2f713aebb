import { strFromU8, unzipSync } from 'fflate';
import { zipEntries, type ZipEntry } from './zip-writer';

/**
 * docx stamps parts with values that change from run to run: random relationship ids for
 * hyperlinks, bookmark and drawing ids from counters shared by the whole process, and the
 * current time on every zip entry. This module rewrites them so that the same input always
 * gives the same bytes.
 */

/** Local-time fields, so the DOS timestamp fflate writes is the same in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);
const STABLE_REL_ID = /^rId\d+$/;
const BODY = 'word/document.xml';
const VARYING_PARTS = new Set([BODY, 'docProps/core.xml', 'docProps/custom.xml']);

type Parts = Map<string, string | Uint8Array>;

const isXml = (path: string): boolean => path.endsWith('.xml') || path.endsWith('.rels');

const replaceAll = (text: string, from: string, to: string): string => text.split(from).join(to);

/** The part a relationships file belongs to: word/_rels/document.xml.rels -> word/document.xml. */
const sourceOf = (relsPath: string): string | null => {
  const match = /^(.*?)_rels\/([^/]+)\.rels$/.exec(relsPath);
  return match && match[2] ? `${match[1]}${match[2]}` : null;
};

const stabiliseRelationshipIds = (parts: Parts): void => {
  for (const [path, data] of parts) {
    if (!path.endsWith('.rels') || typeof data !== 'string') continue;
    const source = sourceOf(path);
    let rels = data;
    let sourceXml = source ? parts.get(source) : undefined;
    let n = 0;
    for (const [, id = ''] of data.matchAll(/\bId="([^"]+)"/g)) {
      if (STABLE_REL_ID.test(id)) continue;
      const stable = `rIdL${++n}`;
      if (id === stable) continue;
      rels = replaceAll(rels, `"${id}"`, `"${stable}"`);
      if (typeof sourceXml === 'string')
        sourceXml = replaceAll(sourceXml, `"${id}"`, `"${stable}"`);
    }
    parts.set(path, rels);
    if (source && typeof sourceXml === 'string') parts.set(source, sourceXml);
  }
};

/** Renumbers an attribute on matching elements in document order, one counter across all parts. */
const renumber = (parts: Parts, element: RegExp, attribute: string): void => {
  let next = 0;
  const attr = new RegExp(`(?<=\\s)${attribute}="(\\d+)"`);
  for (const [path, data] of parts) {
    if (typeof data !== 'string' || !path.startsWith('word/')) continue;
    const seen = new Map<string, number>();
    const rewritten = data.replace(element, (tag) =>
      tag.replace(attr, (_whole, old: string) => {
        const id = seen.get(old) ?? ++next;
        seen.set(old, id);
        return `${attribute}="${id}"`;
      }),
    );
    parts.set(path, rewritten);
  }
};

/**
 * The package's parts, as docx compiles them, zipped once with repeatable ids and timestamps;
 * the content is otherwise unchanged. The order of the parts is the order of the zip entries.
 */
export const zipNormalisedParts = (
  compiled: ReadonlyMap<string, string | Uint8Array>,
): Uint8Array => {
  const parts: Parts = new Map(
    [...compiled].map(([path, data]) => [
      path,
      isXml(path) && typeof data !== 'string' ? strFromU8(data) : data,
    ]),
  );
  return zipParts(parts);
};

/** The same normalisation for a package that is already zipped. */
export const normalisePackage = (zip: Uint8Array): Uint8Array =>
  zipParts(
    new Map(
      Object.entries(unzipSync(zip)).map(([path, data]) => [
        path,
        isXml(path) ? strFromU8(data) : data,
      ]),
    ),
  );

const zipParts = (parts: Parts): Uint8Array => {
  stabiliseRelationshipIds(parts);
  renumber(parts, /<w:bookmark(?:Start|End)\b[^>]*>/g, 'w:id');
  renumber(parts, /<wp:docPr\b[^>]*>/g, 'id');
  const entries = [...parts].map(([path, data]): ZipEntry => ({
    path,
    data,
    // The body and the document's own properties differ from one document to the next; the
    // rest repeats. The body is kept a short while: the same document is often exported again.
    cache: path === BODY ? 'recent' : VARYING_PARTS.has(path) ? 'none' : 'shared',
  }));
  return zipEntries(entries, ZIP_TIME);
};
