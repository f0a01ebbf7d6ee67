// The engine held to the project's own pages: every tests/fixtures/pages/*.html is parsed with jsdom,
// analysed, and checked against its *.expected.json. A failing page lists each unmet expectation.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../lib/analysis';
import { checkExpectations, parseExpectations } from '../support/expectations';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));
const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();

/** The engine's one entry (lib/analyze.ts). */
type Analyze = (doc: Document, options?: { url?: string | null }) => Analysis | { status: 'not-article' };

// Loaded by a computed specifier so that this file type-checks before lib/analyze.ts lands;
// the signature above is the contract the test holds it to.
async function loadAnalyze(): Promise<Analyze> {
  const specifier = '../../lib/analyze';
  const mod = (await import(/* @vite-ignore */ specifier)) as { analyze?: Analyze };
  if (typeof mod.analyze !== 'function') throw new Error('lib/analyze.ts exports no analyze()');
  return mod.analyze;
}

function expectationsFor(page: string) {
  const file = page.replace(/\.html$/, '.expected.json');
  return parseExpectations(JSON.parse(readFileSync(PAGES_DIR + file, 'utf8')));
}

describe('fixture pages', () => {
  it('has at least five article pages and three non-article pages, each with expectations', () => {
    const expectations = pages.map(expectationsFor);
    expect(expectations.filter((e) => e.article !== null).length).toBeGreaterThanOrEqual(5);
    expect(expectations.filter((e) => e.article === null).length).toBeGreaterThanOrEqual(3);
    for (const [i, e] of expectations.entries()) expect(e.page).toBe(pages[i]);
  });

  it.each(pages)('%s meets its expectations', async (page) => {
    const html = readFileSync(PAGES_DIR + page, 'utf8');
    const url = `https://example.test/pages/${page}`;
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const pageText = doc.body?.textContent ?? '';
    const analyze = await loadAnalyze();
    const result = analyze(doc, { url });
    const analysis = 'status' in result ? null : result;
    const failures = checkExpectations(analysis, expectationsFor(page), pageText);
    expect(failures, `${page}: ${failures.length} unmet expectation(s):\n  ${failures.join('\n  ')}`).toEqual([]);
  });
});
