import { readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { inject } from 'vitest';
import { base64ToBytes } from '../../core/api/base64';
import type { Api } from '../../core/api/contract';
import { copyDemo } from './demo-copy';
import { createTestApi } from './workspace-setup';

type DemoExports = {
  readonly docs: Awaited<ReturnType<Api['documents.list']>>;
  readonly files: { name: string; bytes: Uint8Array }[];
};

// Exporting all the demo's documents takes a minute of CPU and gives the same bytes every time
// (the same demo, code and fixed clock), so the first file of a run to need them keeps them
// beside the run's demo and the others read them back.
const keptExports = () => join(dirname(inject('demoWorkspace')), 'demo-exports.v8');

const readKept = async (): Promise<DemoExports | null> => {
  try {
    return deserialize(await readFile(keptExports())) as DemoExports;
  } catch {
    return null;
  }
};

const keep = async (exports: DemoExports) => {
  const file = keptExports();
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, serialize(exports));
  await rename(temp, file);
};

/**
 * The demo copied to `root`, behind the API on the fixed clock, with every document exported as
 * Word (`name` is the document's ID): what the checks of the whole output start from.
 */
export const exportDemoDocuments = async (root: string) => {
  const { api } = createTestApi();
  await copyDemo(root);
  const kept = await readKept();
  if (kept) return { api, ...kept };
  const docs = await api['documents.list']({ dir: root });
  const files: { name: string; bytes: Uint8Array }[] = [];
  // One at a time: the demo's 58 exports at once would swamp a shared machine.
  for (const d of docs) {
    const exported = await api['documents.export']({ dir: root, id: d.id });
    files.push({ name: d.id, bytes: base64ToBytes(exported.data) });
  }
  await keep({ docs, files });
  return { api, docs, files };
};
