import { escapeXml } from './direct/xml-text';
import { xmlSafe } from './text';
import type { DocxInput, DocxRevision } from './types';

/**
 * The parts docx compiles around the body (cover, document control, revision history, approval
 * block, headers, footers, section properties, styles, numbering, settings, fonts, theme,
 * relationships) kept per process as a template: compiled once with a stand-in for each text of
 * the document's control data, then filled with the escaped texts of each later export. docx
 * writes those texts as it receives them (escaped), so the filled parts are byte for byte what it
 * would compile from the real texts; the equality property test holds the two paths together.
 *
 * A text stands in only when every place that prints it would print it unchanged (no leading or
 * trailing space, nothing `xmlSafe` removes, not empty): otherwise the text itself is part of the
 * template's key and the template carries it as docx wrote it.
 */

type Parts = Map<string, string | Uint8Array>;

const OPEN = '\uE001';
const CLOSE = '\uE002';
const STAND_IN = /\uE001(\d+)\uE002/g;
const standIn = (slot: number): string => `${OPEN}${slot}${CLOSE}`;

/** A text that prints the same wherever it is printed, so one stand-in can take its place. */
const portable = (value: string): boolean =>
  value !== '' &&
  value === xmlSafe(value).trim() &&
  !value.includes(OPEN) &&
  !value.includes(CLOSE);

type Shaped = {
  /** The input with stand-ins for its portable texts (the body is the real one). */
  readonly shape: DocxInput;
  /** Each stand-in's text, escaped as docx escapes text and attribute values. */
  readonly texts: readonly string[];
  /** What the template depends on besides the stand-ins. */
  readonly key: string;
};

const fnv1a = (data: Uint8Array): number => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < data.length; i += 1) hash = Math.imul(hash ^ data[i]!, 0x01000193);
  return hash >>> 0;
};

/**
 * The input as the template is compiled from, the texts to fill it with, and its key. `extra` is
 * what the body contributes to the other parts (sections, lists, links, the contents' place).
 */
export const shapeInput = (input: DocxInput, extra: unknown): Shaped | null => {
  const texts: string[] = [];
  const kept: (string | null | 0)[] = [];
  const slot = (value: string): string => {
    if (!portable(value)) {
      kept.push(value);
      return value;
    }
    kept.push(0);
    texts.push(escapeXml(value));
    return standIn(texts.length - 1);
  };
  const maybe = (value: string | null): string | null => {
    if (value === null) kept.push(null);
    return value === null ? null : slot(value);
  };
  const revision = (r: DocxRevision): DocxRevision => ({
    version: slot(r.version),
    date: slot(r.date),
    author: slot(r.author),
    description: slot(r.description),
  });
  const shape: DocxInput = {
    ...input,
    documentId: slot(input.documentId),
    title: slot(input.title),
    version: slot(input.version),
    classification: slot(input.classification),
    organisationName: slot(input.organisationName),
    ownerName: slot(input.ownerName),
    approverName: slot(input.approverName),
    approvedAt: maybe(input.approvedAt),
    nextReviewDate: maybe(input.nextReviewDate),
    subject: slot(input.subject),
    revisions: input.revisions.map(revision),
    ...(input.pages
      ? { pages: { ...input.pages, totalText: slot(String(input.pages.total)) } }
      : {}),
  };
  const { logo } = input;
  const key = JSON.stringify([
    input.status,
    input.incomplete,
    kept,
    input.revisions.length,
    input.branding ?? null,
    logo ? [logo.type, logo.widthPx, logo.heightPx, logo.data.length, fnv1a(logo.data)] : null,
    input.pages ? 'pages' : null,
    extra,
  ]);
  const full = `${key}\u0000${input.referenceStyles ?? ''}\u0000${input.referenceTheme ?? ''}`;
  // A stand-in character typed into a text the template keeps would be taken for a stand-in.
  return full.includes(OPEN) ? null : { shape, texts, key: full };
};

/**
 * numbering.xml around the lists' own w:num elements: the template is compiled with one list of
 * each numbering definition, and docx writes every list of a definition alike but for its numId
 * (numbered on from `first` in the order the lists are registered).
 */
