// The database tier: `*.db.test.ts` files run on PGlite, or on PostgreSQL when DATABASE_URL is set
// (scripts/test-pg.sh creates a throw-away database); each file opens its own fresh database.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.db.test.ts'],
    exclude: ['**/node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
