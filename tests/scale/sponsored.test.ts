// @vitest-environment jsdom
// The sponsored-content scan on a 5 MB page with an ad slot in every section: each slot found, nothing
// else. (How its time compares with jsdom's parse of the same page: `npm run bench`.)
import { describe, expect, it } from 'vitest';
import { findSponsored } from '../../lib/sponsored';

const PARAGRAPH =
  '<p>The county orchard survey counted more than two hundred old apple varieties this autumn, several of them thought lost, in hedgerows and farm gardens that had not been surveyed since the 1970s.</p>';

describe('findSponsored on a 5 MB page', () => {
  it('reports every ad slot and only them', () => {
    const section = `<div class="post-block header shadow"><h2 class="loaded">Section</h2>${PARAGRAPH.repeat(4)}<div class="ad-slot"><span>Advertisement</span><a rel="sponsored" href="https://ads.example.test/x">Pruning saws on sale</a></div></div>`;
    const html = `<html><body><main><article><h1>Long page</h1>${section.repeat(Math.ceil(5_000_000 / section.length))}</article></main></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const slots = Array.from(doc.querySelectorAll('.ad-slot'));
    expect(slots.length).toBeGreaterThan(1000);
    expect(findSponsored(doc).map((b) => b.el)).toEqual(slots);
  });
});
