// An account's e-mail address for notifications: set on create, changed and removed on update,
// refused when malformed, stored in lower case.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

describe('user e-mail', () => {
  it('sets, changes and removes the address; refuses a malformed one', async () => {
    const created = await t.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'co-thu',
        fullName: 'Cán bộ có thư',
        role: 'unit_officer',
        unitId: t.otherUnitId,
        email: 'Can.Bo@Example.VN',
        password: 'mat-khau-123',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const user = created.json<{ id: number; email: string | null }>();
    expect(user.email).toBe('can.bo@example.vn');
    const patch = (payload: object) =>
      t.call(admin, { method: 'PATCH', url: `/api/users/${user.id}`, payload });
    expect((await patch({ email: 'moi@example.vn' })).json()).toMatchObject({ email: 'moi@example.vn' });
    expect((await patch({ fullName: 'Tên khác' })).json()).toMatchObject({ email: 'moi@example.vn' });
    expect((await patch({ email: null })).json()).toMatchObject({ email: null });
    const bad = await patch({ email: 'không phải thư' });
    expect(bad.statusCode).toBe(400);
    const noEmail = await t.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'khong-thu', fullName: 'X', role: 'leader', password: 'mat-khau-123' },
    });
    expect(noEmail.json()).toMatchObject({ email: null });
  });
});
