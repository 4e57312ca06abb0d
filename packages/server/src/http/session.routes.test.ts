import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, TEST_PASSWORD, type TestApp } from '../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
}, 120_000);
afterAll(async () => t?.close());

const login = (username: string, password: string, ip = '10.0.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });

describe('session', () => {
  it('signs in with HttpOnly SameSite=Lax cookies, reads me, signs out and the token dies', async () => {
    const response = await login('admin', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const session = response.cookies.find((c) => c.name === 'dti_session');
    const csrf = response.cookies.find((c) => c.name === 'dti_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf?.httpOnly).toBeFalsy();
    expect(csrf?.value).toBe(response.json<{ csrfToken: string }>().csrfToken);
    const cookie = `dti_session=${session?.value}`;
    const me = await t.app.inject({ url: '/api/session/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ user: { username: 'admin', role: 'admin' } });
    const out = await t.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': csrf?.value ?? '' },
    });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/session/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('stores only a hash of the session token', async () => {
    const response = await login('leader', TEST_PASSWORD);
    const token = response.cookies.find((c) => c.name === 'dti_session')?.value ?? '';
    const dump = JSON.stringify(await t.database.db.query.sessions.findMany());
    expect(token.length).toBeGreaterThan(30);
    expect(dump).not.toContain(token);
  });

  it('answers a wrong password and an unknown user alike, then locks the user name (kept in the database)', async () => {
    const unknown = await login('khong-co', 'sai-mat-khau');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json()).toMatchObject({ code: 'LOGIN_FAILED' });
    for (let i = 0; i < 3; i++) expect((await login('unit-head', 'sai-mat-khau')).statusCode).toBe(401);
    const locked = await login('unit-head', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json<{ message: string }>().message).toMatch(/thử lại sau 15 phút/);
    expect(await t.store.repos.sessions.findThrottle('user:unit-head')).toMatchObject({ failures: 3 });
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    expect((await login('unit-head', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('says when a locked sign-in may be tried again (Retry-After, in seconds until the lock ends)', async () => {
    for (let i = 0; i < 3; i++) expect((await login('leader', 'sai-mat-khau')).statusCode).toBe(401);
    const locked = await login('leader', TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.headers['retry-after']).toBe('900');
    expect(locked.json<{ code: string; message: string }>()).toMatchObject({ code: 'LOGIN_LOCKED' });
    expect(locked.json<{ message: string }>().message).toMatch(/sau 15 phút/);
    t.clock.now = new Date(t.clock.now.getTime() + 5 * 60_000 + 30_000);
    const later = await login('leader', TEST_PASSWORD);
    expect(later.headers['retry-after']).toBe('570');
    expect(later.json<{ message: string }>().message).toMatch(/thử lại sau 10 phút/);
    const wrong = await login('leader', 'sai-mat-khau');
    expect(wrong.statusCode, 'no guessing while locked').toBe(429);
    expect(wrong.headers['retry-after']).toBe('570');
    t.clock.now = new Date(t.clock.now.getTime() + 10 * 60_000);
    const free = await login('leader', TEST_PASSWORD);
    expect(free.statusCode).toBe(200);
    expect(free.headers['retry-after']).toBeUndefined();
  });

  it('expires sessions after their time to live', async () => {
    const caller = await t.signIn('council-member');
    expect((await t.call(caller, { url: '/api/session/me' })).statusCode).toBe(200);
    t.clock.now = new Date(t.clock.now.getTime() + 61 * 60_000);
    expect((await t.call(caller, { url: '/api/session/me' })).statusCode).toBe(401);
  });

  it('revokes the sessions of a user whose password an administrator changes', async () => {
    const admin = await t.signIn('admin');
    const officer = await t.signIn('unit-officer');
    const changed = await t.call(admin, {
      method: 'PATCH',
      url: `/api/users/${officer.userId}`,
      payload: { password: 'mat-khau-moi-123' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await t.call(officer, { url: '/api/session/me' })).statusCode).toBe(401);
  });

  it('sets security headers on every answer, errors included', async () => {
    for (const url of ['/api/health', '/api/khong-co', '/api/users']) {
      const response = await t.app.inject({ url });
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
    }
  });
});