type Numbering = {
  readonly head: string;
  readonly tail: string;
  readonly first: number;
  /** Each definition's w:num after its numId attribute. */
  readonly rest: ReadonlyMap<string, string>;
};

type Template = {
  readonly parts: ReadonlyMap<string, string | Uint8Array>;
  /** The parts that hold a stand-in. */
  readonly filled: readonly string[];
  /** Null when numbering.xml was not laid out as expected: the template is then not used. */
  readonly numbering: Numbering | null;
  readonly logo: Uint8Array | null;
};

const NUMBERING = 'word/numbering.xml';
const numOpen = (id: number | string): string => `<w:num w:numId="${id}">`;
const NUM_CLOSE = '</w:num>';

/**
 * Where the template's lists (one per definition, numIds from the compile) sit in numbering.xml:
 * one after another, with consecutive numIds, as docx writes the lists of a document.
 */
const numberingOf = (
  xml: string | Uint8Array | undefined,
  references: readonly string[],
  numIds: readonly string[],
): Numbering | null => {
  if (typeof xml !== 'string' || references.length === 0) return null;
  const first = Number(numIds[0]);
  const rest = new Map<string, string>();
  const start = xml.indexOf(numOpen(first));
  let at = start;
  for (const [i, reference] of references.entries()) {
    if (Number(numIds[i]) !== first + i || rest.has(reference)) return null;
    const open = numOpen(first + i);
    if (!xml.startsWith(open, at)) return null;
    const end = xml.indexOf(NUM_CLOSE, at);
    if (end < 0) return null;
    rest.set(reference, xml.slice(at + open.length, end + NUM_CLOSE.length));
    at = end + NUM_CLOSE.length;
  }
  // Any other w:num after them would be numbered after the lists in a real compile.
  if (start < 0 || xml.includes('<w:num ', at)) return null;
  return { head: xml.slice(0, start), tail: xml.slice(at), first, rest };
};

/** A few brandings' and bodies' shapes; the oldest dropped first. */
const LIMIT = 24;
const templates = new Map<string, Template>();
let compiled = 0;

/** How many templates this process has compiled (a kept one is not counted again). */
export const keptTemplates = (): number => compiled;

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null): boolean => {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * The template for this shape: kept, or compiled now by `compile` (with one list of each of
 * `references`, whose numIds it returns in that order) and kept.
 */
export const templateFor = (
  shaped: Shaped,
  logo: Uint8Array | null,
  references: readonly string[],
  compile: (shape: DocxInput) => { parts: Parts; numIds: readonly string[] },
): Template => {
  const kept = templates.get(shaped.key);
  if (kept && sameBytes(kept.logo, logo)) return kept;
  const { parts, numIds } = compile(shaped.shape);
  compiled += 1;
  const filled = [...parts]
    .filter(([, data]) => typeof data === 'string' && data.includes(OPEN))
    .map(([path]) => path);
  const numbering = numberingOf(parts.get(NUMBERING), references, numIds);
  const template: Template = { parts, filled, numbering, logo: logo ? logo.slice() : null };
  if (templates.size >= LIMIT) templates.delete(templates.keys().next().value!);
  templates.set(shaped.key, template);
  return template;
};

/**
 * The template's parts with each stand-in replaced by its text and a w:num for each of the
 * body's lists (by its definition, in the order the body registers them), and those lists'
 * numIds; null when the template cannot say how docx would number them.
 */
export const fillTemplate = (
  template: Template,
  texts: readonly string[],
  lists: readonly string[],
): { parts: Parts; numIds: string[] } | null => {
  const { numbering } = template;
  if (!numbering || lists.some((reference) => !numbering.rest.has(reference))) return null;
  const parts: Parts = new Map(template.parts);
  for (const path of template.filled) {
    const xml = parts.get(path) as string;
    parts.set(
      path,
      xml.replace(STAND_IN, (_whole, slot: string) => texts[Number(slot)] ?? ''),
    );
  }
  const numIds = lists.map((_, i) => String(numbering.first + i));
  const nums = lists.map((reference, i) => numOpen(numIds[i]!) + numbering.rest.get(reference)!);
  parts.set(NUMBERING, numbering.head + nums.join('') + numbering.tail);
  return { parts, numIds };
};
