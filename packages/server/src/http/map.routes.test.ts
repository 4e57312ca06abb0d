import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schematicBoundaries } from '../services/registry/map-boundaries.fixture';
import { startTestApp, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn('admin');
}, 120_000);
afterAll(async () => t?.close());

const read = () => t.app.inject({ url: '/api/map/boundaries' });

describe('map boundaries', () => {
  it('answers anyone with null boundaries until an administrator uploads a file', async () => {
    const none = await read();
    expect(none.statusCode).toBe(200);
    expect(none.json()).toEqual({ boundaries: null, fileName: null, updatedAt: null, updatedBy: null });
  });

  it('rejects a bad file with every problem in Vietnamese, and stores nothing', async () => {
    const file = schematicBoundaries((code) => ({ code: code === '088' ? 'Sa Pa City' : code }));
    const [first] = file.features;
    if (first) first.geometry = { type: 'LineString', coordinates: [] };
    const answer = await t.call(admin, { method: 'PUT', url: '/api/map/boundaries', payload: file });
    expect(answer.statusCode).toBe(422);
    const body = answer.json<{
      code: string;
      message: string;
      details: { code: string; message: string }[];
    }>();
    expect(body.code).toBe('IMPORT_REJECTED');
    expect(body.message).toMatch(/Tệp ranh giới có 3 lỗi; chưa được lưu/);
    expect(body.details.map((d) => d.code)).toEqual([
      'MAP_FEATURE_SHAPE',
      'MAP_DISTRICT_UNKNOWN',
      'MAP_DISTRICT_MISSING',
    ]);
    expect(body.details[2]?.message).toContain('Thị xã Sa Pa (088)');
    expect((await read()).json()).toMatchObject({ boundaries: null });
    const bad = await t.call(admin, {
      method: 'PUT',
      url: '/api/map/boundaries',
      headers: { 'content-type': 'application/geo+json' },
      payload: '{"type": "FeatureCollection", ',
    });
    expect(bad.json()).toMatchObject({ code: 'BAD_JSON' });
  });

  it('lets only administrators write, with the CSRF header', async () => {
    const file = schematicBoundaries();
    for (const username of ['leader', 'unit-officer', 'council-member']) {
      const caller = await t.signIn(username);
      const put = await t.call(caller, { method: 'PUT', url: '/api/map/boundaries', payload: file });
      expect(put.statusCode, username).toBe(403);
      const del = await t.call(caller, { method: 'DELETE', url: '/api/map/boundaries' });
      expect(del.statusCode, username).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'PUT', url: '/api/map/boundaries', payload: file });
    expect(anonymous.statusCode).toBe(401);
    const noCsrf = await t.app.inject({
      method: 'PUT',
      url: '/api/map/boundaries',
      headers: { cookie: admin.cookie },
      payload: file,
    });
    expect(noCsrf.json()).toMatchObject({ code: 'CSRF_INVALID' });
    expect((await read()).json()).toMatchObject({ boundaries: null });
  });

  it('stores a good file (as application/geo+json too), audited, readable by anyone, and removes it', async () => {
    const file = schematicBoundaries((code, name) => ({ ten: name, dan_so: 1000 }));
    const put = await t.call(admin, {
      method: 'PUT',
      url: '/api/map/boundaries?fileName=lao-cai.geojson',
      headers: { 'content-type': 'application/geo+json' },
      payload: JSON.stringify(file),
    });
    expect(put.statusCode).toBe(200);
    const stored = (await read()).json<{
      boundaries: { features: { properties: unknown }[] };
      fileName: string;
      updatedBy: string;
    }>();
    expect(stored.fileName).toBe('lao-cai.geojson');
    expect(stored.updatedBy).toBe('admin');
    expect(stored.boundaries.features).toHaveLength(9);
    expect(stored.boundaries.features[0]?.properties).toEqual({ code: '080', name: 'Lào Cai' });
    const audit = await t.store.repos.audit.listAudit({ entity: 'map_boundaries', limit: 10 });
    expect(audit[0]).toMatchObject({ action: 'create', actorUsername: 'admin' });
    expect(audit[0]?.after).toMatchObject({ fileName: 'lao-cai.geojson' });
    expect((audit[0]?.after as { districts: string[] }).districts).toHaveLength(9);

    const removed = await t.call(admin, { method: 'DELETE', url: '/api/map/boundaries' });
    expect(removed.statusCode).toBe(204);
    expect((await read()).json()).toMatchObject({ boundaries: null });
    const after = await t.store.repos.audit.listAudit({ entity: 'map_boundaries', limit: 10 });
    expect(after.map((a) => a.action).sort()).toEqual(['create', 'delete']);
  });

  it('refuses a body over 5 MB', async () => {
    const big = JSON.stringify({ ...schematicBoundaries(), padding: 'x'.repeat(5 * 1024 * 1024) });
    const answer = await t.call(admin, {
      method: 'PUT',
      url: '/api/map/boundaries',
      headers: { 'content-type': 'application/json' },
      payload: big,
    });
    expect(answer.statusCode).toBe(413);
    expect(answer.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
