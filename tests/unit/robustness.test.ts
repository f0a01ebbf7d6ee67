// The engine never throws or hangs on hostile or broken input, and never changes the page.
import { describe, expect, it } from 'vitest';
import { analyze } from '@/lib/pipeline/analyze';
import { analyzeUnchanged, harbourParagraph as paragraph, parsePage as parse } from '../support/analyze-unchanged';

// Megabytes of text and 10,000-deep nesting: tests/scale/robustness.test.ts.
describe('analyze on bad input', () => {
  it('handles an empty document and a document with no body text', () => {
    expect(analyzeUnchanged(parse(''))).toEqual({ status: 'not-article' });
    expect(analyzeUnchanged(parse('<html><head><title>x</title></head><body></body></html>'))).toEqual({ status: 'not-article' });
  });

  it('handles a document without a body element at all', () => {
    const doc = parse('<p>x</p>');
    doc.documentElement.removeChild(doc.body);
    expect(analyze(doc)).toEqual({ status: 'not-article' });
  });

  it('handles malformed markup: unclosed tags, stray end tags, broken nesting', () => {
    const html = `<html><body><div><article><h1>Ferry fares<p>Fares rise <b><i>12%</b></i> in <table><p>May</td></tr>
      ${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('</div>')}</span></span><p>End`;
    analyzeUnchanged(parse(html));
  });

  it('handles framesets', () => {
    analyzeUnchanged(parse('<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>'));
  });

  it('does not run or keep page scripts and handles hostile strings as text', () => {
    const html = `<html><body><article><h1>&lt;img src=x onerror=alert(1)&gt;</h1>${paragraph(1)}${paragraph(2)}
      <p>Costs rose to $5 billion <script>throw new Error('page script')</script>&lt;script&gt;alert(1)&lt;/script&gt;.</p></article></body></html>`;
    const result = analyzeUnchanged(parse(html));
    if (!('status' in result)) expect(result.article.text).toContain('<script>alert(1)</script>');
  });
});
