import type { buildDocx as BuildDocx } from '../../docx/build-docx';
import type * as WordBuild from '../../docx/build-docx';
import type { readReferenceDocx as ReadReferenceDocx } from '../../docx/reference-doc';
import type { buildRedlineDocx as BuildRedlineDocx } from '../../doccontrol/redline';

// The Word library and its zip code take tens of milliseconds to load, and `isms check` and the
// documents list never build or read a Word file: these load the Word code on first use only.

// The module is asked for once: each `import()` goes through the module loader again (and,
// from the TypeScript sources, through the loader's hooks on another thread, about 8 ms).
let wordBuild: Promise<typeof WordBuild> | null = null;

export const buildDocxLazily: typeof BuildDocx = async (input) => {
  wordBuild ??= import('../../docx/build-docx').catch((error: unknown) => {
    wordBuild = null; // A failed load is tried again by the next export.
    throw error;
  });
  return (await wordBuild).buildDocx(input);
};

export const readReferenceDocxLazily = async (
  ...args: Parameters<typeof ReadReferenceDocx>
): Promise<ReturnType<typeof ReadReferenceDocx>> =>
  (await import('../../docx/reference-doc')).readReferenceDocx(...args);

export const buildRedlineDocxLazily: typeof BuildRedlineDocx = async (...args) =>
  (await import('../../doccontrol/redline')).buildRedlineDocx(...args);
