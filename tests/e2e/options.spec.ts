// The options page: notes exported from one profile and imported into a fresh one come back the same;
// a hostile import file is refused with a clear message and changes nothing; axe finds no violations.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, EXTENSION_DIR } from './support/extension';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';
import { DEMO_ARTICLE, allNotes, askBackground, axeViolations, openPopup, sendToTab, servePages, tabIdOf, waitForLede } from '../fixtures/notes/harness';

const PAGE = { url: 'https://news.example.test/2026/03/harbour-cranes?utm_source=feed' };

async function seed(options: import('@playwright/test').Page) {
  const passage = {
    quote: { type: 'TextQuoteSelector', exact: 'the port will double its crane count', prefix: 'By 2028 ', suffix: ', the authority said.' },
    position: { type: 'TextPositionSelector', start: 120, end: 156 },
  };
  for (const message of [
    { type: 'lede:notes:create', page: PAGE, title: 'Harbour cranes', body: 'Check the 2028 date <script>alert(1)</script>', tags: ['ports', 'dates'], passage },
    { type: 'lede:notes:create', page: PAGE, title: 'Harbour cranes', body: 'Whole piece reads like a press release.', tags: [] },
  ]) {
    const answer = (await askBackground(options, message)) as { ok: boolean };
    expect(answer.ok, JSON.stringify(answer)).toBe(true);
  }
}

const comparable = (notes: Awaited<ReturnType<typeof allNotes>>) =>
  notes.map((n) => ({ id: n.id, key: n.key, body: n.body, tags: n.tags, target: n.target })).sort((a, b) => a.id.localeCompare(b.id));

