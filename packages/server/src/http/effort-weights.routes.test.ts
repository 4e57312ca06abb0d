import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffortWeights } from '@dti/contract';
import { startTestApp, usernameOf, type Caller, type TestApp } from '../testing/test-app';
import { systemActor } from './system-actor';

let t: TestApp;
let admin: Caller;
let officer: Caller;
const url = '/api/frameworks/LC-3019-2023/effort-weights';

beforeAll(async () => {
  t = await startTestApp();
  await t.services.frameworks.loadBuiltinFrameworks(systemActor);
  admin = await t.signIn(usernameOf('admin'));
  officer = await t.signIn(usernameOf('unit_officer'));
}, 120_000);
afterAll(async () => t?.close());

describe('effort weights routes', () => {
  it('lists every problem in Vietnamese and stores nothing', async () => {
    const response = await t.call(admin, {
      method: 'PUT',
      url,
      payload: { weights: { 'KHONG-CO': 1, '1.1': 0, '1.2': 'nhiều', '1.3': 5000 } },
    });
    expect(response.statusCode).toBe(422);
    const body = response.json<{ code: string; details: { path: string; message: string }[] }>();
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.details.map((d) => d.path)).toEqual([
      'weights.KHONG-CO',
      'weights.1.1',
      'weights.1.2',
      'weights.1.3',
    ]);
    expect(body.details.map((d) => d.message).join(' ')).toMatch(
      /không có trong bộ chỉ số.*lớn hơn 0.*là một số.*không được quá 1000/,
    );
    const read = (await t.call(officer, { method: 'GET', url })).json<EffortWeights>();
    expect(read.custom).toEqual([]);
  });

  it('stores weights for the administrator, read by every signed-in role', async () => {
    const saved = await t.call(admin, { method: 'PUT', url, payload: { weights: { '1.1': 3, '1.2': 1 } } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<EffortWeights>()).toMatchObject({ custom: ['1.1'], updatedBy: 'admin' });
    const read = await t.call(officer, { method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.json<EffortWeights>().weights).toMatchObject({ '1.1': 3, '1.2': 1 });
    expect((await t.call(officer, { method: 'PUT', url, payload: { weights: {} } })).statusCode).toBe(403);
    expect((await t.call(undefined, { method: 'GET', url })).statusCode).toBe(401);
  });
});
