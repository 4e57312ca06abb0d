// A whole-database dump as JSON, table by table in dependency order, and its exact restore.
import { sql } from 'drizzle-orm';
import { selectRows, type Db } from './client';
import { tablesInOrder } from './schema';

/** A backup file's content: every row of every table, as PostgreSQL's own JSON of the row. */
export interface BackupDump {
  format: 'dti-backup';
  version: 1;
  createdAt: string;
  tables: Record<string, unknown[]>;
}

const tableNames = tablesInOrder.map((t) => t.name);

/** Dumps every table (rows ordered by primary key) in one read-only snapshot. */
export async function dumpDatabase(db: Db, now: Date): Promise<BackupDump> {
  return db.transaction(async (tx) => {
    const tables: Record<string, unknown[]> = {};
    for (const name of tableNames) {
      const [result] = await selectRows<{ rows: unknown[] | null }>(
        tx,
        sql`select json_agg(t) as rows from (select * from ${sql.identifier(name)} order by 1) t`,
      );
      tables[name] = result?.rows ?? [];
    }
    return { format: 'dti-backup', version: 1, createdAt: now.toISOString(), tables };
  });
}

/** Number of rows in every table, by table name. */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { name, table } of tablesInOrder) counts[name] = await db.$count(table);
  return counts;
}

/**
 * Restores a dump into an empty database in one transaction (all or nothing), then moves every
 * id sequence past the restored ids.
 */
export async function restoreDatabase(db: Db, dump: BackupDump): Promise<void> {
  await db.transaction(async (tx) => {
    for (const name of tableNames) {
      const rows = dump.tables[name] ?? [];
      if (rows.length === 0) continue;
      const id = sql.identifier(name);
      await tx.execute(
        sql`insert into ${id} select * from json_populate_recordset(null::${id}, ${JSON.stringify(rows)}::json)`,
      );
    }
    for (const { name } of tablesInOrder.filter((t) => t.serialId)) {
      const id = sql.identifier(name);
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${name}, 'id'), coalesce(max(id), 1), count(*) > 0) from ${id}`,
      );
    }
  });
}

/** Names of the tables a backup holds, parents first. */
export const backupTableNames: readonly string[] = tableNames;
