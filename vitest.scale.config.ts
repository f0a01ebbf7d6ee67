import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// `npm run test:scale`: the same engine on inputs at the sizes real pages reach at worst (megabytes of
// text, 10,000-deep nesting, 10,000 notes). Slow by nature, so kept out of the unit suite.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['tests/scale/**/*.test.ts'],
    testTimeout: 180_000,
  },
});
