// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle, type Extraction } from '../../lib/extract';
import { cleanTitle } from '../../lib/extract/metadata';
import { buildArticleText } from '../../lib/text/article-text';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/extract', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function textOf(extraction: Extraction | null): string {
  expect(extraction).not.toBeNull();
  return buildArticleText(extraction!).text;
}

describe('isProbablyArticle', () => {
  it('says yes to a news story', () => {
    expect(isProbablyArticle(parse(fixture('news-article.html')))).toBe(true);
  });
  it('accepts shorter prose when the page declares itself an article, and only then', () => {
    const paragraphs = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i}: the ferry timetable changes on Monday, with an extra sailing at dusk and a later last boat on Fridays./p>`).join('');
    const plain = `<html><head></head><body>${paragraphs}</body></html>`;
    expect(isProbablyArticle(parse(plain))).toBe(false);
    expect(isProbablyArticle(parse(plain.replace('<head>', '<head><meta property="og:type" content="article">')))).toBe(true);
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Ferry"}</script>';
    expect(isProbablyArticle(parse(plain.replace('<head>', `<head>${ld}`)))).toBe(true);
  });

  it('counts bare text in a <section> as prose on a page that declares itself an article', () => {
    const deals = [
      'The cheapest way into next-gen gaming this week is the bundle with two controllers, down by a third at most big retailers.',
      'Wireless earbuds are at their lowest price of the year, and the charging case with the wireless pad is discounted as well.',
    ];
    const body = `<section class="story">${deals[0]}<p></p><h2>Earbuds</h2>${deals[1]}<p></p></section>`;
    const plain = `<html><head></head><body>${body}</body></html>`;
    expect(isProbablyArticle(parse(plain))).toBe(false);
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","mainEntityOfPage":{"@type":"WebPage"},"@type":"Article"}</script>';
    expect(isProbablyArticle(parse(plain.replace('<head>', `<head>${ld}`)))).toBe(true);
    // Not when that text sits in the page's furniture.
    const inFooter = plain.replace('<section class="story">', '<section class="site-footer">');
    expect(isProbablyArticle(parse(inFooter.replace('<head>', `<head>${ld}`)))).toBe(false);
  });

  it('says no to a home page, search results and a form', () => {
    expect(isProbablyArticle(parse(fixture('home-page.html')))).toBe(false);
    expect(isProbablyArticle(parse(fixture('search-results.html')))).toBe(false);
    expect(isProbablyArticle(parse(fixture('contact-form.html')))).toBe(false);
  });
});

describe('extractArticle on a news story', () => {
  const doc = parse(fixture('news-article.html'));
  const paid = doc.getElementById('paid-slot')!;
  const extraction = extractArticle(doc, { exclude: new Set([paid]) });
  const text = textOf(extraction);

  it('keeps every kind of article block', () => {
    for (const s of [
      "Port Ellery's council voted seven to five on Thursday night",
      'flooding the lower town.',
      'Stone or concrete',
      'a fifteen-year loan.',
      'Work on the northern arm begins in May',
      'Residents of Quay Row will be offered sandbags',
      'we are building it for whoever lives here in 2150',
      'The breach near the lifeboat slip, photographed at low tide',
      'What the figures say',
      'Concrete apron',
      '120 years',
      'high water 5.9 m at 06:12',
      'a public walk along the damaged section before work begins.',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('leaves out page furniture, bylines, share bars, comments and what the caller excludes', () => {
    for (const s of [
      'We and 84 partners', // consent notice
      'Letters to the editor', // navigation
      'Sea wall vote splits Port Ellery', // the title is metadata, not body text
      'Morwenna Tregear', // byline
      '4 min read',
      '27 comments',
      'Share on Mastodon',
      'Filed under',
      'Tags:',
      'Lifeboat crew rescues three', // related stories
      'Granite is the only sensible choice', // comment thread
      'Leave a reply',
      'Storm warning for the weekend', // sidebar
      'Join 9,000 readers', // newsletter box
      '© 2031',
      'waterproof boots', // excluded by the caller (sponsored)
      'Partner message',
    ]) {
      expect(text).not.toContain(s);
    }
  });

  it('skips scripts, hidden and aria-hidden text inside blocks', () => {
    expect(text).not.toContain('trackParagraph');
    expect(text).not.toContain('TRACKING PIXEL TEXT');
    expect(text).not.toContain('ICON LABEL');
    expect(text).not.toContain("Editors' note");
    const hiddenSpan = doc.querySelector('span[hidden]')!;
    expect(extraction!.skip(hiddenSpan)).toBe(true);
    expect(extraction!.skip(paid)).toBe(true);
    expect(extraction!.skip(doc.querySelector('.story-body p')!)).toBe(false);
  });

  it('gives non-overlapping blocks in document order inside the root', () => {
    const { blocks, root } = extraction!;
    expect(root).toBe(doc.querySelector('.story-body'));
    expect(blocks.length).toBeGreaterThanOrEqual(12);
    for (let i = 0; i < blocks.length; i++) {
      expect(root.contains(blocks[i])).toBe(true);
      if (i === 0) continue;
      expect(blocks[i - 1].contains(blocks[i]) || blocks[i].contains(blocks[i - 1])).toBe(false);
      expect(blocks[i - 1].compareDocumentPosition(blocks[i]) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
    // Table cells are blocks of their own: their text does not run together.
    expect(text).toContain('Granite facing\n\n£4.2m');
  });

  it('reads title and metadata from JSON-LD, meta tags, the canonical link and <html lang>', () => {
    expect(extraction!.title).toBe('Sea wall vote splits Port Ellery');
    expect(extraction!.meta).toEqual({
      site: 'The Harbour Gazette',
      author: 'Morwenna Tregear, Idris Pengelly',
      published: '2031-03-14T07:30:00Z',
      canonicalUrl: 'https://gazette.example.org/2031/03/sea-wall-vote/',
      lang: 'en-GB',
    });
  });

  it('without the exclude option, keeps an in-body box that names no furniture', () => {
    const again = textOf(extractArticle(parse(fixture('news-article.html'))));
    expect(again).toContain('Partner message');
  });
});

describe('furniture inside the article body', () => {
  it('drops tag lines, share widgets, related and teaser links, ad labels and author bios between paragraphs', () => {
    const prose = (i: number) =>
      `<p>Paragraph ${i} of the report: the quarry's new blasting schedule, agreed with residents after a long dispute, limits work to weekday noons and bans it entirely in August.</p>`;
    const doc = parse(`<html><body><div class="post-body">
      ${prose(1)}${prose(2)}
      <p class="post-tags">Tags: <a href="/t/1">quarry</a>, <a href="/t/2">noise</a></p>
      <span class="social-share-inline"><a href="#">Post it</a></span>
      ${prose(3)}
      <div class="related-links"><a href="/r1">Earlier: the dust complaints</a></div>
      <p><a href="/r2">Read more: how the quarry won its licence back</a></p>
      <div><span>Advertisement</span></div>
      ${prose(4)}
      <div class="author-bio"><p>Kerensa Hosking covers the council and the quarry for the paper, and has lived in the upper town since 2009.</p></div></div></body></html>`);
    const text = textOf(extractArticle(doc));
    for (let i = 1; i <= 4; i++) expect(text).toContain(`Paragraph ${i} of the report`);
    expect(text).not.toContain('Tags:');
    expect(text).not.toContain('Post it');
    expect(text).not.toContain('dust complaints');
    expect(text).not.toContain('Read more');
    expect(text).not.toContain('Advertisement');
    expect(text).not.toContain('Kerensa Hosking');
  });
});

