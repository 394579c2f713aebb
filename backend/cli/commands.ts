import { resolve } from 'node:path';
import type { Dispatch } from '../../core/api/dispatch';
import { byReadingOrder } from '../../core/templates/reading-order';
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

/**
 * `isms templates [DIR]`: the library, one template per line; a workspace template that cannot
 * be used is listed where it would stand, with its file, line and reason. The listing itself
 * succeeded, so that alone does not change the exit code (`isms check` is the gate that fails
 * on it); the count line and stderr say how many cannot be used.
 */
export const templatesCommand = async (ctx: CommandContext, dir: string | undefined) => {
  const list = await callApi(ctx.dispatch, 'templates.list', dir ? { dir: resolve(dir) } : {});
  const width = Math.max(...list.map((t) => t.id.length));
  const unusable = list.filter((t) => t.problem !== null);
  for (const t of [...list].sort((a, b) => a.id.localeCompare(b.id))) {
    if (t.problem) {
      const line = t.problem.line === null ? '' : `, line ${t.problem.line}`;
      ctx.io.out(`${t.id.padEnd(width)}  ${'UNUSABLE'.padEnd(9)}  ${t.problem.file}${line}`);
      ctx.io.err(`${t.problem.message}`);
      continue;
    }
    const clauses = t.clauses.length ? `clauses ${t.clauses.join(', ')}` : '';
    const controls = t.controls.length ? `controls ${t.controls.join(', ')}` : '';
    const refs = [clauses, controls].filter(Boolean).join('; ');
    ctx.io.out(
      `${t.id.padEnd(width)}  ${t.kind.padEnd(9)}  ${t.title}${refs ? `  (${refs})` : ''}`,
    );
  }
  const usable = list.length - unusable.length;
  ctx.io.out(
    unusable.length === 0
      ? `${usable} templates.`
      : `${usable} templates; ${unusable.length} file(s) in templates/ cannot be used (reasons on stderr).`,
  );
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
      .filter((t) => t.problem === null)
      .sort(byReadingOrder)
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
