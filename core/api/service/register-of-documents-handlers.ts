import {
  documentRegisterRows,
  documentRegisterSheet,
  registerMarkdown,
} from '../../doccontrol/register';
import { buildDocxLazily } from './word-build-lazily';
import { AppError } from '../../errors';
import type { Workspace } from '../../model/workspace';
import type { PackTools } from '../../pack/types';
import { bytesToBase64 } from '../base64';
import type { Handlers } from '../dispatch';
import type { Clock, TemplateSource } from '../ports';
import { isoDay } from './dates';
import { controlStatesOf } from './document-control';
import type { DocumentRunner } from './document-jobs';
import { loadTemplateLibrary } from './template-library';
import { personName, type WorkspaceSessions } from './workspace-sessions';

type Deps = {
  sessions: WorkspaceSessions;
  templates: TemplateSource;
  clock: Clock;
  /** Spreadsheets; without them the register is available as Word only. */
  tools: PackTools | null;
  runner: DocumentRunner;
};

export type RegisterHandlers = Pick<Handlers, 'documents.register' | 'documents.exportRegister'>;

/** Dated by the latest change to any document, so an unchanged workspace gives the same bytes. */
export const registerAsAt = (workspace: Workspace): string =>
  workspace.documents
    .map((d) => d.updatedAt)
    .sort()
    .at(-1) ?? '1970-01-01';

/** The register of documents (master list), generated from the workspace whenever it is asked for. */
export const createRegisterOfDocumentsHandlers = ({
  sessions,
  templates,
  clock,
  tools,
  runner,
}: Deps): RegisterHandlers => {
  const rowsOf = async (dir: string) => {
    const [workspace, files, library] = await Promise.all([
      sessions.read(dir),
      sessions.files(dir),
      loadTemplateLibrary(templates, dir),
    ]);
    const states = await controlStatesOf({
      workspace,
      files,
      templates: library.templates,
      render: runner.render,
      today: isoDay(clock.now()),
      // A register that prints "Approved" must know the document is unchanged.
      checkFailures: 'throw',
    });
    const views = new Map([...states].map(([id, state]) => [id, state.view]));
    return { workspace, rows: documentRegisterRows(workspace, views) };
  };

  const asWord = async (workspace: Workspace, rows: ReturnType<typeof documentRegisterRows>) => {
    const asAt = registerAsAt(workspace);
    return buildDocxLazily({
      markdown: registerMarkdown(rows, asAt),
      documentId: `${workspace.organisation.documentIdPrefix}-REG-000`,
      title: 'Register of documents',
      version: asAt,
      status: 'generated',
      classification: workspace.organisation.classification.default,
      organisationName: workspace.organisation.name || workspace.organisation.legalName,
      ownerName: personName(workspace, workspace.roles.ismsManager ?? null) ?? '',
      approverName: '',
      approvedAt: null,
      nextReviewDate: null,
      revisions: [],
      subject: 'ISO/IEC 27001:2022 register of documents (clause 7.5.3)',
      keywords: ['ISO/IEC 27001:2022', 'Clause 7.5.3'],
      logo: null,
      incomplete: false,
      timestamp: new Date(`${asAt}T00:00:00Z`),
    });
  };

  return {
    'documents.register': async ({ dir }) => (await rowsOf(dir)).rows,

    'documents.exportRegister': async ({ dir, format }) => {
      const { workspace, rows } = await rowsOf(dir);
      const asAt = registerAsAt(workspace);
      if (format === 'xlsx') {
        if (!tools) {
          throw new AppError('internal', 'This build cannot write spreadsheets (.xlsx).');
        }
        const bytes = await tools.xlsx([documentRegisterSheet(rows)]);
        return { fileName: `Register of documents ${asAt}.xlsx`, data: bytesToBase64(bytes) };
      }
      const bytes = await asWord(workspace, rows);
      return { fileName: `Register of documents ${asAt}.docx`, data: bytesToBase64(bytes) };
    },
  };
};
