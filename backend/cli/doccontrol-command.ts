import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, resolve } from 'node:path';
import { base64ToBytes } from '../../core/api/base64';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { CliError } from './output';

// Document control on the command line (clause 7.5): the lifecycle actions, comparing versions
// and the register of documents, each one API call.

export const DOCCONTROL_USAGE: Readonly<Record<string, string>> = {
  submit: `Usage: isms submit DIR ID\n\nSends a draft (or an approved document that has changed since approval) for review.`,
  approve: `Usage: isms approve DIR ID --approver NAME --reason TEXT [--major]\n\nApproves a document in review: the version follows the rule in the README (1.0 first,\nthen minor steps, or the next major with --major), the revision history gets its row,\nand the approved text, the data it was filled from and its Word file are frozen in history/.\nRefused when the approver is the document's owner (unless the workspace allows it),\nor the document has unfilled fields or a syntax error.\n  --approver NAME  the approving person: name or person id from the profile\n  --reason TEXT    the reason for the change, printed in the revision history\n  --major          a major revision (2.0 after 1.x) instead of a minor one`,
  return: `Usage: isms return DIR ID --reason TEXT\n\nTakes a document out of review for more changes; the draft number goes up one step.`,
  withdraw: `Usage: isms withdraw DIR ID --reason TEXT\n\nWithdraws a document (obsolete): it keeps its ID, history and frozen versions, and the\nID is never given to another document.`,
  history: `Usage: isms history DIR ID\n\nPrints a document's state, its approved versions and its revision history.`,
  compare: `Usage: isms compare DIR ID FROM TO [--out FILE.docx]\n\nCompares two versions of a document: approved versions by number (1.0) and the working\ntext as "current". Prints the change, deleted words as [-...-] and inserted ones as {+...+};\nwith --out, writes a Word "redline" whose tracked insertions and deletions show in Word's\nand LibreOffice's review pane.`,
  'master-list': `Usage: isms master-list DIR [--out FILE.xlsx|FILE.docx]\n\nThe register of documents (master list): ID, title, version, status, owner, approver,\napproval date, next review, classification, clauses and controls. Printed as a table, or\nwritten as an Excel workbook or a Word document.`,
};

export type DocControlFlags = {
  readonly approver?: string | undefined;
  readonly reason?: string | undefined;
  readonly major: boolean;
  readonly out?: string | undefined;
};

const need = (value: string | undefined, what: string, command: string): string => {
  if (!value) throw new CliError(`missing ${what}\n\n${DOCCONTROL_USAGE[command] ?? ''}`, 2);
  return value;
};

/** A person of the workspace by id or by name (any case); a clear error listing them otherwise. */
const personId = async (ctx: CommandContext, dir: string, wanted: string) => {
  const { people } = await callApi(ctx.dispatch, 'profile.get', { dir });
  const key = wanted.trim().toLowerCase();
  const found =
    people.find((p) => p.id === wanted) ?? people.find((p) => p.name.toLowerCase() === key);
  if (found) return found.id;
  const names = people.map((p) => p.name).join(', ') || 'nobody yet';
  throw new CliError(`--approver ${wanted}: no such person in the profile (people: ${names})`, 2);
};

const writeOut = async (out: string, data: string) => {
  const target = resolve(out);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, base64ToBytes(data));
  return target;
};

const compare = async (ctx: CommandContext, dir: string, p: readonly string[], out?: string) => {
  const [id, from, to] = [p[1], p[2], p[3]].map((v, i) =>
    need(v, ['ID', 'FROM', 'TO'][i]!, 'compare'),
  ) as [string, string, string];
  if (out) {
    if (extname(out).toLowerCase() !== '.docx') {
      throw new CliError(`--out ${out}: the redline is a .docx file`, 2);
    }
    const file = await callApi(ctx.dispatch, 'documents.exportRedline', { dir, id, from, to });
    ctx.io.out(`Wrote ${await writeOut(out, file.data)}: the change from ${from} to ${to}.`);
    return 0;
  }
  const result = await callApi(ctx.dispatch, 'documents.compare', { dir, id, from, to });
  ctx.io.out(`${id}: ${result.from.label} -> ${result.to.label}`);
  const text = result.parts
    .map((part) =>
      part.kind === 'equal'
        ? part.text
        : part.kind === 'delete'
          ? `[-${part.text}-]`
          : `{+${part.text}+}`,
    )
    .join('');
  const changed = result.parts.some((part) => part.kind !== 'equal');
  ctx.io.out(changed ? text : 'No difference.');
  return 0;
};

