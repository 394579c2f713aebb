import { textRevision } from '../model/text-revision';
import { buildRenderContext } from '../templates/context';
import type { Workspace } from '../model/workspace';
import type { SnapshotRecord } from './snapshot';
import { isTrustedReading } from './checked-records';
import { dataAtJson } from './used-data';

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

type JsonEntries = readonly (readonly [key: string, json: string])[];

/** Each top-level value of the record's data as JSON, in the record's order. */
const entriesOf = (data: Record<string, unknown>): JsonEntries =>
  Object.keys(data).flatMap((key) => {
    const json = JSON.stringify(data[key]);
    return json === undefined ? [] : [[key, json] as const];
  });

const objectJson = (entries: JsonEntries): string =>
  `{${entries.map(([key, json]) => `${JSON.stringify(key)}:${json}`).join(',')}}`;

const fillCheckText = (markdown: string, dataJson: string, reads: unknown): string =>
  textRevision(`${markdown}\u0000${dataJson}\u0000${JSON.stringify(reads)}`);

/**
 * The same data, value by value: everything but the document's own fields in the same order
 * with the same JSON; the document's fields come from its metadata object, whose key order
 * depends on where it was made (an approval, a parsed file), and nothing loops over them.
 */
const sameEntries = (now: JsonEntries, approved: JsonEntries): boolean => {
  const rest = (entries: JsonEntries) => entries.filter(([key]) => key !== 'document');
  const [a, b] = [rest(now), rest(approved)];
  if (a.length !== b.length || a.some(([key, json], i) => b[i]![0] !== key || b[i]![1] !== json)) {
    return false;
  }
  const own = (entries: JsonEntries) => {
    const json = entries.find(([key]) => key === 'document')?.[1];
    return json === undefined ? undefined : JSON.stringify(sortedKeys(JSON.parse(json)));
  };
  return own(now) === own(approved);
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
}): string => fillCheckText(record.markdown, JSON.stringify(record.data), record.reads);

/**
 * Whether the body, filled today, would read exactly the values its approved version was filled
 * from: the paths the record says the body reads, taken from today's context under the approved
 * metadata and date (as the comparison render uses them), equal the frozen data, in a record that
 * still holds what its approval wrote (fillCheck). Rendering reads
 * nothing else, so the render would give the approved text again and need not run. Records
 * without those paths (approved by an earlier version of the app) and any difference say
 * nothing: the caller renders and compares the text as before, so a change in data the text
 * does not show (a new risk below the ones a document lists, say) is still not a change.
 *
 * Compared as JSON text, value by value: the record's data is written out once (serving the
 * fillCheck too), and today's values shared by many documents once per export (see dataAtJson).
 */
export const readsApprovedData = (args: {
  readonly workspace: Workspace;
  readonly templates: readonly { readonly id: string; readonly title: string }[];
  readonly record: SnapshotRecord;
}): boolean => {
  const { record } = args;
  if (record.format !== 2 || !record.reads || record.fillCheck === undefined) return false;
  const approved = entriesOf(record.data);
  // A trusted reading is a text whose fill check held when an earlier run checked it.
  const held =
    isTrustedReading(record) ||
    record.fillCheck === fillCheckText(record.markdown, objectJson(approved), record.reads);
  if (!held) {
    return false;
  }
  const context = buildRenderContext({
    workspace: args.workspace,
    document: record.meta,
    today: record.approvedAt,
    templates: args.templates,
  });
  return sameEntries(dataAtJson(context, record.reads), approved);
};
