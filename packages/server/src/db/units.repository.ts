// SQL for units and their lineage.
import { and, eq, gte, inArray, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { Executor } from './client';
import { unitChanges, unitLineage, units } from './schema';

/** A unit row. */
export type UnitRow = typeof units.$inferSelect;
/** Fields to insert a unit. */
export type UnitInsert = typeof units.$inferInsert;
/** A lineage row. */
export type LineageRow = typeof unitLineage.$inferSelect;
/** A change of one unit in place (renamed, transferred, abolished). */
export type UnitChangeRow = typeof unitChanges.$inferSelect;

/** Filters of `listUnits`; all optional. */
export interface UnitFilter {
  kind?: string | undefined;
  parentId?: number | undefined;
  validOn?: string | undefined;
  ids?: readonly number[] | undefined;
}

/** Queries and writes on `units` and `unit_lineage`. */
export function createUnitsRepository(db: Executor) {
  return {
    async listUnits(filter: UnitFilter = {}): Promise<UnitRow[]> {
      const where: SQL[] = [];
      if (filter.kind !== undefined) where.push(eq(units.kind, filter.kind));
      if (filter.parentId !== undefined) where.push(eq(units.parentId, filter.parentId));
      if (filter.ids !== undefined) where.push(inArray(units.id, [...filter.ids, -1]));
      if (filter.validOn !== undefined) {
        where.push(lte(units.validFrom, filter.validOn));
        const open = or(isNull(units.validUntil), gte(units.validUntil, filter.validOn));
        if (open) where.push(open);
      }
      return db
        .select()
        .from(units)
        .where(and(...where))
        .orderBy(units.code);
    },

    async findUnitById(id: number): Promise<UnitRow | undefined> {
      const [row] = await db.select().from(units).where(eq(units.id, id));
      return row;
    },

    async findUnitsByCodes(codes: readonly string[]): Promise<UnitRow[]> {
      if (codes.length === 0) return [];
      return db
        .select()
        .from(units)
        .where(inArray(units.code, [...codes]));
    },

    async insertUnit(values: UnitInsert): Promise<UnitRow> {
      const [row] = await db.insert(units).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async insertUnits(values: UnitInsert[]): Promise<UnitRow[]> {
      if (values.length === 0) return [];
      return db.insert(units).values(values).returning();
    },

    async updateUnit(id: number, values: Partial<UnitInsert>): Promise<UnitRow | undefined> {
      const [row] = await db
        .update(units)
        .set({ ...values, updatedAt: new Date() })
        .where(eq(units.id, id))
        .returning();
      return row;
    },

    async countUnits(): Promise<number> {
      return db.$count(units);
    },

    async listLineage(unitId: number): Promise<LineageRow[]> {
      return db
        .select()
        .from(unitLineage)
        .where(or(eq(unitLineage.fromUnitId, unitId), eq(unitLineage.toUnitId, unitId)))
        .orderBy(unitLineage.effectiveDate, unitLineage.id);
    },

    /** Every lineage row of the registry. */
    async listAllLineage(): Promise<LineageRow[]> {
      return db.select().from(unitLineage).orderBy(unitLineage.effectiveDate, unitLineage.id);
    },

    async insertLineage(values: typeof unitLineage.$inferInsert): Promise<LineageRow> {
      const [row] = await db.insert(unitLineage).values(values).returning();
      if (!row) throw new Error('insert returned no row');
      return row;
    },

    async insertLineageRows(values: (typeof unitLineage.$inferInsert)[]): Promise<LineageRow[]> {
      if (values.length === 0) return [];
      return db.insert(unitLineage).values(values).returning();
    },

    async insertUnitChanges(values: (typeof unitChanges.$inferInsert)[]): Promise<UnitChangeRow[]> {
      if (values.length === 0) return [];
      return db.insert(unitChanges).values(values).returning();
    },

    async listUnitChanges(unitId: number): Promise<UnitChangeRow[]> {
      return db
        .select()
        .from(unitChanges)
        .where(eq(unitChanges.unitId, unitId))
        .orderBy(unitChanges.effectiveDate, unitChanges.id);
    },
  };
}

/** Queries and writes on units. */
export type UnitsRepository = ReturnType<typeof createUnitsRepository>;
