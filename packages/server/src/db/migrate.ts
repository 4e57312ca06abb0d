// Applies the migrations in packages/server/drizzle (the same files for PGlite and PostgreSQL).
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { NodePgDatabase } from 'drizzle-orm/node-postgres';
import type { Database } from './client';

/** The migrations folder of the server package. */
export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Brings the schema up to date; safe to call from two processes at once on PostgreSQL. */
export async function migrateDatabase(database: Database): Promise<void> {
  await database.withExclusiveLock(async () => {
    if (database.kind === 'pglite') {
      await migratePglite(database.db as unknown as PgliteDatabase, { migrationsFolder });
    } else {
      await migratePg(database.db as unknown as NodePgDatabase, { migrationsFolder });
    }
  });
}
