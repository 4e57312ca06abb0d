// Demonstration data on in-memory PGlite, at today's date (04/12/2026): 2022–2025 published, 2026
// open with its real deadlines, demo accounts that sign in, Bắc Hà's history across the real 2024
// merger of Tà Chải; nothing the second time, nothing with demo off.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '@dti/core';
import { loadConfig } from '../../config';
import { selectRows } from '../../db/client';
import { createStore } from '../../db/store';
import { prepareRuntime, type Runtime, type StartupReport } from '../../main';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import { actorOfUser, DEMO_COMMUNE } from './demo-accounts';
import { demoAccountSpecs, demoYears, openYearDeadlines, seedDemoData } from './demo.service';
import type { ResultsSnapshot } from '../cycle/results.service';
import { createServices } from '../services';

const now = new Date('2026-12-04T03:00:00Z');
/** An earlier clock, for the seeding that fails (fewer years, same transaction). */
const earlier = new Date('2023-11-20T03:00:00Z');

async function runtimeWith(demo: boolean, at: Date = now): Promise<Runtime> {
  const loaded = loadConfig({ DTI_DEMO: demo ? 'true' : 'false', DTI_LOG: 'false' }, process.cwd());
  if (!loaded.ok) throw new Error(loaded.message);
  const database = await openTestDatabase({ forcePglite: true });
  const store = createStore(database.db);
  const services = createServices(store, testSessionSettings, () => at, {
    evidenceMaxBytes: 1024 * 1024,
    demo,
  });
  return {
    config: loaded.config,
    database,
    store,
    services,
    close: async () => {
      await services.analysis.close();
      await database.close();
    },
  };
}

