/**
 * Index 5, An toàn thông tin mạng (cyber security), where 3019 added 5–7 criteria per set. Wording
 * after 922 §2.5 (security levels, 4-layer model, SOC/NCSC monitoring, drills, anti-malware,
 * periodic audits) and the candidate list of research-notes §5.2.
 */
import { dept } from './scopes';
import { DOC, flag, partsOf, rate, stepped, type ItemDef } from './model';

export const AN_TOAN_THONG_TIN: Record<string, ItemDef> = {
  'at.quyChe': (s) => ({
    name: `Ban hành quy chế bảo đảm an toàn thông tin mạng của ${s.unit}`,
    ...flag('regulation', 'Có quy chế bảo đảm an toàn thông tin mạng còn hiệu lực'),
    basis: 'Quy chế phân định trách nhiệm, quy trình xử lý sự cố, quản lý tài khoản và thiết bị.',
    evidence: `Quyết định ban hành quy chế (${DOC}).`,
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.maDoc': (s) => ({
    name: 'Tỷ lệ máy tính được cài đặt phần mềm phòng, chống mã độc',
    ...rate(
      ['protected', 'Số máy tính có phần mềm phòng, chống mã độc có bản quyền'],
      ['computers', 'Tổng số máy tính phục vụ công việc'],
    ),
    basis: `Tính máy tính đang sử dụng tại ${s.unit}, phần mềm còn hạn sử dụng, được cập nhật mẫu nhận diện.`,
    evidence: 'Danh sách máy tính và phần mềm phòng, chống mã độc; giấy phép sử dụng.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.maDocTapTrung': (s) => ({
    name: 'Tỷ lệ máy tính có phần mềm phòng, chống mã độc được quản lý tập trung',
    ...rate(
      ['managed', 'Số máy tính được quản lý tập trung trên máy chủ quản trị'],
      ['computers', 'Tổng số máy tính phục vụ công việc'],
    ),
    basis:
      'Phần mềm có máy chủ quản trị tập trung, kết nối chia sẻ thông tin với hệ thống giám sát của tỉnh.',
    evidence: 'Báo cáo trích xuất từ máy chủ quản trị tập trung.',
    source: `${s.self}; Sở Thông tin và Truyền thông`,
    verifier: dept(s, 'attt'),
  }),

  'at.tuyenTruyen': (s) => ({
    name: `Tỷ lệ ${s.staffShort} được phổ biến, tuyên truyền nâng cao nhận thức về an toàn thông tin`,
    ...rate(
      ['reached', 'Số người được phổ biến (hội nghị, tập huấn, cẩm nang)'],
      ['staff', `Tổng số ${s.staff}`],
    ),
    basis: 'Phổ biến trong năm về kỹ năng nhận diện lừa đảo, mã độc, bảo vệ tài khoản và dữ liệu cá nhân.',
    evidence: 'Tài liệu phổ biến; danh sách người tham gia.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.thuCongVu': (s) => ({
    name: 'Sử dụng thư điện tử công vụ, không dùng thư điện tử cá nhân để trao đổi văn bản công vụ',
    ...flag('official', 'Toàn bộ văn bản công vụ trao đổi qua thư điện tử đều dùng thư công vụ'),
    basis:
      'Không phát hiện trường hợp dùng thư điện tử cá nhân hoặc mạng xã hội để gửi văn bản công vụ trong năm.',
    evidence: 'Văn bản quán triệt; báo cáo tự kiểm tra.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.suCo': (s) => ({
    name: 'Không để xảy ra sự cố mất an toàn thông tin, lộ lọt thông tin bí mật nhà nước',
    ...flag(
      'noIncident',
      'Trong năm không xảy ra sự cố nghiêm trọng, không lộ lọt thông tin bí mật nhà nước',
    ),
    basis: 'Căn cứ thông báo của cơ quan chức năng; có sự cố do lỗi chủ quan của đơn vị thì không đạt.',
    evidence: 'Báo cáo tự kiểm tra; thông báo của cơ quan chức năng (nếu có).',
    source: `${s.self}; cơ quan chức năng về an toàn thông tin`,
    verifier: dept(s, 'attt'),
  }),

  'at.phuTrach': (s) => ({
    name: `Phân công cán bộ phụ trách an toàn thông tin của ${s.unit}`,
    ...flag('assigned', 'Đã phân công cán bộ phụ trách an toàn thông tin'),
    basis: 'Người được phân công là đầu mối tiếp nhận cảnh báo, phối hợp ứng cứu sự cố.',
    evidence: `Văn bản phân công (${DOC}).`,
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.capDo': (s) => ({
    name: 'Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ đề xuất cấp độ an toàn thông tin',
    ...rate(
      ['approved', 'Số hệ thống thông tin đã được phê duyệt cấp độ'],
      ['systems', 'Tổng số hệ thống thông tin đang vận hành'],
    ),
    basis:
      'Theo Nghị định số 85/2016/NĐ-CP và Thông tư số 12/2022/TT-BTTTT; không có hệ thống thông tin thì không tính.',
    evidence: `Quyết định phê duyệt hồ sơ đề xuất cấp độ (${DOC}).`,
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.phuongAn': (s) => ({
    name: 'Tỷ lệ hệ thống thông tin triển khai đầy đủ phương án bảo đảm an toàn thông tin theo cấp độ',
    ...rate(
      ['implemented', 'Số hệ thống đã triển khai đầy đủ phương án'],
      ['approved', 'Số hệ thống đã được phê duyệt cấp độ'],
    ),
    basis:
      'Phương án theo hồ sơ đề xuất cấp độ đã phê duyệt; không có hệ thống được phê duyệt thì không tính.',
    evidence: 'Báo cáo triển khai phương án; biên bản kiểm tra.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.soc': (s) => ({
    name: 'Kết nối, chia sẻ thông tin giám sát an toàn thông tin với hệ thống giám sát của tỉnh và quốc gia',
    ...flag(
      'connected',
      'Đã kết nối giám sát (SOC) với hệ thống của tỉnh và Trung tâm Giám sát an toàn không gian mạng quốc gia',
    ),
    basis: 'Kết nối đang hoạt động tại ngày 31/12, có xác nhận của Sở Thông tin và Truyền thông.',
    evidence: 'Biên bản kết nối; xác nhận của đơn vị vận hành hệ thống giám sát.',
    source: 'Sở Thông tin và Truyền thông',
    verifier: dept(s, 'attt'),
  }),

  'at.dienTap': (s) => ({
    name: 'Tham gia diễn tập, tập huấn ứng cứu sự cố an toàn thông tin mạng',
    ...stepped('exercises', 'Số lượt tham gia diễn tập, tập huấn ứng cứu sự cố trong năm', 'lượt', [
      [2, 1],
      [1, 0.5],
    ]),
    basis: 'Diễn tập, tập huấn do Bộ Thông tin và Truyền thông, tỉnh hoặc huyện tổ chức.',
    evidence: 'Giấy mời, danh sách tham gia, giấy chứng nhận.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.loHong': (s) => ({
    name: 'Tỷ lệ cảnh báo lỗ hổng, mã độc được xử lý đúng thời hạn',
    ...rate(
      ['handled', 'Số cảnh báo đã xử lý đúng thời hạn'],
      ['alerts', 'Tổng số cảnh báo nhận được trong năm'],
    ),
    basis:
      'Cảnh báo của Bộ Thông tin và Truyền thông, Sở Thông tin và Truyền thông, cơ quan công an; không có cảnh báo thì không tính.',
    evidence: 'Văn bản cảnh báo; báo cáo kết quả xử lý.',
    source: `${s.self}; Sở Thông tin và Truyền thông`,
    verifier: dept(s, 'attt'),
  }),

  'at.kiemTra': (s) => ({
    name: 'Kiểm tra, đánh giá an toàn thông tin định kỳ',
    ...flag('audited', 'Đã tổ chức hoặc được kiểm tra, đánh giá an toàn thông tin trong năm'),
    basis: 'Tự kiểm tra hoặc kiểm tra, đánh giá của cơ quan chuyên trách, doanh nghiệp được cấp phép.',
    evidence: 'Kế hoạch, biên bản hoặc báo cáo kiểm tra.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.bonLop': (s) => ({
    name: 'Triển khai mô hình bảo vệ 4 lớp cho hệ thống thông tin',
    ...partsOf([
      ['onSite', 'Lớp 1: lực lượng tại chỗ', 0.25],
      ['monitoring', 'Lớp 2: tổ chức, doanh nghiệp giám sát, bảo vệ chuyên nghiệp', 0.25],
      ['independent', 'Lớp 3: kiểm tra, đánh giá độc lập', 0.25],
      ['national', 'Lớp 4: kết nối, chia sẻ thông tin với hệ thống giám sát quốc gia', 0.25],
    ]),
    basis:
      'Theo Chỉ thị số 14/CT-TTg ngày 07/6/2019 của Thủ tướng Chính phủ; mỗi lớp được triển khai tính một phần tư điểm.',
    evidence: 'Hợp đồng, văn bản phân công, biên bản cho từng lớp.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),

  'at.saoLuu': (s) => ({
    name: 'Sao lưu dữ liệu quan trọng định kỳ',
    ...flag('backup', 'Dữ liệu quan trọng được sao lưu định kỳ và kiểm tra khôi phục'),
    basis: 'Dữ liệu nghiệp vụ, văn bản, hồ sơ được sao lưu ít nhất mỗi tháng một lần, lưu ở nơi tách biệt.',
    evidence: 'Quy định sao lưu; nhật ký sao lưu.',
    source: s.self,
    verifier: dept(s, 'attt'),
  }),
};
