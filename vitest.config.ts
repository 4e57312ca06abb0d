import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/src/**/*.test.tsx'],
    exclude: ['**/node_modules/**', '**/*.db.test.ts', '**/*.e2e.test.ts'],
    testTimeout: 20_000,
  },
});
