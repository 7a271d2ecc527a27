// Builds the one-script-tag bundle: dist/koiki-assistant.js, minified, everything inside.
import { defineConfig } from 'vite';
import { fontAssets } from '../pdf/vite-font-assets.ts';
import { parallelImports } from './parallel-imports.ts';

export default defineConfig({
  // Relative URLs (the PDF worker's), so the bundle works from whatever folder a portal serves it.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/koiki-assistant.ts', formats: ['es'], fileName: () => 'koiki-assistant.js' },
    rolldownOptions: { output: { minify: true } },
  },
  // The PDF worker is a module worker with chunks of its own (runner/pdf-worker.ts), in a folder
  // of its own so that what building a PDF loads is easy to see (and to measure: test/bench).
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: 'pdf-worker/[name]-[hash].js',
        chunkFileNames: 'pdf-worker/[name]-[hash].js',
        minify: true,
      },
    },
    plugins: () => [parallelImports()],
  },
  plugins: [fontAssets(), parallelImports()],
});
