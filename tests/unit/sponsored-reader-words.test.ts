// @vitest-environment jsdom
// Sponsored flags in a reader's words: the label each block gets, the visible labels that find a
// block ("ADVERTISING", "Sponsored resources", "Powered by …"), and which blocks a reader can see.
import { describe, expect, it } from 'vitest';
import { findSponsored, type SponsoredBlock } from '../../lib/sponsored';
import { fromAttribute, fromPageLabel, pickReaderLabel, readerWords } from '../../lib/sponsored/reader-label';
import { readLabel } from '../../lib/sponsored/labels';
import { isShownToReader, shownBlocksSteps, type RenderedBox } from '../../lib/sponsored/shown';
import { runSteps } from '../../lib/pipeline/steps';
import { shorterLabels, fitLabel } from '../../lib/sponsored/label-fit';

// A page of our own: a council's library story, with slots for the shapes under test.
const LIBRARY_PARAS = [
  'The county library service will open three branches on Sundays from next month, the first change to its opening hours since the reading rooms were refurbished a decade ago.',
  'Councillors approved the plan after a survey of two thousand borrowers found that weekend hours mattered more to families than longer weekday evenings, which few people used.',
  'The extra shifts will be covered by existing staff working a rota, with volunteers helping at the children’s desk, and the service expects the change to cost little beyond heating.',
  'Branch managers will report visitor numbers every quarter, and the council has said the pilot could spread to the smaller village libraries if the Sunday openings prove popular.',
];

