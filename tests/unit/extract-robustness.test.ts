// @vitest-environment jsdom
// Pages the extractor must survive: empty, framesets, broken markup, deep nesting (megabytes of text and
// 10,000 levels: tests/scale/extract.test.ts).
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../lib/extract';
import { buildArticleText } from '../../lib/text/article-text';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const SENTENCE = 'The ferry to the outer islands, which has run since 1931, now sails twice a day in summer and once in winter. ';

describe('extractArticle on degenerate documents', () => {
  it('returns null on an empty document and on a body of whitespace', () => {
    expect(extractArticle(parse(''))).toBeNull();
    expect(extractArticle(parse('<html><body>  \n </body></html>'))).toBeNull();
    expect(isProbablyArticle(parse(''))).toBe(false);
  });

  it('returns null on a frameset and on a document without a body', () => {
    const frames = parse('<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    expect(extractArticle(frames)).toBeNull();
    expect(isProbablyArticle(frames)).toBe(false);
    const bare = document.implementation.createDocument(null, null, null);
    expect(extractArticle(bare)).toBeNull();
    expect(isProbablyArticle(bare)).toBe(false);
  });

  it('extracts from malformed markup (unclosed, misnested, stray end tags)', () => {
    const doc = parse(`<p>Opening <b>bold <i>italic</b> text</i> ${SENTENCE.repeat(3)}<div><p>${SENTENCE.repeat(4)}</span></td></table><p>${SENTENCE.repeat(2)}`);
    const extraction = extractArticle(doc);
    expect(extraction).not.toBeNull();
    const text = buildArticleText(extraction!).text;
    expect(text).toContain('Opening bold italic text');
    expect(text.split('ferry to the outer islands').length - 1).toBe(9);
  });

  it('handles 2,000 levels of nesting (jsdom)', () => {
    const doc = parse(`<html><body>${'<div>'.repeat(2000)}${`<p>${SENTENCE.repeat(3)}</p>`.repeat(4)}${'</div>'.repeat(2000)}</body></html>`);
    const extraction = extractArticle(doc);
    expect(extraction!.blocks).toHaveLength(4);
    expect(isProbablyArticle(doc)).toBe(true);
  });

  it('never throws on odd markup: SVG, MathML, comments, CDATA-like text, unknown elements', () => {
    const doc = parse(
      `<body><!-- comment --><svg class="x"><text>svg text</text></svg><math><mi>x</mi></math><custom-el>${SENTENCE.repeat(5)}</custom-el><p>${SENTENCE.repeat(5)}</p><![CDATA[ not cdata in html ]]></body>`,
    );
    expect(() => extractArticle(doc)).not.toThrow();
    const text = buildArticleText(extractArticle(doc)!).text;
    expect(text).not.toContain('svg text');
  });
});
