// Builds the Manifest V3 extension into <repo>/dist/extension from the same assistant code.
// Pages (panel, options) and the service worker are ES modules; the content script must be a
// classic script, so it is built in a second pass (`vite build -c … --mode content`).
import { copyFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const outDir = here('../../dist/extension');

const copyStatic: Plugin = {
  name: 'koiki-extension-static',
  closeBundle() {
    copyFileSync(here('extension/manifest.json'), `${outDir}/manifest.json`);
  },
};

export default defineConfig(({ mode }) =>
  mode === 'content'
    ? {
        root: here('extension'),
        build: {
          outDir,
          emptyOutDir: false,
          lib: {
            entry: here('extension/content.ts'),
            formats: ['iife'],
            name: 'koikiContent',
            fileName: () => 'content.js',
          },
          rolldownOptions: { output: { minify: true } },
        },
      }
    : {
        root: here('extension'),
        base: './',
        build: {
          outDir,
          emptyOutDir: true,
          modulePreload: { polyfill: false },
          rolldownOptions: {
            input: {
              panel: here('extension/panel.html'),
              options: here('extension/options.html'),
              background: here('extension/background.ts'),
            },
            output: {
              minify: true,
              entryFileNames: (chunk) =>
                chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
            },
          },
        },
        plugins: [copyStatic],
      },
);
