import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseTemplate } from '../../core/templates/front-matter';
import type { Template, TemplateFrontMatter } from '../../core/templates/types';
import { readText } from '../store/safe-read';
import {
  BUILT_LIBRARY_FORMAT,
  textDigest,
  withoutBom,
  type BuiltLibrary,
  type BuiltTemplate,
} from './built-library';

const NOT_FRONT_MATTER = new Set(['body', 'bodyLine', 'file', 'origin']);

// In the parser's own key order, so a template read back is the parsed one, key for key.
const frontMatterOf = (template: Template): TemplateFrontMatter =>
  Object.fromEntries(
    Object.entries(template).filter(([key]) => !NOT_FRONT_MATTER.has(key)),
  ) as TemplateFrontMatter;

/**
 * Parses every template of a built-in folder (its top level, as the library ships it) for
 * `built-library.ts`. A file that does not parse, or whose body is not the tail of its text, is
 * left out and so parsed, and reported, at run time.
 */
export const buildLibrary = async (dir: string): Promise<BuiltLibrary> => {
  const templates: Record<string, BuiltTemplate> = {};
  const names = readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md')
    .sort();
  for (const name of names) {
    const file = join(dir, name);
    // Read as the template source reads it (strict UTF-8, a byte-order mark dropped).
    const source = await readText(file);
    let template: Template;
    try {
      template = parseTemplate({ file, origin: 'builtin', source });
    } catch {
      continue;
    }
    const text = withoutBom(source);
    const bodyOffset = text.length - template.body.length;
    if (text.slice(bodyOffset) !== template.body) continue;
    templates[textDigest(source)] = {
      frontMatter: frontMatterOf(template),
      bodyOffset,
      bodyLine: template.bodyLine,
    };
  }
  return { format: BUILT_LIBRARY_FORMAT, templates };
};
