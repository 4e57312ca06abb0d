// Two server instances, each with its own connection pool, on one PostgreSQL database: they start
// together without doing first-start work twice, and share sessions, sign-in locks and data.
// Runs only in the pg tier (DATABASE_URL set).
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { buildApp, openRuntime, prepareRuntime, type Runtime } from './main';
import { cookieOf } from './testing/test-app';
import { createScratchPostgres, testDatabaseUrl } from './testing/test-database';

describe.skipIf(testDatabaseUrl === undefined)('two server instances on one PostgreSQL', () => {
  let drop: (() => Promise<void>) | undefined;
  const runtimes: Runtime[] = [];
  const apps: FastifyInstance[] = [];

  beforeAll(async () => {
    const scratch = await createScratchPostgres(testDatabaseUrl ?? '');
    drop = scratch.drop;
    const loaded = loadConfig(
      { DATABASE_URL: scratch.url, DTI_ADMIN_PASSWORD: 'mat-khau-admin', DTI_LOGIN_MAX_FAILURES: '4' },
      process.cwd(),
    );
    if (!loaded.ok) throw new Error(loaded.message);
    runtimes.push(...(await Promise.all([openRuntime(loaded.config), openRuntime(loaded.config)])));
    const reports = await Promise.all(runtimes.map((r) => prepareRuntime(r)));
    expect(reports.map((r) => r.unitsSeeded).sort()).toEqual([0, 303]);
    expect(reports.filter((r) => r.adminCreated)).toHaveLength(1);
    for (const runtime of runtimes) apps.push((await buildApp(runtime, false)).app);
  }, 120_000);

  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const runtime of runtimes) await runtime.close();
    await drop?.();
  });

  const login = (app: FastifyInstance | undefined, password: string) =>
    app!.inject({ method: 'POST', url: '/api/session', payload: { username: 'admin', password } });

  it('a session opened on one instance works on the other, and signing out on one ends it on both', async () => {
    const [a, b] = apps;
    const signed = await login(a, 'mat-khau-admin');
    const headers = {
      cookie: cookieOf(signed),
      'x-csrf-token': signed.json<{ csrfToken: string }>().csrfToken,
    };
    expect((await b!.inject({ url: '/api/session/me', headers })).statusCode).toBe(200);

    const created = await b!.inject({
      method: 'POST',
      url: '/api/units',
      headers,
      payload: { code: 'HAI.1', name: 'Đơn vị hai máy', kind: 'province_agency', validFrom: '2025-07-01' },
    });
    expect(created.statusCode).toBe(201);
    const seen = await a!.inject({ url: '/api/units?q=hai%20may', headers });
    expect(seen.json<{ code: string }[]>().map((u) => u.code)).toEqual(['HAI.1']);

    expect((await a!.inject({ method: 'DELETE', url: '/api/session', headers })).statusCode).toBe(204);
    expect((await b!.inject({ url: '/api/session/me', headers })).statusCode).toBe(401);
  });

  it('failed sign-ins on both instances add up to one lock', async () => {
    const [a, b] = apps;
    for (const app of [a, b, a, b]) expect((await login(app, 'sai-mat-khau')).statusCode).toBe(401);
    expect((await login(a, 'mat-khau-admin')).statusCode).toBe(429);
    expect((await login(b, 'mat-khau-admin')).statusCode).toBe(429);
  });
});