const history = async (ctx: CommandContext, dir: string, id: string) => {
  const control = await callApi(ctx.dispatch, 'documents.control', { dir, id });
  const v = control.view;
  ctx.io.out(`${id}: ${v.label}, working version ${v.workingVersion}`);
  if (v.approvedVersion) {
    ctx.io.out(
      `Approved version ${v.approvedVersion} on ${v.approvedAt ?? '?'}; next review ${v.nextReviewDate ?? 'not set'}${v.reviewOverdue ? ' (overdue)' : ''}`,
    );
  }
  ctx.io.out('\nApprovals:');
  for (const a of control.approvals) {
    ctx.io.out(
      `  ${a.version}  ${a.date}  ${a.approverName} (author ${a.authorName || '-'}): ${a.reason}${a.frozen ? '' : ' [no frozen copy]'}`,
    );
  }
  if (control.approvals.length === 0) ctx.io.out('  none yet');
  ctx.io.out('\nRevision history:');
  for (const r of control.revisions)
    ctx.io.out(`  ${r.version}  ${r.date}  ${r.author}: ${r.description}`);
  return 0;
};

const masterList = async (ctx: CommandContext, dir: string, out?: string) => {
  if (out) {
    const ext = extname(out).toLowerCase();
    if (ext !== '.xlsx' && ext !== '.docx') {
      throw new CliError(`--out ${out}: write the register as .xlsx or .docx`, 2);
    }
    const format = ext === '.xlsx' ? 'xlsx' : 'docx';
    const file = await callApi(ctx.dispatch, 'documents.exportRegister', { dir, format });
    ctx.io.out(`Wrote ${await writeOut(out, file.data)}.`);
    return 0;
  }
  const rows = await callApi(ctx.dispatch, 'documents.register', { dir });
  for (const r of rows) {
    ctx.io.out(
      [r.id, r.version, r.status, r.title, r.owner, r.approver, r.approvalDate, r.nextReview]
        .map((v) => v || '-')
        .join('\t'),
    );
  }
  ctx.io.out(`${rows.length} document(s).`);
  return 0;
};

/** `isms submit|approve|return|withdraw|history|compare|master-list ...`. */
export const docControlCommand = async (
  ctx: CommandContext,
  command: string,
  p: readonly string[],
  flags: DocControlFlags,
): Promise<number> => {
  const dir = resolve(need(p[0], 'DIR', command));
  if (command === 'master-list') return masterList(ctx, dir, flags.out);
  if (command === 'compare') return compare(ctx, dir, p, flags.out);
  const id = need(p[1], 'ID', command);
  if (command === 'history') return history(ctx, dir, id);
  if (command === 'submit') {
    const meta = await callApi(ctx.dispatch, 'documents.submitForReview', { dir, id });
    ctx.io.out(`${id} version ${meta.version} is in review.`);
    return 0;
  }
  const reason = need(flags.reason, '--reason TEXT', command);
  if (command === 'approve') {
    const approver = await personId(ctx, dir, need(flags.approver, '--approver NAME', command));
    const change = flags.major ? 'major' : 'minor';
    const meta = await callApi(ctx.dispatch, 'documents.approve', {
      dir,
      id,
      approver,
      reason,
      change,
    });
    ctx.io.out(
      `${id} approved as version ${meta.version} on ${meta.approvedAt ?? ''}; frozen in history/${id}@${meta.version}.json, its Word file in .docx.`,
    );
    return 0;
  }
  if (command === 'return') {
    const meta = await callApi(ctx.dispatch, 'documents.returnToDraft', { dir, id, reason });
    ctx.io.out(`${id} is a draft again, version ${meta.version}.`);
    return 0;
  }
  await callApi(ctx.dispatch, 'documents.withdraw', { dir, id, reason });
  ctx.io.out(`${id} is withdrawn; its ID and history are kept.`);
  return 0;
};
