import { mapLimited } from '../../cancellation';
import { demoWorkspaceAsAt } from '../../demo/demo-as-at';
import { checkStoredWordFile } from '../../doccontrol/word-file';
import { serialiseSnapshot } from '../../doccontrol/snapshot';
import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { TemplateSource, WorkspaceFiles } from '../ports';
import { placeOf } from '../../templates/unfilled-fields';
import { buildSnapshot } from './document-control';
import { withWordFile, type WordFileMaker } from './frozen-word-file';
import { loadTemplateLibrary, type TemplateLibrary } from './template-library';

/**
 * Only the built-in templates and the demo's own bodies render here, so no runaway input can reach
 * this render; the engine's 2 s limit would instead make demo creation fail on a busy machine
 * (the Statement of Applicability is the longest render).
 */
const DEMO_RENDER_LIMIT_MS = 60_000;

/**
 * Versions frozen at once: one renders on this thread while the Word files of the others are made
 * on the two workers; more would only hold more records in memory.
 */
const VERSIONS_AT_ONCE = 3;

/** One frozen version of the demo as written to history/: source, record text and Word file. */
export type DemoVersionFiles = {
  readonly documentId: string;
  readonly version: string;
  readonly body: string;
  readonly record: string;
  readonly wordFile: Uint8Array;
};

/**
 * Where the demo's frozen versions are kept between runs (the user's cache folder), under a key
 * made of the code's identity and `content` (everything the versions are made from). `load` gives
 * null for anything it cannot vouch for (no entry, a damaged or foreign one).
 */
export type DemoHistoryStore = {
  readonly load: (content: string) => Promise<readonly DemoVersionFiles[] | null>;
  readonly save: (content: string, versions: readonly DemoVersionFiles[]) => Promise<void>;
};

type Approval = { readonly workspace: Workspace; readonly approved: DocumentMeta };

type DemoArgs = {
  readonly workspace: Workspace;
  readonly bodies: Readonly<Record<string, string>>;
  readonly earlier: readonly DocumentMeta[];
  readonly files: WorkspaceFiles;
  readonly source: TemplateSource;
  readonly makeWordFile: WordFileMaker;
  readonly store?: DemoHistoryStore | null;
};

/**
 * Freezes every approved version of a new demo workspace, as its approvals would have: the
 * current versions from today's data, and each version since reissued (a 1.0 followed by a 1.1)
 * from the workspace as it stood on the day that version was approved, so the 1.0 prints
 * nothing that happened after its approval and `isms compare ID 1.0 1.1` shows the real change.
 * Each version gets its record, its source and the Word file an approval stores beside them.
 *
 * The versions depend only on the demo's content, the templates and the code, so they are taken
 * from the store when it holds them for exactly these (each Word file checked against the hash
 * its record names), and made and kept there otherwise.
 */
export const freezeDemoDocuments = async (args: DemoArgs): Promise<void> => {
  const library = await loadTemplateLibrary(args.source, null);
  const approvals = demoApprovals(args);
  const content = args.store ? demoContentKey(args, library) : '';
  const kept = args.store ? await args.store.load(content) : null;
  const versions =
    kept && keptVersionsFit(kept, approvals) ? kept : await makeVersions(args, library, approvals);
  // One hold of the workspace lock for all of them, instead of one per file.
  await args.files.exclusive(async () => {
    for (const v of versions) {
      await args.files.writeSnapshot(v.documentId, v.version, v.body, v.record, v.wordFile);
    }
  });
  if (args.store && versions !== kept) await args.store.save(content, versions);
};

const demoApprovals = ({ workspace, earlier }: DemoArgs): Approval[] => [
  ...workspace.documents
    .filter((d) => d.status === 'approved')
    .map((approved) => ({ workspace, approved })),
  ...earlier.map((approved) => ({
    workspace: demoWorkspaceAsAt(workspace, approved.approvedAt ?? approved.updatedAt, earlier),
    approved,
  })),
];

/** Everything the frozen versions are made from, besides the code (the store adds that). */
const demoContentKey = (args: DemoArgs, library: TemplateLibrary): string =>
  JSON.stringify({
    demoHistory: 1,
    workspace: args.workspace,
    bodies: args.bodies,
    earlier: args.earlier,
    templates: library.templates.map(({ id, title, body }) => ({ id, title, body })),
  });

/**
 * Kept versions are used only when they are exactly the versions to freeze and each Word file is
 * the one its record names; otherwise all are made again (and the store's entry replaced).
 */
const keptVersionsFit = (
  kept: readonly DemoVersionFiles[],
  approvals: readonly Approval[],
): boolean => {
  const wanted = approvals.map((a) => `${a.approved.id}@${a.approved.version}`);
  if (kept.map((v) => `${v.documentId}@${v.version}`).join('\n') !== wanted.join('\n')) {
    return false;
  }
  return kept.every((v) => {
    try {
      const record = JSON.parse(v.record) as {
        documentId?: unknown;
        version?: unknown;
        wordFile?: { file: string; sha256: string; size: number };
      };
      return (
        record.documentId === v.documentId &&
        record.version === v.version &&
        record.wordFile !== undefined &&
        checkStoredWordFile(record.wordFile, v.wordFile).ok
      );
    } catch {
      return false;
    }
  });
};

/**
 * Renders each version on this thread and makes its Word file on the workers, a few at a time,
 * so both cores work and only a few records are held at once.
 */
const makeVersions = async (
  args: DemoArgs,
  library: TemplateLibrary,
  approvals: readonly Approval[],
): Promise<DemoVersionFiles[]> => {
  return mapLimited(approvals, VERSIONS_AT_ONCE, async (approval) => {
    const body = args.bodies[approval.approved.id] ?? '';
    const { record, unfilled } = await buildSnapshot({
      ...approval,
      files: args.files,
      templates: library.templates,
      body,
      timeLimitMs: DEMO_RENDER_LIMIT_MS,
    });
    const { id, version } = approval.approved;
    if (unfilled.length > 0) {
      throw new AppError(
        'internal',
        `${id} ${version} is approved with unfilled fields: ${unfilled.map(placeOf).join(', ')}`,
      );
    }
    const frozen = await withWordFile(body, record, args.makeWordFile);
    return {
      documentId: id,
      version,
      body,
      record: serialiseSnapshot(frozen.record),
      wordFile: frozen.wordFile,
    };
  });
};
