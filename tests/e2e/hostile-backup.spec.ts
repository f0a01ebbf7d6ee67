// Backups past one runtime message (Chrome carries at most 64 MiB): a ~70 MB notes store goes out
// through the options page's Export button and comes back through its file input, equal, after the
// database is wiped; and the Markdown export of a hostile note holds no raw HTML and no javascript: link.
import { readFileSync } from 'node:fs';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './support/extension';
import { askBackground } from '../fixtures/notes/harness';

test.describe.configure({ timeout: 300_000 });

/** Notes and characters of the big store: ~70 MB of W3C JSON with long note bodies. */
const BIG_NOTES = 3_600;
const BODY_CHARS = 19_000;

/**
 * Fills the store quickly: notes written straight into the background's database from the service
 * worker (test scaffolding; messaging 70 MB in takes longer than the rest of the test on a loaded
 * machine, and the upload path is covered by the import below). Returns the notes' characters.
 */
async function fillStore(options: Page, sw: Worker): Promise<number> {
  await askBackground(options, { type: 'lede:notes:search', limit: 1 }); // the background creates the database
  return sw.evaluate(
    async ([count, bodyChars]) => {
      const words = ['harbour', 'tariff', 'battery', 'fleet', 'subsidy', 'merger', 'outage', 'pricing', 'capacity', 'supplier'];
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('lede-notes');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction('notes', 'readwrite');
      let chars = 0;
      for (let i = 0; i < count; i++) {
        const url = `https://paper${i % 40}.example/2026/story-${i % 700}`;
        let body = `Note ${i}: `;
        while (body.length < bodyChars) body += `${words[(body.length + i) % words.length]} ${(body.length * 7 + i) % 1000} `;
        const at = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
        const note = {
          id: crypto.randomUUID(),
          key: url,
          url,
          title: `Story ${i % 700}`,
          created: at,
          updated: at,
          revision: 1 + (i % 3),
          body: body.slice(0, bodyChars),
          tags: [words[i % words.length]],
          target: i % 2 ? { kind: 'passage', quote: { type: 'TextQuoteSelector', exact: `passage ${i} ${'—'.repeat(i % 5)}`, prefix: 'before ', suffix: ' after' } } : { kind: 'page' },
        };
        chars += JSON.stringify(note).length;
        tx.objectStore('notes').put(note);
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return chars;
    },
    [BIG_NOTES, BODY_CHARS] as const,
  );
}

/** Clicks an export button and returns the downloaded file's text. */
async function exportThroughPage(options: Page, button: string): Promise<{ text: string; path: string }> {
  const download = options.waitForEvent('download', { timeout: 120_000 });
  await options.getByRole('button', { name: button }).click();
  const path = (await (await download).path())!;
  return { text: readFileSync(path, 'utf8'), path };
}

/** Deletes the notes database (the background lets go of it and opens a fresh one on the next message). */
async function wipe(sw: Worker): Promise<void> {
  await sw.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('lede-notes');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      }),
  );
}

const withoutGenerated = (file: string) => file.replace(/"generated": "[^"]*"/, '"generated": ""');

test('a ~70 MB notes store exports through the options page and imports back equal after a wipe', async ({ context, extensionId, sw }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  let t = Date.now();
  const noteChars = await fillStore(options, sw);
  console.log(`filled the store: ${BIG_NOTES} notes, ${(noteChars / 1e6).toFixed(1)} M characters, in ${Date.now() - t} ms`);
  expect(noteChars).toBeGreaterThan(68_000_000);
  await options.reload();
  await expect(options.getByTestId('note-count')).toHaveText(`${BIG_NOTES} notes`, { timeout: 30_000 });

  t = Date.now();
  const { text: exported, path: exportedPath } = await exportThroughPage(options, 'Export JSON (W3C)');
  console.log(`export JSON through the page: ${(exported.length / 1e6).toFixed(1)} M characters in ${Date.now() - t} ms`);
  expect(exported.length).toBeGreaterThan(64 * 1024 * 1024); // more than one message could carry
  await expect(options.getByRole('region', { name: 'All notes' }).getByRole('status')).toHaveText('Exported JSON.');
  const collection = JSON.parse(exported) as { total: number; first: { items: { id: string }[] } };
  expect(collection.total).toBe(BIG_NOTES);
  expect(new Set(collection.first.items.map((item) => item.id)).size).toBe(BIG_NOTES);

  await wipe(sw);
  expect(await askBackground(options, { type: 'lede:notes:search', limit: 1 })).toMatchObject({ ok: true, total: 0 });
  await options.reload();
  await expect(options.getByTestId('note-count')).toHaveText('0 notes');

  t = Date.now();
  await options.getByTestId('import-file').setInputFiles(exportedPath);
  await expect(options.getByTestId('import-preview')).toContainText(`${BIG_NOTES} to add`, { timeout: 120_000 });
  await options.getByRole('button', { name: 'Merge into my notes' }).click();
  await expect(options.getByRole('region', { name: 'All notes' }).getByRole('status')).toHaveText(`Imported: ${BIG_NOTES} added, 0 updated, 0 already here.`, { timeout: 120_000 });
  console.log(`import through the page (preview + merge): ${Date.now() - t} ms`);
  await expect(options.getByTestId('note-count')).toHaveText(`${BIG_NOTES} notes`);

  const { text: again } = await exportThroughPage(options, 'Export JSON (W3C)');
  expect(withoutGenerated(again) === withoutGenerated(exported)).toBe(true); // the same notes, field for field, in the same order
});

test('the Markdown export of a hostile note has no raw HTML and no javascript: link', async ({ context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const page = { url: 'https://news.example.test/2026/04/offer' };
  const body = ['Click [here](javascript:alert(1)) or ![img](data:text/html,<b>x</b>).', '<img src=x onerror=alert(2)> <script>alert(3)</script>', '[ref]: javascript:alert(4)', 'A fair link: [report](https://news.example.test/report).'].join('\n');
  const passage = { quote: { type: 'TextQuoteSelector', exact: '<iframe src=//evil.example>', prefix: '', suffix: '' } };
  for (const message of [
    { type: 'lede:notes:create', page, title: 'Offer <svg onload=alert(5)>', body, tags: ['<u>t</u>'], passage },
    { type: 'lede:notes:create', page, title: 'Offer', body: '<a href="javascript:alert(6)">x</a>', tags: [] },
  ]) {
    expect(await askBackground(options, message)).toMatchObject({ ok: true });
  }
  await options.reload();
  const { text: markdown } = await exportThroughPage(options, 'Export Markdown');
  expect(markdown).toContain('Click [here]\\(javascript:alert(1))');
  expect(markdown).toContain('[report](https://news.example.test/report)');
  expect(markdown).toContain('&lt;img src=x onerror=alert(2)>');
  expect(markdown).toContain('&lt;script>alert(3)&lt;/script>');
  // Every '<' left opens an http(s) autolink, and every link or reference goes to http(s).
  expect(markdown).not.toMatch(/<(?!https?:\/\/)/);
  expect(markdown).not.toMatch(/\]\(\s*(?!https?:)/);
  expect(markdown).not.toMatch(/^\s*\[[^\]]*\]:\s*(?!https?:)/m);
});
