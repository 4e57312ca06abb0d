// SQL for assessment periods, their deadlines and extensions.
import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { periodDeadlines, periodExtensions, periods } from './schema';

/** A period row. */
export type PeriodRow = typeof periods.$inferSelect;
/** A period row without its snapshot (which may weigh megabytes), saying whether it has one. */
export type PeriodHead = Omit<PeriodRow, 'snapshot'> & { hasSnapshot: boolean };
/** Fields to insert a period. */
export type PeriodInsert = typeof periods.$inferInsert;
/** A deadline row. */
export type DeadlineRow = typeof periodDeadlines.$inferSelect;
/** An extension row. */
export type ExtensionRow = typeof periodExtensions.$inferSelect;

/** Queries and writes on periods, deadlines and extensions. */
export function createPeriodsRepository(db: Executor) {
  return {
    async listPeriods(): Promise<PeriodRow[]> {
      return db.select().from(periods).orderBy(desc(periods.year));
    },

    /** Every period, newest first, without the snapshots. */
    async listPeriodHeads(): Promise<PeriodHead[]> {
      const { snapshot, ...columns } = getTableColumns(periods);
      return db
        .select({ ...columns, hasSnapshot: sql<boolean>`${snapshot} is not null` })
        .from(periods)
        .orderBy(desc(periods.year));
    },

    async findPeriodByYear(year: number): Promise<PeriodRow | undefined> {
      const [row] = await db.select().from(periods).where(eq(periods.year, year));
      return row;
    },

    async insertPeriod(values: PeriodInsert): Promise<PeriodRow> {
      const [row] = await db.insert(periods).values(values).onConflictDoNothing().returning();
      if (!row) throw new Error('period exists');
      return row;
    },

    /** Updates a period; with `fromState`, only while it is still in that state (else undefined). */
    async updatePeriod(
      id: number,
      values: Partial<PeriodInsert>,
      fromState?: string,
    ): Promise<PeriodRow | undefined> {
      const where =
        fromState === undefined ? eq(periods.id, id) : and(eq(periods.id, id), eq(periods.state, fromState));
      const [row] = await db
        .update(periods)
        .set({ ...values, updatedAt: new Date() })
        .where(where)
        .returning();
      return row;
    },

    async listDeadlines(periodId: number): Promise<DeadlineRow[]> {
      return db
        .select()
        .from(periodDeadlines)
        .where(eq(periodDeadlines.periodId, periodId))
        .orderBy(periodDeadlines.setId);
    },

    async findDeadline(periodId: number, setId: string): Promise<Date | undefined> {
      const [row] = await db
        .select({ deadline: periodDeadlines.deadline })
        .from(periodDeadlines)
        .where(and(eq(periodDeadlines.periodId, periodId), eq(periodDeadlines.setId, setId)));
      return row?.deadline;
    },

    async upsertDeadlines(rows: DeadlineRow[]): Promise<void> {
      for (const row of rows) {
        await db
          .insert(periodDeadlines)
          .values(row)
          .onConflictDoUpdate({
            target: [periodDeadlines.periodId, periodDeadlines.setId],
            set: { deadline: row.deadline },
          });
      }
    },

    async listExtensions(periodId: number): Promise<ExtensionRow[]> {
      return db.select().from(periodExtensions).where(eq(periodExtensions.periodId, periodId));
    },

    async findExtension(periodId: number, unitId: number): Promise<ExtensionRow | undefined> {
      const [row] = await db
        .select()
        .from(periodExtensions)
        .where(and(eq(periodExtensions.periodId, periodId), eq(periodExtensions.unitId, unitId)));
      return row;
    },

    async upsertExtension(values: typeof periodExtensions.$inferInsert): Promise<ExtensionRow> {
      const [row] = await db
        .insert(periodExtensions)
        .values(values)
        .onConflictDoUpdate({
          target: [periodExtensions.periodId, periodExtensions.unitId],
          set: { until: values.until, reason: values.reason, grantedBy: values.grantedBy },
        })
        .returning();
      if (!row) throw new Error('upsert returned no row');
      return row;
    },
  };
}

/** Queries and writes on periods. */
export type PeriodsRepository = ReturnType<typeof createPeriodsRepository>;
