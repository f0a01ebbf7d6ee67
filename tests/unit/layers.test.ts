// The house's layers point one way: entrypoints → components → lib. Nothing in lib/ or components/
// imports from entrypoints/, and nothing in lib/ imports from components/ (a stray import is a build
// that still works today and a tangle tomorrow, so it is held here rather than left to review).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module specifier a file imports (static, dynamic, type-only and re-exports). */
function importsOf(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [...src.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

/** The top-level folder a specifier leads to, for the project's own modules. */
function layerOf(file: string, specifier: string): string | null {
  if (specifier.startsWith('@/')) return specifier.slice(2).split('/')[0];
  if (!specifier.startsWith('.')) return null;
  const parts = join(file, '..', specifier).split('/');
  return parts[0];
}

describe('layers', () => {
  it('lib/ imports neither components/ nor entrypoints/', () => {
    const wrong = sources('lib').flatMap((f) => importsOf(f).filter((s) => ['components', 'entrypoints'].includes(layerOf(f, s) ?? '')).map((s) => `${f}: ${s}`));
    expect(wrong).toEqual([]);
  });

  it('components/ imports nothing from entrypoints/', () => {
    const wrong = sources('components').flatMap((f) => importsOf(f).filter((s) => layerOf(f, s) === 'entrypoints').map((s) => `${f}: ${s}`));
    expect(wrong).toEqual([]);
  });

  it('sees the imports it is meant to judge', () => {
    // Guards the test itself: a regex that matched nothing would pass every check above.
    const seen = sources('components').flatMap((f) => importsOf(f).map((s) => layerOf(f, s)));
    expect(seen).toContain('lib');
  });
});
