import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { callApi } from '../../backend/cli/call';
import { createBackend } from '../../backend/compose';
import { createLedger, type Ledger } from './ledger';
import { verifyWorkspace } from './verify';

// `npm run fault-injection`: several worker processes save to one workspace at once while this
// script kills one of them with SIGKILL at random moments, over and over. Afterwards every save a
// worker saw acknowledged must still be on disk, workspace.json must be valid and the temp files
// the killed saves left behind must be cleaned up when the workspace is opened.

const ROOT = join(import.meta.dirname, '..', '..');
const TEMPLATES = join(ROOT, 'templates');
const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '1000' },
    workers: { type: 'string', default: '3' },
    'stale-ms': { type: 'string', default: '2000' },
    // A time budget: stop killing after this many minutes and check what was acknowledged.
    'max-minutes': { type: 'string', default: '0' },
    keep: { type: 'boolean', default: false },
  },
});
const KILLS = Number(values.kills);
const WORKERS = Number(values.workers);
const STALE_MS = values['stale-ms'];
const MAX_MS = Number(values['max-minutes']) * 60_000 || Infinity;
const OWNED_PER_WORKER = 3;

// `saving`: the worker has completed a save since it was last (re)started and is saving again;
// only such a worker is killed, so kills land in saves rather than in start-up.
type Slot = {
  child: ChildProcess | null;
  saving: boolean;
  incarnation: number;
  owned: string[];
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const bundleWorker = async (out: string) => {
  const outfile = join(out, 'worker.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as makeRequire } from 'node:module'; const require = makeRequire(import.meta.url);",
    },
  });
  return outfile;
};

const prepareWorkspace = async (dir: string) => {
  const { dispatch } = createBackend({ templatesDir: TEMPLATES });
  await callApi(dispatch, 'workspace.create', { dir, from: 'blank', name: 'Fault Injection Ltd' });
  const owned: string[][] = [];
  for (let slot = 0; slot < WORKERS; slot += 1) {
    const ids: string[] = [];
    for (let k = 0; k < OWNED_PER_WORKER; k += 1) {
      const meta = await callApi(dispatch, 'documents.create', {
        dir,
        templateId: 'information-security-policy',
      });
      ids.push(meta.id);
    }
    owned.push(ids);
  }
  return owned;
};

const startWorker = (worker: string, dir: string, index: number, slot: Slot, ledger: Ledger) => {
  slot.incarnation += 1;
  slot.saving = false;
  const firstSeq = (slot.incarnation * 1_000_000).toString();
  const child = spawn(
    process.execPath,
    [worker, dir, String(index), firstSeq, slot.owned.join(','), TEMPLATES],
    { env: { ...process.env, ISMS_LOCK_STALE_MS: STALE_MS }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  slot.child = child;
  let pending = '';
  child.stdout.on('data', (chunk: Buffer) => {
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('ACK')) slot.saving = true;
      ledger.record(index, line);
    }
  });
  child.stderr.on('data', (chunk: Buffer) => ledger.noteStderr(chunk.toString()));
  return new Promise<void>((resolve) => child.once('exit', () => resolve()));
};

const tempFilesIn = async (dir: string) => {
  const folders = [dir, join(dir, 'documents'), join(dir, 'history')];
  const lists = await Promise.all(folders.map((f) => readdir(f).catch(() => [] as string[])));
  return lists.flat().filter((name) => name.endsWith('.tmp')).length;
};

const main = async () => {
  const work = await mkdtemp(join(tmpdir(), 'isms-fault-'));
  const dir = join(work, 'workspace');
  const worker = await bundleWorker(work);
  const owned = await prepareWorkspace(dir);
  const ledger = createLedger();
  const slots: Slot[] = owned.map((ids) => ({
    child: null,
    saving: false,
    incarnation: 0,
    owned: ids,
  }));
  let stopping = false;
  let kills = 0;
  let killsMidSave = 0;
  const keepRunning = (index: number) => {
    const slot = slots[index]!;
    void startWorker(worker, dir, index, slot, ledger).then(() => {
      if (!stopping) keepRunning(index);
    });
  };
  slots.forEach((_, index) => keepRunning(index));
  const started = Date.now();
  let lastKill = Date.now();
  // No worker completing a save for a minute (a machine so loaded that locks go stale): stop
  // killing and still check everything acknowledged so far, reporting the stall.
  let stalled = false;
  while (kills < KILLS && !stalled && Date.now() - started < MAX_MS) {
    await sleep(10 + Math.random() * 50);
    const ready = slots.map((s, i) => ({ s, i })).filter(({ s }) => s.saving && s.child);
    const victim = ready[Math.floor(Math.random() * ready.length)];
    if (!victim) {
      stalled = Date.now() - lastKill > 60_000;
      continue;
    }
    lastKill = Date.now();
    // Somewhere within about three saves, so that kills land before, during and after writes.
    await sleep(Math.random() * 3 * ledger.typicalSaveMs());
    victim.s.saving = false;
    if (ledger.inFlight(victim.i)) killsMidSave += 1;
    victim.s.child?.kill('SIGKILL');
    kills += 1;
    if (kills % 100 === 0) {
      console.log(`${kills} kills, ${ledger.acknowledged()} saves acknowledged so far`);
    }
  }
  stopping = true;
  for (const slot of slots) slot.child?.kill('SIGKILL');
  await sleep(500);
  const tempBefore = await tempFilesIn(dir);
  const verdict = await verifyWorkspace(dir, TEMPLATES, ledger);
  const tempAfter = await tempFilesIn(dir);
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    [
      '',
      `Fault injection: ${WORKERS} worker processes on one workspace, ${seconds} s`,
      `  kills (SIGKILL):              ${kills} (${killsMidSave} while a save was in flight)`,
      `  saves attempted:              ${ledger.attempted()}`,
      `  saves acknowledged:           ${ledger.acknowledged()}`,
      `  saves refused with a message: ${ledger.refused()}`,
      `  saves lost:                   ${verdict.lost.length}`,
      `  duplicate document IDs:       ${verdict.duplicateIds.length}`,
      `  workspace.json valid:         ${verdict.valid ? 'yes' : `NO: ${verdict.invalidReason}`}`,
      `  temp files left by kills:     ${tempBefore}, after opening: ${tempAfter}`,
      ...(stalled ? [`  STOPPED EARLY: no save completed for 60 s after ${kills} kills`] : []),
      ...(kills < KILLS && !stalled
        ? [`  STOPPED at the ${values['max-minutes']}-minute budget`]
        : []),
      ...ledger.refusalSummary().map((line) => `  refused: ${line}`),
      ...verdict.lost.slice(0, 20).map((line) => `  LOST: ${line}`),
    ].join('\n'),
  );
  if (!values.keep) await rm(work, { recursive: true, force: true });
  else console.log(`Kept ${work}`);
  const failed = !verdict.valid || verdict.lost.length > 0 || verdict.duplicateIds.length > 0;
  process.exit(failed || stalled || tempAfter > 0 ? 1 : 0);
};

main().catch((error: unknown) => {
  console.error(`fault injection: ${String(error)}`);
  process.exit(2);
});
