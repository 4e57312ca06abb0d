/**
 * The online-public-service block (DVCTT) of index 6, for the sets whose units handle administrative
 * procedures (TTHC). Wording after the Khánh Hòa samples of research-notes §3.1(c) (DVCTT toàn trình,
 * hồ sơ trực tuyến toàn trình), 922 §2.5 and the candidate list of §5.2; the service-quality index of
 * Quyết định 766/QĐ-TTg; digitisation under Nghị định 45/2020/NĐ-CP and 107/2021/NĐ-CP.
 */
import { dept } from './scopes';
import { by, DOC, flag, pct, rate, type ItemDef, type Scope } from './model';

const TAG = ['DVCTT'];

function scopeOf(s: Scope): string {
  return by(s, { tinh: 'thuộc thẩm quyền giải quyết của cơ quan', huyen: 'cấp huyện', xa: 'cấp xã' });
}

function sourceOf(s: Scope): string {
  return `Hệ thống thông tin giải quyết thủ tục hành chính tỉnh; Cổng Dịch vụ công quốc gia; ${s.self}`;
}

export const DICH_VU_CONG: Record<string, ItemDef> = {
  'dv.toanTrinh': (s) => ({
    name: `Tỷ lệ thủ tục hành chính ${scopeOf(s)} đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình`,
    ...rate(
      ['offered', 'Số TTHC đủ điều kiện đã cung cấp dịch vụ công trực tuyến toàn trình'],
      ['eligible', 'Tổng số TTHC đủ điều kiện cung cấp toàn trình theo danh mục được phê duyệt'],
    ),
    basis:
      'Theo danh mục thủ tục hành chính đủ điều kiện cung cấp trực tuyến toàn trình do UBND tỉnh phê duyệt.',
    evidence: 'Danh mục TTHC được phê duyệt; danh sách dịch vụ công trên Cổng Dịch vụ công.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.hoSoTrucTuyen': (s) => ({
    name: `Tỷ lệ hồ sơ thủ tục hành chính ${scopeOf(s)} được tiếp nhận trực tuyến`,
    ...rate(
      ['online', 'Số hồ sơ tiếp nhận trực tuyến (toàn trình và một phần)'],
      ['dossiers', 'Tổng số hồ sơ tiếp nhận của các TTHC có cung cấp dịch vụ công trực tuyến'],
      { target: 0.5 },
    ),
    basis: 'Mục tiêu năm đánh giá 50%: đạt từ 50% trở lên được điểm tối đa.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.dungHan': (s) => ({
    name: `Tỷ lệ hồ sơ thủ tục hành chính ${scopeOf(s)} được giải quyết đúng hạn`,
    ...rate(
      ['onTime', 'Số hồ sơ giải quyết đúng hạn và trước hạn'],
      ['resolved', 'Tổng số hồ sơ đã giải quyết trong năm'],
    ),
    basis: 'Tính cả hồ sơ trực tuyến và trực tiếp trên hệ thống.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.soHoaTiepNhan': (s) => ({
    name: `Tỷ lệ hồ sơ thủ tục hành chính ${scopeOf(s)} được số hóa khi tiếp nhận`,
    ...rate(
      ['digitised', 'Số hồ sơ được số hóa thành phần hồ sơ khi tiếp nhận'],
      ['received', 'Tổng số hồ sơ tiếp nhận trực tiếp'],
    ),
    basis: 'Theo Nghị định số 45/2020/NĐ-CP và Nghị định số 107/2021/NĐ-CP.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.soHoaKetQua': (s) => ({
    name: `Tỷ lệ kết quả giải quyết thủ tục hành chính ${scopeOf(s)} được số hóa`,
    ...rate(
      ['digitised', 'Số kết quả giải quyết được số hóa, lưu trong kho dữ liệu điện tử'],
      ['results', 'Tổng số kết quả giải quyết trong năm'],
    ),
    basis: 'Kết quả được ký số và lưu vào kho quản lý dữ liệu điện tử của tổ chức, cá nhân.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.thanhToan': (s) => ({
    name: `Tỷ lệ hồ sơ thủ tục hành chính ${scopeOf(s)} được thanh toán trực tuyến phí, lệ phí`,
    ...rate(
      ['paidOnline', 'Số hồ sơ thanh toán phí, lệ phí trực tuyến'],
      ['payable', 'Tổng số hồ sơ có phát sinh phí, lệ phí'],
      { target: 0.5 },
    ),
    basis: 'Thanh toán qua Nền tảng thanh toán trực tuyến của Cổng Dịch vụ công quốc gia; mục tiêu 50%.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.phanAnh': (s) => ({
    name: 'Tỷ lệ phản ánh, kiến nghị của người dân, doanh nghiệp được xử lý đúng hạn trên môi trường số',
    ...rate(
      ['onTime', 'Số phản ánh, kiến nghị được trả lời đúng hạn trên hệ thống'],
      ['received', 'Tổng số phản ánh, kiến nghị tiếp nhận'],
    ),
    basis:
      'Phản ánh, kiến nghị qua Cổng Dịch vụ công, tổng đài, ứng dụng của tỉnh; không phát sinh thì không tính.',
    evidence: 'Thống kê từ hệ thống tiếp nhận phản ánh, kiến nghị.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.hoSoToanTrinh': (s) => ({
    name: `Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ của các thủ tục hành chính ${scopeOf(s)} cung cấp toàn trình`,
    ...rate(
      ['fullOnline', 'Số hồ sơ nộp trực tuyến toàn trình'],
      ['dossiers', 'Tổng số hồ sơ của các TTHC đã cung cấp toàn trình'],
      { target: 0.8 },
    ),
    basis: 'Mục tiêu năm đánh giá 80%: đạt từ 80% trở lên được điểm tối đa.',
    evidence: 'Số liệu trên Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số.',
    source: `Hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ Chính phủ số; ${s.self}`,
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.taiSuDung': (s) => ({
    name: 'Tỷ lệ kết quả số hóa được khai thác, tái sử dụng khi giải quyết thủ tục hành chính',
    ...rate(
      ['reused', 'Số hồ sơ có tái sử dụng dữ liệu, kết quả đã số hóa'],
      ['eligible', 'Số hồ sơ có thành phần đã được số hóa trước đó'],
    ),
    basis: 'Người dân không phải nộp lại giấy tờ đã được số hóa; không phát sinh thì không tính.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.ketQuaDienTu': (s) => ({
    name: `Tỷ lệ hồ sơ thủ tục hành chính ${scopeOf(s)} trả kết quả điện tử`,
    ...rate(
      ['electronic', 'Số hồ sơ trả kết quả điện tử có giá trị pháp lý'],
      ['resolved', 'Tổng số hồ sơ đã giải quyết trong năm'],
      { target: 0.5 },
    ),
    basis:
      'Kết quả điện tử ký số gửi qua Cổng Dịch vụ công hoặc kho dữ liệu của người dân, doanh nghiệp; mục tiêu 50%.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.chiSo766': (s) => ({
    name: 'Điểm đánh giá chất lượng phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg',
    inputs: [
      pct(
        'score',
        'Điểm tổng hợp trên Hệ thống đánh giá (thang 100)',
        'Số liệu tại ngày 31/12 của năm đánh giá',
      ),
    ],
    method: { type: 'percent', input: 'score', target: 90 },
    basis:
      'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp theo thời gian thực.',
    evidence: 'Ảnh chụp hoặc trích xuất điểm trên Cổng Dịch vụ công quốc gia.',
    source: 'Cổng Dịch vụ công quốc gia (Bộ chỉ số phục vụ người dân, doanh nghiệp)',
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.dongBo': (s) => ({
    name: 'Tỷ lệ hồ sơ được đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia',
    ...rate(
      ['synced', 'Số hồ sơ đồng bộ đầy đủ trạng thái xử lý'],
      ['dossiers', 'Tổng số hồ sơ tiếp nhận trong năm'],
    ),
    basis: 'Đồng bộ đầy đủ các bước tiếp nhận, xử lý, trả kết quả.',
    evidence: 'Số liệu trên Cổng Dịch vụ công quốc gia.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),

  'dv.danCuTthc': (s) => ({
    name: 'Khai thác dữ liệu dân cư, định danh điện tử (VNeID) trong giải quyết thủ tục hành chính',
    ...flag(
      'used',
      'Đã khai thác dữ liệu dân cư, xác thực bằng tài khoản định danh điện tử khi giải quyết TTHC',
    ),
    basis: 'Triển khai theo Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.',
    evidence: 'Thống kê số lượt khai thác; văn bản triển khai.',
    source: sourceOf(s),
    verifier: dept(s, 'congAn'),
    tags: TAG,
  }),

  'dv.congKhai': (s) => ({
    name: `Tỷ lệ thủ tục hành chính ${scopeOf(s)} được công khai đầy đủ, đúng quy định trên Cổng Dịch vụ công`,
    ...rate(
      ['published', 'Số TTHC được công khai đầy đủ'],
      ['procedures', 'Tổng số TTHC thuộc thẩm quyền giải quyết'],
    ),
    basis: `Công khai trên Cổng Dịch vụ công và tại Bộ phận Một cửa theo quyết định công bố (${DOC}).`,
    evidence: 'Kiểm tra trực tiếp trên Cổng Dịch vụ công; quyết định công bố danh mục TTHC.',
    source: sourceOf(s),
    verifier: dept(s, 'hanhChinhCong'),
    tags: TAG,
  }),
};
