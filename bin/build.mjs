// Compiles the `lede` command to plain JavaScript (run on install), so `npx lede` needs no TypeScript loader.
import { build } from 'esbuild';

await build({
  entryPoints: ['bin/lede.ts'],
  outfile: 'bin/dist/lede.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
  logLevel: 'warning',
});
