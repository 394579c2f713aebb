import { mapLimited } from '../../cancellation';
import { demoWorkspaceAsAt } from '../../demo/demo-as-at';
import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { TemplateSource, WorkspaceFiles } from '../ports';
import { buildSnapshot } from './document-control';
import { DOCUMENTS_AT_ONCE } from './documents-at-once';
import {
  withWordFile,
  writeFrozenVersion,
  type FrozenVersion,
  type WordFileMaker,
} from './frozen-word-file';
import { loadTemplateLibrary } from './template-library';

/**
 * Only the built-in templates and the demo's own bodies render here, so no runaway input can reach
 * this render; the engine's 2 s limit would instead make demo creation fail on a busy machine
 * (the Statement of Applicability is the longest render).
 */
const DEMO_RENDER_LIMIT_MS = 60_000;

type Approval = { readonly workspace: Workspace; readonly approved: DocumentMeta };

/**
 * Freezes every approved version of a new demo workspace, as its approvals would have: the
 * current versions from today's data, and each version since reissued (a 1.0 followed by a 1.1)
 * from the workspace as it stood on the day that version was approved, so the 1.0 prints
 * nothing that happened after its approval and `isms compare ID 1.0 1.1` shows the real change.
 * Each version gets its record, its source and the Word file an approval stores beside them.
 */
export const freezeDemoDocuments = async (args: {
  readonly workspace: Workspace;
  readonly bodies: Readonly<Record<string, string>>;
  readonly earlier: readonly DocumentMeta[];
  readonly files: WorkspaceFiles;
  readonly source: TemplateSource;
  readonly makeWordFile: WordFileMaker;
}): Promise<void> => {
  const { workspace, bodies, earlier, files } = args;
  const library = await loadTemplateLibrary(args.source, null);
  const approvals: Approval[] = [
    ...workspace.documents
      .filter((d) => d.status === 'approved')
      .map((approved) => ({ workspace, approved })),
    ...earlier.map((approved) => ({
      workspace: demoWorkspaceAsAt(workspace, approved.approvedAt ?? approved.updatedAt, earlier),
      approved,
    })),
  ];
  // Renders on this thread one at a time; the Word files are made side by side (the workers).
  const frozen: Pick<FrozenVersion, 'body' | 'record'>[] = [];
  for (const approval of approvals) {
    const body = bodies[approval.approved.id] ?? '';
    const { record, unfilled } = await buildSnapshot({
      ...approval,
      files,
      templates: library.templates,
      body,
      timeLimitMs: DEMO_RENDER_LIMIT_MS,
    });
    if (unfilled.length > 0) {
      const { id, version } = approval.approved;
      throw new AppError(
        'internal',
        `${id} ${version} is approved with unfilled fields: ${unfilled.join(', ')}`,
      );
    }
    frozen.push({ body, record });
  }
  await mapLimited(frozen, DOCUMENTS_AT_ONCE, async ({ body, record }) =>
    writeFrozenVersion(files, await withWordFile(body, record, args.makeWordFile)),
  );
};
