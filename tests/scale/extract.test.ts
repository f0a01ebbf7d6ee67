// @vitest-environment jsdom
// The extractor and the article text on the largest pages they must survive: 5 MB of text in paragraphs
// or in one node, and 10,000 levels of nesting (a recursive walk would overflow the stack).
import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../lib/extract';
import { buildArticleText } from '../../lib/text/article-text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const SENTENCE = 'The lighthouse keeper logged every passing trawler, and the ledger for 1958 alone runs to four volumes. ';

describe('extractArticle on very large documents', () => {
  it('handles 5 MB of text in paragraphs', () => {
    const paragraphs = Array.from({ length: 5000 }, (_, i) => `<p>Item ${i}. ${SENTENCE.repeat(10)}</p>`).join('');
    const doc = parse(`<html><body><nav><a href="/">Home</a></nav><div id="story">${paragraphs}</div></body></html>`);
    const extraction = extractArticle(doc);
    expect(extraction!.root).toBe(doc.getElementById('story'));
    expect(extraction!.blocks).toHaveLength(5000);
    expect(buildArticleText(extraction!).text.length).toBeGreaterThan(5_000_000);
  });

  it('handles a single 5 MB text node', () => {
    const doc = parse(`<html><body><div id="wall">${SENTENCE.repeat(50_000)}</div></body></html>`);
    expect(doc.getElementById('wall')!.textContent!.length).toBeGreaterThan(5_000_000);
    expect(extractArticle(doc)!.blocks).toEqual([doc.getElementById('wall')]);
  });

  // jsdom builds deep trees in quadratic time and attaches them recursively, so this page is parsed by
  // happy-dom (tests/unit/extract-robustness.test.ts gives jsdom a 2,000-deep one).
  it('handles 10,000 levels of nesting without recursion (happy-dom)', () => {
    const win = new Window();
    const html = `<html><body>${'<div><section>'.repeat(5000)}${`<p>${SENTENCE.repeat(3)}</p>`.repeat(4)}${'</section></div>'.repeat(5000)}</body></html>`;
    const doc = new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const extraction = extractArticle(doc);
    expect(extraction).not.toBeNull();
    expect(extraction!.blocks).toHaveLength(4);
    expect(buildArticleText(extraction!).text.split('lighthouse keeper').length - 1).toBe(12);
    expect(() => isProbablyArticle(doc)).not.toThrow();
    win.close();
  });
});

describe('buildArticleText on very deep nesting', () => {
  it('walks 10,000-deep nesting without recursion', () => {
    // Parsed as the CLI parses pages; jsdom's innerHTML setter itself recurses through deep trees.
    const doc = new JSDOM(`<p>${'<span>'.repeat(10000)}deep text${'</span>'.repeat(10000)}</p>`).window.document;
    const p = doc.querySelector('p')!;
    const t = buildArticleText({ root: doc.body, blocks: [p], skip: () => false, title: '', meta: {} });
    expect(t.text).toBe('deep text');
  });
});
