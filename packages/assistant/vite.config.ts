// Builds the one-script-tag bundle: dist/koiki-assistant.js, minified, everything inside.
import { defineConfig } from 'vite';
import { fontAssets } from '../pdf/vite-font-assets.ts';

export default defineConfig({
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    lib: { entry: 'src/koiki-assistant.ts', formats: ['es'], fileName: () => 'koiki-assistant.js' },
    rolldownOptions: { output: { minify: true } },
  },
  plugins: [fontAssets()],
});
