// Reorganisation on a real database (PGlite, or PostgreSQL with DATABASE_URL): one transaction or
// nothing, every problem listed, the dry run stores nothing, the shipped-files loader.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTestDatabase } from '../../testing/test-database';
import type { Database } from '../../db/client';
import { createStore, type Store } from '../../db/store';
import { countRows } from '../../db/backup.repository';
import { seedUnitsIfEmpty, startupActor } from '../system/bootstrap.service';
import { createReorganisationService } from './reorganisation.service';
import {
  editFixture,
  reorganisationFixturesDir,
  siMaCaiAgencies,
  siMaCaiFixtureCsv,
  siMaCaiTransferred,
} from './reorganisation.fixture';

const admin = startupActor;
let database: Database;
let store: Store;
beforeAll(async () => {
  database = await openTestDatabase();
  store = createStore(database.db);
  await seedUnitsIfEmpty(store, { reorganisationsDir: join(tmpdir(), 'h12a-no-such-folder') });
}, 120_000);
afterAll(async () => {
  await database?.close();
});

const csv = (text: string) => Buffer.from(text, 'utf8');
const unitsOn = async (day: string) =>
  (await store.repos.units.listUnits({ validOn: day })).map((u) => u.code);

describe('reorganisation', () => {
  it('a file with one bad row stores nothing and lists every problem with row and column', async () => {
    const before = await countRows(database.db);
    // Row 16 transfers a commune that does not exist; row 2 lost its legal basis.
    const text = editFixture(15, '01/07/2025,dieu_chuyen,99999,,,,,TỆP KIỂM THỬ,');
    const result = await createReorganisationService(store).reorganise(admin, csv(text), 'csv', {
      dryRun: false,
    });
    expect(result.applied).toBe(false);
    expect(result.problems).toEqual([
      expect.objectContaining({ row: 3, column: 'ma', code: 'REORG_ORPHAN_CHILD' }),
      expect.objectContaining({ row: 16, column: 'ma', code: 'REORG_UNKNOWN_UNIT' }),
    ]);
    expect(result.problems[0]?.message).toContain('02809');
    expect(await countRows(database.db)).toEqual(before);
  });

  it('lists problems of cells and of the registry together', async () => {
    const text = [
      'effective_date;event;code;name;kind;parent_code;predecessors;legal_basis;note',
      '2025-07-01;merge;02800;;commune;;"02800;02803";TỆP KIỂM THỬ;',
      '2025-07-01;hop_nhat;02900;Xã Mới;commune;;"02803;02806";;',
      '2025-07-02;giai_the;02872;;;;;TỆP KIỂM THỬ;',
      '2025-07-01;thanh_lap;02806;Xã Trùng;commune;999;;TỆP KIỂM THỬ;',
    ].join('\n');
    const result = await createReorganisationService(store).reorganise(admin, csv(text), 'csv', {
      dryRun: true,
    });
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'ten', 'REORG_NAME_REQUIRED'],
      [3, 'can_cu', 'REORG_LEGAL_BASIS_REQUIRED'],
      [4, 'ngay_hieu_luc', 'REORG_DATE_MISMATCH'],
      [5, 'ma', 'REORG_CODE_TAKEN'],
      [5, 'ma_cap_tren', 'REORG_UNKNOWN_PARENT'],
    ]);
    expect(result.problems.every((p) => /[ạảãáàâăđêôơư]/i.test(p.message))).toBe(true);
  });

  it('the dry run answers what would happen and stores nothing', async () => {
    const before = await countRows(database.db);
    const result = await createReorganisationService(store).reorganise(admin, csv(siMaCaiFixtureCsv), 'csv', {
      dryRun: true,
    });
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ dryRun: true, applied: false, effectiveDate: '2025-07-01' });
    expect(result.ended).toEqual(['02803', '02806', '084', ...[...siMaCaiAgencies].sort()]);
    expect(result.created).toEqual([]);
    expect(result.renamed).toEqual([]);
    expect(result.moved).toEqual(['02800', ...siMaCaiTransferred]);
    expect(result.counts.ended).toEqual({ commune: 2, district: 1, district_agency: 12 });
    expect(result.counts.moved).toEqual({ commune: 8 });
    expect(await countRows(database.db)).toEqual(before);
  });

  it('applies the merger, the abolition and the transfers in one step, audited', async () => {
    const service = createReorganisationService(store);
    const result = await service.reorganise(admin, csv(siMaCaiFixtureCsv), 'csv', {
      dryRun: false,
      fileName: 'test-fixture-si-ma-cai-2025.csv',
    });
    expect(result.problems).toEqual([]);
    expect(result.applied).toBe(true);

    const before = await unitsOn('2025-06-30');
    const after = await unitsOn('2025-07-01');
    const gone = ['02803', '02806', '084', ...siMaCaiAgencies];
    expect(before).toEqual(expect.arrayContaining(gone));
    expect(after.filter((c) => gone.includes(c))).toEqual([]);
    expect(before.length - after.length).toBe(gone.length);

    const [province] = await store.repos.units.findUnitsByCodes(['10']);
    const moved = await store.repos.units.findUnitsByCodes(['02800', ...siMaCaiTransferred]);
    expect(moved.map((u) => u.parentId)).toEqual(moved.map(() => province?.id));
    const [nanSan] = await store.repos.units.findUnitsByCodes(['02800']);
    const lineage = await store.repos.units.listLineage(nanSan!.id);
    expect(lineage.map((l) => [l.kind, l.effectiveDate, l.legalBasis])).toEqual([
      ['merged_into', '2025-07-01', 'TỆP KIỂM THỬ - không phải văn bản thật'],
      ['merged_into', '2025-07-01', 'TỆP KIỂM THỬ - không phải văn bản thật'],
    ]);
    const changes = await store.repos.units.listUnitChanges(nanSan!.id);
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'transferred',
        before: { parentCode: '084' },
        after: { parentCode: '10' },
      }),
    ]);
    const [district] = await store.repos.units.findUnitsByCodes(['084']);
    expect(district?.validUntil).toBe('2025-06-30');
    expect((await store.repos.units.listUnitChanges(district!.id)).map((c) => c.kind)).toEqual(['abolished']);

    const audit = await store.repos.audit.listAudit({ entity: 'registry', limit: 5 });
    expect(audit[0]).toMatchObject({ action: 'reorganise', entityId: '2025-07-01' });

    // Applying the same file again is refused whole: the predecessors no longer exist that day.
    const again = await service.reorganise(admin, csv(siMaCaiFixtureCsv), 'csv', { dryRun: false });
    expect(again.applied).toBe(false);
    expect(again.problems.length).toBeGreaterThan(0);
  });
});

