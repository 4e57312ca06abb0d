/** The wording of each kind of assessed unit (see `Scope`). */
import type { Scope } from './model';

const SO_TTTT = 'Sở Thông tin và Truyền thông';
const PHONG_VHTT = 'Phòng Văn hóa và Thông tin cấp huyện';

/** Provincial agencies (sở, ban, ngành; cơ quan Đảng, MTTQ, đoàn thể cấp tỉnh). */
export const TINH: Scope = {
  level: 'tinh',
  unit: 'cơ quan, đơn vị',
  head: 'người đứng đầu cơ quan, đơn vị',
  deputy: 'cấp phó của người đứng đầu',
  staff: 'cán bộ, công chức, viên chức (CBCCVC) của cơ quan, đơn vị',
  staffShort: 'CBCCVC',
  steering: 'Ban chỉ đạo (hoặc Tổ công tác) chuyển đổi số của cơ quan, đơn vị',
  portal: 'Cổng/Trang thông tin điện tử của cơ quan, đơn vị',
  area: '',
  self: 'Cơ quan, đơn vị tự đánh giá, cung cấp số liệu',
  verifier: SO_TTTT,
  standing: SO_TTTT,
};

/** District-level agencies (phòng, ban chuyên môn và cơ quan cấp huyện). */
export const CQ_HUYEN: Scope = {
  level: 'cq_huyen',
  unit: 'cơ quan cấp huyện',
  head: 'người đứng đầu cơ quan',
  deputy: 'cấp phó của người đứng đầu',
  staff: 'cán bộ, công chức, viên chức (CBCCVC) của cơ quan',
  staffShort: 'CBCCVC',
  steering: 'Tổ công tác chuyển đổi số của cơ quan',
  portal: 'chuyên mục của cơ quan trên Cổng thông tin điện tử cấp huyện',
  area: '',
  self: 'Cơ quan tự đánh giá, cung cấp số liệu',
  verifier: PHONG_VHTT,
  standing: PHONG_VHTT,
};

/** District-level localities (UBND huyện, thị xã, thành phố). */
export const HUYEN: Scope = {
  level: 'huyen',
  unit: 'UBND cấp huyện',
  head: 'Chủ tịch UBND cấp huyện',
  deputy: 'Phó Chủ tịch UBND cấp huyện',
  staff: 'cán bộ, công chức, viên chức (CBCCVC) cấp huyện',
  staffShort: 'CBCCVC cấp huyện',
  steering: 'Ban chỉ đạo chuyển đổi số cấp huyện',
  portal: 'Cổng thông tin điện tử cấp huyện',
  area: 'trên địa bàn huyện',
  self: 'UBND cấp huyện cung cấp',
  verifier: SO_TTTT,
  standing: SO_TTTT,
};

/** Commune-level localities (UBND xã, phường, thị trấn). */
export const XA: Scope = {
  level: 'xa',
  unit: 'UBND cấp xã',
  head: 'Chủ tịch UBND cấp xã',
  deputy: 'Phó Chủ tịch UBND cấp xã',
  staff: 'cán bộ, công chức cấp xã',
  staffShort: 'cán bộ, công chức cấp xã',
  steering: 'Ban chỉ đạo chuyển đổi số cấp xã',
  portal: 'Trang thông tin điện tử cấp xã',
  area: 'trên địa bàn xã',
  self: 'UBND cấp xã cung cấp',
  verifier: PHONG_VHTT,
  standing: PHONG_VHTT,
};

/** Departments that co-verify data, named at the level that matches the assessed unit. */
export type Dept =
  | 'noiVu'
  | 'taiChinh'
  | 'hanhChinhCong'
  | 'congAn'
  | 'yTe'
  | 'giaoDuc'
  | 'laoDong'
  | 'congThuong'
  | 'nongNghiep'
  | 'thue'
  | 'nganHang'
  | 'bhxh'
  | 'vienThong'
  | 'duLich'
  | 'keHoach'
  | 'attt';

const PROVINCE: Record<Dept, string> = {
  noiVu: 'Sở Nội vụ',
  taiChinh: 'Sở Tài chính',
  hanhChinhCong: 'Văn phòng UBND tỉnh (Trung tâm Phục vụ hành chính công tỉnh)',
  congAn: 'Công an tỉnh',
  yTe: 'Sở Y tế',
  giaoDuc: 'Sở Giáo dục và Đào tạo',
  laoDong: 'Sở Lao động - Thương binh và Xã hội',
  congThuong: 'Sở Công Thương',
  nongNghiep: 'Sở Nông nghiệp và Phát triển nông thôn',
  thue: 'Cục Thuế tỉnh',
  nganHang: 'Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai',
  bhxh: 'Bảo hiểm xã hội tỉnh',
  vienThong: 'Sở Thông tin và Truyền thông; các doanh nghiệp viễn thông trên địa bàn',
  duLich: 'Sở Du lịch',
  keHoach: 'Sở Kế hoạch và Đầu tư',
  attt: 'Sở Thông tin và Truyền thông; Công an tỉnh (Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao)',
};

const DISTRICT: Record<Dept, string> = {
  noiVu: 'Phòng Nội vụ cấp huyện',
  taiChinh: 'Phòng Tài chính - Kế hoạch cấp huyện',
  hanhChinhCong: 'Văn phòng HĐND và UBND cấp huyện (Bộ phận Một cửa cấp huyện)',
  congAn: 'Công an cấp huyện',
  yTe: 'Trung tâm Y tế cấp huyện',
  giaoDuc: 'Phòng Giáo dục và Đào tạo cấp huyện',
  laoDong: 'Phòng Lao động - Thương binh và Xã hội cấp huyện',
  congThuong: 'Phòng Kinh tế (Kinh tế và Hạ tầng) cấp huyện',
  nongNghiep: 'Phòng Nông nghiệp và Phát triển nông thôn (Phòng Kinh tế) cấp huyện',
  thue: 'Chi cục Thuế khu vực',
  nganHang: 'Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai; Phòng Tài chính - Kế hoạch cấp huyện',
  bhxh: 'Bảo hiểm xã hội cấp huyện',
  vienThong: 'Phòng Văn hóa và Thông tin cấp huyện; các doanh nghiệp viễn thông trên địa bàn',
  duLich: 'Phòng Văn hóa và Thông tin cấp huyện',
  keHoach: 'Phòng Tài chính - Kế hoạch cấp huyện',
  attt: 'Phòng Văn hóa và Thông tin cấp huyện; Công an cấp huyện',
};

/**
 * The department that co-verifies a kind of data: provincial departments for provincial agencies
 * and districts, district offices for district agencies and communes.
 */
export function dept(s: Scope, which: Dept): string {
  return s.level === 'tinh' || s.level === 'huyen' ? PROVINCE[which] : DISTRICT[which];
}
