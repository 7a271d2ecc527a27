// A Vite plugin that puts the PDF fonts (from their npm package) under `koiki-assets/`, where
// fetchFonts looks for them: served by the dev server, emitted by a build. Nothing is committed:
// the files come from node_modules each time. Imported by relative path from Vite configs,
// because Vite bundles relative imports of a config but hands bare ones to Node.
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { FONT_FILE_NAMES } from './src/font-files.ts';
import { nodeFontPaths } from './src/node-fonts.ts';

export const assetsFolder = 'koiki-assets';

function assetFiles(): Record<string, string> {
  const paths = nodeFontPaths();
  return { [FONT_FILE_NAMES.regular]: paths.regular, [FONT_FILE_NAMES.bold]: paths.bold };
}

export function fontAssets(): Plugin {
  const files = assetFiles();
  return {
    name: 'koiki-font-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.match(new RegExp(`^/${assetsFolder}/([^?]+)`))?.[1];
        const path = name ? files[decodeURIComponent(name)] : undefined;
        if (!path) return next();
        res.setHeader('content-type', 'font/ttf');
        res.end(readFileSync(path));
      });
    },
    generateBundle() {
      for (const [name, path] of Object.entries(files)) {
        this.emitFile({
          type: 'asset',
          fileName: `${assetsFolder}/${name}`,
          source: readFileSync(path),
        });
      }
    },
  };
}
