import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { createApiClient } from '../../core/api/client';
import type { Api } from '../../core/api/contract';
import { createDispatcher } from '../../core/api/dispatch';
import { createService } from '../../core/api/service';
import type { DocumentRunner } from '../../core/api/service/document-jobs';
import { fixedClock } from '../support/fixed-clock';
import { createTestInProcessRunner } from '../support/render-limit';
import { replaceFromAnotherProcess } from '../support/other-process';
import { makeTempDir } from '../support/temp-dir';

/**
 * The service as the app runs it, with a runner that counts the comparison renders ("changed
 * since approval" fills a document under its approval date, not today's) and can be made to
 * fail them, as a render that runs out of time does.
 */
const countingApi = () => {
  const inProcess = createTestInProcessRunner();
  const state = { comparisons: 0, failComparisons: false };
  const runner: DocumentRunner = {
    ...inProcess,
    render: async (job, signal) => {
      if (job.today !== '2026-11-28') {
        state.comparisons += 1;
        if (state.failComparisons) throw new Error('took longer than 10 s and was stopped.');
      }
      // The engine's 2 s limit stops the long registers on a loaded machine; none runs away here.
      return inProcess.render({ ...job, timeLimitMs: 120_000 }, signal);
    },
  };
  const handlers = createService({
    store: createFileWorkspaceStore(),
    templates: createTemplateSource(),
    clock: fixedClock,
    runner,
  });
  const api: Api = createApiClient(createDispatcher(handlers));
  return { api, state };
};

type Row = Awaited<ReturnType<Api['documents.list']>>[number];
const states = (rows: readonly Row[]) =>
  Object.fromEntries(rows.map((r) => [r.id, [r.control.state, r.control.changeCheckError]]));

describe('"changed since approval" in the documents list, kept between calls', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir = '';

  beforeAll(async () => {
    temp = await makeTempDir('isms-change-cache-');
    dir = join(temp.dir, 'demo');
    await countingApi().api['workspace.create']({ dir, from: 'demo' });
  }, 180_000);
  afterAll(() => temp.cleanup());

  it('renders an approved document only when something it reads changed, and then once', async () => {
    const { api, state } = countingApi();
    const first = await api['documents.list']({ dir });
    const approved = first.filter((r) => r.control.state === 'approved');
    expect(approved.length).toBeGreaterThan(5);
    // Each reads exactly the values it was approved with: no comparison render is needed.
    expect(state.comparisons).toBe(0);

    expect(states(await api['documents.list']({ dir }))).toEqual(states(first));
    expect(state.comparisons).toBe(0);

    // Another program renames the organisation (a sync tool, `git pull`): the approved
    // documents print the name, so they no longer give their approved text.
    const file = join(dir, 'workspace.json');
    const data = JSON.parse(await readFile(file, 'utf8')) as { organisation: { name: string } };
    data.organisation.name = 'Brightwater Analytics Group';
    await replaceFromAnotherProcess(file, `${JSON.stringify(data, null, 2)}\n`);
    const renamed = await api['documents.list']({ dir });
    expect(state.comparisons).toBe(approved.length);
    const nowChanged = approved.filter(
      (r) => renamed.find((n) => n.id === r.id)?.control.state === 'changed',
    );
    expect(nowChanged.length).toBeGreaterThan(0);
    // Exactly what a service that never saw the workspace before says.
    expect(states(renamed)).toEqual(states(await countingApi().api['documents.list']({ dir })));

    // Renamed back (`git checkout`): the answers for that data are still known.
    data.organisation.name = 'Brightwater Analytics';
    await replaceFromAnotherProcess(file, `${JSON.stringify(data, null, 2)}\n`);
    expect(states(await api['documents.list']({ dir }))).toEqual(states(first));
    expect(state.comparisons).toBe(approved.length);
  }, 300_000);

  it('sees a frozen copy replaced by another program', async () => {
    const { api, state } = countingApi();
    const before = await api['documents.list']({ dir });
    const approved = before.find((r) => r.control.state === 'approved')!;
    const frozen = (await readdir(join(dir, 'history'))).find(
      (f) => f.startsWith(`${approved.id}@`) && f.endsWith('.json'),
    )!;
    const record = join(dir, 'history', frozen);
    const text = await readFile(record, 'utf8');
    const parsed = JSON.parse(text) as { markdown: string };
    parsed.markdown = `${parsed.markdown}\nA sentence that was not in the approved text.\n`;
    await replaceFromAnotherProcess(record, JSON.stringify(parsed, null, 2));
    const counted = state.comparisons;
    const after = await api['documents.list']({ dir });
    expect(state.comparisons).toBe(counted + 1);
    expect(after.find((r) => r.id === approved.id)!.control.state).toBe('changed');
    await replaceFromAnotherProcess(record, text);
    expect(
      (await api['documents.list']({ dir })).find((r) => r.id === approved.id)!.control,
    ).toEqual(approved.control);
  }, 300_000);

  it('never keeps a comparison that could not be made', async () => {
    // Records as an earlier version of the app wrote them (no fillCheck): each needs a render.
    const history = join(dir, 'history');
    const records = (await readdir(history)).filter((f) => f.endsWith('.json'));
    for (const name of records) {
      const json = JSON.parse(await readFile(join(history, name), 'utf8')) as {
        fillCheck?: unknown;
      };
      delete json.fillCheck;
      await writeFile(join(history, name), JSON.stringify(json, null, 2));
    }
    const { api, state } = countingApi();
    state.failComparisons = true;
    const failed = await api['documents.list']({ dir });
    const unchecked = failed.filter((r) => r.control.changeCheckError !== null);
    expect(unchecked.length).toBeGreaterThan(0);
    for (const row of unchecked) {
      expect(row.control.changeCheckError).toMatch(/Could not check whether .* Try again\./);
      expect(row.control.changedSinceApproval).toBe(false);
    }
    state.failComparisons = false;
    const retried = await api['documents.list']({ dir });
    for (const row of unchecked) {
      const now = retried.find((r) => r.id === row.id)!.control;
      expect(now.changeCheckError).toBeNull();
      expect(now.state).toBe('approved');
    }
    expect(states(retried)).toEqual(states(await countingApi().api['documents.list']({ dir })));
  }, 300_000);
});
