import { extname, resolve } from 'node:path';
import { exportTarget } from './export-target';
import { callApi } from './call';
import type { CommandContext } from './commands';
import { CliError } from './output';

export const PACK_USAGE = `Usage: isms pack DIR --out FILE.zip [--include-drafts]

Writes the Stage 1 documentation pack: every approved document as Word, by clause area; the
registers, the register of documents and the traceability matrix as Excel; the readiness report;
and MANIFEST.sha256 with the SHA-256 of every file (check it with "sha256sum -c").
  --out FILE.zip     where to write the pack
  --include-drafts   also pack documents not yet approved, marked as drafts on their cover`;

/** `isms pack DIR --out FILE.zip [--include-drafts]`: the Stage 1 pack as one ZIP. */
export const packCommand = async (
  ctx: CommandContext,
  dir: string,
  out: string,
  includeDrafts: boolean,
) => {
  if (extname(out).toLowerCase() !== '.zip') {
    throw new CliError(`--out ${out}: the pack is a .zip file\n\n${PACK_USAGE}`, 2);
  }
  // A folder or a file in the way is said at once, not after minutes of rendering.
  const { target } = exportTarget(out, true, ['.zip']);
  // The ZIP streams into the file as it is made; an existing file is replaced only at the end.
  const pack = await callApi(ctx.dispatch, 'pack.build', {
    dir: resolve(dir),
    includeDrafts,
    out: target,
  });
  ctx.io.out(
    `Wrote ${target}: ${pack.files.length} files, ${pack.documents} document(s)` +
      `${pack.drafts ? `, ${pack.drafts} of them drafts` : ''}.`,
  );
  ctx.io.out(
    `Readiness ${pack.score}%: ${pack.ready ? 'nothing blocks Stage 1' : 'not ready yet (see isms check)'}.`,
  );
  if (pack.documents === 0) {
    ctx.io.err(
      'No approved documents yet: the pack holds registers and the readiness report only.',
    );
  }
  return 0;
};
