import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBenchWorkspace } from './bench-workspace';
import { makeTenPagePolicy } from './core-bench';
import { publishingRows } from './publishing-bench';
import { formatTable } from './table';

// The publishing rows of `npm run bench` on their own (PDF export and Word import, whole
// processes), for a quicker look: npx tsx bench/publishing-only.ts [--runs N]
const at = process.argv.indexOf('--runs');
const runs = at === -1 ? 3 : Number(process.argv[at + 1]);

const main = async () => {
  const temp = await mkdtemp(join(tmpdir(), 'isms-bench-'));
  try {
    const dir = join(temp, 'demo');
    await createBenchWorkspace(dir);
    const policyId = await makeTenPagePolicy(dir);
    console.log(formatTable(await publishingRows(dir, policyId, temp, runs)));
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
