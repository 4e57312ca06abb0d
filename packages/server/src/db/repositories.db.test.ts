// Repositories against a real database: PGlite, or PostgreSQL 15 when DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-database';
import type { Database } from './client';
import { createStore, type Store } from './store';

let database: Database;
let store: Store;
beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
}, 120_000);
afterAll(async () => database?.close());

describe('units repository', () => {
  it('stores units with validity dates and lineage; filters by the date in force', async () => {
    const { units } = store.repos;
    const province = await units.insertUnit({
      code: 'P',
      name: 'Tỉnh',
      shortName: 'Tỉnh',
      kind: 'province',
      validFrom: '2020-01-01',
    });
    const [a, b] = await units.insertUnits([
      {
        code: 'A',
        name: 'Xã A',
        shortName: 'A',
        kind: 'commune',
        parentId: province.id,
        validFrom: '2020-01-01',
        validUntil: '2025-06-30',
      },
      {
        code: 'B',
        name: 'Xã B',
        shortName: 'B',
        kind: 'commune',
        parentId: province.id,
        validFrom: '2025-07-01',
      },
    ]);
    if (!a || !b) throw new Error('insert failed');
    await units.insertLineage({
      kind: 'merged_into',
      fromUnitId: a.id,
      toUnitId: b.id,
      effectiveDate: '2025-07-01',
    });
    const codes = async (validOn: string) =>
      (await units.listUnits({ kind: 'commune', validOn })).map((u) => u.code);
    expect(await codes('2025-06-30')).toEqual(['A']);
    expect(await codes('2025-07-01')).toEqual(['B']);
    expect((await units.listLineage(b.id))[0]).toMatchObject({
      kind: 'merged_into',
      fromUnitId: a.id,
      effectiveDate: '2025-07-01',
    });
    expect(await units.countUnits()).toBe(3);
    expect(typeof (await units.countUnits())).toBe('number');
  });

  it('enforces unique codes, date order and lineage kinds in the database itself', async () => {
    const { units } = store.repos;
    await expect(
      units.insertUnit({ code: 'P', name: 'x', shortName: 'x', kind: 'x', validFrom: '2020-01-01' }),
    ).rejects.toThrow();
    await expect(
      units.insertUnit({
        code: 'Q',
        name: 'x',
        shortName: 'x',
        kind: 'x',
        validFrom: '2020-01-01',
        validUntil: '2019-01-01',
      }),
    ).rejects.toThrow();
    const [p] = await units.findUnitsByCodes(['P']);
    await expect(
      units.insertLineage({
        kind: 'absorbed',
        fromUnitId: p?.id ?? 0,
        toUnitId: p?.id ?? 0,
        effectiveDate: '2020-01-01',
      }),
    ).rejects.toThrow();
  });
});

describe('sessions repository', () => {
  it('finds live sessions only: not expired, not revoked, active user', async () => {
    const user = await store.repos.users.insertUser({
      username: 'u1',
      fullName: 'U',
      role: 'leader',
      passwordHash: 'x',
    });
    const now = new Date('2024-01-01T00:00:00Z');
    const later = new Date('2024-01-01T02:00:00Z');
    await store.repos.sessions.insertSession({
      tokenHash: 'h1',
      userId: user.id,
      expiresAt: new Date('2024-01-01T01:00:00Z'),
    });
    expect((await store.repos.sessions.findLiveSessions(['h1'], now))[0]?.user.username).toBe('u1');
    expect(await store.repos.sessions.findLiveSessions(['h1'], later)).toEqual([]);
    await store.repos.sessions.revokeSession('h1', now);
    expect(await store.repos.sessions.findLiveSessions(['h1'], now)).toEqual([]);
    expect(await store.repos.sessions.deleteDeadSessions(later)).toBe(1);
  });

  it('counts concurrent sign-in failures exactly and locks at the limit', async () => {
    const now = new Date('2024-01-01T00:00:00Z');
    const cutoff = new Date(now.getTime() - 15 * 60_000);
    const lockUntil = new Date(now.getTime() + 15 * 60_000);
    await Promise.all(
      Array.from({ length: 12 }, () =>
        store.repos.sessions.recordFailure('user:x', now, cutoff, 10, lockUntil),
      ),
    );
    const row = await store.repos.sessions.findThrottle('user:x');
    expect(row?.failures).toBe(12);
    expect(row?.lockedUntil?.toISOString()).toBe(lockUntil.toISOString());
    const nextWindow = new Date(now.getTime() + 20 * 60_000);
    const restarted = await store.repos.sessions.recordFailure(
      'user:x',
      nextWindow,
      new Date(nextWindow.getTime() - 15 * 60_000),
      10,
      new Date(nextWindow.getTime() + 15 * 60_000),
    );
    expect(restarted.failures).toBe(1);
  });
});

