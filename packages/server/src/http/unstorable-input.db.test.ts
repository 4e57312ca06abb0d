// Input the database cannot store is a 400, never a 500 (the six routes a probe found answering 500
// to a NUL character), a PATCH that changes nothing writes no audit entry, an unknown item code is a
// 404, and the per-address sign-in limit slows an address down without locking its other accounts.
// Runs on PGlite and on PostgreSQL (the database tier).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;
let officer: Caller;
const NUL = '\u0000';

beforeAll(async () => {
  t = await startTestApp({ tierDatabase: true, sessions: { maxFailuresPerIp: 4, maxFailuresPerUser: 3 } });
  await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
  admin = await t.signIn('admin');
  officer = await t.signIn('unit-officer');
  t.clock.now = new Date('2023-03-01T02:00:00Z');
  const created = await t.call(admin, {
    method: 'POST',
    url: '/api/periods',
    payload: { year: 2023, frameworkId: 'LC-3019-2023' },
  });
  expect(created.statusCode).toBe(201);
}, 120_000);
afterAll(async () => t?.close());

const auditCount = async () => (await t.database.db.query.auditLog.findMany()).length;

describe('text the database cannot store', () => {
  const cases: [string, () => Promise<{ statusCode: number; json: () => unknown }>][] = [
    [
      'POST /api/session (username, anonymous)',
      () =>
        t.call(undefined, {
          method: 'POST',
          url: '/api/session',
          payload: { username: `ad${NUL}min`, password: 'x' },
        }),
    ],
    ['GET /api/frameworks/{id}', () => t.call(undefined, { url: '/api/frameworks/LC%00' })],
    [
      'GET /api/frameworks/{id}/effort-weights',
      () => t.call(admin, { url: '/api/frameworks/LC%00/effort-weights' }),
    ],
    [
      'GET evidence list (subCode)',
      () => t.call(officer, { url: '/api/periods/2023/units/02713/items/A%001/evidence' }),
    ],
    [
      'POST /api/periods (frameworkId)',
      () =>
        t.call(admin, {
          method: 'POST',
          url: '/api/periods',
          payload: { year: 2030, frameworkId: `LC${NUL}` },
        }),
    ],
    [
      'PATCH /api/units/{id} (name)',
      () =>
        t.call(admin, { method: 'PATCH', url: `/api/units/${t.ownUnitId}`, payload: { name: `Xã ${NUL}` } }),
    ],
    ['a query value', () => t.call(admin, { url: `/api/units?q=${encodeURIComponent(NUL)}` })],
  ];
  it.each(cases)('%s answers 400 VALIDATION naming the place, and writes nothing', async (_name, send) => {
    const before = await auditCount();
    const response = await send();
    expect(response.statusCode).toBe(400);
    const body = response.json() as { code: string; details: { code?: string; path?: string }[] };
    expect(body.code).toBe('VALIDATION');
    expect(body.details.length).toBeGreaterThan(0);
    expect(body.details.every((d) => d.code === 'UNSTORABLE_TEXT' && typeof d.path === 'string')).toBe(true);
    expect(await auditCount()).toBe(before);
  });

  it('did not count the NUL sign-in as a failed attempt (it never reached the throttle)', async () => {
    const rows = await t.database.db.query.loginThrottle.findMany();
    expect(rows.filter((r) => r.key.includes(NUL))).toEqual([]);
  });
});

describe('writes that change nothing', () => {
  it('PATCH of a unit with its own values answers 200 and writes no audit entry', async () => {
    const unit = (await t.call(admin, { url: `/api/units/${t.ownUnitId}` })).json<{ name: string }>();
    const before = await auditCount();
    const same = await t.call(admin, {
      method: 'PATCH',
      url: `/api/units/${t.ownUnitId}`,
      payload: { name: unit.name },
    });
    expect(same.statusCode).toBe(200);
    expect(await auditCount()).toBe(before);
    const changed = await t.call(admin, {
      method: 'PATCH',
      url: `/api/units/${t.ownUnitId}`,
      payload: { name: `${unit.name} (mới)` },
    });
    expect(changed.statusCode).toBe(200);
    expect(await auditCount()).toBe(before + 1);
  });

  it('PATCH of a user and of a period with their own values writes no audit entry', async () => {
    const user = (await t.call(admin, { url: `/api/users/${t.userIds.leader}` })).json<{
      fullName: string;
    }>();
    const before = await auditCount();
    const sameUser = await t.call(admin, {
      method: 'PATCH',
      url: `/api/users/${t.userIds.leader}`,
      payload: { fullName: user.fullName },
    });
    expect(sameUser.statusCode).toBe(200);
    const period = (await t.call(admin, { url: '/api/periods/2023' })).json<{ answerDays: number }>();
    const samePeriod = await t.call(admin, {
      method: 'PATCH',
      url: '/api/periods/2023',
      payload: { answerDays: period.answerDays },
    });
    expect(samePeriod.statusCode).toBe(200);
    expect(await auditCount()).toBe(before);
    const changed = await t.call(admin, {
      method: 'PATCH',
      url: '/api/periods/2023',
      payload: { answerDays: period.answerDays + 1 },
    });
    expect(changed.statusCode).toBe(200);
    expect(await auditCount()).toBe(before + 1);
  });
});

describe('unknown item code', () => {
  it('the evidence list of an item the framework does not have is a 404', async () => {
    const response = await t.call(officer, { url: '/api/periods/2023/units/02713/items/KHONG-CO/evidence' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('sign-in limit per address', () => {
  const login = (username: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });

  it('slows the address down with a growing Retry-After but never locks a colleague out for long', async () => {
    const office = '10.9.9.9';
    // Four failures on four different (unknown) names: the address reaches its limit of 4.
    for (let i = 0; i < 4; i++) expect((await login(`khach-${i}`, 'sai', office)).statusCode).toBe(401);
    const slowed = await login('leader', TEST_PASSWORD, office);
    expect(slowed.statusCode).toBe(429);
    expect(slowed.json()).toMatchObject({ code: 'LOGIN_LOCKED' });
    expect(slowed.headers['retry-after']).toBe('1');
    t.clock.now = new Date(t.clock.now.getTime() + 1_000);
    expect((await login('khach-5', 'sai', office)).statusCode).toBe(401);
    const longer = await login('leader', TEST_PASSWORD, office);
    expect(longer.headers['retry-after'], 'the wait doubles').toBe('2');
    // Another address is not affected at all, and after the short wait the colleague signs in.
    expect((await login('council-member', TEST_PASSWORD, '10.8.8.8')).statusCode).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 2_000);
    expect((await login('leader', TEST_PASSWORD, office)).statusCode).toBe(200);
  });

  it('caps the wait at a minute however many failures come from the address', async () => {
    const office = '10.7.7.7';
    for (let i = 0; i < 12; i++) {
      const r = await login(`nguoi-la-${i}`, 'sai', office);
      expect([401, 429]).toContain(r.statusCode);
      t.clock.now = new Date(t.clock.now.getTime() + 61_000);
    }
    t.clock.now = new Date(t.clock.now.getTime() - 61_000);
    const waiting = await login('leader', TEST_PASSWORD, office);
    expect(waiting.statusCode).toBe(429);
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('keeps the per-account lockout', async () => {
    for (let i = 0; i < 3; i++) expect((await login('unit-head', 'sai', `10.6.6.${i}`)).statusCode).toBe(401);
    const locked = await login('unit-head', TEST_PASSWORD, '10.6.6.99');
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
  });
});
