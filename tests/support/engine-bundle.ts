// The engine bundled for a plain page: `window.__lede.analyze(document, options)`. Used by tests and
// benchmarks that run lib/ in a real browser without the extension around it.
import { build } from 'esbuild';

/**
 * `which: 'page-half'` bundles only lib/read-article.ts (what the content script runs in the page),
 * still as `__lede.analyze(document, options)`, returning the reading.
 */
export async function engineBundle(which: 'all' | 'page-half' = 'all'): Promise<string> {
  const contents =
    which === 'all'
      ? `import { analyze } from './lib/analyze'; globalThis.__lede = { analyze };`
      : `import { readArticleSteps } from './lib/read-article';
         globalThis.__lede = { analyze(doc, o) { const s = readArticleSteps(doc, o); for (;;) { const r = s.next(); if (r.done) return r.value; } } };`;
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
