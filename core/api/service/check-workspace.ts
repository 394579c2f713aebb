import { isAppError } from '../../errors';
import type { Workspace } from '../../model/workspace';
import type { CheckReport } from '../contract';
import type { WorkspaceFiles } from '../ports';
import { renderDocument } from './render-document';
import type { TemplateLibrary } from './template-library';

/** Everything `isms check` and the readiness view report: unfilled fields and invalid data. */
export const checkWorkspace = async (args: {
  workspace: Workspace;
  files: WorkspaceFiles;
  library: TemplateLibrary;
  today: string;
}): Promise<CheckReport> => {
  const { workspace, files, library, today } = args;
  const documents = await Promise.all(
    workspace.documents.map(async (meta) => {
      const errors = referenceErrors(workspace, meta);
      try {
        const body = await files.readBody(meta.id);
        const result = await renderDocument({
          workspace,
          meta,
          body,
          templates: library.templates,
          today,
          mode: 'export',
        });
        return { id: meta.id, title: meta.title, unfilled: [...result.unfilled], errors };
      } catch (error) {
        const message = isAppError(error) || error instanceof Error ? error.message : String(error);
        return { id: meta.id, title: meta.title, unfilled: [], errors: [...errors, message] };
      }
    }),
  );
  const workspaceErrors = [...library.problems, ...roleErrors(workspace)];
  const ok =
    workspaceErrors.length === 0 &&
    documents.every((d) => d.unfilled.length === 0 && d.errors.length === 0);
  return { ok, documents, workspaceErrors };
};

const knownPerson = (workspace: Workspace, id: string | null) =>
  id === null || workspace.people.some((p) => p.id === id);

const referenceErrors = (workspace: Workspace, meta: Workspace['documents'][number]) => {
  const errors: string[] = [];
  if (!knownPerson(workspace, meta.owner)) errors.push(`owner "${meta.owner}" is not in people`);
  if (!knownPerson(workspace, meta.approver)) {
    errors.push(`approver "${meta.approver}" is not in people`);
  }
  const levels = workspace.organisation.classification.levels.map((l) => l.name);
  if (!levels.includes(meta.classification)) {
    errors.push(`classification "${meta.classification}" is not one of ${levels.join(', ')}`);
  }
  return errors;
};

const roleErrors = (workspace: Workspace) =>
  Object.entries(workspace.roles)
    .filter(([, id]) => id && !knownPerson(workspace, id))
    .map(([role, id]) => `workspace.json: roles.${role}: "${id}" is not in people`);
