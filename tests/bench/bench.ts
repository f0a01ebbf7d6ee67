// `npm run bench`: how fast the engine is, side by side with Mozilla Readability in the same run.
//   1. Per page over the corpora (../shared, when present) and the project's own pages: Lede's extraction
//      + full analysis against Readability.parse() of a clone, both on jsdom; the ratio of medians.
//   2. Growth: analysis time at 1×..10× article length (linear means time/length stays flat).
//   3. `lede claims` throughput in lines per second.
//   4. A 5 MB page: jsdom's parse against the sponsored scan and the extraction of the same page.
// A benchmark, not a test: it prints figures and never fails on them.
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHtml } from '../../bin/parse-html';
import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/pipeline/analyze';
import { extractArticle } from '../../lib/extract';
import { findSponsored } from '../../lib/sponsored';
import { claimsForText } from '../../lib/claims/assemble';

const SHARED = resolve('../shared/corpus');
const OWN = resolve('tests/fixtures/pages');
const REPEATS = 3;

interface PageInput {
  name: string;
  html: string;
  url: string;
}

function corpusPages(): PageInput[] {
  const pages: PageInput[] = [];
  const zyte = join(SHARED, 'zyte-dev');
  if (existsSync(zyte)) {
    const truth = JSON.parse(readFileSync(join(zyte, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    for (const f of readdirSync(join(zyte, 'html'))) {
      const id = f.replace(/\.html$/, '');
      pages.push({ name: `zyte/${id.slice(0, 10)}`, html: readFileSync(join(zyte, 'html', f), 'utf8'), url: truth[id]?.url ?? 'http://fakehost/' });
    }
  }
  const rd = join(SHARED, 'readability');
  if (existsSync(rd)) {
    for (const d of readdirSync(rd)) {
      const src = join(rd, d, 'source.html');
      if (existsSync(src) && statSync(src).size >= 5000) pages.push({ name: `readability/${d}`, html: readFileSync(src, 'utf8'), url: 'http://fakehost/test/page.html' });
    }
  }
  for (const f of readdirSync(OWN).filter((f) => f.endsWith('.html'))) {
    pages.push({ name: `own/${f}`, html: readFileSync(join(OWN, f), 'utf8'), url: `https://example.test/${f}` });
  }
  return pages;
}

const parse = (p: PageInput) => parseHtml(p.html, p.url);

function best(fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < REPEATS; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
const fmt = (n: number) => n.toFixed(2);

function perPage(): void {
  const pages = corpusPages();
  const lede: number[] = [];
  const readability: number[] = [];
  const ratios: number[] = [];
  for (const p of pages) {
    if (process.env.BENCH_TRACE) console.log(p.name);
    const doc = parse(p);
    const tLede = best(() => analyze(doc, { url: p.url }));
    // Readability mutates what it parses: each run gets a fresh clone, made outside the timing.
    let tRead = Infinity;
    for (let i = 0; i < REPEATS; i++) {
      const clone = doc.cloneNode(true) as Document;
      const t = performance.now();
      new Readability(clone).parse();
      tRead = Math.min(tRead, performance.now() - t);
    }
    lede.push(tLede);
    readability.push(tRead);
    ratios.push(tLede / tRead);
  }
  console.log(`\n== Extraction + full analysis vs Readability.parse() (jsdom, best of ${REPEATS}, ${pages.length} pages)`);
  console.log(`median Lede ${fmt(median(lede))} ms · median Readability ${fmt(median(readability))} ms`);
  console.log(`ratio of medians ${fmt(median(lede) / median(readability))} · median per-page ratio ${fmt(median(ratios))} · total ratio ${fmt(lede.reduce((a, b) => a + b, 0) / readability.reduce((a, b) => a + b, 0))} (goal ≤ 0.5)`);
  const slow = pages.map((p, i) => ({ name: p.name, ratio: ratios[i], ms: lede[i] })).sort((a, b) => b.ratio - a.ratio).slice(0, 5);
  console.log('slowest relative to Readability:', slow.map((s) => `${s.name} ${fmt(s.ratio)}× (${fmt(s.ms)} ms)`).join(' · '));
}

function growth(): void {
  const files = readdirSync(OWN).filter((f) => f.endsWith('.html'));
  const file = files.find((f) => /^wp-/.test(f)) ?? files[0];
  if (!file) return;
  const html = readFileSync(join(OWN, file), 'utf8');
  console.log(`\n== Growth with article length (own/${file}, its article paragraphs repeated k times)`);
  const base: number[] = [];
  for (const k of [1, 2, 4, 6, 8, 10]) {
    const doc = new JSDOM(html, { url: 'https://example.test/', virtualConsole: new VirtualConsole() }).window.document;
    // The article's own paragraphs, as the extractor sees them, copied in after the last of them.
    const paras = (extractArticle(doc)?.blocks ?? []).filter((b) => b.tagName === 'P');
    let after = paras[paras.length - 1];
    if (!after) return;
    for (let i = 1; i < k; i++) {
      for (const p of paras) {
        const copy = p.cloneNode(true) as Element;
        after.after(copy);
        after = copy;
      }
    }
    let chars = 0;
    const ms = best(() => {
      const a = analyze(doc);
      chars = 'status' in a ? 0 : a.article.text.length;
    });
    base.push(ms);
    console.log(`k=${String(k).padStart(2)}  article ${String(chars).padStart(7)} chars  ${fmt(ms).padStart(8)} ms  ${fmt((ms / chars) * 1000)} ms per 1,000 chars`);
  }
  console.log(`time at 10× / time at 1×: ${fmt(base[base.length - 1] / base[0])} (10 would be strictly proportional; the page around the article is a fixed cost)`);
}

function claimsThroughput(): void {
  const lines = [
    'Ticket prices rose 12% to $15.99 a month, the third increase since 2023.',
    'The carmaker will build 3 plants with a combined 120 GWh of capacity by end of 2028.',
    'Analysts warn that relying on a single supplier could expose the group to price shocks.',
    'Der Umsatz stieg um 15 % auf 2,5 Mrd. Euro.',
  ];
  const n = 20_000;
  const t = performance.now();
  for (let i = 0; i < n; i++) claimsForText(lines[i % lines.length], { lang: i % 4 === 3 ? 'de' : 'en' });
  const s = (performance.now() - t) / 1000;
  console.log(`\n== lede claims engine: ${n} lines in ${fmt(s)} s = ${Math.round(n / s)} lines/s`);
}

function largePage(): void {
  const section = `<div class="post-block"><h2>Section</h2>${'<p>The county orchard survey counted more than two hundred old apple varieties this autumn, several thought lost.</p>'.repeat(6)}<div class="ad-slot"><span>Advertisement</span><a rel="sponsored" href="https://ads.example.test/x">Pruning saws on sale</a></div></div>`;
  const html = `<html><body><main><article><h1>Long page</h1>${section.repeat(Math.ceil(5_000_000 / section.length))}</article></main></body></html>`;
  let t = performance.now();
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  const parseMs = performance.now() - t;
  t = performance.now();
  const slots = findSponsored(doc).length;
  const sponsoredMs = performance.now() - t;
  t = performance.now();
  const blocks = extractArticle(doc)?.blocks.length ?? 0;
  const extractMs = performance.now() - t;
  console.log(`\n== A ${fmt(html.length / 1e6)} MB page (${slots} ad slots, ${blocks} blocks): jsdom parse ${fmt(parseMs)} ms · sponsored scan ${fmt(sponsoredMs)} ms · extraction ${fmt(extractMs)} ms`);
  console.log(`sponsored scan / parse: ${fmt(sponsoredMs / parseMs)} (below 1: the scan costs less than reading the page in)`);
}

perPage();
growth();
claimsThroughput();
largePage();
