// Builds the Manifest V3 extension (as `npm run build` does) into dist/extension.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const assistantRoot = fileURLToPath(new URL('../../../packages/assistant/', import.meta.url));
export const extensionDir = fileURLToPath(new URL('../../../dist/extension/', import.meta.url));

export async function buildExtension(): Promise<string> {
  const configFile = `${assistantRoot}vite.extension.config.ts`;
  await build({ configFile, logLevel: 'error' });
  await build({ configFile, mode: 'content', logLevel: 'error' });
  return extensionDir;
}
