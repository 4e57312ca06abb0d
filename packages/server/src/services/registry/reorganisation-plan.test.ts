// The file reader and the plan without a database: delimiters and BOM, English aliases, split,
// rename with a new code, creation under a new parent, cycles and twice-ended units. TEST FIXTURES
// on real 2023 codes (not official events).
import { describe, expect, it } from 'vitest';
import { checkReorganisationTable } from './reorganisation-file';
import { planReorganisation, type RegistryUnit } from './reorganisation-plan';
import { readCellTable } from './unit-import-file';

const unit = (
  id: number,
  code: string,
  name: string,
  kind: string,
  parentId: number | null,
): RegistryUnit => ({
  id,
  code,
  name,
  kind,
  adminType: null,
  parentId,
  validFrom: '2020-03-01',
  validUntil: null,
});
const registry = [
  unit(1, '10', 'Tỉnh Lào Cai', 'province', null),
  unit(2, '085', 'Huyện Bắc Hà', 'district', 1),
  unit(3, '02839', 'Thị trấn Bắc Hà', 'commune', 2),
  unit(4, '02842', 'Xã Lùng Cải', 'commune', 2),
];
const header = 'ngay_hieu_luc,su_kien,ma,ten,loai,ma_cap_tren,ma_tien_than,can_cu,ghi_chu';

async function plan(text: string) {
  const table = await readCellTable(Buffer.from(text, 'utf8'), 'csv');
  const checked = checkReorganisationTable(table);
  const result = planReorganisation(checked.rows, registry);
  return { ...result, problems: [...checked.problems, ...result.problems] };
}

describe('reorganisation plan', () => {
  it('reads semicolons after a BOM and the English headers and events', async () => {
    const text =
      '\uFEFFeffective_date;event;code;name;kind;parent_code;predecessors;legal_basis;note\n' +
      '2025-07-01;rename;02842;Xã Lùng Cải Mới;;;;TỆP KIỂM THỬ;\n';
    const p = await plan(text);
    expect(p.problems).toEqual([]);
    expect(p.renamed).toEqual(['02842']);
    expect(p.update).toEqual([
      { code: '02842', name: 'Xã Lùng Cải Mới', shortName: 'Lùng Cải Mới', kind: 'commune', adminType: 'xa' },
    ]);
  });

  it('splits a commune into two new ones, each with lineage split_from; the predecessor ends', async () => {
    const p = await plan(
      `${header}\n01/07/2025,chia_tach,T1,Xã Thử Một,,085,02842,TỆP KIỂM THỬ,\n01/07/2025,chia_tach,T2,Phường Thử Hai,,085,02842,TỆP KIỂM THỬ,`,
    );
    expect(p.problems).toEqual([]);
    expect(p.ended).toEqual(['02842']);
    expect(p.created).toEqual(['T1', 'T2']);
    expect(p.create.map((u) => [u.code, u.kind, u.adminType, u.parentCode])).toEqual([
      ['T1', 'commune', 'xa', '085'],
      ['T2', 'commune', 'phuong', '085'],
    ]);
    expect(p.lineage.map((l) => [l.kind, l.fromCode, l.toCode])).toEqual([
      ['split_from', '02842', 'T1'],
      ['split_from', '02842', 'T2'],
    ]);
  });

  it('renames with a new code: the old code ends, lineage renamed, listed as renamed', async () => {
    const p = await plan(`${header}\n01/07/2025,doi_ten,T3,Xã Lùng Cải Thử,,,02842,TỆP KIỂM THỬ,`);
    expect(p.problems).toEqual([]);
    expect([p.ended, p.created, p.renamed]).toEqual([['02842'], [], ['T3']]);
    expect(p.create[0]?.parentCode).toBe('10');
    expect(p.lineage).toMatchObject([{ kind: 'renamed', fromCode: '02842', toCode: 'T3' }]);
  });

  it('creates a unit under another unit of the same file; refuses cycles and units ended twice', async () => {
    const ok = await plan(
      `${header}\n01/07/2025,thanh_lap,S1,Sở Thử,department,,,TỆP KIỂM THỬ,\n01/07/2025,thanh_lap,S1.P,Phòng Thử,department_unit,S1,,TỆP KIỂM THỬ,`,
    );
    expect(ok.problems).toEqual([]);
    expect(ok.create.map((u) => [u.code, u.parentCode])).toEqual([
      ['S1', '10'],
      ['S1.P', 'S1'],
    ]);
    const bad = await plan(
      [
        header,
        '01/07/2025,thanh_lap,A1,Đơn vị A,department,B1,,TỆP KIỂM THỬ,',
        '01/07/2025,thanh_lap,B1,Đơn vị B,department,A1,,TỆP KIỂM THỬ,',
        '01/07/2025,giai_the,02842,,,,,TỆP KIỂM THỬ,',
        '01/07/2025,hop_nhat,02839,Thị trấn Bắc Hà,,085,02839;02842,TỆP KIỂM THỬ,',
        '01/07/2025,dieu_chuyen,02839,,,,,TỆP KIỂM THỬ,',
      ].join('\n'),
    );
    expect(bad.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'ma_cap_tren', 'REORG_PARENT_CYCLE'],
      [3, 'ma_cap_tren', 'REORG_PARENT_CYCLE'],
      [5, 'ma_tien_than', 'REORG_ENDED_TWICE'],
      [6, 'ma', 'REORG_DUPLICATE_EVENT'],
    ]);
  });
});
