import { join, resolve } from 'node:path';
import { nativeBase64Bytes } from '../native-base64';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { exportTarget, writeExportFile } from './export-target';
import { CliError } from './output';

/**
 * `isms export` of Word files: one API call exports every document side by side (an unknown ID
 * fails it before any file is written), then the files are written in workspace order.
 */
export const exportDocxBatch = async (
  ctx: CommandContext,
  dir: string,
  ids: readonly string[],
  all: boolean,
  out: string,
) => {
  const root = resolve(dir);
  if (!all && ids.length === 0) {
    throw new CliError('nothing to export: name document IDs or use --all', 2);
  }
  const { single, target } = exportTarget(out, ids.length === 1 && !all, ['.docx']);
  const exported = await callApi(ctx.dispatch, 'documents.exportMany', {
    dir: root,
    ...(all ? {} : { ids: [...ids] }),
  });
  if (exported.length === 0) {
    throw new CliError('nothing to export: name document IDs or use --all', 2);
  }
  const warned = new Set<string>();
  for (const doc of exported) {
    const file = single ? target : join(target, doc.fileName);
    await writeExportFile(out, file, nativeBase64Bytes(doc.data));
    ctx.io.out(`Wrote ${file}`);
    for (const w of doc.warnings) {
      if (!warned.has(w.message)) ctx.io.err(w.message);
      warned.add(w.message);
    }
    if (doc.incomplete) {
      ctx.io.err(
        `${doc.id}: has unfilled fields; exported as an incomplete draft (see isms check)`,
      );
    }
  }
  return 0;
};
