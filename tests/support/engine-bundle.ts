// The engine bundled for a plain page: `window.__lede.analyze(document, options)`. Used by tests and
// benchmarks that run lib/ in a real browser without the extension around it.
import { build } from 'esbuild';

/**
 * `which: 'page-half'` bundles only lib/pipeline/page-half.ts (what the content script runs in the page),
 * still as `__lede.analyze(document, options)`, returning the reading. `'text-half'`: `__lede.read(document)`
 * keeps the page's text input, then `__lede.analyze()` runs lib/pipeline/text-half.ts on it.
 */
export async function engineBundle(which: 'all' | 'page-half' | 'text-half' = 'all'): Promise<string> {
  const contents = {
    all: `import { analyze } from './lib/pipeline/analyze'; globalThis.__lede = { analyze };`,
    'page-half': `import { readArticleSteps } from './lib/pipeline/page-half';
         globalThis.__lede = { analyze(doc, o) { const s = readArticleSteps(doc, o); for (;;) { const r = s.next(); if (r.done) return r.value; } } };`,
    // analyze() runs only the text half, on the input a first call of read() left behind.
    'text-half': `import { readArticleSteps } from './lib/pipeline/page-half'; import { analyzeText } from './lib/pipeline/text-half';
         let input = null;
         globalThis.__lede = {
           read(doc) { const s = readArticleSteps(doc, {}); for (;;) { const r = s.next(); if (r.done) { input = r.value.input ?? null; return; } } },
           analyze() { return input && analyzeText(input); },
         };`,
  }[which];
  const out = await build({
    stdin: {
      contents,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
    logLevel: 'silent',
  });
  return out.outputFiles[0].text;
}
