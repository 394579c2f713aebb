import { base64ToBytes } from '../../core/api/base64';
import { createTestApi } from './workspace-setup';

/**
 * The demo made at `root` through the API on the fixed clock, with every document exported as
 * Word (`name` is the document's ID): what the checks of the whole output start from.
 */
export const exportDemoDocuments = async (root: string) => {
  const { api } = createTestApi();
  await api['workspace.create']({ dir: root, from: 'demo' });
  const docs = await api['documents.list']({ dir: root });
  const files: { name: string; bytes: Uint8Array }[] = [];
  // One at a time: the demo's 58 exports at once would swamp a shared machine.
  for (const d of docs) {
    const exported = await api['documents.export']({ dir: root, id: d.id });
    files.push({ name: d.id, bytes: base64ToBytes(exported.data) });
  }
  return { api, docs, files };
};