describe('reorganisation files shipped with the seed', () => {
  it('applies every file of the folder in name order on a new database, in XLSX too', async () => {
    const fresh = await openTestDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'h12a-reorg-'));
    try {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Sắp xếp');
      sheet.addRow([
        'ngay_hieu_luc',
        'su_kien',
        'ma',
        'ten',
        'loai',
        'ma_cap_tren',
        'ma_tien_than',
        'can_cu',
        'ghi_chu',
      ]);
      // The second file renames the merged commune (it only exists after the first one).
      sheet.addRow([
        '01/08/2025',
        'doi_ten',
        '02800',
        'Xã Nàn Sán Mới',
        '',
        '',
        '',
        'TỆP KIỂM THỬ',
        'DỮ LIỆU KIỂM THỬ',
      ]);
      await writeFile(join(dir, '2-rename.xlsx'), Buffer.from(await workbook.xlsx.writeBuffer()));
      await writeFile(join(dir, '1-si-ma-cai.csv'), siMaCaiFixtureCsv);
      await writeFile(join(dir, 'README.md'), 'not a reorganisation');
      const freshStore = createStore(fresh.db);
      expect(await seedUnitsIfEmpty(freshStore, { reorganisationsDir: dir })).toBe(303);
      const [nanSan] = await freshStore.repos.units.findUnitsByCodes(['02800']);
      expect(nanSan).toMatchObject({ name: 'Xã Nàn Sán Mới', shortName: 'Nàn Sán Mới', adminType: 'xa' });
      const [district] = await freshStore.repos.units.findUnitsByCodes(['084']);
      expect(district?.validUntil).toBe('2025-06-30');
      // A second start does nothing.
      expect(await seedUnitsIfEmpty(freshStore, { reorganisationsDir: dir })).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await fresh.close();
    }
  });

  it('a bad shipped file stops the seed and stores nothing at all', async () => {
    const fresh = await openTestDatabase();
    const dir = await mkdtemp(join(tmpdir(), 'h12a-reorg-'));
    try {
      await writeFile(join(dir, '1.csv'), editFixture(15));
      const freshStore = createStore(fresh.db);
      await expect(seedUnitsIfEmpty(freshStore, { reorganisationsDir: dir })).rejects.toMatchObject({
        code: 'IMPORT_REJECTED',
      });
      expect(await freshStore.repos.units.countUnits()).toBe(0);
    } finally {
      await rm(dir, { recursive: true, force: true });
      await fresh.close();
    }
  });

  it('the fixture folder is outside the shipped folder', () => {
    expect(reorganisationFixturesDir).not.toContain('db/seed/reorganisations');
  });
});
