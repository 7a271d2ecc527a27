// The demo portal: `npm start` serves it, `npm run build` builds it into dist/demo.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { fontAssets } from './packages/pdf/vite-font-assets.ts';

const demo = fileURLToPath(new URL('./demo/', import.meta.url));

export default defineConfig({
  root: demo,
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: fileURLToPath(new URL('./dist/demo/', import.meta.url)),
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: `${demo}index.html`,
        panel: `${demo}panel.html`,
        gallery: `${demo}gallery.html`,
        rollup: `${demo}rollup.html`,
      },
      output: { minify: true },
    },
  },
  worker: { format: 'es' },
  plugins: [fontAssets()],
});

/** Library build of one workspace package: a minified ES module in its dist/, dependencies external. */
export function libraryConfig(entry: string, dependencies: Record<string, string> = {}) {
  const external = Object.keys(dependencies);
  return defineConfig({
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      lib: { entry, formats: ['es'], fileName: 'index' },
      rolldownOptions: {
        external: (id) =>
          id.startsWith('node:') || external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
        output: { minify: true },
      },
    },
  });
}
