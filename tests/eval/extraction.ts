// `npm run eval`: article extraction scored against the shared corpora, side by side with Mozilla
// Readability 0.6 on the same pages in the same run, plus the reference page's expectations.
//
//   node scripts/run-ts.mjs tests/eval/extraction.ts [--corpus zyte|readability|seed] [--page ID] [--worst N] [--quiet]
//
// Corpora (read at run time, never copied into the project): ../shared/corpus/zyte-dev (html/<id>.html,
// ground-truth.json articleBody) and ../shared/corpus/readability (<case>/source.html, expected.html).
// Exits 0 whatever the scores (CI prints them); exits 0 with a note when ../shared is missing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle, isProbablyArticle } from '../../lib/extract';
import { findSponsored } from '../../lib/sponsored';
import { buildArticleText } from '../../lib/text/article-text';
import { corpusScore, pageF1, scorePage, type PageScore } from './metric';
import { textWithBreaks } from './expected-text';

const SHARED = resolve(process.env.LEDE_SHARED ?? '../shared');
const READABILITY_URL = 'http://fakehost/test/page.html';
const SMALL_PAGE_BYTES = 5000;

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const onlyCorpus = opt('--corpus');
const onlyPage = opt('--page');
const worstCount = Number(opt('--worst') ?? 12);
const quiet = args.includes('--quiet');

interface PageResult {
  corpus: 'zyte' | 'readability';
  id: string;
  bytes: number;
  lede: PageScore;
  readability: PageScore;
  judgedArticle: boolean;
  expectedArticle?: boolean;
  mutated: boolean;
  ms: { probe: number; extract: number; text: number; readability: number };
}

const parseNotes: string[] = [];

/** jsdom; a stylesheet its CSS parser rejects is emptied (for both extractors alike) and noted. */
function parse(html: string, url: string, id = ''): JSDOM {
  try {
    return new JSDOM(html, { url, virtualConsole: new VirtualConsole() });
  } catch (err) {
    parseNotes.push(`${id}: jsdom could not parse it (${String((err as Error).message).split('\n')[0]}); parsed again with <style> contents emptied`);
    return new JSDOM(html.replace(/(<style\b[^>]*>)[\s\S]*?(<\/style>)/gi, '$1$2'), { url, virtualConsole: new VirtualConsole() });
  }
}

function runPage(corpus: PageResult['corpus'], id: string, html: string, url: string, truth: string): PageResult {
  currentPage = id;
  const dom = parse(html, url, id);
  const doc = dom.window.document;
  const clone = doc.cloneNode(true) as Document;
  // Any change to the document (nodes, attributes, text) shows up as a mutation record.
  const observer = new dom.window.MutationObserver(() => {});
  observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });

  let t = performance.now();
  const judgedArticle = isProbablyArticle(doc);
  const probe = performance.now() - t;

  const exclude = new Set(findSponsored(doc).map((b) => b.el));
  t = performance.now();
  const extraction = extractArticle(doc, { exclude });
  const extract = performance.now() - t;
  t = performance.now();
  const text = extraction ? buildArticleText(extraction).text : '';
  const textMs = performance.now() - t;
  const mutated = observer.takeRecords().length > 0;
  observer.disconnect();

  t = performance.now();
  let rText = '';
  try {
    rText = new Readability(clone).parse()?.textContent ?? '';
  } catch {
    rText = '';
  }
  const readabilityMs = performance.now() - t;
  dom.window.close();

  if (onlyPage === id) {
    console.log(`--- ${id}: Lede text ---\n${text}\n--- truth ---\n${truth}\n--- Readability ---\n${rText.replace(/\s+/g, ' ')}\n`);
  }
  return {
    corpus, id, bytes: Buffer.byteLength(html), judgedArticle, mutated,
    lede: scorePage(text, truth), readability: scorePage(rText, truth),
    ms: { probe, extract, text: textMs, readability: readabilityMs },
  };
}

function zytePages(): PageResult[] {
  const dir = join(SHARED, 'corpus/zyte-dev');
  if (!existsSync(dir)) return [];
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const out: PageResult[] = [];
  for (const id of Object.keys(truth).sort()) {
    if (onlyPage && onlyPage !== id) continue;
    const file = join(dir, 'html', `${id}.html`);
    if (!existsSync(file)) continue;
    out.push(runPage('zyte', id, readFileSync(file, 'utf8'), truth[id].url, truth[id].articleBody));
  }
  return out;
}

