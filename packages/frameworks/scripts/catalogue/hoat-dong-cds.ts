/**
 * Index 6 without online public services: Hoạt động chuyển đổi số (agency sets) and Hoạt động chính
 * quyền số (locality sets). Wording after 922 §2.5, the Khánh Hòa sample "Tỷ lệ xử lý văn bản, hồ sơ
 * công việc (trừ hồ sơ mật) trên môi trường mạng" (§3.1(c)) and the candidate list of §5.2.
 */
import { dept } from './scopes';
import { by, cap, DOC, flag, levels, partsOf, rate, stepped, type ItemDef } from './model';

const QLVB = 'Hệ thống quản lý văn bản và điều hành của tỉnh';

export const HOAT_DONG_CDS: Record<string, ItemDef> = {
  'cd.kySo': (s) => ({
    name: 'Tỷ lệ văn bản đi được ký số',
    ...rate(
      ['signed', 'Số văn bản đi được ký số (chữ ký số cá nhân và của cơ quan)'],
      ['outgoing', 'Tổng số văn bản đi phát hành trong năm'],
      { hintB: 'Không tính văn bản mật' },
    ),
    basis: 'Số liệu trích xuất từ hệ thống quản lý văn bản, không tính văn bản có nội dung mật.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống quản lý văn bản.',
    source: `${s.self}; ${QLVB}`,
    verifier: s.verifier,
  }),

  'cd.hoSoCongViec': (s) => ({
    name: 'Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ mật)',
    ...rate(
      ['online', 'Số hồ sơ công việc được tạo lập, xử lý trên hệ thống'],
      ['files', 'Tổng số hồ sơ công việc trong năm'],
      { hintB: 'Không tính hồ sơ mật' },
    ),
    basis:
      'Hồ sơ công việc theo danh mục hồ sơ của cơ quan; xử lý toàn bộ quy trình trên hệ thống quản lý văn bản.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống quản lý văn bản; danh mục hồ sơ.',
    source: `${s.self}; ${QLVB}`,
    verifier: s.verifier,
  }),

  'cd.vanBanDen': (s) => ({
    name: 'Tỷ lệ văn bản đến được tiếp nhận, xử lý trên hệ thống quản lý văn bản',
    ...rate(
      ['processed', 'Số văn bản đến được tiếp nhận, chuyển xử lý trên hệ thống'],
      ['incoming', 'Tổng số văn bản đến trong năm'],
    ),
    basis: 'Văn bản giấy đến được số hóa và vào sổ trên hệ thống; không tính văn bản mật.',
    evidence: 'Báo cáo thống kê trích xuất từ hệ thống quản lý văn bản.',
    source: `${s.self}; ${QLVB}`,
    verifier: s.verifier,
  }),

  'cd.thuDienTu': (s) => ({
    name: `Tỷ lệ ${s.staffShort} sử dụng thư điện tử công vụ trong công việc`,
    ...rate(
      ['active', 'Số người có hộp thư công vụ và sử dụng thường xuyên'],
      ['staff', `Tổng số ${s.staff}`],
    ),
    basis: 'Hộp thư có đăng nhập, gửi hoặc nhận thư trong quý IV của năm đánh giá.',
    evidence: 'Thống kê từ hệ thống thư điện tử công vụ của tỉnh.',
    source: `${s.self}; Hệ thống thư điện tử công vụ của tỉnh`,
    verifier: s.verifier,
  }),

  'cd.baoCao': (s) => ({
    name: 'Tỷ lệ chế độ báo cáo định kỳ được thực hiện trên Hệ thống thông tin báo cáo của tỉnh',
    ...rate(
      ['online', 'Số chế độ báo cáo thực hiện trên hệ thống'],
      ['reports', 'Tổng số chế độ báo cáo định kỳ đã được đưa lên hệ thống'],
    ),
    basis:
      'Chế độ báo cáo định kỳ thuộc trách nhiệm của đơn vị đã được tích hợp trên hệ thống; không phát sinh thì không tính.',
    evidence: 'Thống kê từ Hệ thống thông tin báo cáo của tỉnh.',
    source: `${s.self}; Hệ thống thông tin báo cáo của tỉnh`,
    verifier: s.standing,
  }),

  'cd.hopTrucTuyen': (s) => ({
    name: by(s, {
      agency: 'Tỷ lệ cuộc họp của cơ quan được tổ chức trực tuyến hoặc không giấy tờ',
      huyen: 'Tỷ lệ cuộc họp của UBND cấp huyện với cấp xã được tổ chức trực tuyến',
      xa: 'Tỷ lệ cuộc họp của UBND cấp xã được tổ chức trực tuyến hoặc không giấy tờ',
    }),
    ...rate(
      ['online', 'Số cuộc họp trực tuyến hoặc không giấy tờ'],
      ['meetings', 'Tổng số cuộc họp do đơn vị chủ trì trong năm'],
    ),
    basis:
      'Họp không giấy tờ là cuộc họp có tài liệu gửi, xem trên môi trường mạng; không tính họp nội dung mật.',
    evidence: 'Danh sách cuộc họp, hình thức tổ chức.',
    source: s.self,
    verifier: s.verifier,
  }),

  'cd.congTtdt': (s) => ({
    name: by(s, {
      tinh: 'Cung cấp thông tin trên Cổng/Trang thông tin điện tử theo Nghị định số 42/2022/NĐ-CP',
      cq_huyen: 'Cung cấp thông tin về lĩnh vực phụ trách lên Cổng thông tin điện tử cấp huyện',
      huyen: 'Cổng thông tin điện tử cấp huyện cung cấp thông tin theo Nghị định số 42/2022/NĐ-CP',
      xa: 'Trang thông tin điện tử cấp xã cung cấp thông tin theo Nghị định số 42/2022/NĐ-CP',
    }),
    ...partsOf([
      ['complete', 'Có đủ các mục thông tin bắt buộc', 0.5],
      ['updated', 'Thông tin được cập nhật kịp thời, không có mục bỏ trống quá 3 tháng', 0.5],
    ]),
    basis:
      'Kiểm tra trực tiếp trên môi trường mạng theo danh mục thông tin bắt buộc của Nghị định số 42/2022/NĐ-CP.',
    evidence: 'Đường dẫn (URL) các mục thông tin; báo cáo tự kiểm tra.',
    source: `${s.self}; kiểm tra trực tiếp trên ${s.portal}`,
    verifier: s.verifier,
  }),

  'cd.duLieuChuyenNganh': (s) => ({
    name: by(s, {
      agency: 'Cập nhật dữ liệu chuyên ngành vào cơ sở dữ liệu, kho dữ liệu dùng chung của tỉnh',
      huyen:
        'Cập nhật dữ liệu đất đai, hộ tịch, an sinh xã hội của địa phương vào các cơ sở dữ liệu chuyên ngành',
      xa: 'Tỷ lệ sổ hộ tịch được số hóa, cập nhật vào Cơ sở dữ liệu hộ tịch điện tử',
    }),
    ...by(s, {
      agency: levels('updated', 'Mức độ cập nhật', [
        ['day_du', 'Cập nhật đầy đủ, thường xuyên', 1],
        ['mot_phan', 'Cập nhật một phần', 0.5],
        ['chua', 'Chưa cập nhật', 0],
      ]),
      huyen: levels('updated', 'Mức độ cập nhật', [
        ['day_du', 'Cập nhật đầy đủ, thường xuyên', 1],
        ['mot_phan', 'Cập nhật một phần', 0.5],
        ['chua', 'Chưa cập nhật', 0],
      ]),
      xa: rate(
        ['digitised', 'Số sổ hộ tịch đã số hóa, cập nhật'],
        ['books', 'Tổng số sổ hộ tịch thuộc diện số hóa'],
      ),
    }),
    basis: 'Theo danh mục cơ sở dữ liệu và kế hoạch số hóa dữ liệu của tỉnh trong năm đánh giá.',
    evidence: 'Báo cáo kết quả cập nhật, số hóa dữ liệu; thống kê từ hệ thống.',
    source: s.self,
    verifier: by(s, {
      agency: s.standing,
      huyen: 'Sở Tư pháp; Sở Tài nguyên và Môi trường; Sở Lao động - Thương binh và Xã hội',
      xa: 'Phòng Tư pháp cấp huyện',
    }),
  }),

  'cd.danCu': (s) => ({
    name: 'Khai thác, sử dụng Cơ sở dữ liệu quốc gia về dân cư phục vụ công việc',
    ...flag('used', 'Đã được cấp tài khoản và khai thác dữ liệu dân cư trong năm'),
    basis:
      'Khai thác qua nền tảng tích hợp, chia sẻ dữ liệu của tỉnh hoặc ứng dụng được cơ quan công an cấp quyền.',
    evidence: 'Văn bản cấp quyền khai thác; thống kê số lượt khai thác.',
    source: s.self,
    verifier: dept(s, 'congAn'),
  }),

  'cd.duLieuMo': (s) => ({
    name: 'Số bộ dữ liệu mở được công bố trên Cổng dữ liệu của tỉnh',
    inputs: [
      { key: 'datasets', label: 'Số bộ dữ liệu mở đã công bố, còn được cập nhật', type: 'integer', min: 0 },
    ],
    method: { type: 'relative', input: 'datasets' },
    basis: `Điểm so với ${s.unit} có nhiều bộ dữ liệu mở nhất trong nhóm xếp hạng.`,
    evidence: 'Đường dẫn các bộ dữ liệu mở.',
    source: 'Cổng dữ liệu của tỉnh',
    verifier: s.standing,
  }),

  'cd.luuTru': (s) => ({
    name: 'Tỷ lệ hồ sơ, tài liệu được nộp lưu và lưu trữ điện tử',
    ...rate(
      ['archived', 'Số hồ sơ điện tử đã nộp lưu vào lưu trữ cơ quan'],
      ['due', 'Tổng số hồ sơ đến hạn nộp lưu trong năm'],
    ),
    basis:
      'Theo Nghị định số 30/2020/NĐ-CP và hướng dẫn về lưu trữ hồ sơ điện tử; không phát sinh thì không tính.',
    evidence: 'Thống kê từ hệ thống quản lý văn bản hoặc phần mềm lưu trữ.',
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'cd.khoBac': (s) => ({
    name: 'Thực hiện giao dịch điện tử với Kho bạc Nhà nước qua dịch vụ công trực tuyến',
    ...flag('online', 'Toàn bộ hồ sơ kiểm soát chi gửi Kho bạc Nhà nước qua dịch vụ công trực tuyến'),
    basis: 'Đơn vị sử dụng ngân sách thực hiện giao dịch điện tử với Kho bạc Nhà nước trong năm.',
    evidence: 'Xác nhận của Kho bạc Nhà nước; thống kê giao dịch.',
    source: `${s.self}; Kho bạc Nhà nước`,
    verifier: dept(s, 'taiChinh'),
  }),

  'cd.hoSoCbccvc': (s) => ({
    name: `Tỷ lệ hồ sơ ${s.staffShort} được cập nhật trên phần mềm quản lý cán bộ, công chức, viên chức`,
    ...rate(['updated', 'Số hồ sơ đã cập nhật đầy đủ'], ['staff', `Tổng số ${s.staff}`]),
    basis:
      'Hồ sơ được cập nhật trên phần mềm dùng chung của tỉnh, kết nối với Cơ sở dữ liệu quốc gia về cán bộ, công chức, viên chức.',
    evidence: 'Thống kê từ phần mềm quản lý cán bộ, công chức, viên chức.',
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'cd.kySoCaNhan': (s) => ({
    name: `Tỷ lệ ${s.staffShort} sử dụng chữ ký số cá nhân trong xử lý văn bản`,
    ...rate(
      ['signing', 'Số người có ký số ít nhất một văn bản trong quý IV'],
      ['certified', 'Số người được cấp chứng thư số cá nhân'],
    ),
    basis: 'Số liệu trích xuất từ hệ thống quản lý văn bản.',
    evidence: 'Báo cáo thống kê ký số theo người dùng.',
    source: `${s.self}; ${QLVB}`,
    verifier: s.verifier,
  }),

  'cd.phanMem': (s) => ({
    name: 'Ứng dụng phần mềm, hệ thống thông tin chuyên ngành trong công việc',
    ...stepped('systems', 'Số phần mềm, hệ thống thông tin chuyên ngành đang sử dụng', 'hệ thống', [
      [3, 1],
      [2, 0.75],
      [1, 0.5],
    ]),
    basis:
      'Phần mềm, hệ thống do trung ương, tỉnh triển khai hoặc cơ quan tự xây dựng, đang được sử dụng thường xuyên.',
    evidence: 'Danh mục phần mềm, hệ thống; tài khoản sử dụng.',
    source: s.self,
    verifier: s.verifier,
  }),

  'cd.sangKien': (s) => ({
    name: 'Sáng kiến, mô hình, giải pháp chuyển đổi số được áp dụng hiệu quả',
    inputs: [
      { key: 'initiatives', label: 'Số sáng kiến, mô hình, giải pháp đã áp dụng', type: 'integer', min: 0 },
      { key: 'summary', label: 'Tóm tắt sáng kiến, mô hình và hiệu quả', type: 'text' },
    ],
    method: { type: 'manual' },
    basis: `${cap(s.unit)} đề xuất điểm kèm minh chứng; Hội đồng đánh giá mức độ hiệu quả, khả năng nhân rộng.`,
    evidence: `Quyết định công nhận sáng kiến hoặc báo cáo đánh giá hiệu quả (${DOC}).`,
    source: s.self,
    verifier: s.standing,
  }),

  'cd.xaTrang': (s) => ({
    name: 'Tỷ lệ UBND cấp xã có Trang thông tin điện tử cung cấp thông tin theo quy định',
    ...rate(
      ['compliant', 'Số xã có Trang thông tin điện tử đạt yêu cầu'],
      ['communes', 'Tổng số đơn vị hành chính cấp xã'],
    ),
    basis:
      'Trang thông tin điện tử cấp xã (trang thành phần của Cổng thông tin điện tử cấp huyện) đủ các mục thông tin bắt buộc.',
    evidence: 'Danh sách đường dẫn; báo cáo kiểm tra của cấp huyện.',
    source: s.self,
    verifier: s.verifier,
  }),

  'cd.xaKySo': (s) => ({
    name: 'Tỷ lệ cán bộ, công chức cấp xã được cấp và sử dụng chữ ký số',
    ...rate(
      ['signing', 'Số cán bộ, công chức cấp xã có chữ ký số và sử dụng trong năm'],
      ['staff', 'Tổng số cán bộ, công chức cấp xã'],
    ),
    basis: 'Tính trên toàn bộ các xã, phường, thị trấn của huyện.',
    evidence: 'Danh sách chứng thư số; thống kê ký số trên hệ thống quản lý văn bản.',
    source: `${s.self}; ${QLVB}`,
    verifier: s.verifier,
  }),

  'cd.xaChuan': (s) => ({
    name: 'Tỷ lệ xã, phường, thị trấn đạt mức Nâng cao trở lên theo Bộ chỉ số DTI cấp xã năm trước',
    ...rate(
      ['advanced', 'Số xã đạt mức Nâng cao hoặc Dẫn dắt theo kết quả đã công bố của năm trước'],
      ['communes', 'Tổng số đơn vị hành chính cấp xã'],
    ),
    // The same year's commune results are appraised after the district's own deadline: no district
    // could fill this in, so the item reads the last published results (PROVENANCE.md).
    basis:
      'Theo kết quả DTI cấp xã của năm liền trước năm đánh giá, đã được Hội đồng thẩm định và công bố ' +
      '(kết quả cấp xã của năm đánh giá chỉ có sau hạn tự đánh giá của cấp huyện).',
    evidence: 'Kết quả tự đánh giá và thẩm định DTI cấp xã.',
    source: 'Kết quả đánh giá DTI cấp xã',
    verifier: s.standing,
  }),

  'cd.ioc': (s) => ({
    name: 'Trung tâm giám sát, điều hành thông minh (IOC) cấp huyện',
    ...levels('status', 'Tình trạng triển khai', [
      ['van_hanh', 'Đã đưa vào vận hành, kết nối với IOC của tỉnh', 1],
      ['trien_khai', 'Đang triển khai (đã phê duyệt chủ trương, dự án)', 0.5],
      ['chua', 'Chưa triển khai', 0],
    ]),
    basis: 'Trung tâm giám sát, điều hành đô thị thông minh hoặc hệ thống tương đương ở cấp huyện.',
    evidence: `Quyết định phê duyệt, biên bản nghiệm thu (${DOC}).`,
    source: s.self,
    verifier: s.standing,
  }),
};
