// The leader's overview of a published year on a real database (PGlite, or PostgreSQL with
// DATABASE_URL): publishing keeps the rank intervals (the first read is a lookup, no simulation),
// the ranks are read from the snapshot without loading it, and the overview is built from them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SetResults } from '@dti/core';
import type { ResultsSnapshot } from '../cycle/results.service';
import { rankIntervalsKey } from '../analysis/analysis-rank-intervals';
import { buildCycleFixture, fixtureActor, type CycleFixture } from '../documents/documents.service.fixture';

let f: CycleFixture;
beforeAll(async () => {
  f = await buildCycleFixture();
}, 120_000);
afterAll(async () => f?.close());

describe('a published year on the leader overview', () => {
  it('has its rank intervals kept when it was published, found by the snapshot identity alone', async () => {
    const period = (await f.store.repos.periods.findPeriodByYear(2022))!;
    const snapshot = period.snapshot as ResultsSnapshot;
    const sets = snapshot.sets.filter((s) => s.units.length > 0).map((s) => s.set);
    expect(sets).toContain('XA');
    for (const set of sets)
      expect(await f.store.repos.settings.find(rankIntervalsKey(2022, set))).toBeDefined();
    const identity = { year: 2022, frameworkId: 'LC-2644-2022', computedAt: snapshot.computedAt };
    const kept = await f.services.analysis.keptIntervals(identity, sets);
    expect(kept?.map((k) => k.setId)).toEqual(sets);
    expect(kept).toEqual(
      await f.services.analysis.rankIntervals(fixtureActor, 2022, undefined, { publicOnly: true }),
    );
    // Another snapshot of the year (re-finalised) does not match what was kept.
    expect(
      await f.services.analysis.keptIntervals({ ...identity, computedAt: 'khác' }, sets),
    ).toBeUndefined();
  });

  it('reads the ranks of a snapshot as the snapshot holds them, without the rest', async () => {
    const snapshot = (await f.store.repos.periods.findPeriodByYear(2022))!.snapshot as ResultsSnapshot;
    const ranks = await f.store.repos.periods.findSnapshotRanks(2022);
    expect(ranks?.computedAt).toBe(snapshot.computedAt);
    const lean = (s: SetResults) => ({
      set: s.set,
      units: s.units.map(({ code, name, rank, level, percent }) => ({ code, name, rank, level, percent })),
    });
    expect(ranks?.sets).toEqual(snapshot.sets.map(lean));
    expect(await f.store.repos.periods.findSnapshotRanks(2023)).toBeUndefined(); // open: no snapshot
  });

  it('builds the overview of the published year from them', async () => {
    const home = await f.services.home.leader(fixtureActor);
    const published = await f.services.results.publishedResults(2022);
    expect(home.year).toBe(2022);
    expect(home.previousYear).toBeNull();
    expect(home.open?.year).toBe(2023);
    for (const s of home.sets) {
      const results = published.find((p) => p.set === s.setId)!;
      expect(s.units).toBe(results.units.length);
      for (const level of s.levels) {
        expect(level.count).toBe(results.units.filter((u) => u.level === level.code).length);
        expect(level.previousCount).toBeNull();
      }
    }
  });
});
