// The officer's home on a real database (PGlite, or PostgreSQL with DATABASE_URL): a published year
// of a few real communes, then a running year in which the unit has entered some items, attached
// evidence to one and been asked about another. Figures are checked against what the other
// services answer for the same unit (results, assessment), never against hard-coded totals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import { createStore, type Store } from '../../db/store';
import { minimalPdf } from '../cycle/evidence-type';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import type { Actor } from '../shared/actor';
import { AppError } from '../shared/app-error';
import { seedUnitsIfEmpty } from '../system/bootstrap.service';
import { createServices, type Services } from '../services';

const admin: Actor = { kind: 'system', name: 'kiểm thử' };
const OWN = '02713';
const OTHERS = ['02710', '02716', '02719', '02722', '02725', '02728'];
const FRAMEWORK = 'LC-3019-2023';

let close: () => Promise<void>;
let store: Store;
let services: Services;
let officer: Actor;
const clock = { now: new Date('2023-11-01T03:00:00Z') };

async function xaSet() {
  const framework = (await store.repos.frameworks.findFramework(FRAMEWORK))?.content as Framework;
  return framework.sets.find((s) => s.unitKind === 'commune')!;
}

async function insertValues(year: number, codes: readonly string[], seed: number) {
  const period = (await store.repos.periods.findPeriodByYear(year))!;
  const set = await xaSet();
  const units = await store.repos.units.findUnitsByCodes(codes);
  await store.repos.assessments.insertItems(
    units.flatMap((unit, i) =>
      Object.entries(
        generateDemoValues(set, createSeededRandom(seed + i), { strength: 0.2 + 0.1 * i, missingShare: 0 }),
      ).map(([subCode, values]) => ({
        periodId: period.id,
        unitId: unit.id,
        subCode,
        values,
        updatedByName: 'kiểm thử',
      })),
    ),
  );
}

async function publishYear(year: number) {
  clock.now = new Date(`${year}-11-01T03:00:00Z`);
  await services.periods.createPeriod(admin, { year, frameworkId: FRAMEWORK });
  await services.periods.transition(admin, year, 'open');
  await insertValues(year, [OWN, ...OTHERS], year * 100);
  await services.periods.transition(admin, year, 'closed');
  await services.periods.transition(admin, year, 'under_review');
  await services.results.finalize(admin, year);
  await services.results.approve(admin, year, {
    decisionNumber: `${year}/KT`,
    decisionDate: `${year + 1}-03-01`,
  });
  await services.results.publish(admin, year);
}

beforeAll(async () => {
  const database = await openTestDatabase();
  store = createStore(database.db);
  services = createServices(store, testSessionSettings, () => clock.now);
  close = async () => {
    await services.analysis.close();
    await database.close();
  };
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  await services.frameworks.loadBuiltinFrameworks(admin);
  const [own] = await store.repos.units.findUnitsByCodes([OWN]);
  officer = {
    kind: 'user',
    userId: 1,
    username: 'can-bo',
    role: 'unit_officer',
    unitId: own!.id,
    unitCode: OWN,
  };
}, 120_000);
afterAll(async () => close?.());

