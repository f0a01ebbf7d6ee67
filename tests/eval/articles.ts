// `npm run eval`, part 2: reading quality on real articles. Every annotated article of
// ../shared/pages/articles (a careful reader's key figures, themes argued with the sentences that
// carry them, themes not touched, plain sentences) and the reference page, analyzed by the `lede`
// command as a user runs it, scored by category:
//
//   node scripts/run-ts.mjs tests/eval/articles.ts [--verbose]
//
// Each expectation is checked on its own (the expectation checker run on a file holding just that one),
// so a category's score is "expectations met / expectations", summed over the pages. Beside them, what
// a reader sees of the page: key claims per 100 words, the share of sentences that are strategic claims,
// and the themes and topics reported. Last, every article page of ../shared/corpus must get at least one
// theme or topic. Exits 0 whatever the scores (an evaluation, not a test).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Analysis } from '../../lib/analysis';
import { splitSentences } from '../../lib/text/sentences';
import { checkExpectations, numericCandidates, parseExpectations, type Expectations } from '../support/expectations';

const SHARED = resolve(process.env.LEDE_SHARED ?? '../shared');
const verbose = process.argv.includes('--verbose');

/** What the analysis gives for one expectation file, category by category. */
type Tally = Record<string, { met: number; of: number }>;

const CATEGORIES = [
  'article text',
  'key figures found',
  'key figures marked key',
  'not figures',
  'outside the article',
  'themes present',
  'theme cites a key sentence',
  'strategic claim on a key sentence',
  'absent themes',
  'not strategic',
] as const;
type Category = (typeof CATEGORIES)[number];

interface PageReport {
  name: string;
  tally: Tally;
  misses: string[];
  keyPer100Words: number | null;
  strategicShare: number;
  words: number;
  themes: string[];
  topics: string[];
}

function count(tally: Tally, category: Category, met: boolean): void {
  tally[category] ??= { met: 0, of: 0 };
  tally[category].of++;
  if (met) tally[category].met++;
}

/** Failures of one expectation alone: the checker on a file holding only it. */
function failuresOf(analysis: Analysis | null, page: string, only: Partial<Expectations>): string[] {
  return checkExpectations(analysis, { page, article: {}, ...only });
}

function score(name: string, analysis: Analysis | null, expected: Expectations): PageReport {
  const tally: Tally = {};
  const misses: string[] = [];
  const check = (category: Category, only: Partial<Expectations>, tag?: RegExp) => {
    const failures = failuresOf(analysis, expected.page, only).filter((f) => !tag || tag.test(f));
    count(tally, category, failures.length === 0);
    if (failures.length) misses.push(`${category}: ${failures[0]}`);
    return failures;
  };
  for (const s of expected.article?.mustContain ?? []) check('article text', { article: { mustContain: [s] } });
  for (const s of expected.article?.mustNotContain ?? []) check('article text', { article: { mustNotContain: [s] } });
  for (const n of expected.numeric ?? []) {
    const found = check('key figures found', { numeric: [n] }).length === 0;
    if (found && analysis) {
      const isKey = numericCandidates(analysis, n).some((c) => (c as { key?: boolean }).key === true);
      count(tally, 'key figures marked key', isKey);
      if (!isKey) misses.push(`key figures marked key: ${JSON.stringify(n.text)} is found but not key`);
    }
  }
  for (const s of expected.notNumeric ?? []) check('not figures', { notNumeric: [s] });
  for (const s of expected.outsideArticle ?? []) check('outside the article', { outsideArticle: [s] });
  for (const t of expected.themes ?? []) {
    const failures = failuresOf(analysis, expected.page, { themes: [t] });
    const absent = failures.some((f) => f.startsWith("[themes] no theme "));
    const uncited = failures.some((f) => f.includes('cites none of its expected sentences'));
    const unclaimed = failures.some((f) => f.includes('no strategic claim on any expected'));
    count(tally, 'themes present', !absent);
    count(tally, 'theme cites a key sentence', !absent && !uncited);
    count(tally, 'strategic claim on a key sentence', !unclaimed);
    if (absent) misses.push(`themes present: ${t.id} not reported`);
    else if (uncited) misses.push(`theme cites a key sentence: ${t.id} cites none`);
  }
  for (const id of expected.absentThemes ?? []) check('absent themes', { absentThemes: [id] });
  for (const s of expected.notStrategic ?? []) check('not strategic', { notStrategic: [s] });

  const text = analysis?.article.text ?? '';
  const words = text.split(/\s+/).filter(Boolean).length;
  const hasKey = analysis?.claims.some((c) => 'key' in c) ?? false;
  const keyClaims = analysis?.claims.filter((c) => (c as { key?: boolean }).key === true).length ?? 0;
  const sentences = splitSentences(text).length;
  const strategic = analysis?.claims.filter((c) => c.kind === 'strategic').length ?? 0;
  const topics = ((analysis as { topics?: { label: string }[] } | null)?.topics ?? []).map((t) => t.label);
  return {
    name,
    tally,
    misses,
    keyPer100Words: hasKey && words ? (keyClaims / words) * 100 : null,
    strategicShare: sentences ? strategic / sentences : 0,
    words,
    themes: analysis?.themes.map((t) => t.label) ?? [],
    topics,
  };
}

