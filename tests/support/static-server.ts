// A static file server on 127.0.0.1 for browser tests: serves a folder, optionally with extra headers.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * `rewrite` may map a request path to another file (an app server answering deep links with its page);
 * the path is normalized first, so nothing outside `root` is ever served.
 */
export async function serveFolder(
  root: string,
  headers: Record<string, string> = {},
  rewrite: (path: string) => string = (path) => path,
): Promise<StaticServer> {
  const server: Server = createServer(async (req, res) => {
    const path = rewrite(normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, ''));
    try {
      const body = await readFile(join(root, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
