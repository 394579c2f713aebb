import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Template, TemplateFile, TemplateFrontMatter } from '../../core/templates/types';

/**
 * The built-in library as the build parsed it (`backend/templates/build-library.ts`, written
 * beside the built modules by the same build, so by the same code): each template's front
 * matter and where its body starts, under a SHA-256 of the file's text. A file whose text
 * differs has another digest and is parsed at run time, as is every workspace template.
 */
export type BuiltTemplate = {
  readonly frontMatter: TemplateFrontMatter;
  /** Where the body starts in the text (after a byte-order mark is dropped). */
  readonly bodyOffset: number;
  readonly bodyLine: number;
};

export type BuiltLibrary = {
  readonly format: typeof BUILT_LIBRARY_FORMAT;
  readonly templates: Readonly<Record<string, BuiltTemplate>>;
};

export const BUILT_LIBRARY_FORMAT = 1;
export const BUILT_LIBRARY_FILE = 'templates.parsed.json';

export const textDigest = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex');

export const withoutBom = (text: string): string => text.replace(/^\uFEFF/, '');

const isBuiltTemplate = (value: unknown): value is BuiltTemplate => {
  const t = value as Partial<BuiltTemplate> | null;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.frontMatter === 'object' &&
    t.frontMatter !== null &&
    typeof t.bodyOffset === 'number' &&
    typeof t.bodyLine === 'number'
  );
};

const readLibrary = (file: string): ReadonlyMap<string, BuiltTemplate> => {
  const known = new Map<string, BuiltTemplate>();
  try {
    const library = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuiltLibrary>;
    if (library.format !== BUILT_LIBRARY_FORMAT || typeof library.templates !== 'object') {
      return known;
    }
    for (const [digest, entry] of Object.entries(library.templates ?? {})) {
      if (isBuiltTemplate(entry)) known.set(digest, entry);
    }
  } catch {
    // No library built (running from the sources, or a damaged file): every file is parsed.
  }
  return known;
};

/**
 * `TemplateSource.builtParsed` over the library in `file` (read on first use): the template a
 * built-in file parses to, when the build parsed exactly this text.
 */
export const builtParsedFrom = (file: string | null) => {
  let library: ReadonlyMap<string, BuiltTemplate> | null = null;
  return (template: TemplateFile): Template | null => {
    if (!file || template.origin !== 'builtin') return null;
    library ??= readLibrary(file);
    if (library.size === 0) return null;
    const built = library.get(textDigest(template.source));
    if (!built) return null;
    return {
      ...built.frontMatter,
      body: withoutBom(template.source).slice(built.bodyOffset),
      bodyLine: built.bodyLine,
      file: template.file,
      origin: template.origin,
    };
  };
};
