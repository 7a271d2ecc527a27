// What a file of end-to-end tests sets up before its tests and closes after them: a server and
// one installed Chromium. Call inside `describe`; read the fields inside the tests.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { buildAssistantBundle } from './assistant-bundle.ts';
import { launchBrowser } from './browser.ts';
import { type DemoServer, startDemoServer } from './demo-server.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';

const pagesDir = fileURLToPath(new URL('../pages/', import.meta.url));

export interface Setup<S> {
  browser: Browser;
  server: S;
}

function useSetup<S extends { close(): Promise<void> }>(start: () => Promise<S>): Setup<S> {
  const setup = {} as Setup<S>;
  before(async () => {
    setup.server = await start();
    setup.browser = await launchBrowser();
  });
  after(async () => {
    await setup.browser?.close();
    await setup.server?.close();
  });
  return setup;
}

/**
 * The one-script-tag bundle, built as `npm run build` builds it, served under /assistant/ beside
 * the test pages under /pages/, with `headers` (e.g. a strict CSP) on every response.
 */
export function useBundlePages(headers: Record<string, string> = {}): Setup<StaticServer> {
  return useSetup(async () =>
    startStaticServer(
      { '/assistant/': await buildAssistantBundle(), '/pages/': pagesDir },
      headers,
    ),
  );
}

/** The demo portal, served as `npm start` serves it. */
export function useDemoPortal(): Setup<DemoServer> {
  return useSetup(startDemoServer);
}
