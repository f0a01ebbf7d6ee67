// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildArticleText } from '../../lib/text/article-text';
import type { Extraction } from '../../lib/extract/types';

function extractionOf(html: string, skipSelector?: string): Extraction {
  document.body.innerHTML = html;
  const root = document.body;
  return {
    root,
    blocks: Array.from(root.querySelectorAll('[data-block]')),
    skip: (el) => (skipSelector ? el.matches(skipSelector) : false),
    title: '',
    meta: {},
  };
}

describe('buildArticleText', () => {
  it('collapses whitespace, joins blocks with a blank line and maps <br> to a line break', () => {
    const ex = extractionOf(`
      <h2 data-block>  The   plan </h2>
      <p data-block>Ferries  carry\n  <b>1,200</b>
         cars<br>a day.</p>
      <p data-block>   </p>
      <p data-block>Second&nbsp;block.</p>`);
    const t = buildArticleText(ex);
    expect(t.text).toBe('The plan\n\nFerries carry 1,200 cars\na day.\n\nSecond\u00a0block.');
    expect(t.blockStarts).toEqual([0, 10, 43]);
  });

  it('separates text at the edges of block-level elements inside a block', () => {
    const ex = extractionOf('<div data-block>Lead<p>First para</p><p>Second</p>tail <span>inline</span></div>');
    expect(buildArticleText(ex).text).toBe('Lead\nFirst para\nSecond\ntail inline');
  });

  it('leaves out skipped subtrees, scripts and styles', () => {
    const ex = extractionOf(
      `<p data-block>Rates <span class="ad">BUY NOW</span>rose<script>var x = 1;</script><style>p{}</style> again.</p>`,
      '.ad',
    );
    expect(buildArticleText(ex).text).toBe('Rates rose again.');
  });

  it('turns any span of the text into a Range over exactly that text', () => {
    const ex = extractionOf(`
      <p data-block>The   ferry line <em>ordered</em> <a href="#">six  new</a> ships for
      €480&nbsp;million.</p><p data-block>Delivery runs to 2029.</p>`);
    const t = buildArticleText(ex);
    const norm = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
    for (const needle of ['ferry line ordered', 'six new ships', '€480\u00a0million', 'Delivery runs to 2029', 'The', 'million.']) {
      const start = t.text.indexOf(needle);
      expect(start).toBeGreaterThanOrEqual(0);
      const range = t.rangeFor(start, start + needle.length)!;
      expect(norm(range.toString())).toBe(needle);
    }
    // A span across the block join covers both blocks' text.
    const across = t.rangeFor(t.text.indexOf('million.'), t.text.indexOf(' runs'))!;
    expect(norm(across.toString())).toBe('million.Delivery');
  });

  it('rejects offsets outside the text', () => {
    const t = buildArticleText(extractionOf('<p data-block>Short.</p>'));
    expect(t.rangeFor(-1, 2)).toBeNull();
    expect(t.rangeFor(3, 3)).toBeNull();
    expect(t.rangeFor(0, 99)).toBeNull();
  });
});

describe('caption, credit, copyright and dateline lines', () => {
  it('stay out of the article text, while sentences naming the source of the news stay in', () => {
    const ex = extractionOf(`
      <p data-block>LISBON —</p>
      <p data-block>The harbour authority will close the old ferry terminal in March, Reuters reported on Tuesday.</p>
      <div><p data-block>Workers unload cargo at the old terminal, left, as a ferry departs on Friday, May 3, 2024.</p>
      <p data-block>Rui Matos | Harbour Pictures | Getty Images</p></div>
      <p data-block>Media caption The port director explains the closure</p>
      <p data-block>According to AFP, the terminal handled 2 million passengers last year.</p>
      <p data-block>SOURCE: News agencies</p>
      <p data-block>Copyright © 2024 Harbour Gazette. All rights reserved.</p>`);
    const t = buildArticleText(ex);
    expect(t.text).toBe(
      'The harbour authority will close the old ferry terminal in March, Reuters reported on Tuesday.\n\n' +
        'According to AFP, the terminal handled 2 million passengers last year.',
    );
    expect(t.blockStarts).toEqual([0, 96]);
    expect(t.rangeFor(96, 105)?.toString()).toBe('According');
  });
});
