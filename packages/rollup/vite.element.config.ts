// Builds the one-script-tag bundle of <koiki-rollup>: dist/koiki-rollup/koiki-rollup.js, minified,
// with its lazily loaded chunks beside it (the roll-up core, PDF reading, the spreadsheet code).
import { defineConfig } from 'vite';

export default defineConfig({
  // Relative chunk URLs, so the bundle works from whatever folder a portal serves it.
  base: './',
  build: {
    outDir: 'dist/koiki-rollup',
    emptyOutDir: true,
    lib: {
      entry: 'src/element/koiki-rollup.ts',
      formats: ['es'],
      fileName: () => 'koiki-rollup.js',
    },
    rolldownOptions: { output: { minify: true } },
  },
  // The reading workers load the roll-up core in chunks of their own.
  worker: { format: 'es', rolldownOptions: { output: { minify: true } } },
});
