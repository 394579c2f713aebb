import { readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { argValue, profiled, withTenPagePolicy } from './docx-bench-setup';
import type { DocxInput } from '../core/docx/types';

// The Word build of one large draft in a process that has built nothing yet, as a render worker
// does for each draft of a cold export:
//   npx tsx bench/cold-docx.ts --save /tmp/ten-page.json    (the ten-page policy's Word input)
//   npx tsx bench/cold-docx.ts --from /tmp/ten-page.json [--width-tables DIR] [--profile FILE]
// (`--width-tables`: keep word widths in DIR between runs, as the workers do) prints the module loading, the first page planning and Word build, and the same again warm.

type Saved = Omit<DocxInput, 'logo' | 'timestamp' | 'created'> & {
  logo: (Omit<NonNullable<DocxInput['logo']>, 'data'> & { data: string }) | null;
  timestamp: string;
  created?: string;
};

const save = (file: string): Promise<void> =>
  withTenPagePolicy(async ({ input }) => {
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
  });

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
  let at = cpu();
  const lap = (): number => {
    const now = cpu();
    const spent = now - at;
    at = now;
    return Math.round(spent);
  };
  const { pages, loading, firstPlan, firstBuild } = await profiled(
    argValue('--profile'),
    async () => {
      const { keepWidthTablesIn } = await import('../backend/pdf/width-table');
      // As a render worker does: word widths kept between processes, the layout warmed on loading.
      keepWidthTablesIn(argValue('--width-tables') ?? null);
      const { planPages, warmUpPageLayout } = await import('../backend/pdf/render-pdf');
      const { buildDocx } = await import('../core/docx/build-docx');
      warmUpPageLayout();
      const loading = lap();
      const pages = planPages(input);
      const firstPlan = lap();
      await buildDocx({ ...input, pages });
      return { pages, loading, firstPlan, firstBuild: lap() };
    },
  );
  lap();
  const { planPages, saveWidthTables } = await import('../backend/pdf/render-pdf');
  const { buildDocx } = await import('../core/docx/build-docx');
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
