import { demoWorkspaceAsAt } from '../../demo/demo-as-at';
import { AppError } from '../../errors';
import type { DocumentMeta, Workspace } from '../../model/workspace';
import type { TemplateSource, WorkspaceFiles } from '../ports';
import { buildSnapshot, freezeApprovedDocuments, writeFrozen } from './document-control';
import { loadTemplateLibrary } from './template-library';

/**
 * Freezes every approved version of a new demo workspace, as its approvals would have: the
 * current versions from today's data, and each version since reissued (a 1.0 followed by a 1.1)
 * from the workspace as it stood on the day that version was approved, so the 1.0 prints
 * nothing that happened after its approval and `isms compare ID 1.0 1.1` shows the real change.
 */
export const freezeDemoDocuments = async (args: {
  readonly workspace: Workspace;
  readonly bodies: Readonly<Record<string, string>>;
  readonly earlier: readonly DocumentMeta[];
  readonly files: WorkspaceFiles;
  readonly source: TemplateSource;
}): Promise<void> => {
  const { workspace, bodies, earlier, files } = args;
  await freezeApprovedDocuments(workspace, bodies, files, args.source);
  const library = await loadTemplateLibrary(args.source, null);
  for (const approved of earlier) {
    const day = approved.approvedAt ?? approved.updatedAt;
    const body = bodies[approved.id] ?? '';
    const { record, unfilled } = await buildSnapshot({
      workspace: demoWorkspaceAsAt(workspace, day, earlier),
      files,
      templates: library.templates,
      approved,
      body,
    });
    if (unfilled.length > 0) {
      throw new AppError(
        'internal',
        `${approved.id} ${approved.version} is approved with unfilled fields: ${unfilled.join(', ')}`,
      );
    }
    await writeFrozen(files, body, record);
  }
};
