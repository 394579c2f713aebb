import { parseArgs } from 'node:util';
import type { Dispatch } from '../../core/api/dispatch';
import {
  addCommand,
  initCommand,
  renderCommand,
  templatesCommand,
  type CommandContext,
} from './commands';
import { checkCommand } from './check-command';
import { PACK_USAGE, packCommand } from './pack-command';
import { exportCommand } from './export-command';
import { REGISTER_USAGE, registerCommand } from './register-command';
import { DECISIONS_USAGE, decisionsCommand } from './decisions-command';
import { IMPORT_USAGE, importCommand } from './import-command';
import { DOCCONTROL_USAGE, docControlCommand } from './doccontrol-command';
import { CliError, type CliOutput } from './output';
import { GENERAL } from './usage';

const USAGE: Readonly<Record<string, string>> = {
  init: `Usage: isms init DIR [--demo]\n\nCreates a workspace in DIR (which must not hold one yet).\n  --demo   fill it with the Brightwater Analytics demo organisation and documents`,
  render: `Usage: isms render DIR ID\n\nPrints the filled Markdown of document ID; unfilled fields are listed on stderr.`,
  export: `Usage: isms export DIR (ID... | --all) --out PATH [--format docx|pdf|both]\n\nWrites files named "<ID> <Title>.docx" and/or ".pdf".\n  --out PATH       a .docx or .pdf file for one document, or a folder\n  --all            every document in the workspace\n  --format FORMAT  docx (Word, the default), pdf, or both; a single .pdf --out means pdf`,
  check: `Usage: isms check DIR [--json]\n\nReports what a Stage 1 auditor would find missing, clause by clause (4.1-10.2) and\nAnnex A theme by theme, with a score and the next things to do; then each document's\nunfilled fields (line and column) and problems.\n  --json  the same report as JSON, for pipelines\nExit code 0 when nothing blocks Stage 1, 1 while anything does (an empty workspace included).`,
  templates: `Usage: isms templates [DIR | --workspace DIR]\n\nLists the template library (id, kind, title, clauses, controls), with a workspace's own templates/ when DIR is given.`,
  pack: PACK_USAGE,
  register: REGISTER_USAGE,
  decisions: DECISIONS_USAGE,
  import: IMPORT_USAGE,
  ...DOCCONTROL_USAGE,
  add: `Usage: isms add DIR (TEMPLATE-ID... | --all)\n\nAdds documents made from templates, numbered by the workspace's ID scheme.\n  --all  every template not yet in the workspace`,
};

type Parsed = { positionals: string[]; flags: Record<string, string | boolean | undefined> };

const parse = (args: readonly string[]): Parsed => {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      demo: { type: 'boolean' },
      all: { type: 'boolean' },
      json: { type: 'boolean' },
      'include-drafts': { type: 'boolean' },
      replace: { type: 'boolean' },
      out: { type: 'string', short: 'o' },
      format: { type: 'string' },
      workspace: { type: 'string' },
      value: { type: 'string' },
      by: { type: 'string' },
      on: { type: 'string' },
      template: { type: 'string' },
      approver: { type: 'string' },
      reason: { type: 'string' },
      major: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { positionals, flags: values };
};

const need = (value: string | undefined, what: string, command: string): string => {
  if (!value) throw new CliError(`missing ${what}\n\n${USAGE[command] ?? GENERAL}`, 2);
  return value;
};

const run = async (ctx: CommandContext, command: string, { positionals: p, flags }: Parsed) => {
  const all = flags['all'] === true;
  switch (command) {
    case 'init':
      return initCommand(ctx, need(p[0], 'DIR', command), flags['demo'] === true);
    case 'render':
      return renderCommand(ctx, need(p[0], 'DIR', command), need(p[1], 'ID', command));
    case 'export': {
      const out = need(flags['out'] as string | undefined, '--out PATH', command);
      const format = flags['format'] as string | undefined;
      return exportCommand(ctx, need(p[0], 'DIR', command), p.slice(1), all, out, format);
    }
    case 'check':
      return checkCommand(ctx, need(p[0], 'DIR', command), flags['json'] === true);
    case 'pack': {
      const out = need(flags['out'] as string | undefined, '--out FILE.zip', command);
      return packCommand(ctx, need(p[0], 'DIR', command), out, flags['include-drafts'] === true);
    }
    case 'register':
      return registerCommand(ctx, p, {
        out: flags['out'] as string | undefined,
        replace: flags['replace'] === true,
      });
    case 'decisions':
      return decisionsCommand(ctx, p, {
        value: flags['value'] as string | undefined,
        by: flags['by'] as string | undefined,
        on: flags['on'] as string | undefined,
      });
    case 'import':
      return importCommand(
        ctx,
        need(p[0], 'DIR', command),
        need(p[1], 'FILE.docx', command),
        flags['template'] as string | undefined,
      );
    case 'submit':
    case 'approve':
    case 'return':
    case 'withdraw':
    case 'history':
    case 'compare':
    case 'master-list':
      return docControlCommand(ctx, command, p, {
        approver: flags['approver'] as string | undefined,
        reason: flags['reason'] as string | undefined,
        major: flags['major'] === true,
        out: flags['out'] as string | undefined,
      });
    case 'templates':
      return templatesCommand(ctx, (flags['workspace'] as string | undefined) ?? p[0]);
    case 'add':
      return addCommand(ctx, need(p[0], 'DIR', command), p.slice(1), all);
    default:
      throw new CliError(`unknown command "${command}"\n\n${GENERAL}`, 2);
  }
};

/** The backend of a command: render results are kept between runs (see result-cache.ts). */
const cliBackend = async (): Promise<Dispatch> => {
  const [{ createBackend }, { persistentResultCache, persistentWidthTables }] = await Promise.all([
    import('../compose'),
    import('../render/result-cache'),
  ]);
  const widthTables = persistentWidthTables();
  return createBackend({
    renderWorkers: {
      resultCache: persistentResultCache,
      widthTables,
      scaleLimitWithLoad: true,
      // A few drafts are made faster here than a worker starts (render-pool.ts).
      inlineExports: 8,
    },
  }).dispatch;
};

/** Runs one command (anything but the general help) and returns its exit code. */
export const runCommand = async (
  command: string,
  rest: readonly string[],
  io: CliOutput,
  dispatch?: Dispatch,
): Promise<number> => {
  try {
    const parsed = parse(rest);
    if (parsed.flags['help']) {
      io.out(USAGE[command] ?? GENERAL);
      return 0;
    }
    const backend = dispatch ?? (await cliBackend());
    return await run({ dispatch: backend, io }, command, parsed);
  } catch (error) {
    const exitCode = error instanceof CliError ? error.exitCode : isUsageError(error) ? 2 : 1;
    const message = error instanceof Error ? error.message : String(error);
    io.err(`isms ${command}: ${message}`);
    return exitCode;
  }
};

// parseArgs rejects unknown options and missing values with these codes; anything else that is
// not a CliError (a file that cannot be written, say) is a failure, not a mistake in the call.
const isUsageError = (error: unknown) =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS');