function pages(): { name: string; html: string; expected: Expectations }[] {
  const list: { name: string; html: string; expected: Expectations }[] = [];
  const add = (name: string, expectedFile: string) => {
    const expected = parseExpectations(JSON.parse(readFileSync(expectedFile, 'utf8')));
    list.push({ name, html: join(SHARED, expected.page), expected });
  };
  const dir = join(SHARED, 'pages', 'articles');
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.expected.json')).sort()) add(f.replace(/\.expected\.json$/, ''), join(dir, f));
  for (const f of readdirSync(join(SHARED, 'pages')).filter((f) => f.endsWith('.expected.json'))) {
    const file = join(SHARED, 'pages', f);
    const expected = parseExpectations(JSON.parse(readFileSync(file, 'utf8')));
    // The reference page's file names its page relative to ../shared/pages.
    list.push({ name: `reference: ${f.replace(/\.expected\.json$/, '')}`, html: join(SHARED, 'pages', f.replace(/\.expected\.json$/, '.html')), expected });
  }
  return list;
}

const pct = (met: number, of: number) => (of ? `${met}/${of} (${Math.round((met / of) * 100)}%)` : 'n/a');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : Number.NaN;
};

function main(): void {
  if (!existsSync(join(SHARED, 'pages', 'articles'))) {
    console.log(`articles: ${join(SHARED, 'pages', 'articles')} not found, skipped`);
    return;
  }
  execFileSync(process.execPath, ['bin/build.mjs']);
  const list = pages();
  const out = execFileSync(process.execPath, ['bin/dist/lede.mjs', 'analyze', '--jsonl', ...list.map((p) => p.html)], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const answers = out.trim().split('\n').map((l) => JSON.parse(l) as (Analysis | { status: string } | { error: string }) & { file: string });
  const reports: PageReport[] = list.map((p, i) => {
    const a = answers[i];
    const analysis = 'error' in a ? null : 'status' in a && !('claims' in a) ? null : (a as Analysis);
    return score(p.name, analysis, p.expected);
  });

  const total: Tally = {};
  const articlesOnly: Tally = {};
  for (const r of reports) {
    for (const [c, t] of Object.entries(r.tally)) {
      for (const into of r.name.startsWith('reference') ? [total] : [total, articlesOnly]) {
        into[c] ??= { met: 0, of: 0 };
        into[c].met += t.met;
        into[c].of += t.of;
      }
    }
  }
  console.log(`\n== Reading quality: ${reports.length - 1} annotated articles (../shared/pages/articles) and the reference page`);
  console.log(`${'category'.padEnd(36)} ${'13 articles'.padEnd(16)} with the reference page`);
  for (const c of CATEGORIES) {
    const a = articlesOnly[c] ?? { met: 0, of: 0 };
    const t = total[c] ?? { met: 0, of: 0 };
    console.log(`${c.padEnd(36)} ${pct(a.met, a.of).padEnd(16)} ${pct(t.met, t.of)}`);
  }
  const allMet = Object.values(total).reduce((s, t) => s + t.met, 0);
  const allOf = Object.values(total).reduce((s, t) => s + t.of, 0);
  console.log(`${'all expectations'.padEnd(36)} ${''.padEnd(16)} ${pct(allMet, allOf)}`);

  const key = reports.map((r) => r.keyPer100Words).filter((x): x is number => x !== null);
  console.log(
    key.length
      ? `key claims per 100 words: median ${median(key).toFixed(2)}, max ${Math.max(...key).toFixed(2)}`
      : 'key claims per 100 words: no claim carries `key` yet',
  );
  const shares = reports.map((r) => r.strategicShare);
  console.log(`strategic claims per sentence: median ${(median(shares) * 100).toFixed(0)}%, max ${(Math.max(...shares) * 100).toFixed(0)}%`);
  console.log('\nper page: strategic share, themes | topics');
  for (const r of reports) {
    const met = Object.values(r.tally).reduce((s, t) => s + t.met, 0);
    const of = Object.values(r.tally).reduce((s, t) => s + t.of, 0);
    console.log(
      `  ${r.name.padEnd(46)} ${String(met).padStart(3)}/${String(of).padEnd(3)} ${(r.strategicShare * 100).toFixed(0).padStart(3)}% strategic` +
        `${r.keyPer100Words === null ? '' : `, ${r.keyPer100Words.toFixed(2)} key/100w`}  ${r.themes.join(', ') || '(no theme)'} | ${r.topics.join(', ') || '(no topic)'}`,
    );
    if (verbose) for (const m of r.misses) console.log(`      ✗ ${m}`);
  }
}

/**
 * Every article page of ../shared/corpus gets a summary: at least one theme or topic. Pages the CLI
 * finds no article on (or cannot read) are counted apart.
 */
function corpusCoverage(): void {
  const dirs = [join(SHARED, 'corpus', 'zyte-dev', 'html'), join(SHARED, 'corpus', 'readability')];
  const files: string[] = [];
  for (const dir of dirs.filter(existsSync)) {
    for (const f of readdirSync(dir).sort()) {
      const path = join(dir, f);
      if (f.endsWith('.html')) files.push(path);
      else if (existsSync(join(path, 'source.html'))) files.push(join(path, 'source.html'));
    }
  }
  if (files.length === 0) return;
  const out = execFileSync(process.execPath, ['bin/dist/lede.mjs', 'analyze', '--jsonl', ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
  let articles = 0;
  const bare: string[] = [];
  for (const line of out.trim().split('\n')) {
    const a = JSON.parse(line) as Partial<Analysis> & { file: string };
    if (!a.article) continue;
    articles++;
    if (!(a.themes?.length || a.topics?.length)) bare.push(a.file);
  }
  console.log(`\ncorpus: ${articles - bare.length}/${articles} article pages get at least one theme or topic (${files.length - articles} pages without an article)`);
  for (const f of bare) console.log(`  ✗ no theme, no topic: ${f}`);
}

main();
corpusCoverage();
