/**
 * Index 2, Thể chế số (digital institutions). Wording after 922 §2.5 (resolutions, 5-year and annual
 * plans, budget, data regulations) and the candidate list of research-notes §5.2.
 */
import { dept } from './scopes';
import { by, DOC, flag, levels, partsOf, rate, type ItemDef } from './model';

export const THE_CHE_SO: Record<string, ItemDef> = {
  'tc.nghiQuyet': (s) => ({
    name: by(s, {
      huyen: 'Cấp ủy cấp huyện ban hành nghị quyết, chỉ thị hoặc kết luận chuyên đề về chuyển đổi số',
      xa: 'Đảng ủy cấp xã ban hành nghị quyết hoặc kết luận chuyên đề về chuyển đổi số',
    }),
    ...flag('resolution', 'Có nghị quyết, chỉ thị hoặc kết luận chuyên đề về chuyển đổi số còn hiệu lực'),
    basis:
      'Văn bản của cấp ủy triển khai Nghị quyết số 20-NQ/TU ngày 17/01/2022 của Ban Thường vụ Tỉnh ủy về chuyển đổi số.',
    evidence: `Nghị quyết, chỉ thị hoặc kết luận của cấp ủy (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.keHoach5Nam': (s) => ({
    name: 'Kế hoạch chuyển đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030',
    ...flag('plan', 'Đã ban hành kế hoạch chuyển đổi số giai đoạn 2021 - 2025'),
    basis: `Kế hoạch giai đoạn của ${s.unit}, cụ thể hóa kế hoạch chuyển đổi số của tỉnh.`,
    evidence: `Kế hoạch giai đoạn (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.keHoachNam': (s) => ({
    name: `Ban hành kế hoạch chuyển đổi số năm của ${s.unit}`,
    ...levels('issued', 'Thời điểm ban hành kế hoạch năm', [
      ['truoc_31_01', 'Ban hành trước ngày 31/01 của năm đánh giá', 1],
      ['quy_1', 'Ban hành trong quý I', 0.5],
      ['sau_quy_1', 'Ban hành sau quý I', 0.25],
      ['khong', 'Không ban hành', 0],
    ]),
    basis:
      'Kế hoạch năm phải có nhiệm vụ, sản phẩm, thời hạn và đơn vị chủ trì; xác định theo ngày ký ban hành.',
    evidence: `Kế hoạch chuyển đổi số năm (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.hoanThanh': (s) => ({
    name: 'Tỷ lệ nhiệm vụ trong kế hoạch chuyển đổi số năm hoàn thành đúng hạn',
    ...rate(
      ['done', 'Số nhiệm vụ hoàn thành đúng hạn'],
      ['tasks', 'Tổng số nhiệm vụ có thời hạn trong năm của kế hoạch'],
    ),
    basis: 'Chỉ tính các nhiệm vụ có thời hạn hoàn thành trong năm đánh giá.',
    evidence: 'Báo cáo kết quả thực hiện kế hoạch, kèm danh mục nhiệm vụ và tình trạng hoàn thành.',
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.nhiemVuGiao': (s) => ({
    name: by(s, {
      agency: 'Tỷ lệ nhiệm vụ chuyển đổi số được cấp trên giao hoàn thành đúng hạn',
      locality: 'Tỷ lệ nhiệm vụ chuyển đổi số được UBND tỉnh giao hoàn thành đúng hạn',
    }),
    ...rate(
      ['done', 'Số nhiệm vụ được giao đã hoàn thành đúng hạn'],
      ['assigned', 'Tổng số nhiệm vụ được giao có thời hạn trong năm'],
    ),
    basis: 'Nhiệm vụ được giao tại các văn bản chỉ đạo, kế hoạch chuyển đổi số của cấp trên.',
    evidence: `Văn bản giao nhiệm vụ; báo cáo kết quả thực hiện (${DOC}).`,
    source: `${s.self}; theo dõi của ${s.standing}`,
    verifier: s.standing,
  }),

  'tc.quyCheHttt': (s) => ({
    name: by(s, {
      tinh: 'Ban hành quy chế quản lý, sử dụng các hệ thống thông tin dùng chung trong cơ quan, đơn vị',
      cq_huyen: 'Ban hành quy định nội bộ về sử dụng các hệ thống thông tin dùng chung',
      locality: `Ban hành quy chế quản lý, sử dụng các hệ thống thông tin dùng chung của ${s.unit}`,
    }),
    ...flag('regulation', 'Có quy chế (quy định) còn hiệu lực'),
    basis:
      'Quy chế áp dụng cho hệ thống quản lý văn bản và điều hành, thư điện tử công vụ, hệ thống một cửa điện tử (nếu có).',
    evidence: `Quyết định ban hành quy chế (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.kinhPhi': (s) => ({
    name: 'Bố trí và giải ngân kinh phí thực hiện nhiệm vụ chuyển đổi số',
    ...partsOf([
      ['budgeted', 'Dự toán năm có kinh phí riêng cho nhiệm vụ chuyển đổi số', 0.5],
      ['disbursed', 'Giải ngân từ 80% kinh phí chuyển đổi số được giao trở lên', 0.5],
    ]),
    basis:
      'Kinh phí từ ngân sách nhà nước và nguồn hợp pháp khác dành cho ứng dụng CNTT, chuyển đổi số trong năm.',
    evidence: `Quyết định giao dự toán (${DOC}); báo cáo giải ngân đến ngày 31/12.`,
    source: s.self,
    verifier: dept(s, 'taiChinh'),
  }),

  'tc.dauMoi': (s) => ({
    name: 'Phân công lãnh đạo phụ trách và cán bộ đầu mối chuyển đổi số',
    ...flag('assigned', 'Đã phân công lãnh đạo phụ trách và cán bộ đầu mối chuyển đổi số'),
    basis: `Văn bản phân công của ${s.unit} còn hiệu lực, ghi rõ họ tên, chức vụ, số điện thoại, thư điện tử của người được phân công.`,
    evidence: `Quyết định hoặc văn bản phân công (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.chinhSach': (s) => ({
    name: 'Cơ chế, chính sách hỗ trợ người dân, doanh nghiệp trên địa bàn tham gia chuyển đổi số',
    ...flag('policy', 'Đã ban hành cơ chế, chính sách hỗ trợ'),
    basis:
      'Chính sách hỗ trợ (kinh phí, thiết bị, đào tạo, miễn giảm chi phí) do cấp huyện ban hành hoặc triển khai trong năm.',
    evidence: `Văn bản ban hành chính sách (${DOC}); báo cáo kết quả hỗ trợ.`,
    source: s.self,
    verifier: s.verifier,
  }),

  'tc.baoCao': (s) => ({
    name: 'Tỷ lệ báo cáo về chuyển đổi số gửi cơ quan thường trực đúng hạn',
    ...rate(
      ['onTime', 'Số báo cáo gửi đúng hạn'],
      ['required', 'Tổng số báo cáo định kỳ, đột xuất về chuyển đổi số được yêu cầu'],
    ),
    basis: `Báo cáo gửi ${s.standing} theo yêu cầu trong năm, xác định theo thời điểm gửi trên hệ thống quản lý văn bản.`,
    evidence: `Danh mục báo cáo đã gửi (${DOC}, ngày gửi).`,
    source: `${s.self}; Hệ thống quản lý văn bản và điều hành`,
    verifier: s.standing,
  }),

  'tc.duLieu': (s) => ({
    name: 'Ban hành danh mục cơ sở dữ liệu và kế hoạch xây dựng, chia sẻ dữ liệu của cơ quan, đơn vị',
    ...flag('catalogue', 'Đã ban hành danh mục cơ sở dữ liệu và kế hoạch chia sẻ dữ liệu'),
    basis: 'Theo Nghị định số 47/2020/NĐ-CP về quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước.',
    evidence: `Văn bản ban hành danh mục, kế hoạch (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),
};
