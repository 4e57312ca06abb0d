// The council member's and the administrator's homes on a real database (PGlite, or PostgreSQL with
// DATABASE_URL): the queue of a member assigned a main index of the commune set and a district, its
// states after real review actions, the review deadline (default, set by the administrator, reset),
// and the administrator's checklist figures against the rows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client';
import type { UserRow } from '../../db/users.repository';
import { createStore, type Store } from '../../db/store';
import { openTestDatabase } from '../../testing/test-database';
import { testSessionSettings } from '../../testing/test-app';
import { seedUnitsIfEmpty, startupActor } from '../system/bootstrap.service';
import { actorOfUser } from '../system/demo-accounts';
import { assessedUnits, demoItemRows, insertItemsBySet } from '../system/demo-cycle';
import { createServices, type Services } from '../services';
import type { Framework } from '@dti/core';

let database: Database;
let store: Store;
let services: Services;
let member: UserRow;
const now = new Date('2025-11-01T08:00:00+07:00');
const year = 2025;
const district = '083';
const communes = ['02710', '02713', '02716'];

beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  await seedUnitsIfEmpty(store, { reorganisationsDir: null });
  services = createServices(store, testSessionSettings, () => now);
  await services.frameworks.loadBuiltinFrameworks(startupActor);
  member = await store.repos.users.insertUser({
    username: 'hd.thu',
    fullName: 'Thành viên Thử',
    passwordHash: 'x',
    role: 'council_member',
  });
});
afterAll(async () => database?.close());

const council = () => actorOfUser(member, null);

