import { textRevision } from '../model/text-revision';
import { buildRenderContext } from '../templates/context';
import type { Workspace } from '../model/workspace';
import type { SnapshotRecord } from './snapshot';
import { dataAt } from './used-data';

/** Keys sorted at every level: the document's own fields, whatever order its metadata had. */
const sortedKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((k) => [k, sortedKeys(record[k])]),
  );
};

const sameJson = (a: Record<string, unknown>, b: Record<string, unknown>): boolean => {
  const { document: ownA, ...restA } = a;
  const { document: ownB, ...restB } = b;
  // The document's fields come from its metadata object, whose key order depends on where it
  // was made (an approval, a parsed file); nothing loops over them. Everything else keeps order.
  return (
    JSON.stringify(restA) === JSON.stringify(restB) &&
    JSON.stringify(sortedKeys(ownA)) === JSON.stringify(sortedKeys(ownB))
  );
};

/**
 * A short tag of the approved text, its data and the paths read, as the approval wrote them. A
 * record edited since (another program, a bad merge) no longer matches it, and is then compared
 * by rendering, which shows such an edit as a change: the values alone would not.
 */
export const fillCheckOf = (record: {
  readonly markdown: string;
  readonly data: unknown;
  readonly reads?: unknown;
}): string =>
  textRevision(
    `${record.markdown}\u0000${JSON.stringify(record.data)}\u0000${JSON.stringify(record.reads)}`,
  );

/**
 * Whether the body, filled today, would read exactly the values its approved version was filled
 * from: the paths the record says the body reads, taken from today's context under the approved
 * metadata and date (as the comparison render uses them), equal the frozen data, in a record that
 * still holds what its approval wrote (fillCheck). Rendering reads
 * nothing else, so the render would give the approved text again and need not run. Records
 * without those paths (approved by an earlier version of the app) and any difference say
 * nothing: the caller renders and compares the text as before, so a change in data the text
 * does not show (a new risk below the ones a document lists, say) is still not a change.
 */
export const readsApprovedData = (args: {
  readonly workspace: Workspace;
  readonly templates: readonly { readonly id: string; readonly title: string }[];
  readonly record: SnapshotRecord;
}): boolean => {
  const { record } = args;
  if (record.format !== 2 || !record.reads || record.fillCheck !== fillCheckOf(record)) {
    return false;
  }
  const context = buildRenderContext({
    workspace: args.workspace,
    document: record.meta,
    today: record.approvedAt,
    templates: args.templates,
  });
  return sameJson(dataAt(context, record.reads), record.data);
};
