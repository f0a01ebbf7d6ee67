// `npm run eval`, part 1: the reference pages of ../shared/pages, analyzed by the `lede` command exactly as
// a user runs it, held to their .expected.json files. Prints each unmet expectation; exits 0 (an evaluation).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkExpectations, parseExpectations } from '../support/expectations';

const PAGES = resolve('../shared/pages');

if (!existsSync(PAGES)) {
  console.log('reference pages: ../shared/pages not found, skipped');
} else {
  execFileSync(process.execPath, ['bin/build.mjs']);
  for (const file of readdirSync(PAGES).filter((f) => f.endsWith('.html'))) {
    const expectedFile = join(PAGES, file.replace(/\.html$/, '.expected.json'));
    if (!existsSync(expectedFile)) continue;
    const out = execFileSync(process.execPath, ['bin/dist/lede.mjs', 'analyze', join(PAGES, file)], { encoding: 'utf8' });
    const analysis = JSON.parse(out);
    const html = readFileSync(join(PAGES, file), 'utf8');
    const failures = checkExpectations('status' in analysis ? null : analysis, parseExpectations(JSON.parse(readFileSync(expectedFile, 'utf8'))), html);
    console.log(`\n== Reference page ${file}: ${failures.length === 0 ? 'every expectation met' : `${failures.length} unmet`}`);
    for (const f of failures) console.log(`  ✗ ${f}`);
    if (!('status' in analysis)) {
      console.log(`  themes: ${analysis.themes.map((t: { label: string }) => t.label).join(', ')}`);
      console.log(`  claims: ${analysis.claims.length} (${analysis.claims.filter((c: { kind: string }) => c.kind === 'strategic').length} strategic), sponsored: ${analysis.sponsored.length}`);
    }
  }
}
