// The demo portal served by Vite exactly as `npm start` serves it, on a free port.
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

export async function startDemoServer(): Promise<DemoServer> {
  const server: ViteDevServer = await createServer({
    configFile: fileURLToPath(new URL('../../../vite.config.ts', import.meta.url)),
    // No file watching: an edit elsewhere must not reload a page in the middle of a test.
    server: { port: 0, host: '127.0.0.1', hmr: false, watch: null },
    logLevel: 'error',
  });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('demo server has no port');
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
