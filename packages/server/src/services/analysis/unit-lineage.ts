// A unit's lineage as core's `LineageLink`s: every event that leads into the unit, followed back
// transitively through the registry's `unit_lineage` (mergers of mergers, splits, renames), with the
// first day of validity of each unit met (a unit that absorbed others kept its code when it existed
// before). Read only: nothing here changes a unit or a published result.
import type { LineageLink } from '@dti/core';
import type { Repositories } from '../../db/store';
import type { UnitRow } from '../../db/units.repository';

/** The lineage leading into a unit. */
export interface UnitLineage {
  links: LineageLink[];
  /** Code → first day of validity, for the unit and every predecessor met. */
  validFrom: Record<string, string>;
  /** Code → unit, for the unit and every predecessor met. */
  units: Map<string, UnitRow>;
}

/** Walks the registry's lineage back from `unit`. */
export async function unitLineageOf(repos: Repositories, unit: UnitRow): Promise<UnitLineage> {
  const links: LineageLink[] = [];
  const units = new Map<string, UnitRow>([[unit.code, unit]]);
  const seen = new Set<number>([unit.id]);
  const queue: UnitRow[] = [unit];
  while (queue.length > 0) {
    const current = queue.shift()!;
    const rows = (await repos.units.listLineage(current.id)).filter((r) => r.toUnitId === current.id);
    if (rows.length === 0) continue;
    const before = await repos.units.listUnits({ ids: rows.map((r) => r.fromUnitId) });
    const byId = new Map(before.map((b) => [b.id, b]));
    for (const row of rows) {
      const from = byId.get(row.fromUnitId);
      if (!from) continue;
      links.push({
        kind: row.kind as LineageLink['kind'],
        from: from.code,
        to: current.code,
        effectiveDate: row.effectiveDate,
      });
      units.set(from.code, from);
      if (seen.has(from.id)) continue;
      seen.add(from.id);
      queue.push(from);
    }
  }
  const validFrom = Object.fromEntries([...units.values()].map((u) => [u.code, u.validFrom]));
  return { links, validFrom, units };
}

/** Code → the codes that stood for it before (the map `computeTrend` takes), from the links. */
export function trendLineageMap(lineage: UnitLineage): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const link of lineage.links) (out[link.to] ??= []).push(link.from);
  for (const [code, froms] of Object.entries(out)) {
    // A unit that absorbed others kept its code: it stands for itself too (codes without results
    // that year are dropped by computeTrend).
    if (lineage.links.some((l) => l.to === code && l.kind === 'merged_into')) froms.unshift(code);
  }
  return out;
}
