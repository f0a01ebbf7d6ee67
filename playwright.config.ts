import { defineConfig } from '@playwright/test';

// Browser tests: the built extension (`npm run build` → .output/) in real Chromium and Firefox ESR.
// Browsers come from the system (CHROMIUM_PATH, FIREFOX_PATH), never downloaded by a test tool.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // One browser at a time: the machines have 2 cores, and timing-sensitive checks stay honest.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  use: { trace: 'off' },
});
