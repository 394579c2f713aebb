import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve } from 'node:path';
import { base64ToBytes } from '../../core/api/base64';
import type { Dispatch } from '../../core/api/dispatch';
import { callApi } from './call';
import { CliError, type CliOutput } from './output';

export type CommandContext = { readonly dispatch: Dispatch; readonly io: CliOutput };

/** `isms init DIR [--demo]`: a new workspace, empty or filled with the demo organisation. */
export const initCommand = async (ctx: CommandContext, dir: string, demo: boolean) => {
  const summary = await callApi(ctx.dispatch, 'workspace.create', {
    dir: resolve(dir),
    from: demo ? 'demo' : 'blank',
  });
  ctx.io.out(
    `Created ${demo ? 'the demo' : 'an empty'} workspace "${summary.name}" in ${summary.dir} ` +
      `with ${summary.documentCount} document(s).`,
  );
  return 0;
};

/** `isms render DIR ID`: the filled Markdown of one document on stdout. */
export const renderCommand = async (ctx: CommandContext, dir: string, id: string) => {
  const rendered = await callApi(ctx.dispatch, 'documents.render', { dir: resolve(dir), id });
  ctx.io.out(rendered.markdown);
  for (const field of rendered.unfilled) {
    ctx.io.err(`${id}: unfilled field ${field.field} (line ${field.line}, column ${field.column})`);
  }
  return 0;
};

/** `isms export DIR (ID... | --all) --out PATH`: Word files named "<ID> <Title>.docx". */
export const exportCommand = async (
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
  const single = ids.length === 1 && !all && extname(out).toLowerCase() === '.docx';
  const target = resolve(out);
  if (!single && existsSync(target) && !statSync(target).isDirectory()) {
    throw new CliError(`--out ${out}: exporting several documents needs a folder, not a file`, 2);
  }
  // One call exports them all side by side; an unknown ID fails it before any file is written.
  const exported = await callApi(ctx.dispatch, 'documents.exportMany', {
    dir: root,
    ...(all ? {} : { ids: [...ids] }),
  });
  if (exported.length === 0)
    throw new CliError('nothing to export: the workspace has no documents', 2);
  for (const doc of exported) {
    const file = single ? target : join(target, doc.fileName);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, base64ToBytes(doc.data));
    ctx.io.out(`Wrote ${file}`);
    if (doc.incomplete) {
      ctx.io.err(
        `${doc.id}: has unfilled fields; exported as an incomplete draft (see isms check)`,
      );
    }
  }
  return 0;
};

/** `isms check DIR`: unfilled fields and invalid data; exit 1 when anything is missing. */
export const checkCommand = async (ctx: CommandContext, dir: string) => {
  const report = await callApi(ctx.dispatch, 'workspace.check', { dir: resolve(dir) });
  for (const problem of report.workspaceErrors) ctx.io.out(`workspace: ${problem}`);
  for (const doc of report.documents) {
    const problems = doc.unfilled.length + doc.errors.length;
    if (problems === 0) {
      ctx.io.out(`ok    ${doc.id} ${doc.title}`);
      continue;
    }
    ctx.io.out(`MISSING ${doc.id} ${doc.title}`);
    for (const f of doc.unfilled) {
      ctx.io.out(`  unfilled ${f.field} (line ${f.line}, column ${f.column})`);
    }
    for (const e of doc.errors) ctx.io.out(`  invalid  ${e}`);
  }
  const incomplete = report.documents.filter((d) => d.unfilled.length + d.errors.length > 0).length;
  ctx.io.out(
    report.ok
      ? `All ${report.documents.length} document(s) are complete.`
      : `${incomplete} of ${report.documents.length} document(s) need attention` +
          (report.workspaceErrors.length
            ? `; ${report.workspaceErrors.length} workspace problem(s).`
            : '.'),
  );
  return report.ok ? 0 : 1;
};

/** `isms templates`: the built-in library, one template per line. */
export const templatesCommand = async (ctx: CommandContext, dir: string | undefined) => {
  const list = await callApi(ctx.dispatch, 'templates.list', dir ? { dir: resolve(dir) } : {});
  const width = Math.max(...list.map((t) => t.id.length));
  for (const t of list) {
    const clauses = t.clauses.length ? `clauses ${t.clauses.join(', ')}` : '';
    const controls = t.controls.length ? `controls ${t.controls.join(', ')}` : '';
    const refs = [clauses, controls].filter(Boolean).join('; ');
    ctx.io.out(
      `${t.id.padEnd(width)}  ${t.kind.padEnd(9)}  ${t.title}${refs ? `  (${refs})` : ''}`,
    );
  }
  ctx.io.out(`${list.length} templates.`);
  return 0;
};

/** `isms add DIR (TEMPLATE-ID... | --all)`: documents made from templates, numbered. */
export const addCommand = async (
  ctx: CommandContext,
  dir: string,
  templateIds: readonly string[],
  all: boolean,
) => {
  const root = resolve(dir);
  let chosen = templateIds;
  if (all) {
    const existing = new Set(
      (await callApi(ctx.dispatch, 'documents.list', { dir: root })).map((d) => d.templateId),
    );
    chosen = (await callApi(ctx.dispatch, 'templates.list', { dir: root }))
      .map((t) => t.id)
      .filter((id) => !existing.has(id));
  }
  if (chosen.length === 0 && !all) throw new CliError('name template IDs or use --all', 2);
  for (const templateId of chosen) {
    const meta = await callApi(ctx.dispatch, 'documents.create', { dir: root, templateId });
    ctx.io.out(`Added ${meta.id} ${meta.title}`);
  }
  if (chosen.length === 0) ctx.io.out('Every template is already in the workspace.');
  return 0;
};
