// Builds the one-script-tag bundle: dist/koiki-assistant.js, minified, everything inside.
import { defineConfig } from 'vite';
import { fontAssets } from '../pdf/vite-font-assets.ts';

export default defineConfig({
  // Relative URLs (the PDF worker's), so the bundle works from whatever folder a portal serves it.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/koiki-assistant.ts', formats: ['es'], fileName: () => 'koiki-assistant.js' },
    rolldownOptions: { output: { minify: true } },
  },
  // The PDF worker is a module worker with lazily loaded chunks of its own (pdf-worker.ts).
  worker: { format: 'es' },
  plugins: [fontAssets()],
});
