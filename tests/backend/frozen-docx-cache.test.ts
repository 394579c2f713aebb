import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBackend } from '../../backend/compose';
import { base64ToBytes } from '../../core/api/base64';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createResultCache, type ResultCache } from '../../backend/render/result-cache';
import { fixedClock } from '../support/fixed-clock';
import { useCliDemo } from '../support/workspace-setup';

// An approved demo policy whose frozen 1.0 is what every export gives, and a draft beside it.
const APPROVED = 'BWA-POL-002';
const DRAFT = 'BWA-PLN-006';

const apiWith = (cache: ResultCache): Api => {
  const { dispatch } = createBackend({
    clock: fixedClock,
    renderWorkers: { resultCache: () => cache },
  });
  return createApiClient((method, input) => dispatch(method, input));
};

const exportBoth = async (api: Api, dir: string) => {
  const docs = await api['documents.exportMany']({ dir, ids: [APPROVED, DRAFT] });
  const bytes = (id: string) => base64ToBytes(docs.find((d) => d.id === id)!.data);
  return { approved: bytes(APPROVED), draft: bytes(DRAFT) };
};

describe('Word files of frozen copies approved before Word files were stored', () => {
  const setup = useCliDemo('isms-frozen-docx-');

  it('are made once and given again after an unrelated edit to the workspace', async () => {
    const dir = setup.demo;
    const cache = createResultCache(join(setup.temp.dir, 'cache'), 'build-1');
    const meta = JSON.parse(await readFile(join(dir, 'workspace.json'), 'utf8')) as {
      documents: { id: string; title: string; approvals: { version: string }[] }[];
    };
    const approvedMeta = meta.documents.find((d) => d.id === APPROVED)!;
    const version = approvedMeta.approvals[approvedMeta.approvals.length - 1]!.version;
    // As an earlier version of the app left it: no Word file stored beside the frozen record,
    // which is what this cache is for (a stored file is used as it is, and not copied here).
    const recordFile = join(dir, 'history', `${APPROVED}@${version}.json`);
    const stored = JSON.parse(await readFile(recordFile, 'utf8')) as { wordFile?: unknown };
    delete stored.wordFile;
    await writeFile(recordFile, `${JSON.stringify(stored, null, 2)}\n`);
    await rm(join(dir, 'history', `${APPROVED}@${version}.docx`));
    const record = await readFile(recordFile, 'utf8');

    const first = await exportBoth(apiWith(cache), dir);
    // The first export keeps the frozen copy's Word file under its record's key.
    const kept = await cache.get(cache.frozenKey(record));
    expect(kept).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(kept as Uint8Array).equals(Buffer.from(first.approved))).toBe(true);

    // Stand-in bytes under that key show whether the next export builds the file again.
    const standIn = first.draft;
    await cache.set(cache.frozenKey(record), standIn);
    meta.documents.find((d) => d.id === DRAFT)!.title = 'Business Continuity Plan, revised';
    await writeFile(join(dir, 'workspace.json'), `${JSON.stringify(meta, null, 2)}\n`);

    const second = await exportBoth(apiWith(cache), dir);
    // The edit changed every job's key: the draft was exported again, with its new title...
    expect(Buffer.from(second.draft).equals(Buffer.from(first.draft))).toBe(false);
    // ...while the approved document came from the kept file, not a new build.
    expect(Buffer.from(second.approved).equals(Buffer.from(standIn))).toBe(true);

    // Another record (another build of the code, or another approval) has its own key.
    expect(cache.frozenKey(`${record} `)).not.toBe(cache.frozenKey(record));
    const otherBuild = createResultCache(join(setup.temp.dir, 'cache'), 'build-2');
    expect(otherBuild.frozenKey(record)).not.toBe(cache.frozenKey(record));
  }, 240_000);
});
