import { registerRows } from './register-bench';
import { formatTable } from './table';

// The register figures of `npm run bench` alone: `npx tsx bench/register-bench-run.ts [--runs N]`.
const at = process.argv.indexOf('--runs');
const runs = at === -1 ? 5 : Number(process.argv[at + 1]);
console.log(formatTable(await registerRows(runs)));
