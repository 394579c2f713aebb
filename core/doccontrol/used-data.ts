import type { Liquid } from 'liquidjs';
import { createTemplateEngine } from '../templates/engine';
import { parseBody } from '../templates/parse-body';
import type { RenderContext } from '../templates/context';

let analysisEngine: Liquid | undefined;

/** Read by the renderer itself, not through a placeholder: always kept. */
const ALWAYS_KEPT = ['today', 'document', 'proposedDecisions'] as const;

export type Path = readonly (string | number)[];

/**
 * The paths of the context a body reads: each placeholder's leading literal segments, up to the
 * first computed one (`refs[id]` keeps all of `refs`). Loop variables are the template's own, so
 * `{% for r in risks %}` reads `risks` whole.
 */
const pathsRead = (body: string): Path[] => {
  analysisEngine ??= createTemplateEngine();
  const parsed = parseBody(analysisEngine, { id: 'snapshot', body, bodyLine: 1 });
  const { globals } = analysisEngine.analyzeSync(parsed, { partials: false });
  return Object.values(globals)
    .flat()
    .map((variable) => {
      const literal: (string | number)[] = [];
      for (const segment of variable.segments) {
        if (typeof segment !== 'string' && typeof segment !== 'number') break;
        literal.push(segment);
      }
      return literal;
    });
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Copies one path from `source` into `target`. Where the path meets a list, a value that is not
 * a plain object, or a name the object does not hold (`risks.size`), the value there is copied
 * whole, so the copy always answers the same reads as the original.
 */
const copyPath = (source: unknown, target: Record<string, unknown>, path: Path): void => {
  const [head, ...rest] = path;
  if (head === undefined || !isRecord(source) || !Object.hasOwn(source, head)) return;
  const key = String(head);
  const value = source[key];
  const next = rest[0];
  if (rest.length === 0 || !isRecord(value) || next === undefined || !Object.hasOwn(value, next)) {
    target[key] = value;
    return;
  }
  // Already copied whole by a shorter read (the same object as the source's).
  if (target[key] === value || (target[key] !== undefined && !isRecord(target[key]))) return;
  const child = target[key] ?? {};
  target[key] = child;
  copyPath(value, child, rest);
};

/**
 * The partial copy with its keys in the source's order at every level: a loop over an object
 * (`{% for entry in roleTitles %}`) goes in key order, so the copy must keep it.
 */
const inSourceOrder = (source: unknown, copy: unknown): unknown => {
  if (!isRecord(source) || !isRecord(copy) || source === copy) return copy;
  return Object.fromEntries(
    Object.keys(source)
      .filter((k) => Object.hasOwn(copy, k))
      .map((k) => [k, inSourceOrder(source[k], copy[k])]),
  );
};

/**
 * The paths of the context a body reads, shortest first (once a value is kept whole, a deeper
 * read of it changes nothing), with what the renderer itself reads. Depends on the text alone.
 */
export const readPaths = (body: string): Path[] =>
  [...ALWAYS_KEPT.map((k) => [k]), ...pathsRead(body)].sort((a, b) => a.length - b.length);

/** The values of the context at those paths, keys in the context's order, as plain JSON. */
export const dataAt = (context: RenderContext, paths: readonly Path[]): Record<string, unknown> => {
  const target: Record<string, unknown> = {};
  for (const path of paths) copyPath(context, target, path);
  return JSON.parse(JSON.stringify(inSourceOrder(context, target))) as Record<string, unknown>;
};

/**
 * The part of the render context a document body reads: what an approval freezes as "the data
 * it was filled from". Rendering the body with this subset gives the same text as with the whole
 * context (tested over the demo), at a fraction of the size.
 */
export const usedData = (body: string, context: RenderContext): Record<string, unknown> =>
  dataAt(context, readPaths(body));

/**
 * The JSON of values seen before, by identity: the data of one workspace revision is shared by
 * every document's context (registers, references, people), so an export comparing 50 approved
 * documents writes the risk register out once, not once per document that reads it. Context
 * values are never changed in place (a new revision is a new object), as the context's own
 * caches assume.
 */
const jsonSeen = new WeakMap<object, string | undefined>();

const jsonOf = (value: unknown): string | undefined => {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (jsonSeen.has(value)) return jsonSeen.get(value);
  const text = JSON.stringify(value);
  jsonSeen.set(value, text);
  return text;
};

/** JSON.stringify(inSourceOrder(source, copy)), written from kept pieces. */
const copyJson = (source: unknown, copy: unknown): string | undefined => {
  if (!isRecord(source) || !isRecord(copy) || source === copy) return jsonOf(copy);
  const parts: string[] = [];
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(copy, key)) continue;
    const text = copyJson(source[key], copy[key]);
    if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
};

/**
 * `dataAt` as JSON, one text per top-level key in the context's order (a key whose value JSON
 * leaves out is left out): joined as `{"key":text,...}` it is exactly JSON.stringify(dataAt(...)).
 */
export const dataAtJson = (
  context: RenderContext,
  paths: readonly Path[],
): [key: string, json: string][] => {
  const target: Record<string, unknown> = {};
  for (const path of paths) copyPath(context, target, path);
  const entries: [string, string][] = [];
  for (const key of Object.keys(context)) {
    if (!Object.hasOwn(target, key)) continue;
    const text = copyJson(context[key], target[key]);
    if (text !== undefined) entries.push([key, text]);
  }
  return entries;
};