describe('extractArticle does not change the document', () => {
  it('leaves markup and nodes untouched, with no mutation records', () => {
    const doc = parse(fixture('news-article.html'));
    const before = doc.documentElement.outerHTML;
    const nodeCount = doc.getElementsByTagName('*').length;
    const observer = new MutationObserver(() => {});
    observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
    extractArticle(doc);
    isProbablyArticle(doc);
    expect(observer.takeRecords()).toHaveLength(0);
    observer.disconnect();
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(doc.getElementsByTagName('*').length).toBe(nodeCount);
  });
});

describe('text outside block elements', () => {
  const sentence = (i: number) =>
    `Line ${i} of the ferry notice says the crossing runs hourly, weather permitting, from the north quay steps.`;

  it('covers bare text with <br>s in a DIV', () => {
    const lines = Array.from({ length: 8 }, (_, i) => sentence(i)).join('<br>\n');
    const doc = parse(`<html><body><div class="nav"><a href="/">Home</a></div><div id="notice">${lines}</div></body></html>`);
    const extraction = extractArticle(doc);
    const text = textOf(extraction);
    for (let i = 0; i < 8; i++) expect(text).toContain(sentence(i));
    expect(text).not.toContain('Home');
    expect(extraction!.blocks).toContain(doc.getElementById('notice'));
  });

  it('covers text split by <br><br> inside a mixed DIV, without the DIV’s furniture children', () => {
    const paras = Array.from({ length: 6 }, (_, i) => sentence(i)).join('<br><br>');
    const doc = parse(
      `<html><body><div id="box">${paras}<div class="share-bar"><a href="#">Share this notice now</a></div><p>${sentence(9)}</p></div></body></html>`,
    );
    const text = textOf(extractArticle(doc));
    for (let i = 0; i < 6; i++) expect(text).toContain(sentence(i));
    expect(text).toContain(sentence(9));
    expect(text).not.toContain('Share this notice now');
  });
});

describe('cleanTitle', () => {
  it('drops the site name before or after a separator, and keeps colons', () => {
    expect(cleanTitle('Sea wall vote splits town | The Harbour Gazette', 'The Harbour Gazette', undefined, false)).toBe('Sea wall vote splits town');
    expect(cleanTitle('Harbour Gazette » Sea wall vote splits town', 'The Harbour Gazette', undefined, false)).toBe('Sea wall vote splits town');
    expect(cleanTitle('Granite or concrete: the town decides', undefined, undefined, false)).toBe('Granite or concrete: the town decides');
    expect(cleanTitle('Sea wall vote splits town - gazette', undefined, 'www.gazette.example', false)).toBe('Sea wall vote splits town');
    expect(cleanTitle('Sea wall vote splits town - Local News', undefined, undefined, true)).toBe('Sea wall vote splits town');
    expect(cleanTitle('Left - Right', undefined, undefined, false)).toBe('Left - Right');
  });
});
