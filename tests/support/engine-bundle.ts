// The engine bundled for a plain page: `window.__lede.analyze(document, options)`. Used by tests and
// benchmarks that run lib/ in a real browser without the extension around it.
import { build } from 'esbuild';

export async function engineBundle(): Promise<string> {
  const out = await build({
    stdin: {
      contents: `import { analyze } from './lib/analyze'; globalThis.__lede = { analyze };`,
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
