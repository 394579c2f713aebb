import { strToU8, Zip, ZipDeflate } from 'fflate';
import { throwIfCancelled, type CancelSignal } from '../cancellation';
import type { Workspace } from '../model/workspace';
import type { ReadinessReport } from '../readiness';
import { readinessText } from '../readiness';
import { documentFolder, FOLDERS, MANIFEST, safeName } from './layout';
import { registerWorkbooks, traceabilitySheets } from './sheets';
import type {
  Cell,
  PackedDocument,
  PackProgress,
  PackResult,
  PackSink,
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
  /** Checked between files: after a cancel no further file is made. */
  readonly signal?: CancelSignal;
  readonly sink: PackSink;
};

/** One file of the pack, made only when its turn comes; null leaves it out. */
type Planned = {
  readonly path: string;
  readonly step: string;
  readonly make: () => Promise<Uint8Array | null>;
};

/** Every file the pack will hold, by path, each with how to make it. */
const plan = (input: PackInput, pdfState: { failure: string | null }): Planned[] => {
  const { workspace, tools } = input;
  const readiness = 'Readiness report';
  const planned: Planned[] = [
    {
      path: `${FOLDERS.readiness}/Readiness report.docx`,
      step: readiness,
      make: () => input.generatedDocx('Stage 1 Readiness Report', input.readinessMarkdown),
    },
    {
      path: `${FOLDERS.readiness}/Readiness report.txt`,
      step: readiness,
      make: () => Promise.resolve(strToU8(`${readinessText(input.report).join('\n')}\n`)),
    },
    {
      path: `${FOLDERS.readiness}/readiness-report.json`,
      step: readiness,
      make: () => Promise.resolve(strToU8(`${JSON.stringify(input.report, null, 2)}\n`)),
    },
  ];
  for (const entry of input.documents) {
    const { meta, draft } = entry;
    const name = safeName(`${meta.id} ${meta.title}`, draft ? ' (DRAFT)' : '');
    const folder = documentFolder(meta);
    const label = `${meta.id} ${meta.title}`;
    planned.push({
      path: `${folder}/${name}.docx`,
      step: label,
      make: () => input.documentDocx(entry),
    });
    const pdf = input.documentPdf;
    if (pdf) {
      planned.push({
        path: `${folder}/${name}.pdf`,
        step: `${meta.id} as PDF`,
        make: async () => {
          if (pdfState.failure !== null) return null;
          try {
            return await pdf(entry);
          } catch (error) {
            // A PDF problem must not cost the user the Word pack; the pack says what is missing.
            pdfState.failure = error instanceof Error ? error.message : String(error);
            return null;
          }
        },
      });
    }
  }
  for (const reg of registerWorkbooks(workspace)) {
    planned.push({
      path: `${FOLDERS.registers}/${safeName(reg.title)}.xlsx`,
      step: `Register: ${reg.title}`,
      make: () => tools.xlsx(reg.sheets),
    });
  }
  const masterList = input.documentRegister;
  planned.push(
    {
      path: `${FOLDERS.documentRegister}/Register of documents.xlsx`,
      step: 'Register of documents',
      make: () => tools.xlsx([masterList]),
    },
    {
      path: `${FOLDERS.documentRegister}/Register of documents.docx`,
      step: 'Register of documents',
      make: () =>
        input.generatedDocx(
          'Register of Documents',
          sheetMarkdown(masterList.columns, masterList.rows),
        ),
    },
    {
      path: `${FOLDERS.traceability}/Traceability matrix.xlsx`,
      step: 'Traceability matrix',
      make: () => tools.xlsx(traceabilitySheets(workspace, input.report)),
    },
  );
  return planned.sort((a, b) => a.path.localeCompare(b.path));
};

const PDF_NOTE = 'PDF copies not included.txt';
const WHAT = 'The Stage 1 pack';

/**
 * Assembles the Stage 1 pack: documents by clause area, registers, the register of documents,
 * the traceability matrix, the readiness report and a SHA-256 manifest, zipped with fixed times
 * and sorted entries so the same workspace gives the same bytes.
 *
 * Files are made one at a time in the order of their paths and streamed into the ZIP, and the
 * ZIP into the sink, as they are made: only each file's hash and size are kept, so memory holds
 * one document, never every document or the whole ZIP.
 */
export const buildStage1Pack = async (input: PackInput): Promise<PackResult> => {
  const { tools } = input;
  const pdfState: { failure: string | null } = { failure: null };
  const planned = plan(input, pdfState);
  const total = planned.length + 1;
  const zip = streamingZip(input.sink);
  const written: { path: string; size: number; sha256: string }[] = [];
  const add = async (path: string, bytes: Uint8Array) => {
    written.push({ path, size: bytes.length, sha256: await tools.sha256(bytes) });
    await zip.add(path, bytes);
  };
  for (const [done, file] of planned.entries()) {
    throwIfCancelled(input.signal, WHAT);
    input.onProgress?.({ done, total, step: file.step });
    const bytes = await file.make();
    if (bytes) await add(file.path, bytes);
  }
  throwIfCancelled(input.signal, WHAT);
  input.onProgress?.({ done: planned.length, total, step: 'Manifest' });
  // The note sorts after the manifest but is listed in it, so it is made first.
  const note =
    pdfState.failure === null
      ? null
      : {
          path: PDF_NOTE,
          bytes: strToU8(`The PDF copies could not be written: ${pdfState.failure}\n`),
        };
  const noteHash = note ? [{ path: note.path, sha256: await tools.sha256(note.bytes) }] : [];
  const lines = [...written, ...noteHash]
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((f) => `${f.sha256}  ${f.path}`);
  await add(MANIFEST, strToU8(`${lines.join('\n')}\n`));
  if (note) await add(note.path, note.bytes);
  input.onProgress?.({ done: total, total, step: 'Done' });
  const prefix = input.workspace.organisation.documentIdPrefix;
  return {
    fileName: `${prefix} Stage 1 pack.zip`,
    size: await zip.finish(),
    files: written.sort((a, b) => a.path.localeCompare(b.path)),
    documents: input.documents.length,
    drafts: input.documents.filter((d) => d.draft).length,
  };
};

/**
 * A ZIP written entry by entry to the sink: each file is compressed when added and its chunks
 * are written out before the next file is made, so neither the file nor the ZIP stays in memory.
 */
const streamingZip = (sink: PackSink) => {
  let pending: Uint8Array[] = [];
  let size = 0;
  // fflate's synchronous Zip hands over its chunks inside add() and end().
  const archive = new Zip((error, chunk) => {
    if (error) throw error;
    pending.push(chunk);
  });
  const flush = async () => {
    const chunks = pending;
    pending = [];
    for (const chunk of chunks) {
      size += chunk.length;
      await sink.write(chunk);
    }
  };
  return {
    add: async (path: string, bytes: Uint8Array) => {
      const entry = new ZipDeflate(path, { level: 6 });
      entry.mtime = ZIP_TIME;
      archive.add(entry);
      entry.push(bytes, true);
      await flush();
    },
    /** Writes the central directory; resolves to the size of the whole ZIP. */
    finish: async (): Promise<number> => {
      archive.end();
      await flush();
      return size;
    },
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
