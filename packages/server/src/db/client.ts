// Opens the database: embedded PGlite (a data folder, or in memory) or a PostgreSQL server.
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations, SQL } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema';

type Schema = typeof schema;

/** A Drizzle database over either driver. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A Drizzle transaction over either driver. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Something queries run on: the database or an open transaction. */
export type Executor = Db | Tx;

/** Where the data lives. */
export type DatabaseTarget =
  { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string; poolSize?: number };

/** An open database with its driver kind and a way to close it. */
export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Runs `fn` holding a lock no other process takes at the same time (migrations, seeding). */
  withExclusiveLock<T>(fn: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const LOCK_KEY = 724_011; // arbitrary, fixed: the advisory lock of this application

// Count and bigint columns come back as JavaScript numbers on both drivers.
pg.types.setTypeParser(20, (value) => Number(value));

/** Opens the database named by `target`. PGlite creates its data folder on first use. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'pglite') {
    const client = target.dataDir === null ? new PGlite() : new PGlite(target.dataDir);
    await client.waitReady;
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      withExclusiveLock: (fn) => fn(), // one process owns a PGlite data folder
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: target.poolSize ?? 10 });
  // An idle connection that the server ends (restart, `drop database … with (force)`, network) is
  // dropped from the pool and replaced on next use; without a listener its error would kill the process.
  pool.on('error', () => undefined);
  const db = drizzlePg({ client: pool, schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    async withExclusiveLock(fn) {
      const conn = await pool.connect();
      try {
        await conn.query('select pg_advisory_lock($1)', [LOCK_KEY]);
        try {
          return await fn();
        } finally {
          await conn.query('select pg_advisory_unlock($1)', [LOCK_KEY]);
        }
      } finally {
        conn.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Runs raw SQL and returns its rows (both drivers answer `{ rows }`). */
export async function selectRows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const result = (await executor.execute(query)) as { rows: T[] };
  return result.rows;
}
