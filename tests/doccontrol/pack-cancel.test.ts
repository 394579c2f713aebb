import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { createOutputStore } from '../../backend/pack/output-files';
import { createPackTools } from '../../backend/pack/pack-tools';
import { createFileWorkspaceStore } from '../../backend/store/file-workspace-store';
import { createTemplateSource } from '../../backend/templates/template-source';
import { createApiClient } from '../../core/api/client';
import { createDispatcher } from '../../core/api/dispatch';
import type { Api } from '../../core/api/contract';
import { createService } from '../../core/api/service';
import type { DocumentRunner } from '../../core/api/service/document-jobs';
import { fixedClock } from '../support/fixed-clock';
import { createTestInProcessRunner } from '../support/render-limit';
import { copyDemo } from '../support/demo-copy';
import { makeTempDir } from '../support/temp-dir';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The service over the real adapters, with a runner that counts the renders it starts. */
const countingApi = (onRender: (count: number) => Promise<void> | void) => {
  const inProcess = createTestInProcessRunner();
  let renders = 0;
  const runner: DocumentRunner = {
    ...inProcess,
    render: async (job, signal) => {
      renders += 1;
      await onRender(renders);
      return inProcess.render(job, signal);
    },
  };
  const outputs = createOutputStore();
  const handlers = createService({
    store: createFileWorkspaceStore(),
    templates: createTemplateSource(),
    clock: fixedClock,
    runner,
    pack: createPackTools(),
    outputs,
  });
  const api: Api = createApiClient(createDispatcher(handlers));
  return { api, outputs, renders: () => renders };
};

const settled = async (api: Api, jobId: string) => {
  for (;;) {
    const status = await api['pack.status']({ jobId });
    if (status.state !== 'running') return status;
    await pause(50);
  }
};

describe('the Stage 1 pack job: cancel and the file it writes', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let dir: string;

  beforeAll(async () => {
    temp = await makeTempDir('isms-pack-cancel-');
    dir = join(temp.dir, 'demo');
    await copyDemo(dir);
  }, 180_000);
  afterAll(() => temp.cleanup());

  it('renders no further document once cancelled during the readiness gathering, and leaves no file', async () => {
    let jobId = '';
    const counted = countingApi(async (count) => {
      if (count === 3) await counted.api['pack.cancel']({ jobId });
    });
    ({ jobId } = await counted.api['pack.start']({ dir, includeDrafts: true }));
    const status = await settled(counted.api, jobId);
    expect(status.state).toBe('cancelled');
    expect(status.result).toBeNull();
    const atCancel = counted.renders();
    await pause(1_500);
    // The demo has 58 documents; before, the gathering went on to render every one of them.
    expect(counted.renders()).toBe(atCancel);
    expect(atCancel).toBeLessThanOrEqual(4);
    const left = (await readdir(join(dir, 'exports'))).filter((f) => f.startsWith('.isms-output'));
    expect(left).toEqual([]);
  }, 120_000);

  it('writes a finished pack to a file in the exports folder, offered by id, and removes it once released', async () => {
    const { api, outputs } = countingApi(() => undefined);
    const { jobId } = await api['pack.start']({ dir, includeDrafts: false });
    const status = await settled(api, jobId);
    expect(status.state).toBe('done');
    const result = status.result!;
    expect(result.file.path.startsWith(join(dir, 'exports'))).toBe(true);
    expect(outputs.find(result.file.id)).toEqual({
      path: result.file.path,
      fileName: 'BWA Stage 1 pack.zip',
    });
    const bytes = new Uint8Array(await readFile(result.file.path));
    expect(bytes.length).toBe(result.file.size);
    expect(Object.keys(unzipSync(bytes))).toContain('MANIFEST.sha256');
    await outputs.release(result.file.id);
    expect(outputs.find(result.file.id)).toBeNull();
    expect((await readdir(join(dir, 'exports'))).filter((f) => f.startsWith('.isms'))).toEqual([]);
  }, 300_000);
});
