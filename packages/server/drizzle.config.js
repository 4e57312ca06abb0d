// Configuration of drizzle-kit: `npx drizzle-kit generate` (offline) writes ./drizzle from the schema.
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './drizzle',
});
