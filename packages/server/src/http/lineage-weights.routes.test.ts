// Weights of a merged unit's predecessors over HTTP, on the seeded real merger Xã Tà Chải (02872) →
// Thị trấn Bắc Hà (02839): every problem listed in Vietnamese and nothing stored; stored for the
// administrator, audited, read by province readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LineageWeights } from '@dti/contract';
import { startTestApp, usernameOf, type Caller, type TestApp } from '../testing/test-app';

let t: TestApp;
let admin: Caller;
let leader: Caller;
const url = '/api/units/02839/lineage-weights';

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn(usernameOf('admin'));
  leader = await t.signIn(usernameOf('leader'));
}, 120_000);
afterAll(async () => t?.close());

describe('lineage weights routes', () => {
  it('lists the predecessors; refuses bad weights whole with every problem', async () => {
    const read = await t.call(leader, { method: 'GET', url });
    expect(read.statusCode).toBe(200);
    expect(read.json<LineageWeights>()).toMatchObject({
      unitCode: '02839',
      weights: {},
      predecessors: [
        { code: '02839', name: 'Thị trấn Bắc Hà' },
        { code: '02872', name: 'Xã Tà Chải' },
      ],
    });
    const bad = await t.call(admin, {
      method: 'PUT',
      url,
      payload: { weights: { '02710': 1, '02872': 0, '02839': 'nhiều' } },
    });
    expect(bad.statusCode).toBe(422);
    const body = bad.json<{ code: string; details: { path: string; code: string }[] }>();
    expect(body.code).toBe('INVALID_INPUT');
    expect(body.details.map((d) => [d.path, d.code])).toEqual([
      ['weights.02710', 'NOT_A_PREDECESSOR'],
      ['weights.02872', 'NOT_POSITIVE'],
      ['weights.02839', 'NOT_A_NUMBER'],
    ]);
    expect((await t.call(leader, { method: 'GET', url })).json<LineageWeights>().weights).toEqual({});
  });

  it('stores weights for the administrator only, audited', async () => {
    const saved = await t.call(admin, {
      method: 'PUT',
      url,
      payload: { weights: { '02839': 5210, '02872': 2105 } },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<LineageWeights>()).toMatchObject({
      weights: { '02839': 5210, '02872': 2105 },
      updatedBy: 'admin',
    });
    expect((await t.call(leader, { method: 'PUT', url, payload: { weights: {} } })).statusCode).toBe(403);
    const audit = await t.store.repos.audit.listAudit({ entity: 'unit', entityId: '02839', limit: 10 });
    expect(JSON.stringify(audit)).toContain('set_lineage_weights');
    const none = await t.call(admin, { method: 'GET', url: '/api/units/02710/lineage-weights' });
    expect(none.json<LineageWeights>().predecessors).toEqual([]);
  });
});
