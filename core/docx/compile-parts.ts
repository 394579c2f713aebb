import { Packer, type Document } from 'docx';

type Override = { readonly path: string; readonly data: string };
type Compiler = {
  compile: (
    file: Document,
    prettify: undefined,
    overrides: readonly Override[],
  ) => Map<string, string | Uint8Array>;
};

/**
 * The package's parts by path, in zip order, exactly as `Packer.pack` would zip them. docx keeps
 * its compiler as a private static of Packer; reaching it skips a zip pass we would only undo.
 * The package tests compare the result with Packer.pack's own output, so a docx upgrade that
 * moves the compiler fails loudly rather than silently.
 */
export const compileParts = (
  doc: Document,
  overrides: readonly Override[],
): Map<string, string | Uint8Array> => {
  const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;
  if (!compiler || typeof compiler.compile !== 'function') {
    throw new Error(
      'docx no longer exposes its package compiler: update core/docx/compile-parts.ts',
    );
  }
  return compiler.compile(doc, undefined, overrides);
};
