/**
 * Index 4, Nhân lực số (digital human resources). Wording after 922 §2.5 (training, dedicated IT
 * staff, community digital technology teams, MOOCs) and the candidate list of research-notes §5.2.
 */
import { dept } from './scopes';
import { by, DOC, flag, levels, rate, stepped, type ItemDef } from './model';

export const NHAN_LUC_SO: Record<string, ItemDef> = {
  'nl.tapHuan': (s) => ({
    name: `Tỷ lệ ${s.staffShort} được tập huấn, bồi dưỡng kỹ năng số, chuyển đổi số trong năm`,
    ...rate(['trained', 'Số người được tập huấn, bồi dưỡng trong năm'], ['staff', `Tổng số ${s.staff}`]),
    basis: 'Tính các lớp tập huấn trực tiếp hoặc trực tuyến do các cấp tổ chức; mỗi người tính một lần.',
    evidence: 'Danh sách học viên, giấy chứng nhận hoặc xác nhận của đơn vị tổ chức.',
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'nl.moocs': (s) => ({
    name: `Tỷ lệ ${s.staffShort} hoàn thành khóa học về chuyển đổi số trên nền tảng học trực tuyến mở đại trà (MOOCs)`,
    ...rate(
      ['completed', 'Số người hoàn thành ít nhất một khóa học trên nền tảng MOOCs'],
      ['staff', `Tổng số ${s.staff}`],
    ),
    basis:
      'Khóa học trên nền tảng học trực tuyến mở đại trà (onedx.edu.vn) theo chương trình của Bộ Thông tin và Truyền thông.',
    evidence: 'Danh sách học viên hoàn thành, trích xuất từ nền tảng MOOCs.',
    source: `${s.self}; Nền tảng học trực tuyến mở đại trà (MOOCs)`,
    verifier: s.verifier,
  }),

  'nl.chuyenTrach': (s) => ({
    name: by(s, {
      agency: 'Bố trí cán bộ chuyên trách công nghệ thông tin, chuyển đổi số',
      huyen: 'Bố trí công chức chuyên trách công nghệ thông tin, chuyển đổi số tại các cơ quan cấp huyện',
      xa: 'Bố trí công chức phụ trách công nghệ thông tin, chuyển đổi số cấp xã',
    }),
    ...levels('staffing', 'Hình thức bố trí', [
      ['chuyen_trach', 'Chuyên trách (có chuyên môn CNTT hoặc được bồi dưỡng chuyên sâu)', 1],
      ['kiem_nhiem', 'Kiêm nhiệm', 0.5],
      ['khong', 'Chưa bố trí', 0],
    ]),
    basis: 'Xác định theo văn bản phân công nhiệm vụ và vị trí việc làm.',
    evidence: `Quyết định hoặc văn bản phân công (${DOC}); văn bằng, chứng chỉ của người được phân công.`,
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'nl.lanhDao': (s) => ({
    name: by(s, {
      tinh: 'Tỷ lệ lãnh đạo cơ quan, đơn vị được bồi dưỡng kiến thức về chuyển đổi số',
      cq_huyen: 'Tỷ lệ lãnh đạo cơ quan được bồi dưỡng kiến thức về chuyển đổi số',
      huyen: 'Tỷ lệ lãnh đạo cấp huyện và lãnh đạo các cơ quan cấp huyện được bồi dưỡng về chuyển đổi số',
      xa: 'Tỷ lệ lãnh đạo Đảng ủy, HĐND, UBND cấp xã được bồi dưỡng về chuyển đổi số',
    }),
    ...rate(['trained', 'Số lãnh đạo đã được bồi dưỡng'], ['leaders', 'Tổng số lãnh đạo thuộc đối tượng']),
    basis: 'Bồi dưỡng trong năm đánh giá hoặc năm trước đó, kể cả các lớp trực tuyến.',
    evidence: 'Danh sách học viên, giấy chứng nhận.',
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'nl.chuyenSau': (s) => ({
    name: 'Cán bộ phụ trách công nghệ thông tin được bồi dưỡng chuyên sâu về chuyển đổi số, an toàn thông tin',
    ...flag('advanced', 'Cán bộ phụ trách đã tham gia ít nhất một khóa bồi dưỡng chuyên sâu trong năm'),
    basis:
      'Khóa bồi dưỡng chuyên sâu về quản trị hệ thống, an toàn thông tin, dữ liệu do cơ quan có thẩm quyền tổ chức.',
    evidence: 'Giấy chứng nhận hoặc chứng chỉ khóa bồi dưỡng.',
    source: s.self,
    verifier: s.verifier,
  }),

  'nl.toCns': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} có Tổ công nghệ số cộng đồng`,
    ...rate(
      ['teams', 'Số thôn, tổ dân phố đã thành lập Tổ công nghệ số cộng đồng'],
      ['villages', 'Tổng số thôn, tổ dân phố'],
    ),
    basis:
      'Tổ công nghệ số cộng đồng thành lập theo hướng dẫn của Bộ Thông tin và Truyền thông và UBND tỉnh, đang hoạt động.',
    evidence: `Quyết định thành lập các Tổ (${DOC}); danh sách thành viên.`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nl.toCnsTapHuan': (s) => ({
    name: 'Tỷ lệ thành viên Tổ công nghệ số cộng đồng được tập huấn kỹ năng hướng dẫn người dân',
    ...rate(['trained', 'Số thành viên được tập huấn trong năm'], ['members', 'Tổng số thành viên các Tổ']),
    basis: 'Tập huấn trực tiếp hoặc trực tuyến do các cấp tổ chức.',
    evidence: 'Danh sách thành viên được tập huấn.',
    source: s.self,
    verifier: s.verifier,
  }),

  'nl.phoCap': (s) => ({
    name: `Tỷ lệ người dân trưởng thành ${s.area} được hướng dẫn kỹ năng số cơ bản`,
    ...rate(
      [
        'guided',
        'Số người dân được hướng dẫn (cài đặt, sử dụng dịch vụ công trực tuyến, thanh toán số, an toàn trên mạng)',
      ],
      ['adults', 'Tổng số dân số từ 15 tuổi trở lên'],
      { target: 0.5 },
    ),
    basis:
      'Tính người dân được Tổ công nghệ số cộng đồng, các đoàn thể hướng dẫn trong năm; mỗi người tính một lần.',
    evidence: 'Sổ theo dõi, danh sách người dân được hướng dẫn.',
    source: s.self,
    verifier: s.verifier,
  }),

  'nl.xaCanBo': (s) => ({
    name: 'Tỷ lệ UBND cấp xã có công chức phụ trách chuyển đổi số được tập huấn trong năm',
    ...rate(
      ['trained', 'Số xã có công chức phụ trách được tập huấn'],
      ['communes', 'Tổng số đơn vị hành chính cấp xã'],
    ),
    basis: 'Công chức văn hóa - xã hội hoặc công chức được phân công phụ trách chuyển đổi số cấp xã.',
    evidence: 'Danh sách học viên các lớp tập huấn.',
    source: s.self,
    verifier: dept(s, 'noiVu'),
  }),

  'nl.lopDan': (s) => ({
    name: `Số buổi hướng dẫn kỹ năng số cho người dân ${s.area}`,
    ...stepped(
      'sessions',
      'Số buổi hướng dẫn đã tổ chức trong năm',
      'buổi',
      by(s, {
        huyen: [
          [40, 1],
          [20, 0.5],
          [10, 0.25],
        ],
        xa: [
          [12, 1],
          [6, 0.5],
          [3, 0.25],
        ],
      }),
    ),
    basis: 'Buổi hướng dẫn tập trung tại nhà văn hóa, trường học, chợ hoặc lồng ghép trong sinh hoạt thôn.',
    evidence: 'Kế hoạch, danh sách người tham gia, hình ảnh các buổi hướng dẫn.',
    source: s.self,
    verifier: s.verifier,
  }),
};
