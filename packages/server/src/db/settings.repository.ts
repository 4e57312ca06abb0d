// SQL for run-time settings: one JSON value per key (effort weights, uploaded map boundaries…).
import { eq, like } from 'drizzle-orm';
import type { Executor } from './client';
import { appSettings } from './schema';

/** A settings row. */
export type SettingRow = typeof appSettings.$inferSelect;

/** Reads and writes settings. */
export function createSettingsRepository(db: Executor) {
  return {
    async find(key: string): Promise<SettingRow | undefined> {
      const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key));
      return row;
    },

    /** Every setting whose key starts with `prefix`. */
    async listByPrefix(prefix: string): Promise<SettingRow[]> {
      const escaped = prefix.replace(/[\\%_]/g, (c) => `\\${c}`);
      return db
        .select()
        .from(appSettings)
        .where(like(appSettings.key, `${escaped}%`))
        .orderBy(appSettings.key);
    },

    /** Inserts or replaces the value of `key`. */
    async upsert(key: string, value: unknown, updatedByName: string | null, at: Date): Promise<SettingRow> {
      const [row] = await db
        .insert(appSettings)
        .values({ key, value, updatedByName, updatedAt: at })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedByName, updatedAt: at } })
        .returning();
      if (!row) throw new Error(`setting ${key} not written`);
      return row;
    },

    /** Removes `key`; true when it existed. */
    async remove(key: string): Promise<boolean> {
      const rows = await db.delete(appSettings).where(eq(appSettings.key, key)).returning();
      return rows.length > 0;
    },
  };
}

/** Reads and writes settings. */
export type SettingsRepository = ReturnType<typeof createSettingsRepository>;
