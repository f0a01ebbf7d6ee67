// Runs a TypeScript entry under Node 20: bundles it with esbuild (packages stay external) into .cache/
// and imports the result, passing the remaining arguments through.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [ARGS...]');
  process.exit(2);
}
const outDir = resolve('.cache/run-ts');
mkdirSync(outDir, { recursive: true });
const outfile = resolve(outDir, basename(entry).replace(/\.tsx?$/, '.mjs'));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'inline',
  logLevel: 'warning',
  jsx: 'automatic',
  jsxImportSource: 'preact',
});
process.argv = [process.argv[0], outfile, ...args];
await import(pathToFileURL(outfile).href);
