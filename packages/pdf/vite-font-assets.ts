// A Vite plugin that puts the PDF font under `koiki-assets/`, where fetchFonts looks for it:
// served by the dev server, emitted by a build. Nothing is committed: the file is made from the
// npm font package by scripts/font-subset.ts (once per install). Imported by relative path from
// Vite configs, because Vite bundles relative imports of a config but hands bare ones to Node.
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { fontSubsetFiles } from './scripts/font-subset.ts';
import { FONT_FILE_NAME } from './src/font-files.ts';

export const assetsFolder = 'koiki-assets';

const fontBytes = async () => readFile((await fontSubsetFiles()).gzip);

export function fontAssets(): Plugin {
  return {
    name: 'koiki-font-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== `/${assetsFolder}/${FONT_FILE_NAME}`) return next();
        fontBytes().then(
          (bytes) => {
            // Sent as the gzip file it is (fetchFonts inflates it), not as Content-Encoding.
            res.setHeader('content-type', 'application/gzip');
            res.end(bytes);
          },
          (error: unknown) => next(error),
        );
      });
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: `${assetsFolder}/${FONT_FILE_NAME}`,
        source: await fontBytes(),
      });
    },
  };
}
