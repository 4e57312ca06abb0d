// GET /api/home/officer/form: the form's first screen in one read. Each part must be exactly what its
// own address answers (the web gives these parts to the form's reads in their place), the year must
// be the one the form would choose, and only the account's own unit is ever read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom, generateDemoValues, type Framework } from '@dti/core';
import type { OfficerFormStart } from '@dti/contract';
import { startTestApp, usernameOf, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;

beforeAll(async () => {
  t = await startTestApp();
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  admin = await t.signIn('admin');
  t.clock.now = new Date('2023-03-01T02:00:00Z');
}, 120_000);
afterAll(async () => t?.close());

const get = (caller: Caller, url: string) => t.call(caller, { method: 'GET', url });
const post = (caller: Caller, url: string, payload: object = {}) =>
  t.call(caller, { method: 'POST', url, payload });

/** The form's combined read, and every part checked against its own address. */
async function readAndCompare(caller: Caller, query = ''): Promise<OfficerFormStart> {
  const response = await get(caller, `/api/home/officer/form${query}`);
  expect(response.statusCode, response.body).toBe(200);
  const start = response.json<OfficerFormStart>();
  expect(start.unit).toEqual((await get(caller, `/api/units/${t.ownUnitId}`)).json());
  expect(start.periods).toEqual((await get(caller, '/api/periods')).json());
  if (start.year === null) return start;
  const own = await get(caller, `/api/periods/${start.year}/units/${start.unit.code}/assessment`);
  if (own.statusCode !== 200) {
    expect(start.assessment).toBeNull();
    expect(start.framework).toBeNull();
    return start;
  }
  expect(start.assessment).toEqual(own.json());
  const { frameworkId, setId } = start.assessment!;
  expect(start.framework).toEqual((await get(caller, `/api/frameworks/${frameworkId}?set=${setId}`)).json());
  return start;
}

describe('GET /api/home/officer/form', () => {
  it('answers with the unit and no period before any period exists', async () => {
    const officer = await t.signIn(usernameOf('unit_officer'));
    const start = await readAndCompare(officer);
    expect(start).toMatchObject({ periods: [], year: null, assessment: null, framework: null });
    expect(start.unit.id).toBe(t.ownUnitId);
  });

  it('opens the year asked, else the open period, each part as its own address answers', async () => {
    expect((await post(admin, '/api/periods', { year: 2023, frameworkId: 'LC-3019-2023' })).statusCode).toBe(
      201,
    );
    expect((await post(admin, '/api/periods', { year: 2024, frameworkId: 'LC-3019-2023' })).statusCode).toBe(
      201,
    );
    expect((await post(admin, '/api/periods/2023/state', { state: 'open' })).statusCode).toBe(200);
    for (const role of ['unit_officer', 'unit_head'] as const) {
      const caller = await t.signIn(usernameOf(role));
      const opened = await readAndCompare(caller);
      expect(opened.year).toBe(2023);
      expect(opened.assessment).toMatchObject({ year: 2023, unit: { code: opened.unit.code } });
      const framework = opened.framework?.content as unknown as Framework;
      expect(framework.sets.map((s) => s.id)).toEqual([opened.assessment?.setId]);
      expect((await readAndCompare(caller, '?year=2024')).year).toBe(2024);
      // A year with no period opens the open one, as the form does.
      expect((await readAndCompare(caller, '?year=2031')).year).toBe(2023);
    }
    expect((await get(admin, '/api/periods')).json<unknown[]>()).toHaveLength(2);
  });

  it("lists each period's own deadlines and extensions, as its own address does", async () => {
    const [other] = await t.store.repos.units.listUnits({ ids: [t.otherUnitId] });
    for (const code of ['02713', other!.code]) {
      const granted = await t.call(admin, {
        method: 'PUT',
        url: `/api/periods/2023/extensions/${code}`,
        payload: { until: '2024-01-10T10:00:00.000Z', reason: 'Mất điện kéo dài' },
      });
      expect(granted.statusCode, granted.body).toBe(200);
    }
    type Listed = { year: number; deadlines: unknown[]; extensions: { unitCode: string }[] };
    const listed = (await get(admin, '/api/periods')).json<Listed[]>();
    for (const period of listed) {
      expect(period).toEqual((await get(admin, `/api/periods/${period.year}`)).json());
      expect(period.deadlines.length).toBeGreaterThan(0);
    }
    expect(
      listed
        .find((p) => p.year === 2023)
        ?.extensions.map((e) => e.unitCode)
        .sort(),
    ).toEqual(['02713', other!.code].sort());
    expect(listed.find((p) => p.year === 2024)?.extensions).toEqual([]);
    const officer = await t.signIn(usernameOf('unit_officer'));
    expect((await readAndCompare(officer)).periods).toEqual(listed);
  });

  it("shows what was just saved, never another unit's assessment", async () => {
    const officer = await t.signIn(usernameOf('unit_officer'));
    const before = await readAndCompare(officer);
    const set = (before.framework?.content as unknown as Framework).sets[0]!;
    const values = generateDemoValues(set, createSeededRandom(7), { strength: 0.8 });
    const [code, value] = Object.entries(values)[0]!;
    const saved = await t.call(officer, {
      method: 'PUT',
      url: `/api/periods/2023/units/${before.unit.code}/items/${code}`,
      payload: { values: value, baseVersion: 0 },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = await readAndCompare(officer);
    expect(after.assessment?.items.find((i) => i.subCode === code)?.version).toBe(1);
    expect(before.assessment?.items.find((i) => i.subCode === code)?.version ?? 0).toBe(0);
    expect(after.unit.id).toBe(t.ownUnitId);
    expect(after.unit.id).not.toBe(t.otherUnitId);
  });

  it('refuses a year out of range, other roles and anonymous callers', async () => {
    const officer = await t.signIn(usernameOf('unit_officer'));
    expect((await get(officer, '/api/home/officer/form?year=1999')).statusCode).toBe(400);
    for (const role of ['admin', 'leader', 'council_member'] as const) {
      const caller = await t.signIn(usernameOf(role));
      expect((await get(caller, '/api/home/officer/form')).statusCode).toBe(403);
    }
    expect((await t.call(undefined, { method: 'GET', url: '/api/home/officer/form' })).statusCode).toBe(401);
  });
});
