/**
 * Index 1, Nhận thức số (digital awareness). Wording after the district table of research-notes §3.1(a)
 * (steering-committee meetings 4/3/2/1, leader chairs meetings a/b, directives signed a/b, portal
 * section), Đồng Tháp §3.1(b) (head of the steering committee: full / half / none) and 922 §2.5.
 */
import { by, cap, DOC, flag, levels, partsOf, rate, stepped, type ItemDef } from './model';

export const NHAN_THUC_SO: Record<string, ItemDef> = {
  'nt.truongBan': (s) => ({
    name: by(s, {
      tinh: `${cap(s.head)} trực tiếp làm Trưởng ban chỉ đạo (Tổ trưởng Tổ công tác) chuyển đổi số`,
      cq_huyen: `${cap(s.head)} trực tiếp làm Tổ trưởng Tổ công tác chuyển đổi số`,
      huyen: 'Bí thư cấp ủy cấp huyện hoặc Chủ tịch UBND cấp huyện làm Trưởng Ban chỉ đạo chuyển đổi số',
      xa: 'Bí thư Đảng ủy hoặc Chủ tịch UBND cấp xã làm Trưởng Ban chỉ đạo chuyển đổi số',
    }),
    ...levels(
      'head',
      'Người làm Trưởng ban (Tổ trưởng)',
      by(s, {
        agency: [
          ['nguoi_dung_dau', 'Người đứng đầu cơ quan, đơn vị', 1],
          ['cap_pho', 'Cấp phó của người đứng đầu', 0.5],
          ['khong', 'Chưa thành lập, hoặc người khác', 0],
        ],
        locality: [
          ['bi_thu_chu_tich', 'Bí thư cấp ủy hoặc Chủ tịch UBND', 1],
          ['pho', 'Phó Bí thư cấp ủy hoặc Phó Chủ tịch UBND', 0.5],
          ['khong', 'Chưa thành lập, hoặc Trưởng ban không phải lãnh đạo chủ chốt', 0],
        ],
      }),
    ),
    basis: `Căn cứ quyết định thành lập, kiện toàn ${s.steering} còn hiệu lực trong năm đánh giá.`,
    evidence: `Quyết định thành lập hoặc kiện toàn ${s.steering} (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.hop': (s) => ({
    name: `${s.steering} họp trong năm`,
    ...stepped('meetings', 'Số cuộc họp của Ban chỉ đạo (Tổ công tác) trong năm', 'cuộc', [
      [4, 1],
      [3, 0.75],
      [2, 0.5],
      [1, 0.25],
    ]),
    basis: 'Đếm các cuộc họp (phiên họp) có thông báo kết luận trong năm; bình quân mỗi quý một cuộc.',
    evidence: `Thông báo kết luận các cuộc họp (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.chuTri': (s) => ({
    name: by(s, {
      agency: `${cap(s.head)} chủ trì các cuộc họp về chuyển đổi số`,
      huyen: 'Bí thư cấp ủy cấp huyện, Chủ tịch UBND cấp huyện chủ trì các cuộc họp về chuyển đổi số',
      xa: 'Bí thư Đảng ủy, Chủ tịch UBND cấp xã chủ trì các cuộc họp về chuyển đổi số',
    }),
    ...rate(
      ['chaired', 'Số cuộc họp về chuyển đổi số do người đứng đầu chủ trì'],
      ['meetings', 'Tổng số cuộc họp về chuyển đổi số đã tổ chức trong năm'],
    ),
    basis: 'Tính trên các cuộc họp chuyên đề về chuyển đổi số của Ban chỉ đạo và của lãnh đạo trong năm.',
    evidence: `Thông báo kết luận hoặc biên bản các cuộc họp, ghi rõ người chủ trì (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.vanBan': (s) => ({
    name: `Văn bản chỉ đạo chuyên đề về chuyển đổi số do ${s.head} ký`,
    ...rate(
      ['signedByHead', 'Số văn bản chỉ đạo chuyên đề về chuyển đổi số do người đứng đầu ký'],
      ['directives', 'Tổng số văn bản chỉ đạo chuyên đề về chuyển đổi số đã ban hành'],
    ),
    basis:
      'Văn bản chỉ đạo chuyên đề gồm chỉ thị, kế hoạch, công văn chỉ đạo riêng về chuyển đổi số ban hành trong năm.',
    evidence: `Danh mục văn bản chỉ đạo chuyên đề (${DOC}, người ký).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.chuyenMuc': (s) => ({
    name: `${cap(s.portal)} có chuyên mục về chuyển đổi số, cập nhật thường xuyên`,
    ...partsOf([
      ['hasSection', 'Có chuyên mục riêng về chuyển đổi số', 0.5],
      ['monthly', 'Chuyên mục được cập nhật tin, bài ít nhất mỗi tháng một lần', 0.5],
    ]),
    basis: 'Kiểm tra trực tiếp trên môi trường mạng tại thời điểm thẩm định và lịch sử đăng tin trong năm.',
    evidence: 'Đường dẫn (URL) của chuyên mục; danh sách tin, bài đã đăng theo tháng.',
    source: `${s.self}; kiểm tra trực tiếp trên ${s.portal}`,
    verifier: s.verifier,
  }),

  'nt.tinBai': (s) => ({
    name: 'Số tin, bài tuyên truyền về chuyển đổi số được đăng tải trong năm',
    ...stepped(
      'articles',
      'Số tin, bài về chuyển đổi số đã đăng tải',
      'tin, bài',
      by(s, {
        agency: [
          [24, 1],
          [12, 0.5],
          [6, 0.25],
        ],
        locality: [
          [48, 1],
          [24, 0.75],
          [12, 0.5],
          [6, 0.25],
        ],
      }),
    ),
    basis: `Tin, bài đăng trên ${s.portal}, mạng xã hội chính thức và phương tiện thông tin đại chúng; không tính tin đăng lại.`,
    evidence: 'Danh sách tin, bài (tiêu đề, ngày đăng, đường dẫn).',
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.ngayCds': (s) => ({
    name: 'Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia (10/10)',
    ...partsOf([
      ['plan', 'Ban hành kế hoạch hoặc văn bản hưởng ứng Ngày Chuyển đổi số quốc gia', 0.5],
      [
        'activities',
        'Tổ chức ít nhất một hoạt động hưởng ứng (hội nghị, tuyên truyền, hướng dẫn kỹ năng số)',
        0.5,
      ],
    ]),
    basis:
      'Theo Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ về Ngày Chuyển đổi số quốc gia.',
    evidence: `Kế hoạch, văn bản hưởng ứng (${DOC}); báo cáo, hình ảnh hoạt động đã tổ chức.`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.giaoBan': (s) => ({
    name: 'Nội dung chuyển đổi số được đưa vào chương trình công tác và giao ban định kỳ',
    ...flag('onAgenda', 'Chương trình công tác năm và giao ban định kỳ có nội dung chuyển đổi số'),
    basis: `Chương trình công tác năm của ${s.unit} có nhiệm vụ chuyển đổi số và ít nhất một kỳ giao ban mỗi quý đánh giá tiến độ chuyển đổi số.`,
    evidence: `Chương trình công tác năm; thông báo kết luận giao ban (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.loa': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} được tuyên truyền về chuyển đổi số qua hệ thống truyền thanh cơ sở`,
    ...rate(
      ['reached', 'Số thôn, tổ dân phố có phát nội dung tuyên truyền về chuyển đổi số'],
      ['villages', 'Tổng số thôn, tổ dân phố'],
    ),
    basis: 'Tính thôn, tổ dân phố được phát ít nhất một chương trình tuyên truyền về chuyển đổi số mỗi quý.',
    evidence: 'Lịch phát sóng, nhật ký phát thanh của đài truyền thanh cơ sở.',
    source: s.self,
    verifier: s.verifier,
  }),

  'nt.hoiThi': (s) => ({
    name: 'Tổ chức hội nghị, hội thi, diễn đàn chuyên đề về chuyển đổi số',
    ...stepped('events', 'Số hội nghị, hội thi, diễn đàn chuyên đề đã tổ chức', 'sự kiện', [
      [2, 1],
      [1, 0.5],
    ]),
    basis: `Tính các sự kiện chuyên đề về chuyển đổi số do ${s.unit} chủ trì tổ chức trong năm.`,
    evidence: `Kế hoạch tổ chức, báo cáo kết quả (${DOC}).`,
    source: s.self,
    verifier: s.verifier,
  }),
};
