// Rank intervals kept for published snapshots, anomaly flags on one unit's items for the review
// screen, and plans with the administrator's effort weights.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RankRobustness, RankSimulationModel } from '@dti/core';
import type { Actor } from '../shared/actor';
import { rankIntervalsKey } from './analysis-rank-intervals';
import { createAnalysisService, type AnalysisService } from './analysis.service';
import { AppError } from '../shared/app-error';
import { buildCycleFixture, fixtureActor, type CycleFixture } from '../documents/documents.service.fixture';
import { createRobustnessPool, type RobustnessPool } from './robustness-pool';

let f: CycleFixture;
let analysis: AnalysisService;
let simulated = 0;
beforeAll(async () => {
  f = await buildCycleFixture();
  const inner = createRobustnessPool({ size: 1 });
  const counting: RobustnessPool = {
    simulate: (model: RankSimulationModel) => {
      simulated++;
      return inner.simulate(model);
    },
    close: () => inner.close(),
  };
  analysis = createAnalysisService({ store: f.store, now: () => f.clock.now, pool: counting });
}, 120_000);
afterAll(async () => {
  await analysis?.close();
  await f?.close();
});

const anonymous: Actor = { kind: 'anonymous' };
const officer: Actor = {
  kind: 'user',
  userId: 1,
  username: 'can-bo',
  role: 'unit_officer',
  unitId: 1,
  unitCode: 'x',
};

