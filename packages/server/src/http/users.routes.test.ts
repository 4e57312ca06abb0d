import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

describe('users and audit', () => {
  it('creates, changes and deletes an account; the audit log has before and after without hashes', async () => {
    const created = await t.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'can-bo-moi',
        fullName: 'Cán bộ mới',
        role: 'unit_officer',
        unitId: t.otherUnitId,
        password: 'mat-khau-123',
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    expect((await t.signIn('can-bo-moi', 'mat-khau-123')).unitId).toBe(t.otherUnitId);
    const changed = await t.call(admin, {
      method: 'PATCH',
      url: `/api/users/${id}`,
      payload: { fullName: 'Tên mới' },
    });
    expect(changed.json()).toMatchObject({ fullName: 'Tên mới', role: 'unit_officer' });
    expect((await t.call(admin, { method: 'DELETE', url: `/api/users/${id}` })).statusCode).toBe(204);
    expect((await t.call(admin, { url: `/api/users/${id}` })).statusCode).toBe(404);
    const audit = (await t.call(admin, { url: `/api/audit?entity=user&entityId=${id}` })).json<
      { action: string; actorUsername: string; before: unknown; after: unknown }[]
    >();
    expect(audit.map((a) => a.action)).toEqual(['delete', 'update', 'create']);
    expect(audit.every((a) => a.actorUsername === 'admin')).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/argon2|passwordHash/);
  });

  it('refuses a unit officer without a unit, a duplicate name, and an administrator locking themself out', async () => {
    const noUnit = await t.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'khong-don-vi', fullName: 'X', role: 'unit_head', password: 'mat-khau-123' },
    });
    expect(noUnit.statusCode).toBe(422);
    const duplicate = await t.call(admin, {
      method: 'POST',
      url: '/api/users',
      payload: { username: 'leader', fullName: 'X', role: 'leader', password: 'mat-khau-123' },
    });
    expect(duplicate.statusCode).toBe(409);
    const self = await t.call(admin, {
      method: 'PATCH',
      url: `/api/users/${admin.userId}`,
      payload: { active: false },
    });
    expect(self.statusCode).toBe(422);
  });

  it('records sign-ins in the audit log, readable by administrators only', async () => {
    const leader = await t.signIn('leader');
    expect((await t.call(leader, { url: '/api/audit' })).statusCode).toBe(403);
    const entries = (await t.call(admin, { url: '/api/audit?entity=session&limit=5' })).json<
      { action: string }[]
    >();
    expect(entries[0]?.action).toBe('login');
  });
});

describe('frameworks', () => {
  const minimal = {
    formatVersion: 1,
    id: 'TEST-1',
    title: 'Bộ thử',
    provenance: 'reconstructed',
    rankPrecision: 2,
    levels: [
      { code: 'A', name: 'A', abovePercent: 50 },
      { code: 'B', name: 'B', abovePercent: null },
    ],
    sets: [
      {
        id: 'XA',
        name: 'Xã',
        unitKind: 'commune',
        maxPoints: 10,
        indices: [
          {
            code: '1',
            name: 'Một',
            maxPoints: 10,
            subIndices: [
              {
                code: '1.1',
                name: 'Một một',
                maxPoints: 10,
                inputs: [{ key: 'ok', label: 'Có', type: 'boolean' }],
                method: { type: 'boolean', input: 'ok' },
              },
            ],
          },
        ],
      },
    ],
  };

  it('validates, imports (JSON), lists publicly and serves the content', async () => {
    const bad = await t.call(admin, {
      method: 'POST',
      url: '/api/frameworks/validate',
      payload: { ...minimal, formatVersion: 2 },
    });
    expect(bad.json<{ ok: boolean; problems: unknown[] }>().ok).toBe(false);
    const good = await t.call(admin, { method: 'POST', url: '/api/frameworks/validate', payload: minimal });
    expect(good.json()).toEqual({ ok: true, problems: [] });
    const rejected = await t.call(admin, {
      method: 'POST',
      url: '/api/frameworks',
      payload: { ...minimal, levels: [] },
    });
    expect(rejected.statusCode).toBe(422);
    expect(rejected.json<{ code: string; details: { path: string }[] }>().details[0]?.path).toMatch(/^\$/);
    const imported = await t.call(admin, { method: 'POST', url: '/api/frameworks', payload: minimal });
    expect(imported.statusCode).toBe(201);
    const list = (await t.app.inject({ url: '/api/frameworks' })).json<
      { id: string; sets: { unitKind: string }[] }[]
    >();
    expect(list.find((f) => f.id === 'TEST-1')?.sets[0]?.unitKind).toBe('commune');
    const detail = await t.app.inject({ url: '/api/frameworks/TEST-1' });
    expect(detail.json<{ content: { title: string } }>().content.title).toBe('Bộ thử');
  });

  it('imports YAML text too', async () => {
    const yaml = JSON.stringify({ ...minimal, id: 'TEST-YAML' }); // JSON is YAML
    const response = await t.call(admin, {
      method: 'POST',
      url: '/api/frameworks',
      headers: { 'content-type': 'application/yaml' },
      payload: yaml.replace(/^\{/, '{ '),
    });
    expect(response.statusCode).toBe(201);
  });

  it('loads the built-in frameworks once, never over an imported replacement', async () => {
    const first = await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
    expect(first.failed).toEqual({});
    const again = await t.services.frameworks.loadBuiltinFrameworks({ kind: 'system', name: 'test' });
    expect(again.loaded).toEqual([]);
  });
});
