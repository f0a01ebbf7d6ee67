// Serves tests/fixtures/e2e on 127.0.0.1 at a random port. Paths under /spa/ all get spa.html, as a
// single-page app's server would, so reloads and deep links work.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';

export const FIXTURES = resolve('tests/fixtures/e2e');

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://x').pathname;
    const file = pathname.startsWith('/spa/') ? 'spa.html' : normalize(decodeURIComponent(pathname)).replace(/^([/\\]*\.\.)+/, '');
    try {
      const body = await readFile(join(FIXTURES, file));
      res.writeHead(200, { 'content-type': file.endsWith('.html') ? 'text/html; charset=utf-8' : 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => origin + (path.startsWith('/') ? path : `/${path}`),
    close: () => new Promise((done) => server.close(() => done())),
  };
}
