// Short-lived copies of the period of a year and of a unit by code, for the hot path of saving an
// item (read on every save, changed a few times a year). Nothing decided from them is final: the
// database checks the period's state, deadline, extension and submission in the save itself, and
// any refusal is explained from fresh reads.
import type { Repositories } from '../../db/store';
import type { UnitContext, FrameworkCache } from './cycle-context';
import { loadUnitInPeriod } from './cycle-context';

const TTL_MS = 5_000;

/** Caches `loadUnitInPeriod` answers for a few seconds. */
export function createCycleLookupCache(frameworks: FrameworkCache, ttlMs = TTL_MS, maxEntries = 5_000) {
  const cache = new Map<string, { context: UnitContext; at: number }>();
  return {
    async unitInPeriod(repos: Repositories, year: number, unitCode: string): Promise<UnitContext> {
      const key = `${year}/${unitCode}`;
      const hit = cache.get(key);
      if (hit && Date.now() - hit.at < ttlMs) return hit.context;
      const context = await loadUnitInPeriod(repos, frameworks, year, unitCode);
      cache.delete(key);
      cache.set(key, { context, at: Date.now() });
      if (cache.size > maxEntries) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      return context;
    },
  };
}

/** Caches `loadUnitInPeriod` answers for a few seconds. */
export type CycleLookupCache = ReturnType<typeof createCycleLookupCache>;
