import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocxInput } from '../core/docx/types';

// The Word build of one large draft in a process that has built nothing yet, as a render worker
// does for each draft of a cold export:
//   npx tsx bench/cold-docx.ts --save /tmp/ten-page.json    (the ten-page policy's Word input)
//   npx tsx bench/cold-docx.ts --from /tmp/ten-page.json [--width-tables DIR] [--profile FILE]
// (`--width-tables`: keep word widths in DIR between runs, as the workers do) prints the module loading, the first page planning and Word build, and the same again warm.

const argValue = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};

type Saved = Omit<DocxInput, 'logo' | 'timestamp' | 'created'> & {
  logo: (Omit<NonNullable<DocxInput['logo']>, 'data'> & { data: string }) | null;
  timestamp: string;
  created?: string;
};

const save = async (file: string): Promise<void> => {
  const { createDispatcher } = await import('../core/api/dispatch');
  const { createService } = await import('../core/api/service');
  const { callApi } = await import('../backend/cli/call');
  const { lazyPackTools, lazySheetCodec, renderPdfLazily } =
    await import('../backend/lazy-adapters');
  const { createOutputStore } = await import('../backend/pack/output-files');
  const { createFileWorkspaceStore } = await import('../backend/store/file-workspace-store');
  const { createTemplateSource } = await import('../backend/templates/template-source');
  const { BENCH_CLOCK, makeTenPagePolicy } = await import('./core-bench');
  const { planPages } = await import('../backend/pdf/render-pdf');
  const temp = await mkdtemp(join(tmpdir(), 'isms-cold-docx-'));
  try {
    let captured: DocxInput | null = null;
    const dir = join(temp, 'demo');
    const dispatch = createDispatcher(
      createService({
        store: createFileWorkspaceStore(),
        templates: createTemplateSource(),
        clock: BENCH_CLOCK,
        recent: null,
        sheets: lazySheetCodec,
        pack: lazyPackTools,
        pdf: renderPdfLazily,
        pages: (input) => {
          captured = input;
          return Promise.resolve(planPages(input));
        },
        outputs: createOutputStore(),
      }),
    );
    await callApi(dispatch, 'workspace.create', { dir, from: 'demo' });
    const id = await makeTenPagePolicy(dir);
    await callApi(dispatch, 'documents.export', { dir, id });
    const input = captured as DocxInput | null;
    if (!input) throw new Error('the export planned no pages');
    const { created, logo, timestamp, ...rest } = input;
    const saved: Saved = {
      ...rest,
      logo: logo ? { ...logo, data: Buffer.from(logo.data).toString('base64') } : null,
      timestamp: timestamp.toISOString(),
      ...(created ? { created: created.toISOString() } : {}),
    };
    await writeFile(file, JSON.stringify(saved));
    console.log(
      `saved the Word input of ${input.documentId} (${input.markdown.length} characters)`,
    );
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

const cpu = (): number => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const cold = async (file: string): Promise<void> => {
  const { created, logo, timestamp, ...rest } = JSON.parse(await readFile(file, 'utf8')) as Saved;
  const input: DocxInput = {
    ...rest,
    logo: logo ? { ...logo, data: Buffer.from(logo.data, 'base64') } : null,
    timestamp: new Date(timestamp),
    ...(created ? { created: new Date(created) } : {}),
  };
  const profile = argValue('--profile');
  const session = profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  let at = cpu();
  const lap = (): number => {
    const now = cpu();
    const spent = now - at;
    at = now;
    return Math.round(spent);
  };
  const { keepWidthTablesIn } = await import('../backend/pdf/width-table');
  // As a render worker does: word widths kept between processes, the layout warmed on loading.
  keepWidthTablesIn(argValue('--width-tables') ?? null);
  const { planPages, warmUpPageLayout, saveWidthTables } =
    await import('../backend/pdf/render-pdf');
  const { buildDocx } = await import('../core/docx/build-docx');
  warmUpPageLayout();
  const loading = lap();
  const pages = planPages(input);
  const firstPlan = lap();
  await buildDocx({ ...input, pages });
  const firstBuild = lap();
  if (session) {
    const { profile: taken } = await session.post('Profiler.stop');
    await writeFile(profile!, JSON.stringify(taken));
    session.disconnect();
    lap();
  }
  saveWidthTables();
  lap();
  planPages(input);
  const secondPlan = lap();
  await buildDocx({ ...input, pages });
  const secondBuild = lap();
  console.log(
    `cold Word build of one draft: loading ${loading} ms, page planning ${firstPlan} ms, Word ${firstBuild} ms; ` +
      `again: page planning ${secondPlan} ms, Word ${secondBuild} ms (CPU, load ${loadavg()[0]!.toFixed(1)})`,
  );
};

const target = argValue('--save');
if (target) await save(target);
else await cold(argValue('--from') ?? '/tmp/isms-ten-page.json');
