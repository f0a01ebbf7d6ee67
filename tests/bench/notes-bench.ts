// `npm run bench:notes [-- N]`: the options page with N notes (10,000 by default) across N/10 articles, in Chromium with the
// built extension and its real IndexedDB — time to import them, to open the page, to search, to export.
// A benchmark: it prints figures and never fails on them.
import { chromium, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { toAnnotationCollection } from '../../lib/notes/export';
import type { Note } from '../../lib/notes/schema';
import { CHROMIUM_ARGS, chromiumPath } from '../support/chromium-path';

const NOTES_PER_ARTICLE = 10;
/** `npm run bench:notes -- 50000`: how many notes (10 per article); 10,000 by default. */
const ARTICLES = Math.max(1, Math.round(Number(process.argv[2] ?? 10_000) / NOTES_PER_ARTICLE));
const EXTENSION = resolve(process.env.LEDE_EXTENSION_DIR ?? '.output/chrome-mv3');
const WORDS = ['harbour', 'tariff', 'battery', 'fleet', 'subsidy', 'merger', 'outage', 'pricing', 'capacity', 'supplier', 'forecast', 'budget'];

function makeNotes(): Note[] {
  const notes: Note[] = [];
  const t = new Date('2026-01-01T00:00:00Z').getTime();
  for (let a = 0; a < ARTICLES; a++) {
    const url = `https://site${a % 50}.example.test/2026/story-${a}`;
    for (let n = 0; n < NOTES_PER_ARTICLE; n++) {
      const w = WORDS[(a + n) % WORDS.length];
      const passage = n % 2 === 0;
      const stamp = new Date(t + (a * NOTES_PER_ARTICLE + n) * 60_000).toISOString();
      notes.push({
        id: randomUUID(),
        key: url,
        url,
        title: `Story ${a} on ${w}`,
        created: stamp,
        updated: stamp,
        revision: 1,
        body: `Note ${n} on story ${a}: check the ${w} figure against last year's report.`,
        tags: [w, `set${n % 3}`],
        target: passage
          ? {
              kind: 'passage',
              quote: { type: 'TextQuoteSelector', exact: `the ${w} plan for ${a}`, prefix: 'Officials said ', suffix: ' would slip.' },
              position: { type: 'TextPositionSelector', start: 100 + n, end: 120 + n },
            }
          : { kind: 'page' },
      } as Note);
    }
  }
  return notes;
}

async function timeUntil(page: Page, action: () => Promise<unknown>, testId: string, text: RegExp): Promise<number> {
  const t = performance.now();
  await action();
  await page.getByTestId(testId).filter({ hasText: text }).waitFor({ timeout: 120_000 });
  return performance.now() - t;
}

async function main(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.log(`No built extension at ${EXTENSION}: run \`npx wxt build\` first.`);
    return;
  }
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'lede-notes-bench-')), {
    executablePath: chromiumPath(),
    headless: true,
    acceptDownloads: true,
    args: [...CHROMIUM_ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);

    const notes = makeNotes();
    const file = JSON.stringify(toAnnotationCollection(notes));
    console.log(`== Notes at scale: ${notes.length} notes across ${ARTICLES} articles (${(file.length / 1e6).toFixed(1)} MB of W3C JSON)`);
    let t = performance.now();
    const answer = (await options.evaluate(
      (text) => (globalThis as any).chrome.runtime.sendMessage({ type: 'lede:notes:import', text, dryRun: false }),
      file,
    )) as { ok: boolean; summary?: { added: number }; error?: string };
    console.log(`import (one message; validated, then merged in slices): ${(performance.now() - t).toFixed(0)} ms · ${answer.ok ? `${answer.summary?.added} added` : `failed: ${answer.error}`}`);

    const open = await timeUntil(options, () => options.reload(), 'note-count', new RegExp(`^${notes.length} notes$`));
    console.log(`open the options page until all notes are listed: ${open.toFixed(0)} ms`);

    const search = await timeUntil(options, () => options.getByLabel('Search text').fill('battery'), 'note-count', new RegExp(`^(?!${ARTICLES * NOTES_PER_ARTICLE} )\\d+ notes?$`));
    console.log(`search by text ("battery"): ${search.toFixed(0)} ms → ${await options.getByTestId('note-count').textContent()}`);
    await timeUntil(options, () => options.getByLabel('Search text').fill(''), 'note-count', new RegExp(`^${notes.length} notes$`));
    const byTag = await timeUntil(options, () => options.getByLabel('Tag', { exact: true }).fill('set1'), 'note-count', new RegExp(`^(?!${ARTICLES * NOTES_PER_ARTICLE} )\\d+ notes?$`));
    console.log(`search by tag ("set1"): ${byTag.toFixed(0)} ms → ${await options.getByTestId('note-count').textContent()}`);
    await timeUntil(options, () => options.getByLabel('Tag', { exact: true }).fill(''), 'note-count', new RegExp(`^${notes.length} notes$`));

    t = performance.now();
    const download = options.waitForEvent('download', { timeout: 120_000 });
    await options.getByRole('button', { name: 'Export JSON (W3C)' }).click();
    await (await download).path();
    console.log(`export JSON (W3C) until the download is written: ${(performance.now() - t).toFixed(0)} ms`);
    t = performance.now();
    const md = options.waitForEvent('download', { timeout: 120_000 });
    await options.getByRole('button', { name: 'Export Markdown' }).click();
    await (await md).path();
    console.log(`export Markdown until the download is written: ${(performance.now() - t).toFixed(0)} ms`);
  } finally {
    await context.close();
  }
}

await main();
