// The CLI as built JavaScript: esbuild bundles backend/cli/main.ts (and the render worker) into
// out/cli/, so `isms` starts without compiling TypeScript. Built by `npm install` (the prepare
// script) and rebuilt on the next run whenever a source file it was built from has changed
// (bundle-fresh.mjs says when).
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CLI_OUT, MANIFEST, START_STAMP } from './bundle-fresh.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The sources of main.mjs and of the chunks it imports statically (not on demand). */
const startInputsOf = (metafile) => {
  const entry = Object.keys(metafile.outputs).find((file) => file.endsWith('/main.mjs'));
  const seen = new Set();
  const visit = (file) => {
    if (!file || seen.has(file) || !metafile.outputs[file]) return;
    seen.add(file);
    for (const i of metafile.outputs[file].imports)
      if (i.kind === 'import-statement') visit(i.path);
  };
  visit(entry);
  return [...seen].flatMap((file) => Object.keys(metafile.outputs[file].inputs));
};

// Each file lands by rename, so a CLI starting during a rebuild sees an old or a new file, never
// half of one. Chunk names carry a content hash, so an old entry never loads a new chunk.
const writeAtomic = (file, contents) => {
  mkdirSync(dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temp, contents);
  renameSync(temp, file);
};

/**
 * zod's namespace export carries every language's messages (about 360 KB of the bundle, compiled
 * at each start); the CLI only ever uses the English ones zod sets itself, so `z.locales` offers
 * English alone here.
 */
const englishZodMessagesOnly = {
  name: 'english-zod-messages-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${join('node_modules', 'zod')}`)
        ? { path: join(args.resolveDir, '..', 'locales', 'en.js'), namespace: 'zod-locales' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-locales' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(args.path)};`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** Bundles the CLI into out/cli; returns false (and says why on stderr) when it cannot. */
export const buildCliBundle = async ({ quiet = false } = {}) => {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    if (!quiet)
      console.error('isms: esbuild is not installed; running from the TypeScript sources');
    return false;
  }
  const startedAt = Date.now();
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: {
      main: 'backend/cli/main.ts',
      'render-worker': 'backend/render/render-worker.ts',
      'build-library': 'backend/templates/build-library.ts',
    },
    outdir: CLI_OUT,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: quiet ? 'silent' : 'warning',
    // pdfkit loads its own data files through package imports (#standard-fonts) and fontkit is
    // its font engine: both stay in node_modules rather than in the bundle.
    external: ['pdfkit', 'fontkit'],
    plugins: [englishZodMessagesOnly],
    // Some bundled CommonJS dependencies call require() for Node's built-in modules.
    banner: {
      js: "import { createRequire as __ismsRequire } from 'node:module'; const require = __ismsRequire(import.meta.url);",
    },
  });
  const written = [...result.outputFiles].sort((a, b) => chunkFirst(a.path) - chunkFirst(b.path));
  for (const file of written) writeAtomic(file.path, file.contents);
  const templates = await writeBuiltLibrary();
  const ours = (files) =>
    files
      .filter((file) => !file.includes('node_modules') && !file.includes(':'))
      .map((file) => relative(ROOT, join(ROOT, file)));
  const inputs = [...ours(Object.keys(result.metafile.inputs)), ...templates];
  const startInputs = ours(startInputsOf(result.metafile));
  const outputs = [...written.map((file) => relative(CLI_OUT, file.path)), 'templates.parsed.json'];
  const stale = pruneEarlierOutputs(CLI_OUT, readPrevious(), outputs, Date.now());
  writeAtomic(MANIFEST, JSON.stringify({ builtAt: startedAt, inputs, outputs, stale }));
  writeAtomic(START_STAMP, JSON.stringify({ builtAt: startedAt, startInputs }));
  return true;
};

/**
 * The built-in templates parsed by the code just built (backend/templates/built-library.ts), so
 * a first run parses no front matter; written before the manifest, so a bundle that counts as
 * fresh never sits beside a library parsed by older code (one that cannot be made is removed).
 * Returns the template files, which the manifest then watches like sources: an edited template
 * rebuilds the library on the next run.
 */
const writeBuiltLibrary = async () => {
  const file = join(CLI_OUT, 'templates.parsed.json');
  const dir = join(ROOT, 'templates');
  try {
    const { buildLibrary } = await import(pathToFileURL(join(CLI_OUT, 'build-library.mjs')).href);
    writeAtomic(file, JSON.stringify(await buildLibrary(dir)));
    return readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => relative(ROOT, join(dir, name)));
  } catch {
    rmSync(file, { force: true });
    return [];
  }
};

/** The previous build's manifest, read before this build's replaces it (null: none). */
const readPrevious = () => {
  try {
    return JSON.parse(readFileSync(MANIFEST, 'utf8'));
  } catch {
    return null;
  }
};

/** How long a file an earlier build wrote is kept at least, for a command still running it. */
export const PRUNE_GRACE_MS = 10 * 60 * 1000;

/**
 * Removes from `dir` what earlier builds wrote and this one did not, and returns the names kept
 * for now (the next manifest's `stale`). Only names a manifest lists are removed, never a file
 * this folder got another way. A command started from the previous build may still load a chunk
 * on demand, so the previous build's own files stay one more build, and none is removed within
 * PRUNE_GRACE_MS of being written. A manifest from before the lists existed names no outputs:
 * then the folder's earlier chunks count as the previous build's.
 */
export const pruneEarlierOutputs = (dir, previous, written, now) => {
  const current = new Set(written);
  const older = Array.isArray(previous?.stale) ? previous.stale : [];
  const last = Array.isArray(previous?.outputs)
    ? previous.outputs
    : readdirSync(dir).filter((name) => /^chunk-[A-Z0-9]+\.mjs$/.test(name));
  const kept = new Set(last.filter((name) => !current.has(name)));
  for (const name of older) {
    if (current.has(name) || kept.has(name) || name.includes('/') || name.includes('..')) continue;
    const stats = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stats && now - stats.mtimeMs < PRUNE_GRACE_MS) kept.add(name);
    else rmSync(join(dir, name), { force: true });
  }
  return [...kept].sort();
};

// Chunks are written before the entries that import them.
const chunkFirst = (path) => (path.includes('chunk-') ? 0 : 1);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!(await buildCliBundle())) process.exitCode = 1;
  else console.log(`Built the isms command into ${relative(process.cwd(), CLI_OUT) || '.'}`);
}
