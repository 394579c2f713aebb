import { runCoreBench } from './core-bench';
import type { Sample } from './measure';

// `npm run bench`: speed and size figures, printed as a table. Not a test: nothing here fails
// on a slow machine; the targets are printed beside the figures for a person to judge.

const line = (label: string, sample: Sample, target?: string) =>
  `${label.padEnd(46)} median ${String(sample.median).padStart(7)} ms   p95 ${String(sample.p95).padStart(7)} ms` +
  (target ? `   (target ${target})` : '');

const main = async () => {
  console.log('ISMS Workbench benchmarks\n');
  const core = await runCoreBench();
  console.log(line('Render a 10-page policy (Markdown)', core.renderTenPages));
  console.log(line('Export a 10-page policy (render + Word)', core.exportTenPages, '< 500 ms'));
  console.log(
    line(`Export the demo, per document (${core.demoDocuments} docs)`, core.demoPerDocument),
  );
  console.log(
    line(`List documents with unfilled counts (${core.demoDocuments})`, core.listDocuments),
  );
  console.log(line(`Check the whole workspace (${core.demoDocuments} docs)`, core.checkWorkspace));
  console.log(`${'Peak resident memory'.padEnd(46)} ${core.peakRssMb} MB`);
  if (process.argv.includes('--core-only')) return;
  const { runBrowserBench } = await import('./browser-bench');
  const browser = await runBrowserBench();
  if ('skipped' in browser) {
    console.log(`\nBrowser figures skipped: ${browser.skipped}`);
    return;
  }
  console.log(
    line('Keystroke to preview, 10-page policy', browser.keystrokeToPreview, 'median < 50 ms'),
  );
  console.log(
    `${'Renderer bundle (JavaScript)'.padEnd(46)} ${browser.bundleKb} KB, ${browser.bundleGzipKb} KB gzipped`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
