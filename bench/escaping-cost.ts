import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createBenchWorkspace } from './bench-workspace';
import { createFileWorkspaceStore } from '../backend/store/file-workspace-store';
import { buildRenderContext, type RenderContext } from '../core/templates/context';
import type { renderTemplateSync } from '../core/templates/render';
import { makeTempDir } from '../tests/support/temp-dir';
import { summarise } from './measure';
import { tenPagePolicy } from './ten-page-policy';

// `npx tsx bench/escaping-cost.ts --variant before=/path/to/other/checkout`: the CPU time of the
// core render (Liquid, value escaping and placement; no Word, no preview) of every demo
// document, the ten-page policy and a document full of addresses, for this checkout and for
// each other checkout named, interleaved in one process so machine load hits all alike.

const { values } = parseArgs({
  options: {
    variant: { type: 'string', multiple: true, default: [] },
    runs: { type: 'string', default: '15' },
  },
});
const RUNS = Number(values.runs);

type Render = typeof renderTemplateSync;
type Doc = { id: string; body: string; context: RenderContext };

const ADDRESS_LINE =
  '- Write to {{ organisation.securityContact }} or security@brightwater.example; see ' +
  'https://brightwater.example/{{ organisation.shortName }}, www.brightwater.example and ' +
  '<https://status.brightwater.example> about {{ organisation.name }} ({{ organisation.website }}).';

/** About ten pages in which every line holds e-mail and web addresses and values. */
const addressHeavy = (): string =>
  Array.from({ length: 240 }, (_, i) =>
    i % 20 === 0 ? `\n## Contacts ${i / 20 + 1}\n` : ADDRESS_LINE,
  ).join('\n');

const loadDocuments = async (dir: string): Promise<Doc[]> => {
  const workspace = await (await createFileWorkspaceStore().open(dir)).read();
  const docs: Doc[] = [];
  for (const meta of workspace.documents) {
    const body = await readFile(join(dir, 'documents', `${meta.id}.md`), 'utf8');
    const context = buildRenderContext({ workspace, document: meta, today: '2026-11-28' });
    docs.push({ id: meta.id, body, context });
  }
  const policy = docs.find((d) => d.id.includes('POL-001')) ?? docs[0]!;
  docs.push({ id: 'ten-page policy', body: tenPagePolicy(policy.body), context: policy.context });
  docs.push({ id: 'address-heavy', body: addressHeavy(), context: policy.context });
  return docs;
};

// CPU time, not wall time: the machine is shared, and a render is synchronous on one thread.
const cpuMs = (render: Render, doc: Doc): number => {
  const start = process.cpuUsage();
  render({ id: doc.id, body: doc.body, bodyLine: 1 }, doc.context, {
    mode: 'export',
    timeLimitMs: 60_000,
  });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

const main = async () => {
  const temp = await makeTempDir('isms-escaping-cost-');
  const dir = join(temp.dir, 'demo');
  await createBenchWorkspace(dir);
  const docs = await loadDocuments(dir);
  const variants: [string, Render][] = [
    ['this', (await import('../core/templates/render')).renderTemplateSync],
  ];
  for (const spec of values.variant) {
    const [name = '', root = ''] = spec.split('=');
    const module = (await import(join(resolve(root), 'core/templates/render.ts'))) as {
      renderTemplateSync: Render;
    };
    variants.push([name, module.renderTemplateSync]);
  }
  const times = new Map(variants.map(([name]) => [name, new Map<string, number[]>()]));
  for (let run = 0; run <= RUNS; run += 1) {
    for (const doc of docs) {
      for (const [name, render] of variants) {
        const ms = cpuMs(render, doc);
        // The first round warms the engines up and is not counted.
        if (run > 0) times.get(name)!.set(doc.id, [...(times.get(name)!.get(doc.id) ?? []), ms]);
      }
    }
  }
  const demoIds = docs.slice(0, -2).map((d) => d.id);
  for (const [name, byDoc] of times) {
    const median = (id: string) => summarise(byDoc.get(id) ?? []).median;
    const demo = demoIds.reduce((sum, id) => sum + median(id), 0);
    console.log(
      `${name}: demo ${demoIds.length} documents ${demo.toFixed(1)} ms CPU in all ` +
        `(${(demo / demoIds.length).toFixed(2)} ms per document); ten-page policy ${median('ten-page policy')} ms; ` +
        `address-heavy ${median('address-heavy')} ms (median of ${RUNS})`,
    );
  }
  await temp.cleanup();
};

await main();
