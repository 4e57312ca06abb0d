/**
 * Agency sets: provincial agencies with and without TTHC, district-level agencies. The point split of
 * these 6-index sets is not published (research-notes §5.1): 100 × 4, ATTT 150, activity 450 (1000),
 * activity 250 for the 800-point set, which is the 1000-point set without the DVCTT block. Under 2644:
 * 100 × 5 and activity 500 (or 250 for the 750-point set). Row tag `ATTT` marks 3019's additions.
 */
import { AT, HT, n, NL, NT, o, TC, type SetPlan } from './plan';
import { CQ_HUYEN, TINH } from './scopes';

/** Provincial agencies with TTHC; the no-TTHC set is the same without the DVCTT block. */
export const TINH_CO_TTHC: SetPlan = {
  id: 'TINH_CO_TTHC',
  name: 'Bộ chỉ số DTI các cơ quan cấp tỉnh có thủ tục hành chính',
  unitKind: 'province_agency_tthc',
  scope: TINH,
  max: [1000, 1000],
  withPillars: false,
  indices: [
    {
      code: '1',
      name: NT,
      max: [100, 100],
      rows: [
        o('nt.truongBan', 20, 15),
        o('nt.hop', 20, 20),
        o('nt.vanBan', 20, 20),
        o('nt.chuyenMuc', 20, 15),
        o('nt.tinBai', 20, 15),
        n('nt.ngayCds', 15),
      ],
    },
    {
      code: '2',
      name: TC,
      max: [100, 100],
      rows: [
        o('tc.keHoachNam', 20, 20),
        o('tc.hoanThanh', 20, 20),
        o('tc.quyCheHttt', 20, 15),
        o('tc.kinhPhi', 20, 15),
        o('tc.dauMoi', 20, 15),
        n('tc.duLieu', 15),
      ],
    },
    {
      code: '3',
      name: HT,
      max: [100, 100],
      rows: [
        o('ht.mayTinh', 25, 20),
        o('ht.tslcd', 25, 15),
        o('ht.internet', 25, 15),
        o('ht.lan', 25, 15),
        n('ht.chungThu', 15),
        n('ht.ttdl', 20),
      ],
    },
    {
      code: '4',
      name: NL,
      max: [100, 100],
      rows: [
        o('nl.tapHuan', 25, 25),
        o('nl.moocs', 25, 20),
        o('nl.chuyenTrach', 25, 20),
        o('nl.lanhDao', 25, 20),
        n('nl.chuyenSau', 15),
      ],
    },
    {
      code: '5',
      name: AT,
      max: [100, 150],
      rows: [
        o('at.quyChe', 20, 15),
        o('at.maDoc', 20, 10),
        o('at.tuyenTruyen', 20, 10),
        o('at.thuCongVu', 20, 10),
        o('at.suCo', 20, 15),
        n('at.capDo', 15, 'ATTT'),
        n('at.phuongAn', 15, 'ATTT'),
        n('at.soc', 15, 'ATTT'),
        n('at.dienTap', 10, 'ATTT'),
        n('at.loHong', 10, 'ATTT'),
        n('at.kiemTra', 10, 'ATTT'),
        n('at.bonLop', 15, 'ATTT'),
      ],
    },
    {
      code: '6',
      name: 'Hoạt động chuyển đổi số',
      max: [500, 450],
      rows: [
        o('cd.kySo', 60, 40),
        o('cd.hoSoCongViec', 60, 40),
        o('cd.thuDienTu', 40, 30),
        o('cd.baoCao', 45, 30),
        o('cd.congTtdt', 45, 30),
        o('dv.toanTrinh', 40, 20),
        o('dv.hoSoTrucTuyen', 40, 20),
        o('dv.dungHan', 40, 20),
        o('dv.soHoaTiepNhan', 35, 15),
        o('dv.soHoaKetQua', 35, 15),
        o('dv.thanhToan', 30, 15),
        o('dv.phanAnh', 30, 15),
        n('cd.hopTrucTuyen', 30),
        n('cd.danCu', 25),
        n('cd.duLieuMo', 25),
        n('dv.hoSoToanTrinh', 20),
        n('dv.taiSuDung', 15),
        n('dv.ketQuaDienTu', 15),
        n('dv.chiSo766', 15),
        n('dv.dongBo', 15),
      ],
    },
  ],
};

