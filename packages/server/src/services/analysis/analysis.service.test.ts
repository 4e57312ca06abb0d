import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareRankSimulation, simulateRanksChunk, summarizeRankSamples } from '@dti/core';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import { effectiveScoring } from '../cycle/cycle-scoring';
import { buildCycleFixture, fixtureActor, type CycleFixture } from '../documents/documents.service.fixture';
import { createRobustnessPool } from './robustness-pool';

let f: CycleFixture;
beforeAll(async () => {
  f = await buildCycleFixture();
}, 120_000);
afterAll(async () => f?.close());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('analysis of a period', () => {
  it('finds strengths within the ranking group of the unit', async () => {
    const answer = await f.analysis.strengths(fixtureActor, 2023, f.communes[7]!, { minGap: 0 });
    expect(answer.set).toBe('XA');
    expect(answer.source).toBe('live');
    expect(answer.report.unit).toBe(f.communes[7]);
    // Compared with the eight communes that reported, not the 144 that entered nothing.
    expect(answer.report.groupSize).toBe(8);
    expect(answer.report.strengths.length + answer.report.weaknesses.length).toBeGreaterThan(0);
  });

  it('follows a unit from 2022 (LC-2644-2022) to 2023 (LC-3019-2023) on the comparable part', async () => {
    const answer = await f.analysis.trend(fixtureActor, f.communes[0]!);
    expect(answer.years.map((y) => [y.year, y.framework])).toEqual([
      [2022, 'LC-2644-2022'],
      [2023, 'LC-3019-2023'],
    ]);
    expect(answer.trend.steps).toHaveLength(1);
    const step = answer.trend.steps[0]!;
    expect(step.fromYear).toBe(2022);
    expect(step.comparable).not.toBeNull();
    expect(step.headline.to).toBe(
      (await f.services.results.resultsForCli(2023, 'XA'))[0]!.units.find((u) => u.code === f.communes[0])!
        .percent,
    );
  });

  it('robustness without variation gives the published ranks, and runs=0 gives them too', async () => {
    const [xa] = await f.services.results.resultsForCli(2023, 'XA');
    const nominal = new Map(xa!.units.map((u) => [u.code, u.rank]));
    for (const runs of [0, 20]) {
      const [r] = await f.analysis.robustness(fixtureActor, 2023, {
        set: 'XA',
        runs,
        adjustmentBand: 0,
        weightBand: 0,
      });
      expect(r!.runs).toBe(runs);
      for (const u of r!.units) {
        expect([u.nominalRank, u.lowRank, u.medianRank, u.highRank]).toEqual(
          Array(4).fill(nominal.get(u.code)),
        );
      }
    }
  });

  it('splits a large simulation across two worker threads with the same result as one thread', async () => {
    const results = await f.documents.yearResults(fixtureActor, 2023);
    const scoring = effectiveScoring(results.framework, 'XA', results.inputs.XA ?? []);
    const model = prepareRankSimulation(scoring.framework, 'XA', scoring.units, {
      runs: 400,
      seed: 7,
      adjustmentBand: 0.05,
      weightBand: 0.1,
    });
    const single = summarizeRankSamples(model, [simulateRanksChunk(model, 0, model.runs)]);
    const pool = createRobustnessPool({ size: 2, singleThreadRuns: 100 });
    try {
      expect(await pool.simulate(model)).toEqual(single);
      const [viaService] = await f.analysis.robustness(fixtureActor, 2023, {
        set: 'XA',
        runs: 400,
        seed: 7,
        adjustmentBand: 0.05,
        weightBand: 0.1,
      });
      expect(viaService).toEqual(single);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it('keeps robustness and anomalies for the council', async () => {
    const officer: Actor = {
      kind: 'user',
      userId: 1,
      username: 'can-bo',
      role: 'unit_officer',
      unitId: 1,
      unitCode: 'x',
    };
    expect((await failure(f.analysis.robustness(officer, 2023, { runs: 0 }))).code).toBe('FORBIDDEN');
    expect((await failure(f.analysis.anomalies(officer, 2023))).code).toBe('FORBIDDEN');
    expect((await failure(f.analysis.robustness(fixtureActor, 2023, { runs: -1 }))).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('plans the least effort to the next level or to a rank', async () => {
    const code = f.communes[1]!;
    const plan = await f.analysis.plan(fixtureActor, 2023, code);
    expect(plan.unit).toBe(code);
    expect(plan.target.kind).toBe('level');
    expect(plan.reachable || plan.alreadyReached).toBe(true);
    const toFirst = await f.analysis.plan(fixtureActor, 2023, code, { targetRank: 1 });
    expect(toFirst.target).toMatchObject({ kind: 'rank', rank: 1 });
    if (toFirst.reachable && !toFirst.alreadyReached) expect(toFirst.projected.rank).toBe(1);
    expect((await failure(f.analysis.plan(fixtureActor, 2023, code, { targetLevel: 'KHONG_CO' }))).code).toBe(
      'INVALID_INPUT',
    );
  });

  it('flags anomalies on the values of a year, per set', async () => {
    const answer = await f.analysis.anomalies(fixtureActor, 2023, 'XA');
    expect(answer).toHaveLength(1);
    expect(answer[0]!.set).toBe('XA');
    expect(answer[0]!.notes.join(' ')).toContain('LC-2644-2022');
    for (const flag of answer[0]!.flags) expect(flag.message.length).toBeGreaterThan(10);
    expect((await failure(f.analysis.anomalies(fixtureActor, 2023, 'KHONG_CO'))).code).toBe('NOT_FOUND');
  });
});