test('export then import into a fresh profile gives the same notes', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await seed(options);
  const before = comparable(await allNotes(options));
  expect(before).toHaveLength(2);
  await options.reload();
  await expect(options.getByTestId('export-reminder')).toBeVisible();
  // Search by tag, by words, by site.
  await options.getByLabel('Tag', { exact: true }).fill('ports');
  await expect(options.getByTestId('note-count')).toHaveText('1 note');
  await options.getByLabel('Tag', { exact: true }).fill('');
  await options.getByLabel('Search text').fill('press release');
  await expect(options.getByTestId('note-count')).toHaveText('1 note');
  await options.getByLabel('Search text').fill('');
  await options.getByLabel('Site', { exact: true }).fill('elsewhere.example');
  await expect(options.getByTestId('note-count')).toHaveText('0 notes');
  await options.getByLabel('Site', { exact: true }).fill('news.example.test');
  await expect(options.getByTestId('note-count')).toHaveText('2 notes');
  const md = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = (await import('node:fs')).readFileSync(await (await md).path(), 'utf8');
  expect(markdown).toContain('Harbour cranes');
  expect(markdown).toContain('the port will double its crane count');
  const download = options.waitForEvent('download');
  await options.getByRole('button', { name: 'Export JSON (W3C)' }).click();
  const file = await (await download).path();
  const exported = (await import('node:fs')).readFileSync(file, 'utf8');
  expect(JSON.parse(exported).type).toBe('AnnotationCollection');

  const profile = mkdtempSync(join(tmpdir(), 'lede-e2e-fresh-'));
  const fresh = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`],
  });
  try {
    const sw = fresh.serviceWorkers()[0] ?? (await fresh.waitForEvent('serviceworker'));
    const id = new URL(sw.url()).host;
    const page = await fresh.newPage();
    await page.goto(`chrome-extension://${id}/options.html`);
    await expect(page.getByTestId('note-count')).toHaveText('0 notes');
    await page.getByTestId('import-file').setInputFiles({ name: 'lede-notes.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect(page.getByTestId('import-preview')).toContainText('2 to add');
    await page.getByRole('button', { name: 'Merge into my notes' }).click();
    await expect(page.getByTestId('note-count')).toHaveText('2 notes');
    expect(comparable(await allNotes(page))).toEqual(before);
    // Markup in a note is shown as text, never run.
    await expect(page.getByText('<script>alert(1)</script>', { exact: false })).toBeVisible();
  } finally {
    await fresh.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('a hostile import file is refused with a clear message and changes nothing', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await seed(options);
  const before = comparable(await allNotes(options));
  const id = 'urn:uuid:2b0f8a53-56a4-4bd4-9c1e-0d3c1f0e9a11';
  const good = { type: 'Annotation', id, created: '2026-01-01T00:00:00Z', body: [{ type: 'TextualBody', value: '<img src=x onerror=alert(1)>', purpose: 'commenting' }], target: 'https://news.example.test/a' };
  const hostile = {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: {
      type: 'AnnotationPage',
      items: [
        good,
        { ...good }, // duplicate id
        { ...good, id: 'urn:uuid:9d7c4a1e-7f0b-4c55-8a57-3f1b2c3d4e5f', body: [{ type: 'TextualBody', value: 'x'.repeat(200_000) }] }, // huge
        { ...good, id: 42, created: ['yesterday'], target: { source: 'javascript:alert(1)' } }, // wrong types
      ],
    },
  };
  await options.getByTestId('import-file').setInputFiles({ name: 'evil.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(hostile)) });
  const error = options.getByTestId('import-error');
  await expect(error).toBeVisible();
  await expect(error).toContainText('nothing was changed');
  await expect(options.getByTestId('import-preview')).toHaveCount(0);
  expect(comparable(await allNotes(options))).toEqual(before);

  // Not JSON at all.
  await options.getByTestId('import-file').setInputFiles({ name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"type": "Annot') });
  await expect(error).toContainText(/nothing was changed/i);
  expect(comparable(await allNotes(options))).toEqual(before);
});

test('the options page: a pattern with nested repetition is refused; axe finds no violations', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { name: 'Themes', exact: true })).toBeVisible();
  const patterns = options.locator('[data-theme-row="scaling"] textarea').nth(1);
  await patterns.fill('(a+)+$');
  await options.getByRole('button', { name: 'Save themes' }).click();
  await expect(options.getByTestId('theme-problems')).toContainText('Nested repetition');
  expect(await askBackground(options, { type: 'lede:settings:themes' })).toMatchObject({ ok: true, table: null });

  for (const colorScheme of ['light', 'dark'] as const) {
    await options.emulateMedia({ colorScheme });
    const violations = await axeViolations(options);
    expect(violations, `${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  }
});

test('a theme added on the options page is used on the next article; a site added there is left alone', async ({ context, page, sw, extensionId }) => {
  const article = 'http://shelfedge.lede.test/2026/01/20/larkfield-two-supplier-gamble/';
  const quiet = 'http://quiet-news.test/2026/01/20/larkfield/';
  await servePages(context, new Map([[article, DEMO_ARTICLE], [quiet, DEMO_ARTICLE]]));
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('button', { name: 'Add theme' }).click();
  const row = options.locator('.theme-edit').last();
  await row.getByLabel('Label').fill('Checkout hardware');
  await row.getByLabel('Id').fill('checkout');
  await row.getByLabel('Terms').fill('self-checkout\ntills\nscanners');
  await options.getByRole('button', { name: 'Save themes' }).click();
  await expect(options.getByRole('status').filter({ hasText: 'Themes saved' })).toBeVisible();
  await options.getByLabel('Add a site (host name)').fill('quiet-news.test');
  await options.getByRole('button', { name: 'Turn Lede off there' }).click();
  await expect(options.locator('.sites li', { hasText: 'quiet-news.test' })).toContainText('added by you');

  await page.goto(article);
  const tabId = await tabIdOf(sw, article);
  await waitForLede(sw, tabId);
  const popup = await openPopup(context, extensionId, tabId);
  await expect(popup.locator('li.theme[data-theme="checkout"]')).toContainText('Checkout hardware');
  await popup.close();

  await page.goto(quiet);
  await waitForLede(sw, tabId);
  expect(await sendToTab(sw, tabId, { type: 'lede:state' })).toMatchObject({ status: 'disabled', siteEnabled: false });
});
