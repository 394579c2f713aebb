import { resolve } from 'node:path';
import { readinessText } from '../../core/readiness';
import { callApi } from './call';
import { recordCheck } from './check-memo';
import type { CommandContext } from './commands';

/**
 * `isms check DIR [--json]`: the readiness report, then each document's unfilled fields and
 * problems. Exit 1 while anything blocks Stage 1; an empty workspace is never ready.
 */
export const checkCommand = async (ctx: CommandContext, dir: string, json: boolean) => {
  const record = await recordCheck(dir, json, ctx.io);
  const exitCode = await printCheck({ ...ctx, io: record.io }, dir, json);
  // A document that could not be rendered (out of time, say) is tried again next time.
  await record.keep(exitCode.code, exitCode.everyDocumentRendered);
  return exitCode.code;
};

const printCheck = async (ctx: CommandContext, dir: string, json: boolean) => {
  const result = await callApi(ctx.dispatch, 'readiness.report', { dir: resolve(dir) });
  const everyDocumentRendered = result.documents.every((d) => d.errors.length === 0);
  const { report, documents, workspaceErrors } = result;
  const broken = documents.some((d) => d.errors.length > 0) || workspaceErrors.length > 0;
  const exitCode = report.ready && !broken ? 0 : 1;
  if (json) {
    ctx.io.out(JSON.stringify(result, null, 2));
    return { code: exitCode, everyDocumentRendered };
  }
  for (const line of readinessText(report)) ctx.io.out(line);
  ctx.io.out('');
  ctx.io.out('Documents:');
  for (const problem of workspaceErrors) ctx.io.out(`workspace: ${problem}`);
  for (const doc of documents) {
    if (doc.unfilled.length + doc.errors.length === 0) {
      ctx.io.out(`ok    ${doc.id} ${doc.title}`);
      continue;
    }
    ctx.io.out(`MISSING ${doc.id} ${doc.title}`);
    for (const f of doc.unfilled) {
      ctx.io.out(`  unfilled ${f.field} (line ${f.line}, column ${f.column})`);
    }
    for (const e of doc.errors) ctx.io.out(`  invalid  ${e}`);
  }
  if (documents.length === 0) ctx.io.out('  No documents yet.');
  ctx.io.out('');
  ctx.io.out(
    exitCode === 0
      ? `Ready for Stage 1: nothing blocks it (score ${report.score}%).`
      : `Not ready for Stage 1: ${report.blockers} blocking finding(s), score ${report.score}%.`,
  );
  return { code: exitCode, everyDocumentRendered };
};
