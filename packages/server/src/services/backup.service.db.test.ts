// Backup → restore into an empty database → backup again gives the same data, table by table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from './backup.service';
import { seedUnitsIfEmpty } from './bootstrap.service';
import { openTestDatabase } from '../testing/test-database';
import { dumpDatabase } from '../db/backup.repository';
import type { Database } from '../db/client';
import { createStore } from '../db/store';

let source: Database;
let target: Database;
beforeAll(async () => {
  [source, target] = await Promise.all([openTestDatabase(), openTestDatabase()]);
}, 120_000);
afterAll(async () => {
  await source?.close();
  await target?.close();
});

describe('backup and restore', () => {
  it('seeds the registry: 303 units (1 + 18 + 15 + 9 + 108 + 152) and one lineage event', async () => {
    const store = createStore(source.db);
    expect(await seedUnitsIfEmpty(store)).toBe(303);
    expect(await seedUnitsIfEmpty(store)).toBe(0);
  });

  it('restores an identical database, sequences included, and refuses a non-empty one', async () => {
    const store = createStore(source.db);
    const user = await store.repos.users.insertUser({
      username: 'a',
      fullName: 'Á',
      role: 'admin',
      passwordHash: 'h',
    });
    await store.repos.sessions.insertSession({
      tokenHash: 't',
      userId: user.id,
      expiresAt: new Date('2030-01-01T00:00:00.123Z'),
    });
    const at = new Date('2024-05-06T07:08:09.123Z');
    await store.repos.sessions.recordFailure('ip:1.2.3.4', at, at, 5, at);
    await store.repos.audit.insertAudit({
      actorUsername: 'a',
      action: 'x',
      entity: 'y',
      entityId: '1',
      before: { a: [1, 'đ'] },
    });
    await store.repos.frameworks.upsertFramework({
      id: 'F',
      title: 'F',
      provenance: 'official',
      builtin: true,
      content: { x: 1.25 },
    });

    const { bytes } = await createBackup(source.db, true);
    await restoreBackup(target.db, bytes);
    const now = new Date('2024-01-01T00:00:00Z');
    const [before, after] = await Promise.all([dumpDatabase(source.db, now), dumpDatabase(target.db, now)]);
    expect(after).toEqual(before);
    expect(Object.values(after.tables).every((rows) => rows.length > 0)).toBe(true);

    const next = await createStore(target.db).repos.units.insertUnit({
      code: 'NEW',
      name: 'n',
      shortName: 'n',
      kind: 'k',
      validFrom: '2025-01-01',
    });
    expect(next.id).toBe(304);
    await expect(restoreBackup(target.db, bytes)).rejects.toThrow(/trống/);
  });
});