export const TINH_KHONG_TTHC: SetPlan = {
  ...TINH_CO_TTHC,
  id: 'TINH_KHONG_TTHC',
  name: 'Bộ chỉ số DTI các cơ quan cấp tỉnh không có thủ tục hành chính',
  unitKind: 'province_agency',
  max: [750, 800],
  indices: TINH_CO_TTHC.indices.map((index) =>
    index.code === '6'
      ? { ...index, max: [250, 250], rows: index.rows.filter((row) => !row.key.startsWith('dv.')) }
      : index,
  ),
};

export const CQ_HUYEN_SET: SetPlan = {
  id: 'CQ_HUYEN',
  name: 'Bộ chỉ số DTI các cơ quan cấp huyện',
  unitKind: 'district_agency',
  scope: CQ_HUYEN,
  max: [1000, 1000],
  withPillars: false,
  indices: [
    {
      code: '1',
      name: NT,
      max: [100, 100],
      rows: [
        o('nt.truongBan', 20, 20),
        o('nt.hop', 20, 20),
        o('nt.vanBan', 20, 15),
        o('nt.tinBai', 20, 15),
        o('nt.giaoBan', 20, 15),
        n('nt.ngayCds', 15),
      ],
    },
    {
      code: '2',
      name: TC,
      max: [100, 100],
      rows: [
        o('tc.keHoachNam', 25, 20),
        o('tc.hoanThanh', 25, 25),
        o('tc.quyCheHttt', 25, 20),
        o('tc.dauMoi', 25, 15),
        n('tc.baoCao', 20),
      ],
    },
    {
      code: '3',
      name: HT,
      max: [100, 100],
      rows: [
        o('ht.mayTinh', 25, 20),
        o('ht.tslcd', 25, 15),
        o('ht.internet', 25, 15),
        o('ht.lan', 25, 15),
        n('ht.chungThu', 20),
        n('ht.hopTrucTuyen', 15),
      ],
    },
    {
      code: '4',
      name: NL,
      max: [100, 100],
      rows: [
        o('nl.tapHuan', 25, 25),
        o('nl.moocs', 25, 20),
        o('nl.chuyenTrach', 25, 20),
        o('nl.lanhDao', 25, 20),
        n('nl.chuyenSau', 15),
      ],
    },
    {
      code: '5',
      name: AT,
      max: [100, 150],
      rows: [
        o('at.quyChe', 25, 15),
        o('at.maDoc', 25, 15),
        o('at.tuyenTruyen', 25, 15),
        o('at.thuCongVu', 25, 15),
        // at.suCo is a 2644 item wherever it is used; CQ_HUYEN's sixth ATTT addition is the audit.
        n('at.kiemTra', 15, 'ATTT'),
        n('at.phuTrach', 15, 'ATTT'),
        n('at.dienTap', 15, 'ATTT'),
        n('at.loHong', 15, 'ATTT'),
        n('at.saoLuu', 15, 'ATTT'),
        n('at.maDocTapTrung', 15, 'ATTT'),
      ],
    },
    {
      code: '6',
      name: 'Hoạt động chuyển đổi số',
      max: [500, 450],
      rows: [
        o('cd.kySo', 70, 40),
        o('cd.hoSoCongViec', 70, 40),
        o('cd.thuDienTu', 50, 30),
        o('cd.baoCao', 50, 30),
        o('cd.hopTrucTuyen', 50, 30),
        o('cd.congTtdt', 50, 25),
        o('cd.luuTru', 55, 25),
        o('cd.khoBac', 50, 25),
        o('cd.hoSoCbccvc', 55, 25),
        n('cd.vanBanDen', 30),
        n('cd.duLieuChuyenNganh', 30),
        n('cd.danCu', 30),
        n('cd.phanMem', 30),
        n('cd.kySoCaNhan', 30),
        n('cd.sangKien', 30),
      ],
    },
  ],
};