describe('officerHome', () => {
  it('answers with the unit and nothing running or published yet', async () => {
    const [own] = await store.repos.units.findUnitsByCodes([OWN]);
    const unit = { code: OWN, name: own!.name, setId: null, setName: null };
    const home = await services.officerHome.home(officer);
    expect(home).toEqual({ unit, period: null, lastResult: null, publishedYears: [] });
    await expect(services.officerHome.results(officer)).resolves.toEqual({ unit, years: [] });
  });

  it("refuses every role but a unit's officer and head", async () => {
    const council: Actor = { ...officer, role: 'council_member' } as Actor;
    await expect(services.officerHome.home(council)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(services.officerHome.results(admin)).rejects.toBeInstanceOf(AppError);
  });

  it('shows the latest published result with interval, findings and plan, and the running period', async () => {
    await publishYear(2023);
    clock.now = new Date('2024-11-01T03:00:00Z');
    await services.periods.createPeriod(admin, { year: 2024, frameworkId: FRAMEWORK });
    await services.periods.transition(admin, 2024, 'open');
    const set = await xaSet();
    const subs = set.indices.flatMap((i) => i.subIndices);
    const period = (await store.repos.periods.findPeriodByYear(2024))!;
    const [own] = await store.repos.units.findUnitsByCodes([OWN]);
    // Three yes/no items answered "yes": one with evidence, one asked about later.
    const yes = subs.filter((s) => s.method.type === 'boolean').slice(0, 3);
    await store.repos.assessments.insertItems(
      yes.map((s) => ({
        periodId: period.id,
        unitId: own!.id,
        subCode: s.code,
        values: { [(s.method as { input: string }).input]: true },
        updatedByName: 'kiểm thử',
      })),
    );
    await services.evidence.upload(
      officer,
      2024,
      OWN,
      yes[0]!.code,
      { documentNumber: '1/KH', documentDate: '2024-02-01', issuer: 'UBND', summary: 'Kế hoạch' },
      { name: 'ke-hoach.pdf', content: minimalPdf('Ke hoach') },
    );

    const home = await services.officerHome.home(officer);
    expect(home.unit).toEqual({ code: OWN, name: own!.name, setId: set.id, setName: set.name });
    expect(home.publishedYears).toEqual([2023]);

    const published = (await services.results.publishedResults(2023, set.id))[0]!;
    const mine = published.units.find((u) => u.code === OWN)!;
    const last = home.lastResult!;
    expect(last).toMatchObject({
      year: 2023,
      setId: set.id,
      total: mine.total,
      percent: mine.percent,
      level: mine.level,
      rank: mine.rank,
      rankOf: published.units.length,
    });
    expect(last.interval).not.toBeNull();
    expect(last.interval!.lowRank).toBeLessThanOrEqual(mine.rank);
    expect(last.interval!.highRank).toBeGreaterThanOrEqual(mine.rank);
    const kept = await services.analysis.rankIntervals(admin, 2023, set.id, { publicOnly: true });
    expect(kept[0]!.units.find((u) => u.code === OWN)).toMatchObject(last.interval!);
    const plan = await services.analysis.plan(officer, 2023, OWN);
    expect(last.plan).toMatchObject({ reachable: plan.reachable, alreadyReached: plan.alreadyReached });
    expect(last.plan!.actions.map((a) => a.subIndex)).toEqual(plan.actions.map((a) => a.subIndex));
    const strengths = await services.analysis.strengths(officer, 2023, OWN, {
      withinGroup: mine.group !== undefined,
    });
    expect(last.strengths.map((s) => s.code)).toEqual(
      strengths.report.strengths.slice(0, 5).map((s) => s.code),
    );
    expect(last.weaknesses.map((s) => s.code)).toEqual(
      strengths.report.weaknesses.slice(0, 5).map((s) => s.code),
    );

    const p = home.period!;
    const assessment = await services.assessment.getAssessment(officer, 2024, OWN);
    expect(p).toMatchObject({
      year: 2024,
      state: 'open',
      deadline: assessment.deadline.toISOString(),
      deadlineText: '15/12/2024 00:00',
      extended: false,
      canWrite: true,
      submittedAt: null,
    });
    expect(p.estimate.total).toBe(assessment.estimate.total);
    expect(p.progress).toEqual({
      itemsTotal: subs.length,
      itemsEntered: 3,
      evidenceRequired: 3,
      evidenceAttached: 1,
      reviewRequested: 0,
      reviewAnswered: 0,
    });
    expect(p.next).toHaveLength(10);
    expect(p.nextMore).toBe(subs.length - 3 + 2 - 10);
    const points = p.next.map((n) => n.points);
    expect(points).toEqual([...points].sort((a, b) => b - a));
    expect(p.next[0]!.points).toBe(Math.max(...subs.filter((s) => !yes.includes(s)).map((s) => s.maxPoints)));

    // An extension later than the set's deadline is the unit's deadline.
    await services.periods.grantExtension(admin, 2024, OWN, {
      until: '2024-12-20T00:00:00+07:00',
      reason: 'Thử nghiệm',
    });
    const extended = await services.officerHome.home(officer);
    expect(extended.period).toMatchObject({ deadlineText: '20/12/2024 00:00', extended: true });

    const results = await services.officerHome.results(officer);
    expect(results.years.map((y) => y.year)).toEqual([2023]);
    expect(results.years[0]).toEqual(
      Object.fromEntries(
        Object.entries(last).filter(([k]) => !['interval', 'strengths', 'weaknesses', 'plan'].includes(k)),
      ),
    );
  }, 120_000);

  it('puts the council question first once the period is in review', async () => {
    await services.periods.transition(admin, 2024, 'closed');
    await services.periods.transition(admin, 2024, 'under_review');
    const set = await xaSet();
    const asked = set.indices.flatMap((i) => i.subIndices).filter((s) => s.method.type === 'boolean')[1]!;
    await services.review.reviewItem(admin, 2024, OWN, asked.code, {
      action: 'request',
      message: 'Bổ sung quyết định.',
    });
    const home = await services.officerHome.home(officer);
    expect(home.period).toMatchObject({ state: 'under_review', canWrite: false });
    expect(home.period!.progress).toMatchObject({ reviewRequested: 1, reviewAnswered: 0 });
    const item = await services.assessment.getAssessment(officer, 2024, OWN);
    const answerUntil = item.items.find((i) => i.subCode === asked.code)?.answerUntil;
    expect(home.period!.next.map((n) => [n.kind, n.subCode, n.answerUntil])).toEqual([
      ['answer', asked.code, answerUntil?.toISOString()],
    ]);
    expect(answerUntil).toBeInstanceOf(Date);
  });

  it("never shows another unit: another commune's officer sees its own unit", async () => {
    const [other] = await store.repos.units.findUnitsByCodes([OTHERS[0]!]);
    const theirs: Actor = { ...officer, unitId: other!.id, unitCode: other!.code } as Actor;
    const home = await services.officerHome.home(theirs);
    expect(home.unit?.code).toBe(other!.code);
    expect(home.period!.progress.itemsEntered).toBe(0);
    expect(home.lastResult?.rank).toBe(
      (await services.results.publishedResults(2023, 'XA'))[0]!.units.find((u) => u.code === other!.code)!
        .rank,
    );
  });
});
