// The engine held to the project's own pages: every tests/fixtures/pages/*.html is parsed with jsdom,
// analyzed, and checked against its *.expected.json. A failing page lists each unmet expectation.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/pipeline/analyze';
import { checkExpectations, parseExpectations } from '../support/expectations';

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages/');
const pages = readdirSync(PAGES_DIR).filter((f) => f.endsWith('.html')).sort();

function expectationsFor(page: string) {
  const file = page.replace(/\.html$/, '.expected.json');
  return parseExpectations(JSON.parse(readFileSync(join(PAGES_DIR, file), 'utf8')));
}

describe('fixture pages', () => {
  it('has at least five article pages and three non-article pages, each with expectations', () => {
    const expectations = pages.map(expectationsFor);
    expect(expectations.filter((e) => e.article !== null).length).toBeGreaterThanOrEqual(5);
    expect(expectations.filter((e) => e.article === null).length).toBeGreaterThanOrEqual(3);
    for (const [i, e] of expectations.entries()) expect(e.page).toBe(pages[i]);
    const orphans = readdirSync(PAGES_DIR)
      .filter((f) => f.endsWith('.expected.json'))
      .filter((f) => !pages.includes(f.replace(/\.expected\.json$/, '.html')));
    expect(orphans, 'expectation files without a page').toEqual([]);
  });

  it.each(pages)('%s meets its expectations', (page) => {
    const html = readFileSync(join(PAGES_DIR, page), 'utf8');
    const url = `https://example.test/pages/${page}`;
    const dom = new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
    const doc = dom.window.document;
    const pageText = doc.body?.textContent ?? '';
    const result = analyze(doc, { url });
    const analysis = 'status' in result ? null : result;
    const failures = checkExpectations(analysis, expectationsFor(page), pageText);
    expect(failures, `${page}: ${failures.length} unmet expectation(s):\n  ${failures.join('\n  ')}`).toEqual([]);
  });
});
