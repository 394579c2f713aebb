import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { errorCode } from '../store/atomic-write';
import { CliError } from './output';

/** Where `isms export --out PATH` writes: one named file, or a folder of files. */
export type ExportTarget = {
  readonly single: boolean;
  /** The absolute --out path. */
  readonly target: string;
};

const FILE_EXTENSIONS = ['.docx', '.pdf'];

const isFolderSpelling = (out: string) => out.endsWith('/') || out.endsWith(sep);

/**
 * Reads --out: a `.docx` or `.pdf` name for one document is that file; anything else is a folder.
 * Refuses, naming the path and what is wrong with it, an --out that cannot be what it must be.
 */
export const exportTarget = (out: string, oneDocument: boolean, extensions = FILE_EXTENSIONS) => {
  const target = resolve(out);
  const named = extensions.includes(extname(target).toLowerCase()) && !isFolderSpelling(out);
  const single = oneDocument && named;
  if (single && existsSync(target) && statSync(target).isDirectory()) {
    throw new CliError(`--out ${out}: is a folder; name a file or remove the extension`, 2);
  }
  if (!single && existsSync(target) && !statSync(target).isDirectory()) {
    const wanted = extensions.join(' or ');
    throw new CliError(
      oneDocument
        ? `--out ${out}: is a file that is not ${wanted}; name a ${wanted} file or a folder`
        : `--out ${out}: exporting several documents needs a folder, not a file`,
      2,
    );
  }
  // Said before any document is rendered: a PDF can take a while to make only to be refused.
  const blocker = fileInTheWay(single ? target : join(target, 'file'));
  if (blocker)
    throw new CliError(`--out ${out}: cannot write there: ${blocker} is a file, not a folder`);
  return { single, target } satisfies ExportTarget;
};

/** The first existing ancestor of path that is not a folder, if any. */
const fileInTheWay = (path: string): string | null => {
  for (let at = dirname(path); at !== dirname(at); at = dirname(at)) {
    if (existsSync(at)) return statSync(at).isDirectory() ? null : at;
  }
  return null;
};

/** Why a file could not be written, in words, for an --out path. */
const reasonFor = (file: string, error: unknown): string => {
  const blocker = fileInTheWay(file);
  if (blocker) return `${blocker} is a file, not a folder`;
  switch (errorCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return `no permission to write ${file}`;
    case 'EROFS':
      return `${dirname(file)} is on a read-only disk`;
    case 'EISDIR':
      return `${file} is a folder`;
    case 'ENOSPC':
      return 'the disk is full';
    case 'ENAMETOOLONG':
      return `the name ${file} is too long`;
    case 'ENOENT':
      return `files cannot be created in ${dirname(file)}`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
};

/** Writes one exported file, creating its folder; a failure names --out and the reason. */
export const writeExportFile = async (out: string, file: string, bytes: Uint8Array) => {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  } catch (error) {
    throw new CliError(`--out ${out}: cannot write there: ${reasonFor(file, error)}`);
  }
};
