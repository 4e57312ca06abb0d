// An in-memory copy of the items of the units being saved right now, so that a save's estimate does
// not re-read every item of the unit. The copy is only trusted while it provably equals the
// database: every save answers the count and the sum of versions of the unit's items, and since
// versions only grow and items are never deleted, equal count and sum mean equal contents. Any
// other writer (another server process, a review) makes them differ, and the caller reloads.

/** What an estimate needs of one item. */
export interface CachedItem {
  subCode: string;
  values: unknown;
  version: number;
}

interface Entry {
  items: Map<string, CachedItem>;
  /** Values by sub-index code, kept with `items` (what scoring reads). */
  values: Record<string, unknown>;
  count: number;
  versionSum: number;
}

/** A unit's items as an estimate reads them: values by sub-index code, and how many. */
export interface UnitItemsView {
  /** Shared with the cache: read it at once, never keep or change it. */
  values: Readonly<Record<string, unknown>>;
  count: number;
}

/** A bounded (least recently used) cache of units' items, per period. */
export function createUnitItemsCache(maxUnits = 5_000) {
  const entries = new Map<string, Entry>();
  const keyOf = (periodId: number, unitId: number) => `${periodId}:${unitId}`;

  function remember(key: string, entry: Entry): void {
    entries.delete(key);
    entries.set(key, entry);
    if (entries.size > maxUnits) {
      const oldest = entries.keys().next();
      if (!oldest.done) entries.delete(oldest.value);
    }
  }

  return {
    /** Replaces the copy of a unit's items with rows just read from the database. */
    load(periodId: number, unitId: number, rows: readonly CachedItem[]): UnitItemsView {
      const items = new Map<string, CachedItem>();
      const values: Record<string, unknown> = {};
      let versionSum = 0;
      for (const row of rows) {
        items.set(row.subCode, { subCode: row.subCode, values: row.values, version: row.version });
        values[row.subCode] = row.values;
        versionSum += row.version;
      }
      remember(keyOf(periodId, unitId), { items, values, count: items.size, versionSum });
      return { values, count: items.size };
    },

    /**
     * Applies one saved item; answers the unit's items when the copy then matches the database's
     * `count` and `versionSum`, or undefined (no copy, or it missed another write: reload).
     */
    apply(
      periodId: number,
      unitId: number,
      saved: CachedItem,
      count: number,
      versionSum: number,
    ): UnitItemsView | undefined {
      const key = keyOf(periodId, unitId);
      const entry = entries.get(key);
      if (!entry) return undefined;
      const old = entry.items.get(saved.subCode);
      if (!old) {
        entry.items.set(saved.subCode, { ...saved });
        entry.values[saved.subCode] = saved.values;
        entry.count += 1;
        entry.versionSum += saved.version;
      } else if (saved.version > old.version) {
        entry.items.set(saved.subCode, { ...saved });
        entry.values[saved.subCode] = saved.values;
        entry.versionSum += saved.version - old.version;
      }
      if (entry.count !== count || entry.versionSum !== versionSum) {
        entries.delete(key);
        return undefined;
      }
      remember(key, entry);
      return { values: entry.values, count: entry.count };
    },

    /** Forgets every copy (tests; after a restore). */
    clear(): void {
      entries.clear();
    },

    get size(): number {
      return entries.size;
    },
  };
}

/** A bounded cache of units' items. */
export type UnitItemsCache = ReturnType<typeof createUnitItemsCache>;
