import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TemplateSource } from '../../core/api/ports';
import { AppError } from '../../core/errors';
import type { TemplateFile, TemplateOrigin } from '../../core/templates/types';
import { errorCode } from '../store/atomic-write';
import { toIoError } from '../store/io-error';
import { resolveInside } from '../store/paths';
import { readText } from '../store/safe-read';
import { BUILT_LIBRARY_FILE, builtParsedFrom } from './built-library';

/** Files in a templates folder that document the folder rather than being templates. */
const IGNORED_NAMES = new Set(['readme.md']);

/**
 * Template files from the built-in library (`builtinDir`, by default the project's templates/
 * folder) followed by the workspace's own templates/ folder; each group sorted by path.
 * Which template wins when ids clash is the core's decision, not this source's.
 * `builtLibrary`: the built-in templates as the build parsed them (see built-library.ts); by
 * default the file beside the built modules, none from the TypeScript sources or with
 * ISMS_SHIPPED_DATA=0.
 */
export const createTemplateSource = (
  builtinDir?: string,
  builtLibrary: string | null = defaultBuiltLibrary(),
): TemplateSource => {
  const builtin = builtinDir === undefined ? null : resolve(builtinDir);
  return {
    builtParsed: builtParsedFrom(builtLibrary),
    list: async (workspaceRoot) => {
      const dir = builtin ?? findBuiltinTemplatesDir();
      const builtins = await listFolder(dir, 'builtin', true);
      const own =
        workspaceRoot === null
          ? []
          : await listFolder(
              join(resolve(workspaceRoot), 'templates'),
              'workspace',
              false,
              resolve(workspaceRoot),
            );
      return [...builtins, ...own];
    },
  };
};

/**
 * The project's templates/ folder: the nearest ancestor of this module holding both
 * package.json and templates/ (works from backend/templates/ under tsx and from a bundle in out/).
 * The packaged app passes its resources folder to createTemplateSource instead.
 */
export const findBuiltinTemplatesDir = (start: string = moduleDir()): string => {
  let dir = resolve(start);
  for (;;) {
    const candidate = join(dir, 'templates');
    if (existsSync(join(dir, 'package.json')) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new AppError(
        'not-found',
        `The built-in templates folder was not found above ${start}`,
        {
          file: start,
        },
      );
    }
    dir = parent;
  }
};

/**
 * The parsed library a build writes beside its modules (out/cli, out/electron); from the
 * TypeScript sources there is none (a source can change without a build).
 */
const defaultBuiltLibrary = (): string | null => {
  if (process.env['ISMS_SHIPPED_DATA'] === '0') return null;
  const url: unknown = import.meta.url;
  if (typeof url === 'string' && url !== '') {
    return url.endsWith('.ts') ? null : join(dirname(fileURLToPath(url)), BUILT_LIBRARY_FILE);
  }
  // The app's main process is a CommonJS bundle, without import.meta.url.
  return typeof __dirname === 'string' ? join(__dirname, BUILT_LIBRARY_FILE) : null;
};

// A CommonJS bundle has no import.meta.url; the working directory is the fallback there.
const moduleDir = (): string => {
  const url: unknown = import.meta.url;
  return typeof url === 'string' && url !== '' ? dirname(fileURLToPath(url)) : process.cwd();
};

const listFolder = async (
  dir: string,
  origin: TemplateOrigin,
  required: boolean,
  container: string = dir,
): Promise<TemplateFile[]> => {
  const files = await findMarkdown(dir, dir, required);
  files.sort((a, b) => compareCodeUnits(toPosix(relative(dir, a)), toPosix(relative(dir, b))));
  // A workspace may come from anyone: its templates (and the templates/ folder itself) must not
  // link to files outside the workspace folder.
  const readable = (file: string) =>
    origin === 'workspace'
      ? resolveInside(container, relative(container, file))
      : Promise.resolve(file);
  return Promise.all(
    files.map(async (file) => ({
      file,
      origin,
      source: await readTemplate(await readable(file)),
    })),
  );
};

const findMarkdown = async (root: string, dir: string, required: boolean): Promise<string[]> => {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (!required && dir === root && errorCode(error) === 'ENOENT') return [];
    throw toIoError(error, 'list templates in', dir);
  }
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await findMarkdown(root, path, required)));
    else if (isTemplateName(entry.name) && (entry.isFile() || entry.isSymbolicLink())) {
      found.push(path);
    }
  }
  return found;
};

const isTemplateName = (name: string) =>
  name.toLowerCase().endsWith('.md') && !IGNORED_NAMES.has(name.toLowerCase());

// Regular files only (a FIFO would hang), strict UTF-8, a byte-order mark dropped.
const readTemplate = (file: string): Promise<string> => readText(file);

const toPosix = (path: string) => path.split(sep).join('/');

// Code-unit order, not localeCompare: the same on every machine whatever its language settings.
const compareCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
