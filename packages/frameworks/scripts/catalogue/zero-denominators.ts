/**
 * What a rate a/b scores when its denominator b is 0, decided per catalogue item by who controls b
 * (issue 16; PROVENANCE.md, "When there is nothing to count"):
 *
 * - `zero`: b counts what the assessed unit itself does or has (meetings it holds or chairs, directives
 *   and documents it issues, tasks of its own plan, its staff, computers and work files). b = 0 means
 *   the unit did nothing, and doing nothing scores 0 — it is never rescaled away.
 * - `exclude`: b counts what the unit does not decide (citizens' and firms' applications, villages,
 *   households, schools, alerts received, tasks and reports required by the level above, systems a
 *   small agency may rightly not run). b = 0 means "không phát sinh": the item leaves the unit's
 *   attainable maximum and the rest is rescaled.
 *
 * Every `ratio` of the catalogue must be listed here (the generator refuses an unlisted one), and
 * `frameworks.test.ts` checks the shipped files follow this table.
 */
export type ZeroChoice = 'zero' | 'exclude';

const Z = (why: string) => ({ choice: 'zero' as const, why });
const X = (why: string) => ({ choice: 'exclude' as const, why });

const STAFF = 'b = the unit’s own staff';
const OWN_COMPUTERS = 'b = the unit’s own computers';
const VILLAGES = 'b = villages of the area';
const COMMUNES = 'b = communes of the district';
const FILED = 'b = applications filed by citizens and firms';
const ECONOMY = 'b = firms, households or facilities of the area';
const PEOPLE = 'b = population of the area';

export const ZERO_DENOMINATORS: Record<string, { choice: ZeroChoice; why: string }> = {
  'nt.chuTri': Z('b = digital-transformation meetings the unit holds'),
  'nt.vanBan': Z('b = thematic directives the unit issues'),
  'nt.loa': X(VILLAGES),
  'tc.hoanThanh': Z('b = tasks due in the year of the unit’s own plan'),
  'tc.nhiemVuGiao': X('b = tasks assigned by the level above'),
  'tc.baoCao': X('b = reports required by the level above'),
  'ht.mayTinh': Z(STAFF),
  'ht.internet': Z(OWN_COMPUTERS),
  'ht.chungThu': Z(STAFF),
  'ht.ttdl': X('b = information systems in operation; a small unit may rightly run none'),
  'ht.song4g': X(VILLAGES),
  'ht.capQuangThon': X(VILLAGES),
  'ht.hoCapQuang': X('b = households of the area'),
  'ht.loa': X(VILLAGES),
  'ht.truong': X('b = schools of the area'),
  'ht.tramYTe': X('b = health stations of the area'),
  'ht.nhaVanHoa': X('b = village halls of the area'),
  'ht.xaTslcd': X(COMMUNES),
  'ht.xaHop': X(COMMUNES),
  'nl.tapHuan': Z(STAFF),
  'nl.moocs': Z(STAFF),
  'nl.lanhDao': Z('b = the unit’s own leaders'),
  'nl.toCns': X(VILLAGES),
  'nl.toCnsTapHuan': Z('b = members of the community digital teams the locality set up'),
  'nl.phoCap': X(PEOPLE),
  'nl.xaCanBo': X(COMMUNES),
  'at.maDoc': Z(OWN_COMPUTERS),
  'at.maDocTapTrung': Z(OWN_COMPUTERS),
  'at.tuyenTruyen': Z(STAFF),
  'at.capDo': X('b = information systems in operation; a small unit may rightly run none'),
  'at.phuongAn': X('b = systems whose security level was approved (follows at.capDo)'),
  'at.loHong': X('b = vulnerability alerts received from outside'),
  'cd.kySo': Z('b = outgoing documents the unit issues'),
  'cd.hoSoCongViec': Z('b = the unit’s own work files'),
  'cd.vanBanDen': X('b = documents received from others'),
  'cd.thuDienTu': Z(STAFF),
  'cd.baoCao': X('b = reporting regimes the level above put on the system'),
  'cd.hopTrucTuyen': Z('b = meetings the unit chairs'),
  'cd.duLieuChuyenNganh': X('b = civil-status books due for digitisation'),
  'cd.luuTru': Z('b = the unit’s own files due for archiving'),
  'cd.hoSoCbccvc': Z(STAFF),
  'cd.kySoCaNhan': Z('b = staff the unit had given signing certificates'),
  'cd.xaTrang': X(COMMUNES),
  'cd.xaKySo': Z('b = the commune’s own officials'),
  'cd.xaChuan': X(COMMUNES),
  'dv.toanTrinh': X('b = procedures on the list approved by the province'),
  'dv.hoSoTrucTuyen': X(FILED),
  'dv.dungHan': X(FILED),
  'dv.soHoaTiepNhan': X(FILED),
  'dv.soHoaKetQua': X(FILED),
  'dv.thanhToan': X(FILED),
  'dv.phanAnh': X('b = complaints and proposals received'),
  'dv.hoSoToanTrinh': X(FILED),
  'dv.taiSuDung': X(FILED),
  'dv.ketQuaDienTu': X(FILED),
  'dv.dongBo': X(FILED),
  'dv.congKhai': X('b = procedures under the unit’s authority, set by law'),
  'kt.nenTang': X(ECONOMY),
  'kt.hopDong': X(ECONOMY),
  'kt.hoaDon': X(ECONOMY),
  'kt.thue': X(ECONOMY),
  'kt.thueHoKinhDoanh': X(ECONOMY),
  'kt.hoSanXuat': X(ECONOMY),
  'kt.tapHuan': X('b = members of co-operatives and firm managers of the area'),
  'kt.qr': X(ECONOMY),
  'kt.cho': X('b = markets of the area'),
  'kt.truyXuat': X('b = OCOP products of the area'),
  'kt.htx': X(ECONOMY),
  'kt.luuTruDuLich': X(ECONOMY),
  'kt.dangKyKinhDoanh': X(FILED),
  'xh.dinhDanh': X(PEOPLE),
  'xh.sucKhoe': X(PEOPLE),
  'xh.tramYTe': X('b = health stations of the area'),
  'xh.hocPhi': X('b = schools of the area'),
  'xh.anSinh': X('b = people receiving benefits'),
  'xh.hocBa': X('b = schools of the area'),
  'xh.kcbCccd': X('b = insured medical visits'),
  'xh.nhomThon': X(VILLAGES),
  'xh.vssid': X('b = insured people of the area'),
  'xh.quanLyTruong': X('b = schools of the area'),
  'xh.chuKySoDan': X(PEOPLE),
};
