// Browser tests: Debian's Chromium through playwright-core against the real server (see
// packages/web/e2e/global-setup.ts). Run with `npm run test:e2e` (builds the web app first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/web/e2e/**/*.e2e.test.ts'],
    globalSetup: ['packages/web/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { concurrent: false },
  },
});
