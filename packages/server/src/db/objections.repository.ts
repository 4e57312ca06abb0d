// SQL for the objection window of a period and the units' objections to adjusted items.
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { objections, objectionWindows, periods, units } from './schema';

/** The objection window of a period. */
export type ObjectionWindowRow = typeof objectionWindows.$inferSelect;
/** An objection row. */
export type ObjectionRow = typeof objections.$inferSelect;
/** An objection with its unit's code and name. */
export type ObjectionView = ObjectionRow & { unitCode: string; unitName: string };

/** Queries and writes on objection windows and objections. */
export function createObjectionsRepository(db: Executor) {
  const viewColumns = { objection: objections, unitCode: units.code, unitName: units.name };
  const toView = (r: { objection: ObjectionRow; unitCode: string; unitName: string }): ObjectionView => ({
    ...r.objection,
    unitCode: r.unitCode,
    unitName: r.unitName,
  });

  return {
    /**
     * Within a transaction: locks the period's row until commit, so that objections, answers (each
     * re-ranking from the items) and the approval of one period run one after another.
     */
    async lockPeriod(periodId: number): Promise<{ state: string } | undefined> {
      const [row] = await db
        .select({ state: periods.state })
        .from(periods)
        .where(eq(periods.id, periodId))
        .for('update');
      return row;
    },

    async findWindow(periodId: number): Promise<ObjectionWindowRow | undefined> {
      const [row] = await db.select().from(objectionWindows).where(eq(objectionWindows.periodId, periodId));
      return row;
    },

    /** Opens the window or moves its deadline. */
    async upsertWindow(values: ObjectionWindowRow): Promise<ObjectionWindowRow> {
      const [row] = await db
        .insert(objectionWindows)
        .values(values)
        .onConflictDoUpdate({
          target: objectionWindows.periodId,
          set: { until: values.until, setByName: values.setByName },
        })
        .returning();
      if (!row) throw new Error('objection window not written');
      return row;
    },

    /** Every objection of a period, or of one unit. */
    async listObjections(periodId: number, unitId?: number): Promise<ObjectionView[]> {
      const where = [eq(objections.periodId, periodId)];
      if (unitId !== undefined) where.push(eq(objections.unitId, unitId));
      const rows = await db
        .select(viewColumns)
        .from(objections)
        .innerJoin(units, eq(units.id, objections.unitId))
        .where(and(...where))
        .orderBy(objections.id);
      return rows.map(toView);
    },

    async findObjection(periodId: number, id: number): Promise<ObjectionView | undefined> {
      const [row] = await db
        .select(viewColumns)
        .from(objections)
        .innerJoin(units, eq(units.id, objections.unitId))
        .where(and(eq(objections.periodId, periodId), eq(objections.id, id)));
      return row ? toView(row) : undefined;
    },

    /** Inserts an objection unless the item already has one (then undefined). */
    async insertObjection(values: typeof objections.$inferInsert): Promise<ObjectionRow | undefined> {
      const [row] = await db.insert(objections).values(values).onConflictDoNothing().returning();
      return row;
    },

    /** Records the council's answer if the objection is still pending (else undefined). */
    async answerObjection(
      id: number,
      values: Pick<ObjectionRow, 'status' | 'answer' | 'pointsAfter' | 'answeredByName' | 'answeredAt'>,
    ): Promise<ObjectionRow | undefined> {
      const [row] = await db
        .update(objections)
        .set(values)
        .where(and(eq(objections.id, id), eq(objections.status, 'pending')))
        .returning();
      return row;
    },

    async countPending(periodId: number): Promise<number> {
      const [row] = await db
        .select({ n: sql<number>`count(*)::integer` })
        .from(objections)
        .where(and(eq(objections.periodId, periodId), eq(objections.status, 'pending')));
      return Number(row?.n ?? 0);
    },
  };
}

/** Queries and writes on objections. */
export type ObjectionsRepository = ReturnType<typeof createObjectionsRepository>;
