// Backup → restore into an empty database → backup again gives the same data, table by table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackup, restoreBackup } from './backup.service';
import { seedUnitsIfEmpty } from './bootstrap.service';
import { openTestDatabase } from '../../testing/test-database';
import { dumpDatabase } from '../../db/backup.repository';
import type { Database } from '../../db/client';
import { createStore } from '../../db/store';

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
    expect(await seedUnitsIfEmpty(store, { reorganisationsDir: null })).toBe(303);
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
    const [unit] = await store.repos.units.findUnitsByCodes(['02713']);
    const unitId = unit?.id ?? 0;
    const period = await store.repos.periods.insertPeriod({
      year: 2023,
      frameworkId: 'F',
      dataFrom: '2023-01-01',
      dataTo: '2023-12-31',
    });
    await store.repos.periods.upsertDeadlines([{ periodId: period.id, setId: 'XA', deadline: at }]);
    await store.repos.periods.upsertExtension({
      periodId: period.id,
      unitId,
      until: at,
      reason: 'r',
      grantedBy: 'a',
    });
    const key = { periodId: period.id, unitId, subCode: '1.1' };
    await store.repos.assessments.insertItemIfAbsent(key, { a: 1 }, { id: user.id, name: 'a' }, at);
    await store.repos.assessments.insertSubmission({
      periodId: period.id,
      unitId,
      submittedAt: at,
      submittedByName: 'a',
      late: false,
      itemCount: 1,
    });
    const content = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff, 0x5c, 0x78]);
    await store.repos.evidence.storeFile({ hash: 'h'.repeat(64), mediaType: 'application/pdf', content });
    await store.repos.evidence.insertEvidence({
      ...key,
      fileHash: 'h'.repeat(64),
      fileName: 'đ.pdf',
      documentNumber: '15/KH-UBND',
      documentDate: '2023-02-01',
      issuer: 'i',
      summary: 's',
      uploadedByName: 'a',
    });
    await store.repos.review.insertAssignment({ periodId: period.id, memberId: user.id, unitId });
    await store.repos.notifications.insertNotifications([
      { userId: user.id, kind: 'k', title: 't', body: 'b' },
    ]);
    await store.repos.settings.upsert('effortWeights:F', { '1.1': 2 }, 'admin', at);
    await store.repos.objections.upsertWindow({
      periodId: period.id,
      openedAt: at,
      until: at,
      setByName: 'admin',
    });
    await store.repos.objections.insertObjection({
      periodId: period.id,
      unitId,
      subCode: '1.1',
      reason: 'Khiếu nại',
      evidenceIds: [1],
      councilPoints: 0,
      lodgedByName: 'can-bo',
      lodgedAt: at,
    });

    await store.repos.units.insertUnitChanges([
      {
        unitId,
        kind: 'renamed',
        effectiveDate: '2025-07-01',
        before: { name: 'cũ' },
        after: { name: 'mới' },
        legalBasis: 'Tệp kiểm thử',
      },
    ]);
    const { bytes } = await createBackup(source.db, true);
    await restoreBackup(target.db, bytes);
    const now = new Date('2024-01-01T00:00:00Z');
    const [before, after] = await Promise.all([dumpDatabase(source.db, now), dumpDatabase(target.db, now)]);
    expect(after).toEqual(before);
    expect(Object.values(after.tables).every((rows) => rows.length > 0)).toBe(true);
    expect(
      (await createStore(target.db).repos.evidence.readFileContent('h'.repeat(64)))?.equals(content),
    ).toBe(true);

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
