// Malformed requests never produce a 500, and every error has the same shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginLockedError } from '../services/accounts/sessions.service';
import { startTestApp, type Caller, type TestApp } from '../testing/test-app';
import { mapError } from './error-mapping';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

const json = { 'content-type': 'application/json' };
const cases: [string, Parameters<TestApp['call']>[1], number, string][] = [
  ['bad JSON', { method: 'POST', url: '/api/units', headers: json, payload: '{"code": ' }, 400, 'BAD_JSON'],
  [
    'wrong types',
    { method: 'POST', url: '/api/units', payload: { code: 5, validFrom: 'hôm qua' } },
    400,
    'VALIDATION',
  ],
  ['unknown route', { method: 'GET', url: '/api/khong-co' }, 404, 'ROUTE_NOT_FOUND'],
  ['unknown method', { method: 'PUT', url: '/api/units' }, 404, 'ROUTE_NOT_FOUND'],
  ['text id', { method: 'GET', url: '/api/units/abc' }, 400, 'VALIDATION'],
  ['huge id', { method: 'GET', url: '/api/units/99999999999999999999' }, 400, 'VALIDATION'],
  ['missing id', { method: 'GET', url: '/api/units/2147483647' }, 404, 'NOT_FOUND'],
  ['bad query', { method: 'GET', url: '/api/units?validOn=31/12/2023' }, 400, 'VALIDATION'],
  [
    'form body',
    {
      method: 'POST',
      url: '/api/users',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'a=1',
    },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  ['array body', { method: 'POST', url: '/api/users', payload: [1, 2] }, 400, 'VALIDATION'],
  ['null body', { method: 'PATCH', url: '/api/units/1', headers: json, payload: 'null' }, 400, 'VALIDATION'],
  [
    'too large',
    { method: 'POST', url: '/api/users', headers: json, payload: `{"x":"${'a'.repeat(3_000_000)}"}` },
    413,
    'PAYLOAD_TOO_LARGE',
  ],
  [
    'import as JSON',
    { method: 'POST', url: '/api/units/import', payload: {} },
    415,
    'UNSUPPORTED_MEDIA_TYPE',
  ],
  [
    'prototype pollution',
    { method: 'POST', url: '/api/users', headers: json, payload: '{"__proto__":{"x":1}}' },
    400,
    'BAD_JSON',
  ],
];

describe('error mapping', () => {
  it.each(cases)('%s → %i %s', async (_name, options, status, code) => {
    const response = await t.call(admin, options);
    expect(response.statusCode).toBe(status);
    const body = response.json<{ code: string; message: string; details: unknown[] }>();
    expect(body.code).toBe(code);
    expect(body.message.length).toBeGreaterThan(5);
    expect(Array.isArray(body.details)).toBe(true);
  });

  it('names every invalid field at once, in Vietnamese', async () => {
    const response = await t.call(admin, { method: 'POST', url: '/api/users', payload: { role: 'vua' } });
    const body = response.json<{ details: { path: string; message: string }[] }>();
    expect(body.details.map((d) => d.path).sort()).toEqual([
      'body/fullName',
      'body/password',
      'body/role',
      'body/username',
    ]);
    expect(body.details[0]?.message).toMatch(/không hợp lệ|mong đợi/);
  });
});

describe('Retry-After', () => {
  it('goes with LOGIN_LOCKED in whole seconds, and the message rounds the minutes up', () => {
    const mapped = mapError(new LoginLockedError(61.2));
    expect(mapped).toMatchObject({ status: 429, headers: { 'retry-after': '62' } });
    expect(mapped.body.message).toBe('Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút.');
    expect(mapError(new Error('x')).headers).toBeUndefined();
  });
});

describe('database data errors (SQLSTATE class 22)', () => {
  it('are a 400 with the documented shape, also when wrapped by the query builder', () => {
    const driverError = Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), {
      code: '22021',
      severity: 'ERROR',
    });
    const wrapped = Object.assign(new Error('Failed query: select …'), { cause: driverError });
    for (const error of [driverError, wrapped]) {
      const mapped = mapError(error);
      expect(mapped).toMatchObject({ status: 400, internal: false, body: { code: 'VALIDATION' } });
      expect(mapped.body.details).toEqual([expect.objectContaining({ code: 'SQLSTATE_22021' })]);
    }
  });

  it('other database errors and look-alike codes stay a logged 500', () => {
    const uniqueViolation = Object.assign(new Error('duplicate key'), { code: '23505', severity: 'ERROR' });
    expect(mapError(uniqueViolation)).toMatchObject({ status: 500, internal: true });
    expect(mapError(Object.assign(new Error('x'), { code: '22021' })).status, 'not from the database').toBe(
      500,
    );
  });
});
