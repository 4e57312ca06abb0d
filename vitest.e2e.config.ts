// Browser tests: Debian's Chromium through playwright-core against the real server (see
// packages/web/e2e/global-setup.ts). Run with `npm run test:e2e` (builds the web app first).
// The flows share one server and its periods (one flow takes a year through to publication), so
// they run one file at a time in a fixed order — by file name — whatever cache or file sizes say.
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

class ByFileName extends BaseSequencer {
  override sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    return Promise.resolve([...files].sort((a, b) => a.moduleId.localeCompare(b.moduleId)));
  }
}

export default defineConfig({
  test: {
    include: ['packages/web/e2e/**/*.e2e.test.ts'],
    globalSetup: ['packages/web/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    sequence: { concurrent: false, sequencer: ByFileName },
  },
});