function readabilityPages(): PageResult[] {
  const dir = join(SHARED, 'corpus/readability');
  if (!existsSync(dir)) return [];
  const out: PageResult[] = [];
  for (const id of readdirSync(dir).sort()) {
    if (onlyPage && onlyPage !== id) continue;
    const src = join(dir, id, 'source.html');
    const exp = join(dir, id, 'expected.html');
    if (!existsSync(src) || !existsSync(exp)) continue;
    const expectedDom = parse(readFileSync(exp, 'utf8'), READABILITY_URL);
    const truth = textWithBreaks(expectedDom.window.document.body);
    expectedDom.window.close();
    const metaFile = join(dir, id, 'expected-metadata.json');
    const meta = existsSync(metaFile) ? (JSON.parse(readFileSync(metaFile, 'utf8')) as { readerable?: boolean }) : {};
    const result = runPage('readability', id, readFileSync(src, 'utf8'), READABILITY_URL, truth);
    result.expectedArticle = meta.readerable;
    out.push(result);
  }
  return out;
}

const f = (n: number | null) => (n === null ? '  -  ' : n.toFixed(3));

function summarize(label: string, pages: PageResult[]): void {
  if (!pages.length) return;
  const lede = corpusScore(pages.map((p) => p.lede));
  const rd = corpusScore(pages.map((p) => p.readability));
  console.log(
    `${label.padEnd(34)} pages ${String(pages.length).padStart(3)}   Lede F1 ${f(lede.f1)} (P ${f(lede.precision)} R ${f(lede.recall)})` +
      `   Readability F1 ${f(rd.f1)} (P ${f(rd.precision)} R ${f(rd.recall)})`,
  );
}

function listPages(label: string, pages: PageResult[]): void {
  if (quiet || !pages.length) return;
  console.log(`\n${label}: per page (Lede F1 / Readability F1, judged article)`);
  for (const p of pages) {
    const expected = p.expectedArticle === undefined ? '' : p.expectedArticle === p.judgedArticle ? '' : ` (expected ${p.expectedArticle ? 'article' : 'not article'})`;
    console.log(
      `  ${p.id.slice(0, 40).padEnd(40)} ${String(p.bytes).padStart(8)} B  Lede ${f(pageF1(p.lede))}  Readability ${f(pageF1(p.readability))}  ${p.judgedArticle ? 'article' : 'NOT article'}${expected}${p.mutated ? '  MUTATED' : ''}`,
    );
  }
}

function worst(label: string, pages: PageResult[]): void {
  if (!pages.length) return;
  console.log(`\n${label}: ${worstCount} worst pages for Lede`);
  const sorted = [...pages].sort((a, b) => pageF1(a.lede) - pageF1(b.lede)).slice(0, worstCount);
  for (const p of sorted) {
    console.log(
      `  ${p.id.slice(0, 40).padEnd(40)} Lede F1 ${f(pageF1(p.lede))} P ${f(p.lede.precision)} R ${f(p.lede.recall)}` +
        `   Readability F1 ${f(pageF1(p.readability))} P ${f(p.readability.precision)} R ${f(p.readability.recall)}`,
    );
  }
}

function timings(pages: PageResult[]): void {
  if (!pages.length) return;
  const sum = (k: keyof PageResult['ms']) => pages.reduce((a, p) => a + p.ms[k], 0);
  const median = (k: keyof PageResult['ms']) => {
    const v = pages.map((p) => p.ms[k]).sort((a, b) => a - b);
    return v[v.length >> 1];
  };
  const probe = sum('probe'), extract = sum('extract'), text = sum('text'), rd = sum('readability');
  console.log(
    `\nTimings over ${pages.length} pages (jsdom): isProbablyArticle total ${probe.toFixed(0)} ms (median ${median('probe').toFixed(2)} ms),` +
      ` extractArticle ${extract.toFixed(0)} ms (median ${median('extract').toFixed(2)} ms), article text ${text.toFixed(0)} ms,` +
      ` Readability.parse on a clone ${rd.toFixed(0)} ms (median ${median('readability').toFixed(2)} ms).` +
      `\n  isProbablyArticle costs ${((100 * probe) / extract).toFixed(1)}% of extractArticle (total), ${((100 * median('probe')) / median('extract')).toFixed(1)}% (medians);` +
      ` extractArticle costs ${((100 * extract) / rd).toFixed(0)}% of Readability.`,
  );
  const mutated = pages.filter((p) => p.mutated);
  console.log(`  Document unchanged after extraction: ${mutated.length ? `NO on ${mutated.map((p) => p.id).join(', ')}` : `yes, on all ${pages.length} pages`}`);
}