describe('demo data', () => {
  let runtime: Runtime;
  let report: StartupReport;

  beforeAll(async () => {
    runtime = await runtimeWith(true);
    report = await prepareRuntime(runtime, { now: () => now });
  }, 120_000);
  afterAll(async () => runtime?.close());

  it('creates the demo accounts, which sign in', async () => {
    expect(report.demo?.accounts.map((a) => a.username)).toEqual(demoAccountSpecs.map((s) => s.username));
    for (const account of report.demo?.accounts ?? []) {
      const signedIn = await runtime.services.sessions.signIn(account.username, account.password, {
        ip: '127.0.0.1',
        userAgent: 'vitest',
      });
      expect(signedIn.user.role).toBe(account.role);
      expect(signedIn.actor).toMatchObject({ kind: 'user', unitCode: account.unitCode });
    }
  });

  it('publishes 2022 to 2025 with snapshots of every set and the decisions', async () => {
    const periods = await runtime.store.repos.periods.listPeriods();
    expect(periods.map((p) => [p.year, p.state, p.demo])).toEqual([
      [2026, 'open', true],
      [2025, 'published', true],
      [2024, 'published', true],
      [2023, 'published', true],
      [2022, 'published', true],
    ]);
    for (const period of periods.filter((p) => p.state === 'published')) {
      const framework = (await runtime.store.repos.frameworks.findFramework(period.frameworkId))
        ?.content as Framework;
      const snapshot = period.snapshot as ResultsSnapshot;
      expect(snapshot.sets.map((s) => s.set)).toEqual(framework.sets.map((s) => s.id));
      for (const set of snapshot.sets) {
        // From 2025 the district level is abolished (shipped reorganisation file): its sets say so.
        if (period.year >= 2025 && (set.set === 'HUYEN' || set.set === 'CQ_HUYEN')) {
          expect(set.units).toEqual([]);
        } else expect(set.units.length).toBeGreaterThan(0);
      }
    }
    expect(periods.find((p) => p.year === 2022)).toMatchObject({
      frameworkId: 'LC-2644-2022',
      decisionNumber: '791/QĐ-UBND',
      decisionDate: '2023-04-11',
    });
    expect(periods.find((p) => p.year === 2023)).toMatchObject({
      frameworkId: 'LC-3019-2023',
      decisionNumber: '684/QĐ-UBND',
      decisionDate: '2024-04-03',
    });
    // No official number is invented for the later years: theirs say "minh họa".
    expect(periods.find((p) => p.year === 2025)).toMatchObject({
      frameworkId: 'LC-3019-2023',
      decisionNumber: 'MH-2025/QĐ-UBND (minh họa)',
      decisionDate: '2026-04-06',
    });
    const published = await runtime.services.results.publishedYears();
    expect(published.map((p) => p.year)).toEqual([2025, 2024, 2023, 2022]);
  });

  it('ranks about 152 communes in 2023 over at least three levels, better on average than 2022', async () => {
    const [xa] = await runtime.services.results.publishedResults(2023, 'XA');
    expect(xa?.units.length).toBeGreaterThanOrEqual(150);
    expect(xa?.units.length).toBeLessThanOrEqual(153);
    expect(new Set(xa?.units.map((u) => u.level)).size).toBeGreaterThanOrEqual(3);
    const [old] = await runtime.services.results.publishedResults(2022, 'XA');
    const mean = (units: { percent: number }[] = []) =>
      units.reduce((a, u) => a + u.percent, 0) / Math.max(1, units.length);
    expect(mean(xa?.units)).toBeGreaterThan(mean(old?.units));
  });

  it("assigns the demo council member in the open year, before the review: the council member's home has a queue", async () => {
    const member = await runtime.store.repos.users.findUserByUsername('demo.hoidong');
    if (!member) throw new Error('no demo.hoidong');
    const home = await runtime.services.councilAdminHome.council(actorOfUser(member, null));
    expect(home.period).toMatchObject({ year: 2026, state: 'open' });
    expect(home.reviewDeadlineVietnam).toBe('31/01/2027 23:59');
    expect(home.queue.length).toBeGreaterThan(50);
    expect(home.queue.every((r) => r.setId === 'XA' && r.reviewed === 0)).toBe(true);
    expect(home.progress.members.map((m) => m.memberName)).toEqual([member.fullName]);
    const admin = await runtime.services.councilAdminHome
      .admin(actorOfUser(member, null))
      .catch((e: unknown) => e);
    expect(admin).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('keeps a trace of the cycle: late submissions, evidence, adjustments with reasons, an answered request', async () => {
    const period = await runtime.store.repos.periods.findPeriodByYear(2023);
    if (!period) throw new Error('no 2023');
    const submissions = await runtime.store.repos.assessments.listSubmissions(period.id);
    expect(submissions.length).toBeGreaterThan(250);
    expect(submissions.some((s) => s.late)).toBe(true);
    expect(submissions.filter((s) => s.late).length).toBeLessThan(submissions.length / 5);
    const items = await runtime.store.repos.assessments.listPeriodItems(period.id);
    const adjusted = items.filter((i) => i.reviewStatus === 'adjusted');
    expect(adjusted.length).toBeGreaterThanOrEqual(3);
    expect(adjusted.every((i) => (i.reviewReason ?? '').length > 3)).toBe(true);
    expect(items.some((i) => i.answerNote !== null && i.reviewStatus === 'accepted')).toBe(true);
    const evidence = await runtime.store.repos.evidence.countPeriodEvidence(period.id);
    expect(evidence.length).toBeGreaterThanOrEqual(9);
  });

  it('shows Bắc Hà’s history across the real mergers of 2024 (Tà Chải) and 2025, derived and labelled', async () => {
    const [y2023] = await runtime.services.results.publishedResults(2023, 'XA');
    const [y2025] = await runtime.services.results.publishedResults(2025, 'XA');
    expect(y2023?.units.some((u) => u.code === '02872')).toBe(true);
    expect(y2025?.units.some((u) => u.code === '02872')).toBe(false);
    const answer = await runtime.services.analysis.trend({ kind: 'anonymous' }, '02839', {
      publicOnly: true,
    });
    // 02839 absorbed Tà Chải on 01/11/2024 and five communes on 01/07/2025 (Nghị quyết
    // 1673/NQ-UBTVQH15, the shipped reorganisation file), keeping its code: only 2025 is its own.
    expect(answer.years.map((y) => [y.year, y.source])).toEqual([
      [2022, 'predecessors'],
      [2023, 'predecessors'],
      [2024, 'predecessors'],
      [2025, 'own'],
    ]);
    const in2025 = ['02839', '02857', '02863', '02866', '02875', '02881'];
    const codesOf = (year: number) =>
      answer.years
        .find((y) => y.year === year)!
        .predecessors.map((p) => p.code)
        .sort();
    expect(codesOf(2023)).toEqual([...in2025, '02872'].sort());
    expect(codesOf(2024)).toEqual([...in2025].sort());
    for (const y of answer.years.filter((y) => y.source === 'predecessors')) {
      const percents = y.predecessors.map((p) => p.percent);
      expect(y.percent).toBeCloseTo(percents.reduce((a, b) => a + b, 0) / percents.length, 2);
      expect(y.label).toContain('suy ra từ đơn vị tiền thân');
    }
  });

  it('leaves 2026 open with its real deadlines, drafts, the demo commune partly filled and nothing submitted', async () => {
    const view = await runtime.services.periods.getPeriod(2026);
    expect(view.deadlines.find((d) => d.setId === 'XA')?.deadline.toISOString()).toBe(
      '2026-12-14T17:00:00.000Z',
    );
    expect(view.deadlines.find((d) => d.setId === 'TINH_CO_TTHC')?.deadline.toISOString()).toBe(
      '2026-12-24T17:00:00.000Z',
    );
    expect(await runtime.store.repos.assessments.listSubmissions(view.period.id)).toEqual([]);
    const [commune] = await runtime.store.repos.units.findUnitsByCodes([DEMO_COMMUNE]);
    const draft = await runtime.store.repos.assessments.listUnitItems(view.period.id, commune?.id ?? 0);
    expect(draft.length).toBeGreaterThan(10);
    expect(draft.length).toBeLessThan(80);
    const all = await runtime.store.repos.assessments.listPeriodItems(view.period.id);
    expect(new Set(all.map((i) => i.unitId)).size).toBeGreaterThan(20);
    const officer = await runtime.services.sessions.signIn('demo.xa', 'demo-xa-2024', {
      ip: '127.0.0.2',
      userAgent: 'vitest',
    });
    const assessment = await runtime.services.assessment.getAssessment(officer.actor, 2026, DEMO_COMMUNE);
    expect(assessment.canWrite).toBe(true);
    expect(assessment.estimate.itemsFilled).toBeLessThan(assessment.estimate.itemsTotal);
  });

  it('moves the open year deadlines 30 days ahead when the defaults have passed', async () => {
    const framework = (await runtime.store.repos.frameworks.findFramework('LC-3019-2023'))
      ?.content as Framework;
    const late = openYearDeadlines(framework, 2024, new Date('2026-11-28T09:00:00Z'));
    expect(late['XA']).toBe('2026-12-27T17:00:00.000Z');
    const early = openYearDeadlines(framework, 2026, now);
    expect(early['TINH_CO_TTHC']).toBe('2026-12-24T17:00:00.000Z');
  });

  it('does nothing the second time', async () => {
    const again = await prepareRuntime(runtime, { now: () => now });
    expect(again.demo).toBeUndefined();
    expect(await seedDemoData(runtime, { now })).toBeUndefined();
    expect(await runtime.store.repos.periods.listPeriods()).toHaveLength(5);
  });
});

describe('demoYears', () => {
  it('opens the current year in Vietnam time and publishes the years from 2022 before it', () => {
    // 31/12/2026 20:00 UTC is already 01/01/2027 in Vietnam.
    const plan = demoYears(new Date('2026-12-31T20:00:00Z'));
    expect(plan.open).toEqual({ year: 2027, frameworkId: 'LC-3019-2023' });
    expect(plan.published.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    // The decision of 2026 cannot be dated in April 2027 before it happened: yesterday instead.
    expect(plan.published.at(-1)?.decisionDate).toBe('2026-12-31');
    expect(demoYears(earlier).published.map((y) => y.frameworkId)).toEqual(['LC-2644-2022']);
  });
});

describe('demo off', () => {
  it('creates no period and no demo account', async () => {
    const runtime = await runtimeWith(false);
    try {
      const report = await prepareRuntime(runtime, { now: () => now });
      expect(report.demo).toBeUndefined();
      expect(await seedDemoData(runtime, { now })).toBeUndefined();
      expect(await runtime.store.repos.periods.listPeriods()).toEqual([]);
      expect(await runtime.store.repos.users.findUserByUsername('demo.xa')).toBeUndefined();
    } finally {
      await runtime.close();
    }
  }, 60_000);
});

describe('demo seeding that fails at its last write', () => {
  it('leaves nothing behind, and seeds whole on the next start', async () => {
    const runtime = await runtimeWith(true, earlier);
    try {
      // A database-level failure on the very last write of the seeding (its audit row).
      await runtime.database.db.execute(
        sql.raw(`create function fail_demo_seed() returns trigger language plpgsql as $$
          begin raise exception 'mất điện giữa chừng'; end $$`),
      );
      await runtime.database.db.execute(
        sql.raw(`create trigger fail_demo_seed before insert on audit_log for each row
            when (new.entity = 'demo') execute function fail_demo_seed()`),
      );
      await expect(prepareRuntime(runtime, { now: () => earlier })).rejects.toThrow();
      expect(await runtime.store.repos.periods.listPeriods()).toEqual([]);
      expect(await runtime.store.repos.users.findUserByUsername('demo.xa')).toBeUndefined();
      const [items] = await selectRows<{ n: number }>(
        runtime.database.db,
        sql`select count(*)::int as n from assessment_items`,
      );
      expect(items?.n).toBe(0);

      await runtime.database.db.execute(sql.raw('drop trigger fail_demo_seed on audit_log'));
      const report = await prepareRuntime(runtime, { now: () => earlier });
      expect(report.demo?.years).toEqual([2022, 2023]);
      expect(await runtime.store.repos.periods.listPeriods()).toHaveLength(2);
    } finally {
      await runtime.close();
    }
  }, 240_000);
});
