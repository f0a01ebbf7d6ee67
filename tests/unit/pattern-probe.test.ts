// @vitest-environment node
// The runaway guard: the reader's own theme patterns run first in a worker thread (here a Node worker
// thread running the same probe code as the extension's worker), and one that overruns is terminated,
// left out of the analysis and reported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRunawayPatterns, guardThemes, untrustedPatterns, type ProbeWorker } from '@/lib/themes/pattern-probe';
import { DEFAULT_THEMES, type ThemeDefinition } from '@/lib/themes/taxonomy';
import { analyzeTextRequest } from '@/lib/pipeline/text-service';
import { analyzeText, type ArticleInput } from '@/lib/pipeline/text-half';

let workerFile = '';

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lede-probe-'));
  workerFile = join(dir, 'probe-worker.mjs');
  const entry = join(dir, 'entry.ts');
  writeFileSync(
    entry,
    `import { parentPort } from 'node:worker_threads';
     import { serveProbe } from ${JSON.stringify(resolve('lib/themes/pattern-probe.ts'))};
     const scope = { onmessage: null, postMessage: (m) => parentPort.postMessage(m) };
     parentPort.on('message', (data) => scope.onmessage?.({ data }));
     serveProbe(scope);`,
  );
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: workerFile, logLevel: 'silent' });
});

/** A Node worker thread behind the Web Worker shape the probe uses. */
function spawnNodeWorker(): ProbeWorker {
  const thread = new Worker(workerFile);
  const worker: ProbeWorker = { onmessage: null, onerror: null, postMessage: (r) => thread.postMessage(r), terminate: () => void thread.terminate() };
  thread.on('message', (data) => worker.onmessage?.({ data }));
  thread.on('error', (error) => worker.onerror?.(error));
  return worker;
}

const RUNAWAY = String.raw`(\s*\w+\s*){1,50}$`;
const FINE = String.raw`\bcompute market\b`;

const blocks = [
  'Investors watched the compute market grow in every single quarter of the year.',
  'The company said it would reduce its reliance on one supplier by 2027, a strategy that competitors share.',
  'Analysts warned that investors in the compute market could face higher costs as rivals expand capacity.',
];
const text = blocks.join('\n\n');
const input: ArticleInput = { text, blockStarts: blocks.map((b) => text.indexOf(b)), title: 'The compute market keeps growing', langHint: 'en' };

const table: ThemeDefinition[] = [...DEFAULT_THEMES, { id: 'markets', label: 'Markets', terms: ['investors'], patterns: [RUNAWAY, FINE] }];

describe('runaway theme patterns', () => {
  it('the reader’s own patterns are probed; the default themes’ are trusted', () => {
    expect(untrustedPatterns(table)).toEqual([RUNAWAY, FINE]);
    expect(untrustedPatterns(DEFAULT_THEMES)).toEqual([]);
  });

  it('a backtracking pattern forced into the table is terminated, left out and reported; the article is analyzed with the rest', async () => {
    const reports: { pattern: string; themes: string[] }[] = [];
    const themes = await guardThemes(table, input, {
      probe: (request) => findRunawayPatterns(spawnNodeWorker, request, 300),
      switchedOff: new Set(),
      report: (pattern, themeIds) => void reports.push({ pattern, themes: themeIds }),
    });
    expect(reports).toEqual([{ pattern: RUNAWAY, themes: ['markets'] }]);
    const markets = themes.find((t) => t.id === 'markets')!;
    expect(markets.patterns).toEqual([FINE]);
    expect(markets.terms).toEqual(['investors']);

    const answer = await analyzeTextRequest({ type: 'lede:analyze-text', input }, { themes });
    expect(answer.ok).toBe(true);
    if (!answer.ok) return;
    const { analyzeMs: _ms, ...result } = answer.result;
    const { analyzeMs: _ms2, ...expected } = analyzeText(input, { themes });
    expect(result).toEqual(expected);
    // The theme keeps its other rules: the sentence its remaining pattern finds is read as a markets claim.
    expect(result.claims.find((c) => c.kind === 'strategic' && c.text.startsWith('Analysts'))?.themes).toContain('markets');
  });

  it('patterns that finish are not reported, and a switched-off pattern is not run again', async () => {
    const probed: string[][] = [];
    const reports: string[] = [];
    const themes = await guardThemes(table, input, {
      probe: (request) => {
        probed.push(request.patterns);
        return findRunawayPatterns(spawnNodeWorker, request, 300);
      },
      switchedOff: new Set([RUNAWAY]),
      report: (pattern) => void reports.push(pattern),
    });
    expect(probed).toEqual([[FINE]]);
    expect(reports).toEqual([]);
    expect(themes.find((t) => t.id === 'markets')!.patterns).toEqual([FINE]);
  });

  it('several runaways: each is found in its own worker, the patterns after it still run', async () => {
    const runaway = await findRunawayPatterns(spawnNodeWorker, { text, title: '', patterns: [RUNAWAY, FINE, String.raw`(?:\w+\s?)+!`, String.raw`\bquarter\b`] }, 300);
    expect(runaway).toEqual([RUNAWAY, String.raw`(?:\w+\s?)+!`]);
  });

  it('without a worker, no reader pattern is used and none is reported', async () => {
    const reports: string[] = [];
    const themes = await guardThemes(table, input, {
      probe: (request) => findRunawayPatterns(() => { throw new Error('no Worker here'); }, request, 300),
      switchedOff: new Set(),
      report: (pattern) => void reports.push(pattern),
    });
    expect(themes.find((t) => t.id === 'markets')!.patterns).toEqual([]);
    expect(reports).toEqual([]);
  });
});
