// SQL for in-app notifications.
import { and, asc, desc, eq, gte, isNotNull, isNull, like, notIlike, or, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { notifications, users } from './schema';

/** A notification row. */
export type NotificationRow = typeof notifications.$inferSelect;

/** A notification still to be e-mailed, with its recipient. */
export interface PendingEmail {
  id: number;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: Date;
  email: string;
  fullName: string;
}

/** Queries and writes on notifications. */
export function createNotificationsRepository(db: Executor) {
  return {
    /** Inserts notifications; one with a `dedupeKey` already used is skipped. Returns those inserted. */
    async insertNotifications(rows: (typeof notifications.$inferInsert)[]): Promise<NotificationRow[]> {
      if (rows.length === 0) return [];
      return db.insert(notifications).values(rows).onConflictDoNothing().returning();
    },

    /** Reminders and escalations created for a period's year (their dedupe keys name the year). */
    async countReminders(year: number): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(notifications)
        .where(
          or(
            and(eq(notifications.kind, 'reminder'), like(notifications.dedupeKey, `reminder:${year}:%`)),
            and(eq(notifications.kind, 'escalation'), like(notifications.dedupeKey, `escalation:${year}:%`)),
          ),
        );
      return Number(row?.n ?? 0);
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

    /**
     * Notifications not yet e-mailed, created since `since`, of active accounts with an address
     * (addresses under the reserved `.invalid` domain, e.g. demo accounts, never get mail), oldest first.
     */
    async listPendingEmails(since: Date, limit: number): Promise<PendingEmail[]> {
      const rows = await db
        .select({
          id: notifications.id,
          kind: notifications.kind,
          title: notifications.title,
          body: notifications.body,
          link: notifications.link,
          createdAt: notifications.createdAt,
          email: users.email,
          fullName: users.fullName,
        })
        .from(notifications)
        .innerJoin(users, eq(users.id, notifications.userId))
        .where(
          and(
            isNull(notifications.emailedAt),
            gte(notifications.createdAt, since),
            eq(users.active, true),
            isNotNull(users.email),
            notIlike(users.email, '%.invalid'),
          ),
        )
        .orderBy(asc(notifications.id))
        .limit(limit);
      return rows.flatMap((r) => (r.email === null ? [] : [{ ...r, email: r.email }]));
    },

    /**
     * Claims a notification for sending by setting `emailedAt`, only if still unset: of two
     * processes delivering at once, exactly one gets true.
     */
    async claimEmail(id: number, at: Date): Promise<boolean> {
      const rows = await db
        .update(notifications)
        .set({ emailedAt: at })
        .where(and(eq(notifications.id, id), isNull(notifications.emailedAt)))
        .returning({ id: notifications.id });
      return rows.length > 0;
    },

    /** Gives a claim back after a failed send, so the next run tries again. */
    async releaseEmailClaim(id: number, at: Date): Promise<void> {
      await db
        .update(notifications)
        .set({ emailedAt: null })
        .where(and(eq(notifications.id, id), eq(notifications.emailedAt, at)));
    },
  };
}

/** Queries and writes on notifications. */
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;
