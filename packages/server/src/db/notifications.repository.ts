// SQL for in-app notifications.
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Executor } from './client';
import { notifications } from './schema';

/** A notification row. */
export type NotificationRow = typeof notifications.$inferSelect;

/** Queries and writes on notifications. */
export function createNotificationsRepository(db: Executor) {
  return {
    /** Inserts notifications; one with a `dedupeKey` already used is skipped. Returns those inserted. */
    async insertNotifications(rows: (typeof notifications.$inferInsert)[]): Promise<NotificationRow[]> {
      if (rows.length === 0) return [];
      return db.insert(notifications).values(rows).onConflictDoNothing().returning();
    },

    async listForUser(userId: number, limit: number): Promise<NotificationRow[]> {
      return db
        .select()
        .from(notifications)
        .where(eq(notifications.userId, userId))
        .orderBy(desc(notifications.id))
        .limit(limit);
    },

    async markRead(userId: number, id: number, at: Date): Promise<boolean> {
      const rows = await db
        .update(notifications)
        .set({ readAt: at })
        .where(and(eq(notifications.userId, userId), eq(notifications.id, id), isNull(notifications.readAt)))
        .returning({ id: notifications.id });
      return rows.length > 0;
    },

    async markEmailed(id: number, at: Date): Promise<void> {
      await db.update(notifications).set({ emailedAt: at }).where(eq(notifications.id, id));
    },
  };
}

/** Queries and writes on notifications. */
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
