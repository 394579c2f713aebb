import { join } from 'node:path';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createBackend } from '../backend/compose';
import { createFixedClock } from '../backend/clock';
import { callApi } from '../backend/cli/call';
import { summarise, time, type Sample } from './measure';
import { tenPagePolicy } from './ten-page-policy';

const CLOCK = createFixedClock(new Date('2026-11-28T09:00:00Z'));

export type CoreBenchResult = {
  renderTenPages: Sample;
  exportTenPages: Sample;
  demoPerDocument: Sample;
  demoDocuments: number;
  listDocuments: Sample;
  checkWorkspace: Sample;
  peakRssMb: number;
};

/** Times rendering and Word export through the same API the app and the CLI use. */
export const runCoreBench = async (runs = 15): Promise<CoreBenchResult> => {
  const temp = await mkdtemp(join(tmpdir(), 'isms-bench-'));
  try {
    const { dispatch } = createBackend({ clock: CLOCK });
    const dir = join(temp, 'demo');
    await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
    const documents = await callApi(dispatch, 'documents.list', { dir });
    const policy = documents.find((d) => d.templateId === 'information-security-policy')!;
    const original = await callApi(dispatch, 'documents.get', { dir, id: policy.id });
    await callApi(dispatch, 'documents.update', {
      dir,
      id: policy.id,
      body: tenPagePolicy(original.body),
    });

    const renderTenPages = await time(runs, () =>
      callApi(dispatch, 'documents.render', { dir, id: policy.id }),
    );
    const exportTenPages = await time(runs, () =>
      callApi(dispatch, 'documents.export', { dir, id: policy.id }),
    );
    const listDocuments = await time(5, () => callApi(dispatch, 'documents.list', { dir }));
    const checkWorkspace = await time(5, () => callApi(dispatch, 'workspace.check', { dir }));
    const perDocument: number[] = [];
    for (const doc of documents) {
      const sample = await time(3, () =>
        callApi(dispatch, 'documents.export', { dir, id: doc.id }),
      );
      perDocument.push(sample.median);
    }
    return {
      renderTenPages,
      exportTenPages,
      demoPerDocument: summarise(perDocument),
      demoDocuments: documents.length,
      listDocuments,
      checkWorkspace,
      peakRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};
