import { browserBenchRows } from './browser-bench';
import { formatTable } from './table';

// `npx tsx bench/browser-only.ts`: only the Chromium figures of `npm run bench` (keystroke to
// preview, first paint, JavaScript sizes), for checking renderer changes quickly.
browserBenchRows().then(
  (rows) => console.log(formatTable(rows)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
