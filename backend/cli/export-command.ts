import { extname, join, resolve } from 'node:path';
import { base64ToBytes } from '../../core/api/base64';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { exportDocxBatch } from './export-docx-batch';
import { exportTarget, writeExportFile } from './export-target';
import { CliError } from './output';

export type ExportFormat = 'docx' | 'pdf' | 'both';

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf', 'both'];

/** The --format value, or the one the --out file's extension names; Word when neither says. */
export const exportFormat = (flag: string | undefined, out: string): ExportFormat => {
  if (flag !== undefined) {
    if (!(FORMATS as readonly string[]).includes(flag)) {
      throw new CliError(`--format ${flag}: expected docx, pdf or both`, 2);
    }
    return flag as ExportFormat;
  }
  return extname(out).toLowerCase() === '.pdf' ? 'pdf' : 'docx';
};

const exportOne = async (ctx: CommandContext, root: string, id: string, kind: 'docx' | 'pdf') =>
  kind === 'pdf'
    ? callApi(ctx.dispatch, 'documents.exportPdf', { dir: root, id })
    : callApi(ctx.dispatch, 'documents.export', { dir: root, id });

/**
 * `isms export DIR (ID... | --all) --out PATH [--format docx|pdf|both]`: files named
 * "<ID> <Title>.docx" / ".pdf"; one file when one ID and a file name are given.
 */
export const exportCommand = async (
  ctx: CommandContext,
  dir: string,
  ids: readonly string[],
  all: boolean,
  out: string,
  formatFlag?: string,
) => {
  const root = resolve(dir);
  const format = exportFormat(formatFlag, out);
  if (format === 'docx') return exportDocxBatch(ctx, dir, ids, all, out);
  const known = (await callApi(ctx.dispatch, 'documents.list', { dir: root })).map((d) => d.id);
  const chosen = all ? known : ids;
  if (chosen.length === 0) {
    throw new CliError('nothing to export: name document IDs or use --all', 2);
  }
  // Check every ID first, so a typo does not leave half of the files written.
  const missing = chosen.filter((id) => !known.includes(id));
  if (missing.length > 0) {
    throw new CliError(`no document with ID ${missing.join(', ')} in ${root}`);
  }
  const { single, target } = exportTarget(out, chosen.length === 1 && !all);
  const ext = extname(target);
  const kinds: ('docx' | 'pdf')[] = format === 'both' ? ['docx', 'pdf'] : [format];
  const warned = new Set<string>();
  for (const id of chosen) {
    let incomplete = false;
    for (const kind of kinds) {
      const exported = await exportOne(ctx, root, id, kind);
      const file = single
        ? target.slice(0, target.length - ext.length) + `.${kind}`
        : join(target, exported.fileName);
      await writeExportFile(out, file, base64ToBytes(exported.data));
      ctx.io.out(`Wrote ${file}`);
      incomplete ||= exported.incomplete;
      for (const w of exported.warnings) {
        if (!warned.has(w.message)) ctx.io.err(w.message);
        warned.add(w.message);
      }
    }
    if (incomplete) {
      ctx.io.err(`${id}: has unfilled fields; exported as an incomplete draft (see isms check)`);
    }
  }
  return 0;
};
