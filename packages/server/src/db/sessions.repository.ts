// SQL for server-side sessions and the shared sign-in throttle.
import { and, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { loginThrottle, sessions, units, users } from './schema';

/** A session row. */
export type SessionRow = typeof sessions.$inferSelect;
/** A throttle row. */
export type ThrottleRow = typeof loginThrottle.$inferSelect;

/** Queries and writes on `sessions` and `login_throttle`. */
export function createSessionsRepository(db: Executor) {
  let liveSessions: ReturnType<typeof prepareLiveSessions> | undefined;
  function prepareLiveSessions() {
    return db
      .select({ session: sessions, user: users, unitCode: units.code })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .leftJoin(units, eq(units.id, users.unitId))
      .where(
        and(
          sql`${sessions.tokenHash} = any(${sql.placeholder('tokenHashes')}::text[])`,
          isNull(sessions.revokedAt),
          gt(sessions.expiresAt, sql.placeholder('now')),
          eq(users.active, true),
        ),
      )
      .prepare('dti_find_live_sessions');
  }
  return {
    async insertSession(values: typeof sessions.$inferInsert): Promise<SessionRow> {
      const [row] = await db.insert(sessions).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    /**
     * The sessions with these token hashes that are neither revoked nor expired, with their active
     * users. Asked on every request (gathered: see services/batcher.ts), so prepared once.
     */
    async findLiveSessions(tokenHashes: readonly string[], now: Date) {
      liveSessions ??= prepareLiveSessions();
      return liveSessions.execute({ tokenHashes: [...tokenHashes], now: now.toISOString() });
    },

    async touchSession(tokenHash: string, now: Date): Promise<void> {
      await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
    },

    async revokeSession(tokenHash: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.tokenHash, tokenHash), isNull(sessions.revokedAt)))
        .returning({ userId: sessions.userId });
      return rows.length > 0;
    },

    async revokeUserSessions(userId: number, now: Date): Promise<number> {
      const rows = await db
        .update(sessions)
        .set({ revokedAt: now })
        .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
        .returning({ userId: sessions.userId });
      return rows.length;
    },

    /** Deletes sessions that expired or were revoked before `cutoff`. */
    async deleteDeadSessions(cutoff: Date): Promise<number> {
      const rows = await db
        .delete(sessions)
        .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
        .returning({ userId: sessions.userId });
      return rows.length;
    },

    async findThrottle(key: string): Promise<ThrottleRow | undefined> {
      const [row] = await db.select().from(loginThrottle).where(eq(loginThrottle.key, key));
      return row;
    },

    /**
     * Counts one failed sign-in for `key` in one atomic statement (so two processes agree): a
     * window older than `windowStartCutoff` starts again at 1; reaching `maxFailures` locks until
     * `lockUntil`.
     */
    async recordFailure(
      key: string,
      now: Date,
      windowStartCutoff: Date,
      maxFailures: number,
      lockUntil: Date,
    ): Promise<ThrottleRow> {
      const stale = sql`${loginThrottle.windowStart} < ${windowStartCutoff.toISOString()}::timestamptz`;
      const nextFailures = sql`case when ${stale} then 1 else ${loginThrottle.failures} + 1 end`;
      const [row] = await db
        .insert(loginThrottle)
        .values({
          key,
          failures: 1,
          windowStart: now,
          lockedUntil: maxFailures <= 1 ? lockUntil : null,
        })
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            failures: nextFailures,
            windowStart: sql`case when ${stale} then ${now.toISOString()}::timestamptz else ${loginThrottle.windowStart} end`,
            lockedUntil: sql`case when ${nextFailures} >= ${maxFailures} then ${lockUntil.toISOString()}::timestamptz else ${loginThrottle.lockedUntil} end`,
          },
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },

    /**
     * Counts one failed sign-in from a client address, in one atomic statement: from the
     * `threshold`-th failure in the window on, the address must wait 1 s, 2 s, 4 s… (capped at
     * `maxDelaySeconds`) before its next try. A slowdown, not a lock of every account behind it.
     */
    async recordAddressFailure(
      key: string,
      now: Date,
      windowStartCutoff: Date,
      threshold: number,
      maxDelaySeconds: number,
    ): Promise<ThrottleRow> {
      const at = sql`${now.toISOString()}::timestamptz`;
      const stale = sql`${loginThrottle.windowStart} < ${windowStartCutoff.toISOString()}::timestamptz`;
      const nextFailures = sql`case when ${stale} then 1 else ${loginThrottle.failures} + 1 end`;
      const delay = sql`make_interval(secs => least(power(2, least(${nextFailures} - ${threshold}, 30)), ${maxDelaySeconds}))`;
      const [row] = await db
        .insert(loginThrottle)
        .values({
          key,
          failures: 1,
          windowStart: now,
          lockedUntil: threshold <= 1 ? new Date(now.getTime() + 1000) : null,
        })
        .onConflictDoUpdate({
          target: loginThrottle.key,
          set: {
            failures: nextFailures,
            windowStart: sql`case when ${stale} then ${at} else ${loginThrottle.windowStart} end`,
            lockedUntil: sql`case when ${nextFailures} >= ${threshold} then ${at} + ${delay} else null end`,
          },
        })
        .returning();
      if (!row) throw new Error('login throttle upsert returned no row');
      return row;
    },

    async clearThrottle(key: string): Promise<void> {
      await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
    },
  };
}

/** Queries and writes on sessions. */
export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