function libraryPage(opts: { inArticle?: string; beside?: string; footer?: string; header?: string } = {}): Document {
  const ps = LIBRARY_PARAS.map((p) => `<p>${p}</p>`);
  ps.splice(2, 0, opts.inArticle ?? '');
  const html = `<!doctype html><html><head><title>Libraries open on Sundays</title></head><body>
<header class="masthead">${opts.header ?? '<a href="/">County News</a>'}</header>
<div class="columns">
<main><article><h1>Three libraries to open on Sundays</h1><div class="body">${ps.join('\n')}</div></article></main>
<aside class="side"><section><h3>Most read</h3><ol><li><a href="/x">Bridge repairs finish early</a></li><li><a href="/y">New bus timetable</a></li></ol></section>${opts.beside ?? ''}</aside>
</div>
<footer class="site-footer"><p>© County News. <a href="/terms">Terms</a></p>${opts.footer ?? ''}</footer>
</body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const byId = (blocks: SponsoredBlock[]) => blocks.map((b) => b.el.id || b.el.tagName);
/** Class names, ids and rule words never belong in the visible label. */
const DEVELOPER_WORDS = /class|id |data-|rel=|container|widget|_|\(heading/;

describe('the reader’s label for each kind of evidence', () => {
  const page = (text: string) => fromPageLabel(readLabel(text)!);
  it('names what the page’s own label says', () => {
    expect(readerWords(page('ADVERTISING'))).toBe('Advertisement');
    expect(readerWords(page('Anzeige'))).toBe('Advertisement');
    expect(readerWords(page('Sponsored resources'))).toBe('Sponsored');
    expect(readerWords(page('Sponsored by Harbour Savings'))).toBe('Sponsored by Harbour Savings');
    expect(readerWords(page('Paid content'))).toBe('Paid content');
    expect(readerWords(page('Partner content'))).toBe('Partner content');
    expect(readerWords(page('Produced in partnership with Northwind Travel'))).toBe('Partner content (Northwind Travel)');
    expect(readerWords(page('Powered by Quotewise Data'))).toBe('Partner content (Quotewise Data)');
    expect(readerWords(page('Promoted stories'))).toBe('Promoted stories');
    expect(readerWords(page('Advertorial'))).toBe('Advertisement');
  });

  it('names what attributes say, with the network of a recommendation widget', () => {
    expect(readerWords(fromAttribute('ad')!)).toBe('Advertisement');
    expect(readerWords(fromAttribute('sponsored')!)).toBe('Sponsored');
    expect(readerWords(fromAttribute('widget', 'OUTBRAIN')!)).toBe('Promoted stories (Outbrain)');
    expect(readerWords(fromAttribute('widget', 'trc_related_container')!)).toBe('Promoted stories (Taboola)');
    expect(fromAttribute('promo', 'deal-box')).toBeNull();
    expect(readerWords(fromAttribute('promo', 'affiliate-links')!)).toBe('Affiliate links');
  });

  it('prefers the page’s label, completes a widget heading with its network, and falls back to paid links', () => {
    const outbrain = fromAttribute('widget', 'ob-widget')!;
    expect(readerWords(pickReaderLabel([fromPageLabel(readLabel('Promoted stories')!)], [outbrain], 0))).toBe('Promoted stories (Outbrain)');
    expect(readerWords(pickReaderLabel([fromPageLabel(readLabel('Paid post')!)], [fromAttribute('ad')!], 0))).toBe('Paid content');
    expect(readerWords(pickReaderLabel([], [], 1), 1)).toBe('Paid link');
    expect(readerWords(pickReaderLabel([], [], 3), 3)).toBe('Paid links');
    expect(readerWords(pickReaderLabel([], [fromAttribute('promo', 'affiliate')!], 1), 1)).toBe('Affiliate links');
  });
});

describe('visible disclosure labels decide their block', () => {
  it('flags an "ADVERTISING" box inside the article as the box it heads, not the article', () => {
    const doc = libraryPage({
      inArticle: `<div id="lamps"><p class="kicker">ADVERTISING</p><a href="https://shop.example.test/lamps"><img src="lamp.png" alt="Reading lamp"></a><p>Reading lamps for every armchair, delivered this week.</p></div>`,
    });
    const blocks = findSponsored(doc);
    expect(byId(blocks)).toEqual(['lamps']);
    expect(blocks[0].label).toBe('Advertisement');
    expect(blocks[0].reasons).toEqual(['ad slot: labelled ADVERTISING']);
  });

  it('takes a list headed "Sponsored resources" whole, not just its heading row', () => {
    const doc = libraryPage({
      beside: `<section id="resources"><div class="head"><h4>Sponsored resources</h4><a href="/about-these">?</a></div>
        <ul><li><a href="https://a.example.test/">Compare home insurance in minutes</a></li><li><a href="https://b.example.test/">Learn a language before your holiday</a></li><li><a href="https://c.example.test/">Five gadgets readers love this year</a></li></ul></section>`,
    });
    const blocks = findSponsored(doc);
    expect(byId(blocks)).toEqual(['resources']);
    expect(blocks[0].label).toBe('Sponsored');
  });

  it('flags a finance widget by its "Powered by" credit line beside the article', () => {
    const doc = libraryPage({
      beside: `<div id="quotes"><h4>Markets today</h4><table><tr><td>FTSE 100</td><td>8,102.4</td><td>+0.4%</td></tr><tr><td>Brent crude</td><td>81.20</td><td>-1.1%</td></tr></table><p class="credit">Powered by Quotewise Data</p></div>`,
    });
    const blocks = findSponsored(doc);
    expect(byId(blocks)).toEqual(['quotes']);
    expect(blocks[0].label).toBe('Partner content (Quotewise Data)');
    expect(blocks[0].reasons).toEqual(['third-party widget (credit: Powered by Quotewise Data)']);
  });

  it('ignores a site credit "Powered by" in the header or footer, and a lone credit line', () => {
    const doc = libraryPage({
      header: `<a href="/">County News</a><div class="tagline"><a href="/">Home of local news</a><span>powered by Parish Media</span></div>`,
      footer: `<div class="credit">Powered by <a href="https://cms.example.test/">InkPress</a></div>`,
      beside: `<p id="alone">Powered by Acme Maps</p>`,
    });
    expect(findSponsored(doc)).toEqual([]);
  });

  it('ignores a credit closing a list of site links, and "Advertising" as one section title among several', () => {
    const doc = libraryPage({
      beside: `<div class="bottom-links"><a href="/about">About us</a><a href="/help">Help</a><a href="/terms">Terms of use</a><a href="/ads">Advertising</a><span>Powered by InkPress</span></div>
        <div class="help-column"><h2>Need some help?</h2><a href="/support">Open a support ticket</a><h2>Contact</h2><a href="/contact">Write to the newsroom</a>
        <h2>Advertising</h2><div><a href="/advertise">Advertise with us</a><a href="/rates">Rates for local businesses</a></div></div>`,
    });
    expect(findSponsored(doc)).toEqual([]);
  });

  it('takes no name from a label that only repeats itself', () => {
    expect(readerWords(fromPageLabel(readLabel('Sponsored Links by Sponsored Links by')!))).toBe('Sponsored');
  });

  it('gives every flagged block a label without class names or ids', () => {
    const doc = libraryPage({
      inArticle: `<div class="ad-slot" data-ad-unit="/1/body"><span>Advertisement</span><img src="x.png" alt="Garden chairs"></div>`,
      beside: `<div class="OUTBRAIN"><h4>Promoted stories</h4><a href="https://r.example.test/1">One odd trick for tidy sheds</a><a href="https://r.example.test/2">Why your kettle is slow</a></div>`,
    });
    const blocks = findSponsored(doc);
    expect(blocks.map((b) => b.label)).toEqual(['Advertisement', 'Promoted stories (Outbrain)']);
    for (const b of blocks) expect(b.label).not.toMatch(DEVELOPER_WORDS);
  });
});

describe('only what a reader can see is flagged', () => {
  const box = (over: Partial<RenderedBox>): RenderedBox => ({ width: 300, height: 250, visible: true, contentWidth: 280, contentHeight: 40, ...over });

  it('keeps visible blocks of at least 20×20 px with something rendered inside', () => {
    expect(isShownToReader(box({}))).toBe(true);
    expect(isShownToReader(box({ width: 20, height: 20, contentWidth: 12, contentHeight: 12 }))).toBe(true);
  });

  it('drops empty and collapsed slots, pixels, hidden containers and blocks whose content does not render', () => {
    expect(isShownToReader(box({ height: 0 }))).toBe(false); // an empty 300×0 slot
    expect(isShownToReader(box({ width: 1, height: 2 }))).toBe(false); // a tracking pixel
    expect(isShownToReader(box({ width: 19 }))).toBe(false);
    expect(isShownToReader(box({ visible: false }))).toBe(false); // visibility: hidden, opacity: 0
    expect(isShownToReader(box({ contentWidth: 0, contentHeight: 0 }))).toBe(false);
  });

  it('measures each flagged block once, keeps their order, and yields on long lists', () => {
    const doc = new DOMParser().parseFromString('<div></div>', 'text/html');
    const blocks = Array.from({ length: 60 }, (_, i) => ({ el: doc.createElement('div') as Element, i }));
    const measured: number[] = [];
    const sizes = new Map<Element, RenderedBox>(blocks.map((b) => [b.el, b.i % 3 === 0 ? box({ height: 2 }) : box({})]));
    const steps = shownBlocksSteps(blocks, (el) => (measured.push(blocks.findIndex((b) => b.el === el)), sizes.get(el)!));
    let yields = 0;
    let r = steps.next();
    for (; !r.done; r = steps.next()) yields++;
    expect(measured).toEqual(blocks.map((b) => b.i));
    expect(r.value.map((b) => b.i)).toEqual(blocks.filter((b) => b.i % 3 !== 0).map((b) => b.i));
    expect(yields).toBeGreaterThan(0);
    expect(runSteps(shownBlocksSteps([], () => box({})))).toEqual([]);
  });
});

describe('labels that fit their block', () => {
  it('shortens by whole words, never mid-word', () => {
    expect(shorterLabels('Promoted stories (Outbrain)')).toEqual(['Promoted stories (Outbrain)', 'Promoted stories', 'Promoted']);
    expect(shorterLabels('Sponsored by Harbour Savings')).toEqual(['Sponsored by Harbour Savings', 'Sponsored']);
    expect(shorterLabels('Advertisement')).toEqual(['Advertisement', 'Ad']);
    expect(shorterLabels('Paid link')).toEqual(['Paid link', 'Paid']);
  });

  it('picks the longest label that fits the width, or none', () => {
    const width = (s: string) => s.length * 7; // a fixed-width stand-in for the badge font
    expect(fitLabel('Promoted stories (Outbrain)', 400, width)).toBe('Promoted stories (Outbrain)');
    expect(fitLabel('Promoted stories (Outbrain)', 120, width)).toBe('Promoted stories');
    expect(fitLabel('Promoted stories (Outbrain)', 60, width)).toBe('Promoted');
    expect(fitLabel('Advertisement', 20, width)).toBe('Ad');
    expect(fitLabel('Advertisement', 10, width)).toBeNull();
  });
});
