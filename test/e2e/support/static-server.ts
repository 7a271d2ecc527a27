// A tiny static file server with chosen headers (e.g. a strict CSP) for the built bundle.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.ttf': 'font/ttf',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  requests: string[];
  posts: { url: string; body: string }[];
  close(): Promise<void>;
}

/** Serves `routes` (URL prefix → directory) with `headers` on every response; records requests. */
export async function startStaticServer(
  routes: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<StaticServer> {
  const requests: string[] = [];
  const posts: { url: string; body: string }[] = [];
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push(url.pathname);
    if (req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      posts.push({ url: url.pathname, body });
      res.writeHead(200, { 'content-type': 'application/json', ...headers }).end('{"ok":true}');
      return;
    }
    const prefix = Object.keys(routes)
      .filter((p) => url.pathname.startsWith(p))
      .sort((a, b) => b.length - a.length)[0];
    const rest = prefix === undefined ? '' : url.pathname.slice(prefix.length);
    const file = prefix === undefined ? '' : normalize(join(routes[prefix]!, rest || 'index.html'));
    try {
      if (!file?.startsWith(normalize(routes[prefix!]!))) throw new Error('outside');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': types[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      res.end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  };
  const server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    requests,
    posts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
