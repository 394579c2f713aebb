import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { base64ToBytes, bytesToBase64 } from '../../core/api/base64';
import { REGISTER_NAMES, type RegisterName } from '../../core/registers/types';
import { describeAllRegisterFields, describeRegisterFields } from '../../core/registers/field-docs';
import { EVERY_REGISTER, registerNamed } from '../../core/registers/registry';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { CliError } from './output';

export const REGISTER_USAGE = `Usage: isms register list [DIR]
       isms register describe [NAME]
       isms register export DIR NAME --out FILE.csv|FILE.xlsx
       isms register import DIR NAME FILE.csv|FILE.xlsx [--replace]

Lists, exports and imports the ISMS registers. An import is all or nothing: every bad row is
listed (row, column, reason) and the workspace is left exactly as it was. Rows with an ID update
that entry; rows without one are added with a new ID. --replace also removes the entries the file
does not hold.

describe prints the fields of a register (or of every register): name, column, type, values,
whether required or derived; the same reference as docs/registers.md.

Registers: ${REGISTER_NAMES.join(', ')}`;

const usage = (message: string) => new CliError(`${message}\n\n${REGISTER_USAGE}`, 2);

const registerName = (name: string | undefined): RegisterName => {
  if (!name) throw usage('missing NAME');
  if (!(REGISTER_NAMES as readonly string[]).includes(name)) {
    throw usage(`no register called "${name}"`);
  }
  return name as RegisterName;
};

const formatOf = (file: string): 'csv' | 'xlsx' => {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv' || ext === '.xlsx') return ext.slice(1) as 'csv' | 'xlsx';
  throw usage(`${file}: expected a .csv or .xlsx file`);
};

type Flags = { out?: string; replace: boolean };

/** `isms register list|export|import ...`. */
export const registerCommand = async (
  ctx: CommandContext,
  args: readonly string[],
  flags: Flags,
): Promise<number> => {
  const [action, dir, name, file] = args;
  switch (action) {
    case 'list':
      return listRegisters(ctx, dir);
    case 'describe':
      // `describe NAME`: the second word is the register, not a folder.
      ctx.io.out(
        dir === undefined
          ? describeAllRegisterFields(EVERY_REGISTER)
          : describeRegisterFields(registerNamed(registerName(dir))),
      );
      return 0;
    case 'export': {
      if (!dir) throw usage('missing DIR');
      if (!flags.out) throw usage('missing --out FILE');
      return exportRegister(ctx, resolve(dir), registerName(name), flags.out);
    }
    case 'import': {
      if (!dir) throw usage('missing DIR');
      const register = registerName(name);
      if (!file) throw usage('missing FILE');
      return importRegister(ctx, resolve(dir), register, file, flags.replace);
    }
    default:
      throw usage(action ? `unknown action "${action}"` : 'missing an action');
  }
};

const listRegisters = async (ctx: CommandContext, dir: string | undefined) => {
  const { registers } = await callApi(ctx.dispatch, 'registers.describe', {});
  const width = Math.max(...registers.map((r) => r.name.length));
  for (const r of registers) {
    const count = dir
      ? `  ${(await callApi(ctx.dispatch, 'registers.list', { dir: resolve(dir), register: r.name })).rows.length} entries`
      : '';
    ctx.io.out(`${r.name.padEnd(width)}  ${r.title} (${r.clauses.join(', ')})${count}`);
  }
  return 0;
};

const exportRegister = async (
  ctx: CommandContext,
  dir: string,
  register: RegisterName,
  out: string,
) => {
  const format = formatOf(out);
  const exported = await callApi(ctx.dispatch, 'registers.export', { dir, register, format });
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, base64ToBytes(exported.data));
  ctx.io.out(`Wrote ${target}`);
  return 0;
};

type Problem = { row: number; column: string; message: string };

const importRegister = async (
  ctx: CommandContext,
  dir: string,
  register: RegisterName,
  file: string,
  replace: boolean,
) => {
  const format = formatOf(file);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(resolve(file)));
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const data = bytesToBase64(bytes);
  const mode = replace ? 'replace' : 'merge';
  const result = await ctx.dispatch('registers.import', { dir, register, format, data, mode });
  if (!result.ok) {
    const problems = result.error.details['problems'] as Problem[] | undefined;
    if (!problems) throw new CliError(result.error.message);
    for (const p of problems) ctx.io.err(`${file}: row ${p.row}, ${p.column}: ${p.message}`);
    throw new CliError(
      `nothing imported: ${problems.length} problem(s) in ${file}; the workspace is unchanged`,
    );
  }
  const summary = result.data as {
    created: number;
    updated: number;
    removed: number;
    total: number;
  };
  ctx.io.out(
    `Imported ${file} into ${register}: ${summary.created} added, ${summary.updated} updated, ` +
      `${summary.removed} removed; ${summary.total} entries.`,
  );
  return 0;
};
