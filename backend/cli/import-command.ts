import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { bytesToBase64 } from '../../core/api/base64';
import { importReportLines } from '../../core/api/import-report';
import { toIoError } from '../store/io-error';
import { callApi } from './call';
import type { CommandContext } from './commands';

export const IMPORT_USAGE = `Usage: isms import DIR FILE.docx [--template ID]

Imports a Word document as a new draft. Headings, nested lists, tables, bold, italic and links
are kept; what cannot be kept (images, headers and footers, merged cells...) is listed.
  --template ID   the template the document stands for: its kind (numbering), clauses and
                  controls; without it the document is numbered as a policy`;

/** `isms import DIR FILE.docx [--template ID]`. */
export const importCommand = async (
  ctx: CommandContext,
  dir: string,
  file: string,
  templateId: string | undefined,
) => {
  const path = resolve(file);
  const data = await readFile(path).catch((error: unknown) => {
    throw toIoError(error, 'read', path);
  });
  const result = await callApi(ctx.dispatch, 'documents.import', {
    dir: resolve(dir),
    fileName: basename(path),
    data: bytesToBase64(data),
    ...(templateId ? { templateId } : {}),
  });
  ctx.io.out(`Imported ${basename(path)} as ${result.document.id} "${result.document.title}".`);
  for (const line of importReportLines(result.report)) ctx.io.out(line);
  return 0;
};
