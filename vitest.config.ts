import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:unit`: the fast suite. Files run in Node unless their first line asks for a DOM
// (`// @vitest-environment jsdom` where Range/TreeWalker fidelity matters, `happy-dom` elsewhere).
// Megabyte pages, 10,000-deep trees and 10,000 notes live in tests/scale (vitest.scale.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    testTimeout: 20000,
    // One module graph per worker, not per file (measured: a third less CPU for the suite). Each file
    // still gets its own DOM environment and opens its own stores; modules are shared as they are
    // in one long-lived content script.
    isolate: false,
  },
});