async function failure(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('rank intervals next to published ranks', () => {
  let first: RankRobustness[];

  it('are computed once for a published year, with group intervals, and kept in the settings', async () => {
    first = await analysis.rankIntervals(anonymous, 2022, 'XA', { publicOnly: true });
    expect(first).toHaveLength(1);
    const [xa] = first;
    const published = (await f.services.results.publishedResults(2022, 'XA'))[0]!;
    const reported = published.units.filter((u) => f.communes.includes(u.code));
    expect(reported.length).toBe(8);
    expect(reported.every((u) => u.groupRank !== undefined)).toBe(true);
    expect(xa!.units).toHaveLength(published.units.length);
    expect([xa!.runs, xa!.seed, xa!.adjustmentBand, xa!.weightBand]).toEqual([1000, 2023, 0.05, 0.1]);
    for (const u of reported) {
      const interval = xa!.units.find((x) => x.code === u.code)!;
      expect(interval.nominalRank).toBe(u.rank);
      expect(interval.lowRank).toBeLessThanOrEqual(u.rank);
      expect(interval.highRank).toBeGreaterThanOrEqual(u.rank);
      expect(interval.group?.nominalRank).toBe(u.groupRank);
      expect(interval.group!.lowRank).toBeLessThanOrEqual(interval.group!.highRank);
    }
    const stored = await f.store.repos.settings.find(rankIntervalsKey(2022, 'XA'));
    expect((stored?.value as { result: RankRobustness }).result).toEqual(xa);
    const before = simulated;
    expect(await analysis.rankIntervals(anonymous, 2022, 'XA', { publicOnly: true })).toEqual(first);
    expect(await analysis.rankIntervals(fixtureActor, 2022, 'XA', { publicOnly: false })).toEqual(first);
    expect(simulated).toBe(before);
  }, 60_000);

  it('are computed again when the stored ones belong to another snapshot', async () => {
    const key = rankIntervalsKey(2022, 'XA');
    const stored = (await f.store.repos.settings.find(key))!.value as { fingerprint: string };
    await f.store.repos.settings.upsert(key, { ...stored, fingerprint: 'cũ' }, null, new Date());
    const before = simulated;
    expect(await analysis.rankIntervals(anonymous, 2022, 'XA', { publicOnly: true })).toEqual(first);
    expect(simulated).toBe(before + 1);
  }, 60_000);

  it('are public for published years only; live for the council before ranking', async () => {
    expect((await failure(analysis.rankIntervals(anonymous, 2023, 'XA', { publicOnly: true }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(analysis.rankIntervals(officer, 2023, 'XA', { publicOnly: false }))).code).toBe(
      'FORBIDDEN',
    );
    const live = await analysis.rankIntervals(fixtureActor, 2023, 'XA', { publicOnly: false });
    expect(live[0]!.setId).toBe('XA');
    expect(await f.store.repos.settings.find(rankIntervalsKey(2023, 'XA'))).toBeUndefined();
  }, 60_000);
});

describe('anomaly flags of one unit for the council', () => {
  it('flags a planted outlier on the right item of the right unit', async () => {
    const code = f.communes[2]!;
    const [unit] = await f.store.repos.units.findUnitsByCodes([code]);
    const period = await f.store.repos.periods.findPeriodByYear(2023);
    const key = { periodId: period!.id, unitId: unit!.id, subCode: '3.9' };
    const item = await f.store.repos.assessments.findItem(key);
    await f.store.repos.assessments.updateItemIfVersion(
      key,
      item?.version ?? 1,
      { hotspots: 5000 },
      { id: null, name: 'kiểm thử' },
      new Date('2023-11-02T00:00:00Z'),
    );
    const answer = await analysis.unitAnomalies(fixtureActor, 2023, code);
    expect(answer).toMatchObject({ year: 2023, unit: code, set: 'XA' });
    const flag = answer.flags.find((x) => x.subIndex === '3.9' && x.kind === 'outlier_input');
    expect(flag).toMatchObject({ unit: code, input: 'hotspots' });
    expect(flag!.message).toMatch(/5\.?000/);
    expect(answer.flags.every((x) => x.unit === code)).toBe(true);
    const other = await analysis.unitAnomalies(fixtureActor, 2023, f.communes[3]!);
    expect(other.flags.some((x) => x.subIndex === '3.9' && x.kind === 'outlier_input')).toBe(false);
    expect((await failure(analysis.unitAnomalies(officer, 2023, code))).code).toBe('FORBIDDEN');
  }, 60_000);
});

describe('plans with effort weights', () => {
  it('uses the administrator’s weights, validated and audited', async () => {
    const weights = f.services.effortWeights;
    const initial = await weights.getEffortWeights(fixtureActor, 'LC-3019-2023');
    expect(initial.custom).toEqual([]);
    expect(Object.values(initial.weights).every((w) => w === 1)).toBe(true);
    const bad = await failure(
      weights.setEffortWeights(fixtureActor, 'LC-3019-2023', {
        '9.99': 2,
        '1.1': 0,
        '1.2': 'hai',
        '1.3': -1,
      }),
    );
    expect(bad.code).toBe('INVALID_INPUT');
    expect(bad.details.map((d) => d.path)).toEqual([
      'weights.9.99',
      'weights.1.1',
      'weights.1.2',
      'weights.1.3',
    ]);
    expect(bad.details[0]!.message).toContain('không có trong bộ chỉ số');
    expect((await failure(weights.setEffortWeights(officer, 'LC-3019-2023', {}))).code).toBe('FORBIDDEN');

    const code = f.communes[1]!;
    const plain = await analysis.plan(fixtureActor, 2023, code);
    expect(plain.reachable && plain.actions.length > 0).toBe(true);
    // Make every sub-index the plain plan uses very costly: the weighted plan avoids them when it can.
    const costly = Object.fromEntries(plain.actions.map((a) => [a.subIndex, 50]));
    const saved = await weights.setEffortWeights(fixtureActor, 'LC-3019-2023', costly);
    expect(saved.custom.sort()).toEqual(Object.keys(costly).sort());
    const weighted = await analysis.plan(fixtureActor, 2023, code);
    for (const a of weighted.actions) expect(a.effort).toBe(costly[a.subIndex] ?? 1);
    expect(weighted.totalEffort).toBeLessThanOrEqual(plain.actions.length * 50);
    const audit = await f.store.repos.audit.listAudit({ entity: 'framework', limit: 50 });
    expect(audit.some((a) => a.action === 'set_effort_weights' && a.entityId === 'LC-3019-2023')).toBe(true);
    await weights.setEffortWeights(fixtureActor, 'LC-3019-2023', {});
  }, 60_000);
});