describe('audit and frameworks repositories', () => {
  it('lists audit entries newest first with filters and paging', async () => {
    for (const n of [1, 2, 3]) {
      await store.repos.audit.insertAudit({
        actorUsername: 'a',
        action: 'update',
        entity: 'unit',
        entityId: String(n),
        after: { n },
      });
    }
    const all = await store.repos.audit.listAudit({ entity: 'unit', limit: 10 });
    expect(all.map((e) => e.entityId)).toEqual(['3', '2', '1']);
    expect(typeof all[0]?.id).toBe('number');
    const page = await store.repos.audit.listAudit({ entity: 'unit', beforeId: all[0]?.id, limit: 1 });
    expect(page.map((e) => e.after)).toEqual([{ n: 2 }]);
  });

  it('upserts frameworks by id, keeping the JSON exactly', async () => {
    const content = { id: 'F', title: 'Bộ chỉ số', nested: [1, 2.5, 'ă'] };
    await store.repos.frameworks.upsertFramework({
      id: 'F',
      title: 'A',
      provenance: 'reconstructed',
      builtin: true,
      content,
    });
    await store.repos.frameworks.upsertFramework({
      id: 'F',
      title: 'B',
      provenance: 'official',
      builtin: false,
      content,
    });
    const rows = await store.repos.frameworks.listFrameworks();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ title: 'B', builtin: false, content });
  });
});

describe('periods repository: lists without snapshots', () => {
  it("lists heads, published years with their sets' ids, and several periods' deadlines and extensions at once", async () => {
    const { frameworks, periods, units } = store.repos;
    await frameworks.upsertFramework({
      id: 'FW-T',
      title: 'Thử',
      provenance: 'test',
      builtin: false,
      content: {},
    });
    const common = { frameworkId: 'FW-T', dataFrom: '2020-01-01', dataTo: '2020-12-31' };
    const open = await periods.insertPeriod({ ...common, year: 2031, state: 'open' });
    const published = await periods.insertPeriod({
      ...common,
      year: 2030,
      state: 'published',
      snapshot: {
        computedAt: 'x',
        sets: [
          { set: 'XA', units: [] },
          { set: 'HUYEN', units: [] },
        ],
      },
    });
    // published but without a snapshot (never listed as a published year)
    await periods.insertPeriod({ ...common, year: 2029, state: 'published' });
    const [unitA, unitB] = await units.insertUnits(
      ['PX1', 'PX2'].map((code) => ({
        code,
        name: code,
        shortName: code,
        kind: 'commune',
        validFrom: '2020-01-01',
      })),
    );
    await periods.upsertDeadlines([
      { periodId: published.id, setId: 'XA', deadline: new Date('2030-12-14T17:00:00Z') },
      { periodId: open.id, setId: 'XA', deadline: new Date('2031-12-14T17:00:00Z') },
      { periodId: open.id, setId: 'HUYEN', deadline: new Date('2031-12-24T17:00:00Z') },
    ]);
    for (const unit of [unitB!, unitA!]) {
      await periods.upsertExtension({
        periodId: open.id,
        unitId: unit.id,
        until: new Date('2032-01-05T00:00:00Z'),
        reason: 'Mất điện',
        grantedBy: 'admin',
      });
    }

    const heads = await periods.listPeriodHeads();
    expect(heads.map((p) => [p.year, p.hasSnapshot])).toEqual([
      [2031, false],
      [2030, true],
      [2029, false],
    ]);
    expect(heads.every((p) => !('snapshot' in p))).toBe(true);
    const years = await periods.listPublishedHeads();
    expect(years.map((p) => [p.year, p.setIds])).toEqual([[2030, ['XA', 'HUYEN']]]);
    expect('snapshot' in years[0]!).toBe(false);

    const deadlines = await periods.listDeadlinesOf([open.id, published.id]);
    expect(deadlines.map((d) => [d.periodId, d.setId])).toEqual(
      [
        [open.id, 'HUYEN'],
        [open.id, 'XA'],
        [published.id, 'XA'],
      ].sort((a, b) => Number(a[0]) - Number(b[0])),
    );
    expect(deadlines.filter((d) => d.periodId === open.id)).toEqual(await periods.listDeadlines(open.id));
    const extensions = await periods.listExtensionsOf([open.id, published.id]);
    expect(extensions.map((e) => e.unitId)).toEqual([unitA!.id, unitB!.id].sort((a, b) => a - b));
    expect(await periods.listDeadlinesOf([])).toEqual([]);
    expect(await periods.listExtensionsOf([])).toEqual([]);
  });
});
