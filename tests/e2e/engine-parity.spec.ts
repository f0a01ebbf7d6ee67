// The same page gives the same Analysis in the CLI (jsdom) and in a real browser (Chromium), timings aside.
import { test, expect, chromium, type Browser } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { engineBundle } from '../support/engine-bundle';
import { serveFolder, type StaticServer } from '../support/static-server';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';

const PAGES = resolve('tests/fixtures/pages');
let server: StaticServer;
let browser: Browser;
let bundle: string;

test.beforeAll(async () => {
  bundle = await engineBundle();
  // Page scripts stay off, as in the CLI: what is compared is the engine, not what a page script does.
  server = await serveFolder(PAGES, { 'content-security-policy': "script-src 'none'" });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

test.afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const withoutTimings = (a: Record<string, unknown>) => ({ ...a, timings: undefined });

for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
  test(`CLI and Chromium agree on ${file}`, async () => {
    const url = `${server.url}/${file}`;
    const cli = spawnSync(process.execPath, ['bin/dist/lede.mjs', 'analyze', '--url', url, join(PAGES, file)], { encoding: 'utf8' });
    expect(cli.status, cli.stderr).toBe(0);
    const fromCli = JSON.parse(cli.stdout);

    const page = await browser.newPage();
    await page.goto(url);
    const fromBrowser = await page.evaluate(
      ([code, pageUrl]) => {
        (0, eval)(code);
        return (globalThis as any).__lede.analyze(document, { url: pageUrl });
      },
      [bundle, url] as const,
    );
    await page.close();
    expect(withoutTimings(fromBrowser)).toEqual(withoutTimings(fromCli));
  });
}
