// `npm run demo`: build the extension, serve a demo article written for the project on localhost, and
// start Chromium with Lede loaded on it. With a display: a window to read in (close it to stop).
// Without one: headless, screenshots of the highlights and of a claim card written to demo-out/.
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';

const DEMO_PAGE = resolve('tests/fixtures/pages/wp-grocer-chip-supply.html');
const EXTENSION = resolve('.output/chrome-mv3');
const OUT = resolve('demo-out');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (!existsSync(browserPath)) {
  console.error(`No Chromium at ${browserPath}. Install it (Debian: apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

console.log('Building the extension…');
execSync('npx wxt build', { stdio: 'inherit' });

const html = readFileSync(DEMO_PAGE);
const server = createServer((req, res) => {
  res.writeHead(req.url === '/' || req.url?.startsWith('/demo') ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(req.url === '/' || req.url?.startsWith('/demo') ? html : 'not found');
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/demo`;

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = mkdtempSync(join(tmpdir(), 'lede-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browserPath,
  headless,
  viewport: { width: 1280, height: 900 },
  args: [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync',
    `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(url);
console.log(`Lede demo article: ${url}`);

if (!headless) {
  console.log('Read in the window; close it to stop.');
  await new Promise((r) => context.on('close', r));
} else {
  mkdirSync(OUT, { recursive: true });
  await page.waitForFunction(() => [...CSS.highlights.keys()].some((k) => k.startsWith('lede-')), null, { timeout: 15000 });
  await page.screenshot({ path: join(OUT, 'highlights.png') });
  // Alt+Shift+N moves to the first claim and opens its card.
  await page.keyboard.press('Alt+Shift+KeyN');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(OUT, 'card.png') });
  const count = await page.evaluate(() => [...CSS.highlights.entries()].filter(([k]) => k.startsWith('lede-')).reduce((n, [, h]) => n + h.size, 0));
  console.log(`No display: ran headless. ${count} highlighted ranges. Screenshots: ${join(OUT, 'highlights.png')}, ${join(OUT, 'card.png')}`);
  await context.close();
}
server.close();
