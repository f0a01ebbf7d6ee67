// Serves tests/fixtures/e2e on 127.0.0.1 at a random port. Paths under /spa/ all get spa.html, as a
// single-page app's server would, so reloads and deep links work.
import { resolve } from 'node:path';
import { serveFolder } from '../../support/static-server';

export const FIXTURES = resolve('tests/fixtures/e2e');

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const server = await serveFolder(FIXTURES, {}, (path) => (path.startsWith('/spa/') ? '/spa.html' : path));
  return {
    origin: server.url,
    url: (path) => server.url + (path.startsWith('/') ? path : `/${path}`),
    close: server.close,
  };
}
