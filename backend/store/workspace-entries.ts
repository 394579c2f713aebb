import { migrateWorkspace } from '../../core/model/migrations';
import {
  documentMetaSchema,
  workspaceSchema,
  type DocumentMeta,
  type Workspace,
} from '../../core/model/workspace';
import type { CheckedFileCache } from './checked-file-cache';

/**
 * workspace.json read one document entry at a time. An edit in the app changes one document's
 * record (its text and last-edited date), yet the schema used to check all of them again: at 500
 * documents that was most of a check after the edit. The schema's reading of each entry is kept
 * (in the user's cache folder, see checked-file-cache.ts, under the code's fingerprint) keyed by
 * the entry's JSON text, so a new text checks only the entries it has not seen, and the fields
 * outside `documents` as always. This is the same check: the workspace schema has no rule that
 * spans entries, so checking them one by one accepts exactly what checking the whole file does.
 * It only ever shortens a success: when anything fails (or the file needs migrating) the whole
 * file is checked as before, so an error names the same file and field with the same message.
 */

type Entries = ReadonlyMap<string, DocumentMeta>;

const KIND = 'workspace-json-entries';

const keyOf = (root: string) => Buffer.from(`entries 1\u0000${root}`, 'utf8');

const asEntries = (value: unknown): Map<string, DocumentMeta> =>
  new Map<string, DocumentMeta>(Array.isArray(value) ? (value as [string, DocumentMeta][]) : []);

/**
 * The workspace `text` holds, checked entry by entry against what `root`'s earlier readings kept;
 * null when this way does not apply or anything fails (the caller then checks the whole file).
 */
export const readByEntry = async (
  root: string,
  text: string,
  cache: CheckedFileCache,
): Promise<Workspace | null> => {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const data = raw as Record<string, unknown>;
  const documents = data['documents'];
  if (!Array.isArray(documents)) return null;
  try {
    if (migrateWorkspace(data, 'workspace.json').migratedFrom !== null) return null;
  } catch {
    return null;
  }
  const known = asEntries(await cache.get(KIND, keyOf(root)));
  const checked = checkEntries(documents, known);
  if (!checked) return null;
  const rest = await readRest({ ...data, documents: [] }, cache);
  if (!rest) return null;
  if (checked.added > 0 || checked.entries.size !== known.size) {
    await cache.set(KIND, keyOf(root), [...checked.entries]);
  }
  return { ...rest, documents: checked.documents };
};

const REST_KIND = 'workspace-json-rest';

/**
 * The fields outside `documents`, checked as the whole file would be; the reading is kept under
 * their JSON text, which an edit of a document (its last-edited date) leaves as it was. Checking
 * them once in a process compiled the schema's fast path (about 0.1 s) for one use.
 */
const readRest = async (
  rest: Record<string, unknown>,
  cache: CheckedFileCache,
): Promise<Workspace | null> => {
  const key = Buffer.from(JSON.stringify(rest), 'utf8');
  const kept = (await cache.get(REST_KIND, key)) as Workspace | undefined;
  if (kept !== undefined && kept !== null && typeof kept === 'object') return kept;
  const result = workspaceSchema.safeParse(rest);
  if (!result.success) return null;
  await cache.set(REST_KIND, key, result.data);
  return result.data;
};

/** Each entry's reading, kept or checked now; null as soon as one fails. */
const checkEntries = (documents: readonly unknown[], known: Entries) => {
  const entries = new Map<string, DocumentMeta>();
  const read: DocumentMeta[] = [];
  let added = 0;
  for (const entry of documents) {
    const text = JSON.stringify(entry);
    let meta = known.get(text);
    if (!meta) {
      const result = documentMetaSchema.safeParse(entry);
      if (!result.success) return null;
      meta = result.data;
      added += 1;
    }
    // Each document its own object, as a whole-file reading gives, even for two equal entries.
    read.push(entries.has(text) ? structuredClone(meta) : meta);
    entries.set(text, meta);
  }
  return { entries, documents: read, added };
};