describe('home.council and home.admin', () => {
  it('before any period: no period, an empty queue; the administrator is told to create one', async () => {
    const home = await services.councilAdminHome.council(council());
    expect(home).toMatchObject({ period: null, queue: [], reviewDeadline: null });
    const admin = await services.councilAdminHome.admin(startupActor);
    expect(admin).toMatchObject({ year: null, steps: [], next: null });
  });

  it('refuses other roles', async () => {
    const officer = { ...council(), role: 'unit_officer' as const };
    await expect(services.councilAdminHome.council(officer)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(services.councilAdminHome.admin(council())).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('the review deadline defaults to 31/01 of the next year 23:59 Vietnam time; the administrator moves it and resets it', async () => {
    await services.periods.createPeriod(startupActor, { year, frameworkId: 'LC-3019-2023' });
    const draft = await services.councilAdminHome.admin(startupActor);
    expect(draft).toMatchObject({ year, state: 'draft', next: 'open' });
    // a draft period is not the council's yet
    expect((await services.councilAdminHome.council(council())).period).toBeNull();

    await services.periods.transition(startupActor, year, 'open');
    let home = await services.councilAdminHome.council(council());
    expect(home.reviewDeadline).toBe('2026-01-31T16:59:00.000Z');
    expect(home.reviewDeadlineVietnam).toBe('31/01/2026 23:59');

    const moved = await services.periods.updatePeriod(startupActor, year, {
      reviewDeadline: '2026-01-20T17:00:00+07:00',
    });
    expect(moved.period.reviewDeadline?.toISOString()).toBe('2026-01-20T10:00:00.000Z');
    home = await services.councilAdminHome.council(council());
    expect(home.reviewDeadlineVietnam).toBe('20/01/2026 17:00');
    const [audit] = await store.repos.audit.listAudit({ entity: 'period', limit: 1 });
    expect(audit).toMatchObject({ action: 'update' });
    expect(JSON.stringify(audit?.after)).toContain('2026-01-20T10:00:00.000Z');

    await services.periods.updatePeriod(startupActor, year, { reviewDeadline: null });
    home = await services.councilAdminHome.council(council());
    expect(home.reviewDeadlineVietnam).toBe('31/01/2026 23:59');
  });

  it("a member's queue: one row per unit with its state, counts and anomalies; the council's progress", async () => {
    const framework = (await store.repos.frameworks.findFramework('LC-3019-2023'))?.content as Framework;
    const all = await assessedUnits(store, framework, year);
    const chosen = all.filter((u) => communes.includes(u.unit.code) || u.unit.code === district);
    expect(chosen).toHaveLength(4);
    const period = await store.repos.periods.findPeriodByYear(year);
    await insertItemsBySet(store, chosen, (group) => demoItemRows(period!.id, year, group, () => now));
    const xa = framework.sets.find((s) => s.unitKind === 'commune')!;
    const index = xa.indices[0]!;
    await services.review.assign(startupActor, year, {
      memberId: member.id,
      setId: xa.id,
      indexCode: index.code,
    });
    await services.review.assign(startupActor, year, { memberId: member.id, unitCode: district });

    const open = await services.councilAdminHome.council(council());
    expect(open.period).toMatchObject({ year, state: 'open', frameworkId: 'LC-3019-2023' });
    const inForce = all.filter((u) => u.set.id === xa.id).length;
    expect(open.queue).toHaveLength(inForce + 1);
    expect(open.queue.every((r) => r.state === 'not_started' && r.reviewed === 0)).toBe(true);
    const row = open.queue.find((r) => r.unitCode === district)!;
    const huyen = framework.sets.find((s) => s.unitKind === 'district')!;
    expect(row).toMatchObject({
      setId: huyen.id,
      indexCodes: null,
      toReview: huyen.indices.reduce((n, i) => n + i.subIndices.length, 0),
    });
    expect(open.queue.find((r) => r.unitCode === communes[0])).toMatchObject({
      indexCodes: [index.code],
      toReview: index.subIndices.length,
    });
    expect(open.anomaliesError).toBeNull();

    // under review: accept every item of one commune, ask another for evidence, start a third
    await services.periods.transition(startupActor, year, 'closed');
    await services.periods.transition(startupActor, year, 'under_review');
    const [done, asked, started] = communes;
    for (const sub of index.subIndices) {
      const item = await store.repos.assessments.findItem({
        periodId: period!.id,
        unitId: chosen.find((u) => u.unit.code === done)!.unit.id,
        subCode: sub.code,
      });
      if (item) await services.review.reviewItem(council(), year, done!, sub.code, { action: 'accept' });
    }
    const [first, second] = index.subIndices;
    await services.review.reviewItem(council(), year, asked!, first!.code, {
      action: 'request',
      message: 'Đề nghị bổ sung minh chứng.',
    });
    await services.review.reviewItem(council(), year, started!, second!.code, { action: 'accept' });

    const home = await services.councilAdminHome.council(council());
    const byCode = new Map(home.queue.map((r) => [r.unitCode, r]));
    const doneItems = (await store.repos.assessments.listPeriodItems(period!.id)).filter(
      (i) =>
        i.unitId === chosen.find((u) => u.unit.code === done)!.unit.id &&
        index.subIndices.some((s) => s.code === i.subCode),
    );
    expect(byCode.get(done!)).toMatchObject({
      reviewed: doneItems.length,
      state: doneItems.length === index.subIndices.length ? 'done' : 'in_progress',
    });
    expect(byCode.get(asked!)).toMatchObject({ state: 'asked', asked: 1, reviewed: 0 });
    expect(byCode.get(started!)).toMatchObject({ state: 'in_progress', reviewed: 1 });
    expect(byCode.get(district)).toMatchObject({ state: 'not_started' });
    // needing action first: in progress before not started, asked and done last
    const order = home.queue.map((r) => r.state);
    expect(order.indexOf('in_progress')).toBeLessThan(order.indexOf('not_started'));
    expect(order.lastIndexOf('not_started')).toBeLessThan(order.indexOf('asked'));

    // anomalies per unit: the analysis service's flags on the assigned index (or the whole unit)
    const flags = (await services.analysis.anomalies(council(), year, xa.id))[0]!.flags;
    const inIndex = new Set(index.subIndices.map((s) => s.code));
    const inScope = flags.filter((f) => f.subIndex === undefined || inIndex.has(f.subIndex));
    for (const r of home.queue.filter((q) => q.setId === xa.id)) {
      expect(r.anomalies).toBe(inScope.filter((f) => f.unit === r.unitCode).length);
      expect(r.highAnomalies).toBe(
        inScope.filter((f) => f.unit === r.unitCode && f.severity === 'high').length,
      );
    }
    // the council's progress is the progress board
    const board = await services.review.progress(council(), year);
    expect(home.progress.members).toEqual(board);
    expect(home.progress.done).toBe(board.reduce((n, m) => n + m.done, 0));
    expect(home.progress.done).toBe(doneItems.length + 1);

    // the administrator's checklist of the same period
    const admin = await services.councilAdminHome.admin(startupActor);
    const steps = Object.fromEntries(admin.steps.map((s) => [s.key, s]));
    expect(admin).toMatchObject({ year, state: 'under_review' });
    expect(steps.open?.state).toBe('done');
    expect(steps.submitted).toMatchObject({ state: 'done', done: 0 });
    expect(steps.council).toMatchObject({
      done: inForce + 1,
      total: admin.submittedBySet.reduce((n, s) => n + s.units, 0),
    });
    expect(steps.review?.state).toBe('in_progress');
    expect(admin.next).toBe('council');
  });
});
