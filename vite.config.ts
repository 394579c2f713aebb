import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const rendererDir = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./out/renderer', import.meta.url));

// `npx vite` serves the renderer; set ISMS_API_URL (the URL `npm run web` prints, without the
// fragment) to proxy /api to a running backend during development.
const apiTarget = process.env['ISMS_API_URL'];

// Vite demands a default export.
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    // Electron's Chromium supports module preloading natively; the polyfill would be dead code.
    modulePreload: { polyfill: false },
    sourcemap: false,
    reportCompressedSize: true,
    // The lazily loaded editor chunk carries CodeMirror with its Markdown, HTML, CSS and
    // JavaScript parsers (Markdown embeds HTML); it loads once, from disk.
    chunkSizeWarningLimit: 800,
  },
  server: apiTarget ? { proxy: { '/api': { target: new URL(apiTarget).origin } } } : {},
});
