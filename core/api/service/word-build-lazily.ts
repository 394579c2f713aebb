import type { buildDocx as BuildDocx } from '../../docx/build-docx';
import type { readReferenceDocx as ReadReferenceDocx } from '../../docx/reference-doc';
import type { buildRedlineDocx as BuildRedlineDocx } from '../../doccontrol/redline';

// The Word library and its zip code take tens of milliseconds to load, and `isms check` and the
// documents list never build or read a Word file: these load the Word code on first use only.

export const buildDocxLazily: typeof BuildDocx = async (input) =>
  (await import('../../docx/build-docx')).buildDocx(input);

export const readReferenceDocxLazily = async (
  ...args: Parameters<typeof ReadReferenceDocx>
): Promise<ReturnType<typeof ReadReferenceDocx>> =>
  (await import('../../docx/reference-doc')).readReferenceDocx(...args);

export const buildRedlineDocxLazily: typeof BuildRedlineDocx = async (...args) =>
  (await import('../../doccontrol/redline')).buildRedlineDocx(...args);
