import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:scale`: the same engine on inputs at the sizes real pages reach at worst (megabytes of
// text, 10,000-deep nesting, 10,000 notes). Slow by nature, so kept out of the unit suite.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/scale/**/*.test.ts'],
    // A guard against hangs, not a speed check: jsdom builds a 10,000-deep tree in quadratic time, 10 s
    // on a quiet 2-CPU machine and over 2 minutes on a loaded one.
    testTimeout: 600_000,
  },
});
