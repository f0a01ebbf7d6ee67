// The engine never throws or hangs on hostile or broken input, and never changes the page.
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { analyze } from '@/lib/pipeline/analyze';
import { AnalysisSchema } from '../../lib/analysis';

const parse = (html: string) => new JSDOM(html, { url: 'https://example.test/story', virtualConsole: new VirtualConsole() }).window.document;

function analyzeUnchanged(doc: Document) {
  const before = doc.documentElement?.outerHTML;
  const result = analyze(doc, { url: 'https://example.test/story' });
  expect(doc.documentElement?.outerHTML).toBe(before);
  if (!('status' in result)) {
    AnalysisSchema.parse(result);
    for (const c of result.claims) expect(result.article.text.slice(c.start, c.end)).toBe(c.text);
  }
  return result;
}

const paragraph = (i: number) =>
  `<p>Paragraph ${i} of the harbour report: the port authority said cargo volumes, which had risen for three straight years, were now expected to flatten as two shipping lines moved routes elsewhere.</p>`;

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

  it('handles 5 MB of text', () => {
    const body = Array.from({ length: 25_000 }, (_, i) => paragraph(i)).join('\n');
    expect(body.length).toBeGreaterThan(5_000_000);
    const result = analyzeUnchanged(parse(`<html><body><article><h1>Port report</h1>${body}</article></body></html>`));
    expect('status' in result ? '' : result.article.text.length).toBeGreaterThan(4_000_000);
  }, 120_000);

  it('handles 10,000-deep nesting', () => {
    const deep = `${'<div>'.repeat(10_000)}${paragraph(1)}${paragraph(2)}${'</div>'.repeat(10_000)}`;
    analyzeUnchanged(parse(`<html><body><article>${deep}${paragraph(3)}${paragraph(4)}</article></body></html>`));
  }, 120_000);

  it('does not run or keep page scripts and handles hostile strings as text', () => {
    const html = `<html><body><article><h1>&lt;img src=x onerror=alert(1)&gt;</h1>${paragraph(1)}${paragraph(2)}
      <p>Costs rose to $5 billion <script>throw new Error('page script')</script>&lt;script&gt;alert(1)&lt;/script&gt;.</p></article></body></html>`;
    const result = analyzeUnchanged(parse(html));
    if (!('status' in result)) expect(result.article.text).toContain('<script>alert(1)</script>');
  });
});
