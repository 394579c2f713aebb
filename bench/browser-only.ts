import { parseArgs } from 'node:util';
import { browserBenchRows } from './browser-bench';
import { formatTable } from './table';

// `npx tsx bench/browser-only.ts [--paint-runs N] [--keys N]`: only the Chromium figures of
// `npm run bench` (keystroke to preview, first paint, JavaScript sizes), for checking renderer
// changes quickly. Each figure is printed with the load average it was taken at.
const { values } = parseArgs({
  options: {
    'paint-runs': { type: 'string', default: '9' },
    keys: { type: 'string', default: '60' },
  },
});

browserBenchRows({
  paintRuns: Number(values['paint-runs']),
  keystrokes: Number(values.keys),
}).then(
  (rows) => console.log(formatTable(rows)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