function judged(pages: PageResult[]): void {
  const withExpectation = pages.filter((p) => p.expectedArticle !== undefined);
  const agree = withExpectation.filter((p) => p.expectedArticle === p.judgedArticle).length;
  const zyte = pages.filter((p) => p.corpus === 'zyte');
  if (zyte.length) console.log(`isProbablyArticle: ${zyte.filter((p) => p.judgedArticle).length}/${zyte.length} zyte news pages judged articles`);
  if (withExpectation.length) {
    console.log(`isProbablyArticle: agrees with Readability's "readerable" on ${agree}/${withExpectation.length} readability-corpus pages`);
  }
}

function seedChecks(): void {
  const file = join(SHARED, 'pages/seed-openai-aws.html');
  const expFile = join(SHARED, 'pages/seed-openai-aws.expected.json');
  if (!existsSync(file) || !existsSync(expFile)) return;
  const expected = JSON.parse(readFileSync(expFile, 'utf8')) as {
    article: { title?: string; mustContain: string[]; mustNotContain: string[] };
    outsideArticle?: string[];
  };
  const html = readFileSync(file, 'utf8');
  const dom = parse(html, 'https://news.example.test/2025/11/reference-page/');
  const doc = dom.window.document;
  const before = doc.documentElement.outerHTML;
  const exclude = new Set(findSponsored(doc).map((b) => b.el));
  const extraction = extractArticle(doc, { exclude });
  const text = extraction ? buildArticleText(extraction).text : '';
  const checks: [string, boolean][] = [];
  checks.push(['judged an article', isProbablyArticle(doc)]);
  checks.push(['document unchanged', doc.documentElement.outerHTML === before]);
  if (expected.article.title) checks.push([`title is ${JSON.stringify(expected.article.title)}`, extraction?.title === expected.article.title]);
  for (const s of expected.article.mustContain) checks.push([`article contains ${JSON.stringify(s)}`, text.includes(s)]);
  for (const s of expected.article.mustNotContain) checks.push([`article lacks ${JSON.stringify(s)}`, !text.includes(s)]);
  for (const s of expected.outsideArticle ?? []) checks.push([`outside article: ${JSON.stringify(s)}`, !text.includes(s) && html.includes(s)]);
  dom.window.close();
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`\nReference page seed-openai-aws: ${checks.length - failed}/${checks.length} expectations hold`);
  for (const [what, ok] of checks) console.log(`  ${ok ? 'pass' : 'FAIL'}  ${what}`);
  if (extraction) console.log(`  meta: ${JSON.stringify(extraction.meta)}; ${extraction.blocks.length} blocks, root <${extraction.root.tagName.toLowerCase()}>`);
}

let currentPage = '';
// jsdom's CSS parser can throw from a timer on odd stylesheets: note it and go on.
process.on('uncaughtException', (err) => {
  console.log(`  (jsdom error while on ${currentPage || 'a page'}: ${String(err.message ?? err).split('\n')[0]})`);
});

function main(): void {
  if (!existsSync(SHARED)) {
    console.log(`eval: ${SHARED} not found — corpora unavailable, nothing to score (exit 0).`);
    return;
  }
  const started = performance.now();
  if (!onlyCorpus || onlyCorpus === 'seed') seedChecks();
  const zyte = !onlyCorpus || onlyCorpus === 'zyte' ? zytePages() : [];
  const rd = !onlyCorpus || onlyCorpus === 'readability' ? readabilityPages() : [];
  listPages('zyte-dev', zyte);
  listPages('readability corpus', rd);
  worst('zyte-dev', zyte);
  worst('readability corpus (source.html >= 5,000 bytes)', rd.filter((p) => p.bytes >= SMALL_PAGE_BYTES));
  timings([...zyte, ...rd]);
  for (const note of parseNotes) console.log(`  note: ${note}`);
  console.log('');
  judged([...zyte, ...rd]);
  console.log('\nExtraction scores (benchmark metric: 4-token shingles, F1 of mean P and mean R)');
  summarize('zyte-dev', zyte);
  summarize('readability corpus, pages >= 5,000 B', rd.filter((p) => p.bytes >= SMALL_PAGE_BYTES));
  summarize('readability corpus, all pages', rd);
  console.log(`\nTargets: zyte-dev Lede F1 >= Readability's; readability corpus (>= 5,000 B) Lede F1 >= 0.95. Run took ${((performance.now() - started) / 1000).toFixed(0)} s.`);
}

main();
