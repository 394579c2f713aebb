import { copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

type Meta = { id: string; title: string } & Record<string, unknown>;

/**
 * Grows a demo workspace to `count` documents by repeating its documents under new IDs (the same
 * bodies and metadata), the way a consultant's large client workspace looks to the engine.
 */
export const growWorkspace = async (dir: string, count: number): Promise<void> => {
  const file = join(dir, 'workspace.json');
  const workspace = JSON.parse(await readFile(file, 'utf8')) as { documents: Meta[] };
  const originals = workspace.documents;
  const next = new Map<string, number>();
  for (const doc of originals) {
    const stem = doc.id.slice(0, doc.id.lastIndexOf('-'));
    next.set(stem, Math.max(next.get(stem) ?? 0, Number(doc.id.slice(stem.length + 1))));
  }
  const added: Meta[] = [];
  for (let i = 0; originals.length + added.length < count; i += 1) {
    const source = originals[i % originals.length]!;
    const stem = source.id.slice(0, source.id.lastIndexOf('-'));
    const n = (next.get(stem) ?? 0) + 1;
    next.set(stem, n);
    const id = `${stem}-${String(n).padStart(3, '0')}`;
    added.push({ ...source, id, title: `${source.title} ${Math.floor(i / originals.length) + 2}` });
    await copyFile(join(dir, 'documents', `${source.id}.md`), join(dir, 'documents', `${id}.md`));
  }
  workspace.documents = [...originals, ...added];
  await writeFile(file, `${JSON.stringify(workspace, null, 2)}\n`);
};
