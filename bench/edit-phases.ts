import { loadavg } from 'node:os';
import { buildDocxNow } from '../core/docx/build-docx';
import { writtenBody } from '../core/docx/direct/written-body';
import type { DocxInput } from '../core/docx/types';
import { planPages } from '../backend/pdf/render-pdf';
import { argValue, profiled, withTenPagePolicy } from './docx-bench-setup';
import { summarise } from './measure';

// `npx tsx bench/edit-phases.ts [--runs N] [--profile FILE]`: the ten-page policy's Word export
// after one paragraph in the middle of the body is edited (as bench/warm-export.ts edits it), in
// one process, phase by phase: page planning, writing the body's XML, and the whole Word build
// (pages planned). CPU per phase, median and p95, with the load average.

const RUNS = Number(argValue('--runs') ?? 40);

const cpuMs = (task: () => unknown): number => {
  const start = process.cpuUsage();
  task();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const edited = (input: DocxInput, run: number): DocxInput => {
  const at = input.markdown.indexOf('\n\n', Math.floor(input.markdown.length / 2));
  const markdown = `${input.markdown.slice(0, at)} Edited ${run}.${input.markdown.slice(at)}`;
  return { ...input, markdown };
};

await withTenPagePolicy(({ input }) =>
  profiled(argValue('--profile'), async () => {
    const times = { plan: [] as number[], body: [] as number[], build: [] as number[] };
    for (let i = 0; i < RUNS + 3; i += 1) {
      const next = edited(input, i);
      let pages: DocxInput['pages'];
      const plan = cpuMs(() => (pages = planPages(next)));
      const body = cpuMs(() => writtenBody(next));
      const planned = { ...next, pages };
      // The body just written is kept, so the build is timed with a second edit of its own.
      const again = { ...edited(planned, i + 1000), pages };
      const start = process.cpuUsage();
      await buildDocxNow(again);
      const used = process.cpuUsage(start);
      if (i < 3) continue;
      times.plan.push(plan);
      times.body.push(body);
      times.build.push((used.user + used.system) / 1000);
    }
    const load = loadavg()[0]!.toFixed(1);
    for (const [name, values] of Object.entries(times)) {
      const s = summarise(values);
      console.log(
        `${name}: CPU median ${s.median} ms, p95 ${s.p95} ms (n=${s.count}, load ${load})`,
      );
    }
  }),
);
