import { strToU8, zipSync, type Zippable } from 'fflate';
import { AppError } from '../errors';
import type { Workspace } from '../model/workspace';
import type { ReadinessReport } from '../readiness';
import { readinessText } from '../readiness';
import { documentFolder, FOLDERS, MANIFEST, safeName } from './layout';
import { registerWorkbooks, traceabilitySheets } from './sheets';
import type {
  Cell,
  PackedDocument,
  PackFile,
  PackProgress,
  PackResult,
  PackTools,
  SheetSpec,
} from './types';

/** Local-time fields, so the DOS time in the ZIP is the same in every time zone. */
const ZIP_TIME = new Date(1980, 0, 1, 12, 0, 0);

export type PackInput = {
  readonly workspace: Workspace;
  readonly report: ReadinessReport;
  /** What goes in: current approved versions, and drafts when asked for. */
  readonly documents: readonly PackedDocument[];
  readonly tools: PackTools;
  /** The register of documents (master list), as a sheet. */
  readonly documentRegister: SheetSpec;
  /** The Word file of one document as the pack carries it (drafts marked on the cover). */
  readonly documentDocx: (entry: PackedDocument) => Promise<Uint8Array>;
  /** A generated document (readiness report, register of documents) as Word. */
  readonly generatedDocx: (title: string, markdown: string) => Promise<Uint8Array>;
  readonly readinessMarkdown: string;
  /** A PDF copy of a document, when this build can write PDF; null leaves it out. */
  readonly documentPdf?: ((entry: PackedDocument) => Promise<Uint8Array>) | null;
  readonly onProgress?: (progress: PackProgress) => void;
  readonly isCancelled?: () => boolean;
};

/**
 * Assembles the Stage 1 pack: documents by clause area, registers, the register of documents,
 * the traceability matrix, the readiness report and a SHA-256 manifest, zipped with fixed times
 * and sorted entries so the same workspace gives the same bytes.
 */
export const buildStage1Pack = async (input: PackInput): Promise<PackResult> => {
  const { workspace, tools } = input;
  const { documents } = input;
  const registers = registerWorkbooks(workspace);
  const total = documents.length * (input.documentPdf ? 2 : 1) + registers.length + 4;
  let done = 0;
  const pdfState: { failure: string | null } = { failure: null };
  const files: PackFile[] = [];
  const step = async (label: string, make: () => Promise<PackFile[]>) => {
    if (input.isCancelled?.()) throw new AppError('cancelled', 'The Stage 1 pack was cancelled.');
    input.onProgress?.({ done, total, step: label });
    files.push(...(await make()));
    done += 1;
  };

  await step('Readiness report', async () => [
    {
      path: `${FOLDERS.readiness}/Readiness report.docx`,
      bytes: await input.generatedDocx('Stage 1 Readiness Report', input.readinessMarkdown),
    },
    {
      path: `${FOLDERS.readiness}/Readiness report.txt`,
      bytes: strToU8(`${readinessText(input.report).join('\n')}\n`),
    },
    {
      path: `${FOLDERS.readiness}/readiness-report.json`,
      bytes: strToU8(`${JSON.stringify(input.report, null, 2)}\n`),
    },
  ]);
  for (const entry of documents) {
    const { meta, draft } = entry;
    const name = safeName(`${meta.id} ${meta.title}${draft ? ' (DRAFT)' : ''}`);
    const folder = documentFolder(meta);
    await step(`${meta.id} ${meta.title}`, async () => [
      { path: `${folder}/${name}.docx`, bytes: await input.documentDocx(entry) },
    ]);
    const pdf = pdfState.failure === null ? input.documentPdf : null;
    if (pdf) {
      await step(`${meta.id} as PDF`, async () => {
        try {
          return [{ path: `${folder}/${name}.pdf`, bytes: await pdf(entry) }];
        } catch (error) {
          // A PDF problem must not cost the user the Word pack; the pack says what is missing.
          pdfState.failure = error instanceof Error ? error.message : String(error);
          return [];
        }
      });
    }
  }
  if (pdfState.failure !== null) {
    files.push({
      path: 'PDF copies not included.txt',
      bytes: strToU8(`The PDF copies could not be written: ${pdfState.failure}\n`),
    });
  }
  for (const reg of registers) {
    await step(`Register: ${reg.title}`, async () => [
      {
        path: `${FOLDERS.registers}/${safeName(reg.title)}.xlsx`,
        bytes: await tools.xlsx(reg.sheets),
      },
    ]);
  }
  const masterList = input.documentRegister;
  await step('Register of documents', async () => [
    {
      path: `${FOLDERS.documentRegister}/Register of documents.xlsx`,
      bytes: await tools.xlsx([masterList]),
    },
    {
      path: `${FOLDERS.documentRegister}/Register of documents.docx`,
      bytes: await input.generatedDocx(
        'Register of Documents',
        sheetMarkdown(masterList.columns, masterList.rows),
      ),
    },
  ]);
  await step('Traceability matrix', async () => [
    {
      path: `${FOLDERS.traceability}/Traceability matrix.xlsx`,
      bytes: await tools.xlsx(traceabilitySheets(workspace, input.report)),
    },
  ]);
  await step('Manifest', async () => [await manifest(files, tools)]);
  input.onProgress?.({ done, total, step: 'Done' });
  return finish(workspace, files, tools, documents);
};

const manifest = async (files: readonly PackFile[], tools: PackTools): Promise<PackFile> => {
  const lines = await Promise.all(
    [...files]
      .sort((a, b) => a.path.localeCompare(b.path))
      .map(async (f) => `${await tools.sha256(f.bytes)}  ${f.path}`),
  );
  return { path: MANIFEST, bytes: strToU8(`${lines.join('\n')}\n`) };
};

const finish = async (
  workspace: Workspace,
  files: readonly PackFile[],
  tools: PackTools,
  documents: readonly PackedDocument[],
): Promise<PackResult> => {
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  const zippable: Zippable = {};
  for (const f of sorted) zippable[f.path] = [f.bytes, { mtime: ZIP_TIME }];
  const prefix = workspace.organisation.documentIdPrefix;
  return {
    fileName: `${prefix} Stage 1 pack.zip`,
    zip: zipSync(zippable, { level: 6, mtime: ZIP_TIME }),
    files: await Promise.all(
      sorted.map(async (f) => ({
        path: f.path,
        size: f.bytes.length,
        sha256: await tools.sha256(f.bytes),
      })),
    ),
    documents: documents.length,
    drafts: documents.filter((d) => d.draft).length,
  };
};

const mdCell = (value: Cell) => String(value ?? '').replace(/\|/g, '\\|') || '-';
const sheetMarkdown = (columns: readonly string[], rows: readonly (readonly Cell[])[]) =>
  [
    '# Documents',
    '',
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(mdCell).join(' | ')} |`),
    '',
  ].join('\n');
