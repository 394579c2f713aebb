import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { callApi } from '../../backend/cli/call';
import { createBackend } from '../../backend/compose';
import type { Ledger } from './ledger';

const seqIn = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? -1);

/** Compares what is on disk with every save the workers saw acknowledged. */
export const verifyWorkspace = async (dir: string, templatesDir: string, ledger: Ledger) => {
  const lost: string[] = [];
  const { dispatch } = createBackend({ templatesDir });
  let documents: { id: string; title: string }[] = [];
  try {
    await callApi(dispatch, 'workspace.open', { dir });
    documents = (await callApi(dispatch, 'documents.list', { dir })).map((d) => ({
      id: d.id,
      title: d.title,
    }));
  } catch (error) {
    return { valid: false, invalidReason: String(error), lost, duplicateIds: [] };
  }
  const { titles, bodies, created } = ledger.acks;
  for (const [id, seq] of titles) {
    const title = documents.find((d) => d.id === id)?.title ?? '';
    const onDisk = seqIn(title, /title (\d+)$/);
    if (onDisk < seq) lost.push(`title of ${id}: acknowledged ${seq}, on disk ${onDisk}`);
  }
  for (const [id, seq] of bodies) {
    const body = await readFile(join(dir, 'documents', `${id}.md`), 'utf8').catch(() => '');
    const onDisk = seqIn(body, /body (\d+)$/m);
    if (onDisk < seq) lost.push(`body of ${id}: acknowledged ${seq}, on disk ${onDisk}`);
  }
  for (const id of created.keys()) {
    if (!documents.some((d) => d.id === id)) lost.push(`created ${id}: not in workspace.json`);
    const body = await readFile(join(dir, 'documents', `${id}.md`), 'utf8').catch(() => null);
    if (body === null) lost.push(`created ${id}: its body is missing`);
  }
  const duplicateIds = [...created].filter(([, count]) => count > 1).map(([id]) => id);
  const ids = documents.map((d) => d.id);
  if (new Set(ids).size !== ids.length) duplicateIds.push('(workspace.json lists an ID twice)');
  return { valid: true, invalidReason: '', lost, duplicateIds };
};
