// Rank intervals of a frozen snapshot (issue 8, §3: "shown next to every published rank"): the rank
// robustness of each set with the fixed seed and the default bands, computed once per snapshot and
// kept in the settings table under `robustness:<year>:<setId>`, with a fingerprint of the snapshot
// (its framework and computedAt) and of the parameters: a re-finalised snapshot is simulated again.
// Concurrent first requests share one computation.
import { prepareRankSimulation, type RankRobustness } from '@dti/core';
import type { Store } from '../../db/store';
import { effectiveScoring } from '../cycle/cycle-scoring';
import type { YearResults } from '../documents/documents.service';
import type { RobustnessPool } from './robustness-pool';

/** Parameters of the kept intervals: the service's defaults, fixed so that they never change silently. */
export const RANK_INTERVAL_PARAMETERS = {
  runs: 1000,
  seed: 2023,
  adjustmentBand: 0.05,
  weightBand: 0.1,
} as const;

/** What is stored per (year, set). */
interface StoredIntervals {
  fingerprint: string;
  result: RankRobustness;
}

/** The settings key of a year's set. */
export const rankIntervalsKey = (year: number, setId: string) => `robustness:${year}:${setId}`;

/** What identifies a frozen snapshot: its framework and when it was computed. */
export interface SnapshotIdentity {
  year: number;
  frameworkId: string;
  computedAt: string;
}

const identityOf = (results: YearResults): SnapshotIdentity => ({
  year: results.period.year,
  frameworkId: results.framework.id,
  computedAt: results.computedAt,
});

/** Identifies a snapshot's set and the parameters: a change of either recomputes. */
function fingerprintOf(snapshot: SnapshotIdentity, setId: string): string {
  const p = RANK_INTERVAL_PARAMETERS;
  return [
    snapshot.frameworkId,
    setId,
    snapshot.computedAt,
    p.runs,
    p.seed,
    p.adjustmentBand,
    p.weightBand,
    'v1',
  ].join('|');
}

/** Keeps and serves the rank intervals of frozen snapshots. */
export function createRankIntervalCache(store: Store, pool: () => RobustnessPool, now: () => Date) {
  const inflight = new Map<string, Promise<RankRobustness>>();

  async function compute(results: YearResults, setId: string): Promise<RankRobustness> {
    const scoring = effectiveScoring(results.framework, setId, results.inputs[setId] ?? []);
    const model = prepareRankSimulation(scoring.framework, setId, scoring.units, RANK_INTERVAL_PARAMETERS);
    return pool().simulate(model);
  }

  async function one(results: YearResults, setId: string): Promise<RankRobustness> {
    const key = rankIntervalsKey(results.period.year, setId);
    const fingerprint = fingerprintOf(identityOf(results), setId);
    const stored = (await store.repos.settings.find(key))?.value as StoredIntervals | undefined;
    if (stored?.fingerprint === fingerprint) return stored.result;
    const running = inflight.get(`${key}|${fingerprint}`);
    if (running) return running;
    const job = (async () => {
      const result = await compute(results, setId);
      const value: StoredIntervals = { fingerprint, result };
      await store.repos.settings.upsert(key, value, null, now());
      return result;
    })();
    inflight.set(`${key}|${fingerprint}`, job);
    try {
      return await job;
    } finally {
      inflight.delete(`${key}|${fingerprint}`);
    }
  }

  return {
    /**
     * The kept intervals of the given sets of a snapshot, read without loading the snapshot;
     * undefined when one of them is not kept (or was kept for another snapshot).
     */
    async lookup(
      snapshot: SnapshotIdentity,
      setIds: readonly string[],
    ): Promise<RankRobustness[] | undefined> {
      const out: RankRobustness[] = [];
      for (const setId of setIds) {
        const key = rankIntervalsKey(snapshot.year, setId);
        const stored = (await store.repos.settings.find(key))?.value as StoredIntervals | undefined;
        if (stored?.fingerprint !== fingerprintOf(snapshot, setId)) return undefined;
        out.push(stored.result);
      }
      return out;
    },

    /** The intervals of the given sets of a frozen snapshot (sets without units are left out). */
    async intervals(results: YearResults, setIds: readonly string[]): Promise<RankRobustness[]> {
      if (results.source !== 'snapshot') throw new Error('rank intervals are kept for snapshots only');
      const out: RankRobustness[] = [];
      for (const setId of setIds) {
        if ((results.inputs[setId] ?? []).length === 0) continue;
        out.push(await one(results, setId));
      }
      return out;
    },
  };
}

/** Keeps and serves the rank intervals of frozen snapshots. */
export type RankIntervalCache = ReturnType<typeof createRankIntervalCache>;
