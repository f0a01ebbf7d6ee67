// @vitest-environment jsdom
// Reading a copy of the page (lib/page-reading.ts, lib/page-service.ts): the background parses the
// page's HTML and reads it; the content script resolves the reading in the live page. Here the "live
// page" is a second parse of the same fixture (pages written for the project), and the reading must
// land on the same elements with the same text — or be refused when the live page differs.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../lib/analyze';
import { runSteps } from '../../lib/extract/steps';
import { copyOfPage, parseCopy, readingFromPathsSteps, readingToPaths, type ReadingOnPaths } from '../../lib/page-reading';
import { JSDOM } from 'jsdom';
import { answerReadPage } from '../../lib/page-service';
import { readArticleSteps, type ArticleReading } from '../../lib/read-article';
import { ReadPageResponseSchema } from '../../lib/messages';

const dir = resolve(__dirname, '../fixtures/pages');
const pages = readdirSync(dir).filter((f) => f.endsWith('.html'));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const read = (doc: Document) => runSteps(readArticleSteps(doc)) as ArticleReading | { status: string };
/** Through JSON, as a runtime message carries it. */
const travel = (r: ReadingOnPaths): ReadingOnPaths => JSON.parse(JSON.stringify(r));

describe('a reading of a copy, resolved in the live page', () => {
  it('lands on the same blocks, sponsored blocks and text, on every fixture article', () => {
    let articles = 0;
    let sponsored = 0;
    for (const name of pages) {
      const html = readFileSync(resolve(dir, name), 'utf8');
      const live = parse(html);
      const copy = parseCopy(copyOfPage(live)!, parse);
      const own = read(live);
      const fromCopy = read(copy);
      if ('status' in own || 'status' in fromCopy) {
        expect('status' in own, name).toBe('status' in fromCopy);
        continue;
      }
      articles++;
      const landed = runSteps(readingFromPathsSteps(live, travel(readingToPaths(fromCopy))));
      expect(landed, name).not.toBeNull();
      expect(landed!.textMap.text, name).toBe(own.textMap.text);
      expect(landed!.extraction.blocks).toEqual(own.extraction.blocks); // the very same live elements
      expect(landed!.extraction.root).toBe(own.extraction.root);
      expect([landed!.extraction.title, landed!.extraction.meta]).toEqual([own.extraction.title, own.extraction.meta]);
      expect(landed!.sponsored.map((s) => [s.el, s.reasons])).toEqual(own.sponsored.map((s) => [s.el, s.reasons]));
      sponsored += landed!.sponsored.length;
      // Ranges from the landed reading are live ranges over the same characters (inside one block).
      const { text, blockStarts } = landed!.textMap;
      const start = blockStarts[blockStarts.length - 1];
      const range = landed!.textMap.rangeFor(start, Math.min(start + 30, text.length))!;
      expect(range.toString().replace(/\s+/g, ' '), name).toBe(text.slice(start, start + 30).replace(/\s+/g, ' '));
    }
    expect(articles).toBeGreaterThan(5);
    expect(sponsored).toBeGreaterThan(0);
  });

  it('is refused when the live page is not the page that was read', () => {
    const html = readFileSync(resolve(dir, 'wp-chipmaker-fabs.html'), 'utf8');
    const copy = read(parse(html)) as ArticleReading;
    const paths = readingToPaths(copy);
    // An element added before the article: every path after it points one element off.
    const shifted = parse(html);
    shifted.body.prepend(shifted.createElement('div'));
    expect(runSteps(readingFromPathsSteps(shifted, paths))).toBeNull();
    // Same elements, a word changed in the article.
    const edited = parse(html);
    const block = runSteps(readingFromPathsSteps(edited, paths))!.extraction.blocks[1];
    block.append(' (updated)');
    expect(runSteps(readingFromPathsSteps(edited, paths))).toBeNull();
    // A path that leads nowhere.
    const broken = { ...paths, blocks: [...paths.blocks, [1, 999, 3]] };
    expect(runSteps(readingFromPathsSteps(parse(html), broken))).toBeNull();
  });

  it('keeps quirks parsing where the page has it: a table ends a paragraph only in standards mode', () => {
    const body = '<p>Before the table<table><tr><td>cell</td></tr></table>';
    const quirks = parse(`<html><body>${body}</body></html>`);
    const standards = parse(`<!doctype html><html><body>${body}</body></html>`);
    expect(parseCopy(copyOfPage(quirks)!, parse).body.innerHTML).toBe(quirks.body.innerHTML);
    expect(parseCopy(copyOfPage(standards)!, parse).body.innerHTML).toBe(standards.body.innerHTML);
    expect(quirks.body.innerHTML).not.toBe(standards.body.innerHTML);
  });

  it('keeps what scripts put in the head out of the copy’s body, and resolves links against the page', () => {
    const html = readFileSync(resolve(dir, 'wp-grocer-chip-supply.html'), 'utf8');
    const live = new JSDOM(html, { url: 'https://grocer.example/news/chips' }).window.document;
    // Markup the parser would move out of a head: trackers add such things to live pages.
    live.head.append(live.createElement('iframe'), live.createElement('img'));
    for (const old of live.querySelectorAll('link[rel="canonical"]')) old.remove(); // the fixture's own is absolute
    const canonical = live.createElement('link');
    canonical.setAttribute('rel', 'canonical');
    canonical.setAttribute('href', '/news/chips-canonical');
    live.head.append(canonical);
    const copy = parseCopy(copyOfPage(live)!, parse);
    expect([...copy.body.children].map((e) => e.tagName)).toEqual([...live.body.children].map((e) => e.tagName));
    const fromCopy = runSteps(readArticleSteps(copy, { pageUrl: live.URL })) as ArticleReading;
    expect(fromCopy.extraction.meta.canonicalUrl).toBe('https://grocer.example/news/chips-canonical');
    const own = read(live) as ArticleReading;
    expect(fromCopy.extraction.title).toBe(own.extraction.title);
    const landed = runSteps(readingFromPathsSteps(live, travel(readingToPaths(fromCopy))));
    expect(landed?.extraction.blocks).toEqual(own.extraction.blocks);
  });
});

describe('the background reading a page from its HTML', () => {
  it('answers what analyze() finds in the page, with the reading as paths', async () => {
    const html = readFileSync(resolve(dir, 'wp-chipmaker-fabs.html'), 'utf8');
    const answer = await answerReadPage({ type: 'lede:read-page', page: copyOfPage(parse(html)), force: false }, { parse });
    expect(ReadPageResponseSchema.safeParse(answer).success).toBe(true);
    if (!answer.ok || answer.status !== 'article') throw new Error('not read');
    const whole = analyze(parse(html));
    if ('status' in whole) throw new Error('not an article');
    expect(answer.reading.input.text).toBe(whole.article.text);
    expect(answer.result.claims).toEqual(whole.claims);
    expect(answer.result.themes).toEqual(whole.themes);
  });

  it('says not-article, and refuses malformed requests', async () => {
    const nav = '<!doctype html><html><body><nav><a href="/a">A</a><a href="/b">B</a></nav></body></html>';
    const page = copyOfPage(parse(nav))!;
    expect(await answerReadPage({ type: 'lede:read-page', page, force: false }, { parse })).toEqual({ ok: true, status: 'not-article' });
    for (const bad of [null, { type: 'lede:read-page' }, { type: 'lede:read-page', page: { ...page, body: 5 }, force: false }, { type: 'lede:read-page', page, force: 'yes' }]) {
      const a = await answerReadPage(bad, { parse });
      expect(a.ok).toBe(false);
    }
  });
});
