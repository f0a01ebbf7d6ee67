// @vitest-environment jsdom
// The article, not the comments: a short post above a long thread is the article; a short photo story is an
// article, without its captions. Fixture pages in several CMS styles (tests/fixtures/extract).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isProbablyArticle } from '../../lib/extract';
import { findCommentThreads, isNamedThread, scanPage } from '../../lib/extract/comments';
import { findOwnPost } from '../../lib/extract/post';
import { buildArticleText } from '../../lib/text/article-text';

const fixture = (name: string) => readFileSync(resolve(__dirname, '../fixtures/extract', name), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

function articleText(doc: Document): string {
  const extraction = extractArticle(doc);
  expect(extraction).not.toBeNull();
  return buildArticleText(extraction!).text;
}

/** The text of every element matching `selector`, collapsed. */
const textsOf = (doc: Document, selector: string) =>
  Array.from(doc.querySelectorAll(selector)).map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

// Each thread page: where the post's paragraphs are, and where the comments' are.
const THREADS = [
  { file: 'thread-wordpress.html', post: '.entry-content p', comments: '.comment-content p' },
  { file: 'thread-disqus.html', post: '.blog-item p', comments: '.post-message p' },
  { file: 'thread-plain.html', post: '.box > p:not(.small)', comments: '.box-item p' },
  { file: 'thread-microdata.html', post: '[itemprop="articleBody"] p', comments: '[itemprop="text"] p' },
];

describe('a short post above a long comment thread', () => {
  for (const { file, post, comments } of THREADS) {
    it(`${file}: the post is the article, no comment is in it`, () => {
      const doc = parse(fixture(file));
      const postTexts = textsOf(doc, post);
      const commentTexts = textsOf(doc, comments);
      // The shape the issue describes: a short post, a thread several times longer.
      const length = (xs: string[]) => xs.reduce((n, s) => n + s.length, 0);
      expect(length(postTexts)).toBeLessThan(500);
      expect(length(commentTexts)).toBeGreaterThan(4 * length(postTexts));

      expect(isProbablyArticle(doc)).toBe(true);
      const text = articleText(doc);
      for (const p of postTexts) expect(text).toContain(p);
      for (const c of commentTexts) expect(text).not.toContain(c.slice(0, 60));
    });
  }

  it('finds threads by class words, microdata, a thread heading and "Reply" links, never around the post', () => {
    const threadsIn = (file: string) => {
      const doc = parse(fixture(file));
      const scan = scanPage(doc.body);
      return { doc, threads: findCommentThreads(doc.body, findOwnPost(doc.body, scan).anchors, scan) };
    };
    const wp = threadsIn('thread-wordpress.html');
    expect([...wp.threads]).toEqual([wp.doc.getElementById('comments')]);
    const disqus = threadsIn('thread-disqus.html');
    expect([...disqus.threads]).toEqual([disqus.doc.getElementById('disqus_thread')]);
    const micro = threadsIn('thread-microdata.html');
    expect([...micro.threads]).toEqual([micro.doc.querySelector('section.talk')]);
    // Comments in the post's own container: the heading and each comment, not the container.
    const plain = threadsIn('thread-plain.html');
    const box = plain.doc.querySelector('.box')!;
    expect(plain.threads.has(box)).toBe(false);
    for (const item of Array.from(plain.doc.querySelectorAll('.box-item'))) expect(plain.threads.has(item)).toBe(true);
  });

  it('reads state flags and commentary as no thread', () => {
    const el = (cls: string) => parse(`<div class="${cls}"></div>`).body.firstElementChild!;
    expect(isNamedThread(el('comments-area'))).toBe(true);
    expect(isNamedThread(el('commentList'))).toBe(true);
    expect(isNamedThread(el('article-body comments-open'))).toBe(false);
    expect(isNamedThread(el('has-comments story'))).toBe(false);
    expect(isNamedThread(el('commentary-column'))).toBe(false);
  });

  it('gives the short post when the page holds nothing else but comments', () => {
    const comment = (i: number) =>
      `<li class="comment"><p>Reader ${i} writes at length about the bus timetable, the missing shelter on the high street, and the driver who waits for late runners every morning.</p><a href="#r${i}">Reply</a></li>`;
    const html = `<html><body><article><h1>Bus stop moved</h1><p>The stop outside the library moves fifty metres east on Monday while the pavement is rebuilt.</p></article>
      <ol>${Array.from({ length: 12 }, (_, i) => comment(i)).join('')}</ol></body></html>`;
    const text = articleText(parse(html));
    expect(text).toContain('The stop outside the library moves fifty metres east');
    expect(text).not.toContain('Reader');
  });
});

// Each photo story: its paragraphs and its captions.
const STORIES = [
  { file: 'photo-story-jsonld.html', paragraphs: '.body-copy > p', captions: 'figcaption' },
  { file: 'photo-story-article.html', paragraphs: 'article > p:not(.meta)', captions: '.caption' },
  { file: 'photo-story-wordpress.html', paragraphs: '.entry-content > p', captions: 'figcaption, .wp-caption-text' },
];

describe('a short photo story', () => {
  for (const { file, paragraphs, captions } of STORIES) {
    it(`${file}: is an article, with its paragraphs and without its captions`, () => {
      const doc = parse(fixture(file));
      const paraTexts = textsOf(doc, paragraphs);
      const captionTexts = textsOf(doc, captions);
      expect(paraTexts.length).toBeGreaterThanOrEqual(2);
      expect(captionTexts.length).toBeGreaterThanOrEqual(2);

      expect(isProbablyArticle(doc)).toBe(true);
      const text = articleText(doc);
      for (const p of paraTexts) expect(text).toContain(p);
      for (const c of captionTexts) expect(text).not.toContain(c.slice(0, 40));
    });
  }

  const story = (head: string, article: string) =>
    `<html><head>${head}</head><body><nav><a href="/">Home</a></nav><article>${article}</article></body></html>`;
  const paragraphs =
    '<p>The comedian was seen walking her two rescue greyhounds on the beach near her home on Sunday.</p>' +
    '<p>She is back on stage next week with a new show about her childhood.</p>';

  it('is an article when an <article> holds the headline and a date, and not without the date', () => {
    const dated = story('', `<h1>Comedian walks her dogs on the beach</h1><time datetime="2031-04-02">2 April</time>${paragraphs}`);
    expect(isProbablyArticle(parse(dated))).toBe(true);
    const undated = story('', `<h1>Comedian walks her dogs on the beach</h1>${paragraphs}`);
    expect(isProbablyArticle(parse(undated))).toBe(false);
  });

  it('is an article when og:type is given as a name, or microdata says NewsArticle', () => {
    const body = `<h1>Comedian walks her dogs on the beach</h1>${paragraphs}`;
    expect(isProbablyArticle(parse(story('<meta name="og:type" content="article">', body)))).toBe(true);
    const micro = `<html><body><div itemscope itemtype="https://schema.org/NewsArticle">${body}</div></body></html>`;
    expect(isProbablyArticle(parse(micro))).toBe(true);
  });

  it('does not take a listing of dated teasers for a story', () => {
    const teaser = (i: number) =>
      `<article><h2>Story ${i}</h2><time datetime="2031-04-0${i}">${i} April</time><p>A teaser of the story number ${i}, with a sentence or two of text.</p></article>`;
    const listing = `<html><body><main><article><h1>Latest news</h1><time datetime="2031-04-09">Today</time>${[1, 2, 3].map(teaser).join('')}</article></main></body></html>`;
    expect(isProbablyArticle(parse(listing))).toBe(false);
  });

  it('leaves out a list of linked headlines inside the article, and keeps a list of plain links', () => {
    const long = Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i} of the long report on the harbour works, with enough words in it to be read as prose by anyone.</p>`).join('');
    const more = '<h4>More:</h4><ul><li><h4><a href="/a">Ferry operators ask for a new quay before the summer</a></h4></li></ul>' +
      '<ul><li><h4><a href="/b">Port authority names a new harbour master</a></h4></li></ul>';
    const sources = '<p>Sources for this report:</p><ul><li><a href="/r1">The committee minutes of March</a></li><li><a href="/r2">The harbour survey of 2030</a></li></ul>';
    const text = articleText(parse(story('', `<h1>Harbour works</h1>${long.slice(0, 400)}${more}${long}${sources}`)));
    expect(text).toContain('Paragraph 4 of the long report');
    expect(text).not.toContain('Ferry operators ask for a new quay');
    expect(text).not.toContain('Port authority names a new harbour master');
    expect(text).toContain('The committee minutes of March');
  });

  it('keeps captions in a long article', () => {
    const long = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} of the long report on the harbour works, with enough words in it to be read as prose by anyone.</p>`).join('');
    const html = story('', `<h1>Harbour works</h1><figure><img src="/h.jpg"><figcaption>The harbour wall under repair in March.</figcaption></figure>${long}`);
    expect(articleText(parse(html))).toContain('The harbour wall under repair in March.');
  });
});
