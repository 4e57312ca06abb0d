// The officer's home routes: the account's own unit only, whatever the address; other roles refused.
// The unit's published results and scorecard PDF: its own unit's, never another unit's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, usernameOf, type TestApp } from '../testing/test-app';

let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

describe('GET /api/home/officer', () => {
  it("answers a unit's officer and head with their own unit", async () => {
    const [own] = await t.store.repos.units.listUnits({ ids: [t.ownUnitId] });
    for (const role of ['unit_officer', 'unit_head'] as const) {
      const caller = await t.signIn(usernameOf(role));
      const home = await t.call(caller, { method: 'GET', url: '/api/home/officer' });
      expect(home.statusCode).toBe(200);
      expect(home.json()).toMatchObject({
        unit: { code: own?.code, name: own?.name },
        period: null,
        lastResult: null,
        publishedYears: [],
      });
      const results = await t.call(caller, { method: 'GET', url: '/api/home/officer/results' });
      expect(results.json()).toEqual({ unit: home.json<{ unit: unknown }>().unit, years: [] });
    }
  });

  it('refuses other roles and anonymous callers', async () => {
    for (const role of ['admin', 'leader', 'council_member'] as const) {
      const caller = await t.signIn(usernameOf(role));
      expect((await t.call(caller, { method: 'GET', url: '/api/home/officer' })).statusCode).toBe(403);
    }
    expect((await t.call(undefined, { method: 'GET', url: '/api/home/officer/results' })).statusCode).toBe(
      401,
    );
  });

  it("lets a unit read its own scorecard PDF, trend and plan addresses but not another unit's", async () => {
    const caller = await t.signIn(usernameOf('unit_officer'));
    const [other] = await t.store.repos.units.listUnits({ ids: [t.otherUnitId] });
    const [own] = await t.store.repos.units.listUnits({ ids: [t.ownUnitId] });
    for (const url of [
      `/api/periods/2023/units/${other!.code}/scorecard.pdf`,
      `/api/periods/2023/units/${other!.code}/plan`,
      `/api/units/${other!.code}/trend`,
    ]) {
      expect((await t.call(caller, { method: 'GET', url })).statusCode, url).toBe(403);
    }
    // Its own: allowed through; nothing published in this database, so not found.
    const mine = await t.call(caller, {
      method: 'GET',
      url: `/api/periods/2023/units/${own!.code}/scorecard.pdf`,
    });
    expect(mine.statusCode).toBe(404);
  });
});
