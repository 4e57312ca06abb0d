// Databases for tests. `*.db.test.ts` files run on PGlite, or on PostgreSQL when DATABASE_URL is
// set: then each file gets its own throw-away database, created here and dropped on close.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../db/client';
import { migrateDatabase } from '../db/migrate';

/** The PostgreSQL URL of the pg test tier, when it runs. */
export const testDatabaseUrl: string | undefined = process.env.DATABASE_URL || undefined;

async function adminQuery(url: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/** A fresh PostgreSQL database next to the one of `DATABASE_URL`; returns its URL and a drop. */
export async function createScratchPostgres(
  baseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1) || 'dti'}_${randomBytes(4).toString('hex')}`.slice(0, 60);
  await adminQuery(baseUrl, `create database "${name}"`);
  const scratch = new URL(baseUrl);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () => adminQuery(baseUrl, `drop database if exists "${name}" with (force)`),
  };
}

/**
 * A migrated, empty database for one test file: in-memory PGlite, or (DATABASE_URL set, unless
 * `pglite` is forced) a scratch PostgreSQL database. `close` also drops the scratch database.
 */
export async function openTestDatabase(options: { forcePglite?: boolean } = {}): Promise<Database> {
  if (testDatabaseUrl === undefined || options.forcePglite) {
    const database = await openDatabase({ kind: 'pglite', dataDir: null });
    await migrateDatabase(database);
    return database;
  }
  const scratch = await createScratchPostgres(testDatabaseUrl);
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 5 });
  await migrateDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await scratch.drop();
    },
  };
}
