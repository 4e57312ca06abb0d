// SQL for assessment periods, their deadlines and extensions.
import { and, asc, desc, eq, getTableColumns, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from './client';
import { periodDeadlines, periodExtensions, periods } from './schema';

/** A period row. */
export type PeriodRow = typeof periods.$inferSelect;
/** A period row without its snapshot (which may weigh megabytes), saying whether it has one. */
export type PeriodHead = Omit<PeriodRow, 'snapshot'> & { hasSnapshot: boolean };
/** A published period without its snapshot, with the ids of the snapshot's sets in order. */
export type PublishedHead = Omit<PeriodRow, 'snapshot'> & { setIds: string[] };
/** A unit's place in a snapshot (what overviews need of it). */
export interface RankedUnitRow {
  code: string;
  name: string;
  rank: number;
  level: string;
  percent: number;
}
/** The ranks of a snapshot, per set in order. */
export interface SnapshotRanks {
  computedAt: string;
  sets: { set: string; units: RankedUnitRow[] }[];
}
/** Fields to insert a period. */
export type PeriodInsert = typeof periods.$inferInsert;
/** A deadline row. */
export type DeadlineRow = typeof periodDeadlines.$inferSelect;
/** An extension row. */
export type ExtensionRow = typeof periodExtensions.$inferSelect;

/** Queries and writes on periods, deadlines and extensions. */
export function createPeriodsRepository(db: Executor) {
  /** The deadlines of several periods in one query, by period then set. */
  async function listDeadlinesOf(periodIds: readonly number[]): Promise<DeadlineRow[]> {
    if (periodIds.length === 0) return [];
    return db
      .select()
      .from(periodDeadlines)
      .where(inArray(periodDeadlines.periodId, [...periodIds]))
      .orderBy(asc(periodDeadlines.periodId), asc(periodDeadlines.setId));
  }

  /** The extensions of several periods in one query, by period then unit. */
  async function listExtensionsOf(periodIds: readonly number[]): Promise<ExtensionRow[]> {
    if (periodIds.length === 0) return [];
    return db
      .select()
      .from(periodExtensions)
      .where(inArray(periodExtensions.periodId, [...periodIds]))
      .orderBy(asc(periodExtensions.periodId), asc(periodExtensions.unitId));
  }

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

    /**
     * The published periods that have a snapshot, newest first, without it: each with its sets' ids,
     * extracted by the database (the public list of years shows nothing else of the snapshots).
     */
    async listPublishedHeads(): Promise<PublishedHead[]> {
      const { snapshot, ...columns } = getTableColumns(periods);
      const rows = await db
        .select({
          ...columns,
          setIds: sql<
            string[] | string
          >`coalesce(jsonb_path_query_array(${snapshot}, '$.sets[*].set'), '[]'::jsonb)`,
        })
        .from(periods)
        .where(and(eq(periods.state, 'published'), isNotNull(snapshot)))
        .orderBy(desc(periods.year));
      return rows.map((row) => ({
        ...row,
        setIds: typeof row.setIds === 'string' ? (JSON.parse(row.setIds) as string[]) : row.setIds,
      }));
    },

    /**
     * The ranks of a year's snapshot without the rest of it (sub-indices, inputs: a snapshot weighs
     * megabytes): per set in order, each unit's code, name, rank, level and percent, extracted by the
     * database. Undefined when the year has no snapshot.
     */
    async findSnapshotRanks(year: number): Promise<SnapshotRanks | undefined> {
      const result = (await db.execute(sql`
        select p.snapshot->>'computedAt' as computed_at,
          coalesce((
            select jsonb_agg(jsonb_build_object('set', s.value->'set', 'units', coalesce((
              select jsonb_agg(jsonb_build_object('code', u.value->'code', 'name', u.value->'name',
                'rank', u.value->'rank', 'level', u.value->'level', 'percent', u.value->'percent')
                order by u.ord)
              from jsonb_array_elements(s.value->'units') with ordinality as u(value, ord)
            ), '[]'::jsonb)) order by s.ord)
            from jsonb_array_elements(p.snapshot->'sets') with ordinality as s(value, ord)
          ), '[]'::jsonb) as sets
        from ${periods} p where p.year = ${year} and p.snapshot is not null`)) as {
        rows: { computed_at: string; sets: SnapshotRanks['sets'] | string }[];
      };
      const [row] = result.rows;
      if (!row) return undefined;
      const sets = typeof row.sets === 'string' ? (JSON.parse(row.sets) as SnapshotRanks['sets']) : row.sets;
      return { computedAt: row.computed_at, sets };
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
      return listDeadlinesOf([periodId]);
    },

    listDeadlinesOf,

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
      return listExtensionsOf([periodId]);
    },

    listExtensionsOf,

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
