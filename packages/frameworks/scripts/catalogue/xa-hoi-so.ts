/**
 * Index 8, Hoạt động xã hội số (locality sets). Wording after the Khánh Hòa samples of research-notes
 * §3.1(c) (smartphones 15+, QĐ 411/QĐ-TTg; trạm y tế theo QĐ 3532/QĐ-BYT), 922 §2.5 (VNeID, e-payment,
 * electronic health records) and the candidate list of §5.2.
 */
import { dept } from './scopes';
import { by, levels, pct, rate, type ItemDef } from './model';

export const XA_HOI_SO: Record<string, ItemDef> = {
  'xh.smartphone': (s) => ({
    name: `Tỷ lệ dân số trưởng thành (từ 15 tuổi trở lên) ${s.area} có điện thoại thông minh`,
    inputs: [pct('share', 'Tỷ lệ dân số từ 15 tuổi trở lên có điện thoại thông minh (%)')],
    method: { type: 'percent', input: 'share', target: 85 },
    basis: 'Theo Quyết định số 411/QĐ-TTg; số liệu của các doanh nghiệp viễn thông hoặc khảo sát.',
    evidence: 'Số liệu của doanh nghiệp viễn thông hoặc kết quả khảo sát.',
    source: `${s.self}; các doanh nghiệp viễn thông`,
    verifier: dept(s, 'vienThong'),
  }),

  'xh.dinhDanh': (s) => ({
    name: `Tỷ lệ người dân ${s.area} có tài khoản định danh điện tử mức độ 2 được kích hoạt`,
    ...rate(
      ['activated', 'Số tài khoản định danh điện tử mức 2 đã kích hoạt'],
      ['eligible', 'Tổng số công dân thuộc diện cấp tài khoản'],
    ),
    basis: 'Theo số liệu của cơ quan công an tại ngày 31/12.',
    evidence: 'Số liệu của cơ quan công an.',
    source: 'Cơ quan công an',
    verifier: dept(s, 'congAn'),
  }),

  'xh.thanhToan': (s) => ({
    name: `Tỷ lệ dân số trưởng thành ${s.area} có tài khoản thanh toán điện tử`,
    inputs: [pct('share', 'Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản ngân hàng hoặc ví điện tử (%)')],
    method: { type: 'percent', input: 'share', target: 80 },
    basis: 'Tài khoản giao dịch tại ngân hàng hoặc ví điện tử, Mobile Money.',
    evidence: 'Số liệu của ngân hàng, doanh nghiệp viễn thông hoặc kết quả khảo sát.',
    source: `${s.self}; các ngân hàng, doanh nghiệp viễn thông`,
    verifier: dept(s, 'nganHang'),
  }),

  'xh.sucKhoe': (s) => ({
    name: `Tỷ lệ người dân ${s.area} có hồ sơ sức khỏe điện tử`,
    ...rate(['records', 'Số người có hồ sơ sức khỏe điện tử'], ['population', 'Tổng dân số']),
    basis: 'Hồ sơ sức khỏe điện tử được lập và cập nhật trên hệ thống của ngành y tế.',
    evidence: 'Số liệu của ngành y tế.',
    source: 'Ngành y tế',
    verifier: dept(s, 'yTe'),
  }),

  'xh.tramYTe': (s) => ({
    name: by(s, {
      huyen: 'Tỷ lệ trạm y tế xã triển khai hệ thống thông tin quản lý trạm y tế xã',
      xa: 'Trạm y tế xã triển khai hệ thống thông tin quản lý trạm y tế',
    }),
    ...by(s, {
      huyen: rate(['using', 'Số trạm y tế triển khai hệ thống'], ['stations', 'Tổng số trạm y tế xã']),
      xa: levels('status', 'Mức độ triển khai', [
        ['day_du', 'Triển khai đầy đủ các phân hệ', 1],
        ['mot_phan', 'Triển khai một phần', 0.5],
        ['chua', 'Chưa triển khai', 0],
      ]),
    }),
    basis: 'Theo Quyết định số 3532/QĐ-BYT về hệ thống thông tin quản lý trạm y tế xã, phường, thị trấn.',
    evidence: 'Xác nhận của ngành y tế.',
    source: 'Ngành y tế',
    verifier: dept(s, 'yTe'),
  }),

  'xh.hocPhi': (s) => ({
    name: `Tỷ lệ trường học ${s.area} thu học phí và các khoản thu không dùng tiền mặt`,
    ...rate(['cashless', 'Số trường thu không dùng tiền mặt'], ['schools', 'Tổng số trường']),
    basis: 'Trường mầm non, tiểu học, trung học cơ sở; thu qua ngân hàng, ví điện tử hoặc cổng thanh toán.',
    evidence: 'Số liệu của ngành giáo dục.',
    source: 'Ngành giáo dục',
    verifier: dept(s, 'giaoDuc'),
  }),

  'xh.anSinh': (s) => ({
    name: `Tỷ lệ chi trả an sinh xã hội ${s.area} không dùng tiền mặt`,
    ...rate(
      ['cashless', 'Số đối tượng nhận trợ cấp qua tài khoản'],
      ['beneficiaries', 'Tổng số đối tượng hưởng trợ cấp, chính sách'],
    ),
    basis: 'Trợ cấp xã hội, ưu đãi người có công chi trả qua tài khoản ngân hàng hoặc ví điện tử.',
    evidence: 'Số liệu chi trả của ngành lao động - thương binh và xã hội.',
    source: s.self,
    verifier: dept(s, 'laoDong'),
  }),

  'xh.hocBa': (s) => ({
    name: `Tỷ lệ trường học ${s.area} sử dụng sổ điểm, học bạ điện tử`,
    ...rate(
      ['digital', 'Số trường sử dụng sổ điểm, học bạ điện tử'],
      ['schools', 'Tổng số trường phổ thông'],
    ),
    basis: 'Theo hướng dẫn của Bộ Giáo dục và Đào tạo.',
    evidence: 'Số liệu của ngành giáo dục.',
    source: 'Ngành giáo dục',
    verifier: dept(s, 'giaoDuc'),
  }),

  'xh.benhAn': (s) => ({
    name: 'Trung tâm Y tế cấp huyện triển khai bệnh án điện tử',
    ...levels('status', 'Mức độ triển khai', [
      ['day_du', 'Triển khai bệnh án điện tử, không dùng bệnh án giấy', 1],
      ['thi_diem', 'Đang triển khai thí điểm', 0.5],
      ['chua', 'Chưa triển khai', 0],
    ]),
    basis: 'Theo Thông tư số 46/2018/TT-BYT quy định hồ sơ bệnh án điện tử.',
    evidence: 'Quyết định, văn bản triển khai; xác nhận của ngành y tế.',
    source: 'Ngành y tế',
    verifier: dept(s, 'yTe'),
  }),

  'xh.kcbCccd': (s) => ({
    name: `Tỷ lệ lượt khám, chữa bệnh bảo hiểm y tế ${s.area} sử dụng căn cước công dân gắn chíp hoặc VNeID`,
    ...rate(
      ['chip', 'Số lượt khám, chữa bệnh dùng căn cước gắn chíp hoặc VNeID'],
      ['visits', 'Tổng số lượt khám, chữa bệnh bảo hiểm y tế'],
    ),
    basis: 'Tại các cơ sở khám, chữa bệnh trên địa bàn.',
    evidence: 'Số liệu của ngành y tế, bảo hiểm xã hội.',
    source: 'Ngành y tế; Bảo hiểm xã hội',
    verifier: dept(s, 'bhxh'),
  }),

  'xh.nhomThon': (s) => ({
    name: `Tỷ lệ thôn, tổ dân phố ${s.area} có nhóm thông tin trên mạng xã hội để kết nối với người dân`,
    ...rate(
      ['groups', 'Số thôn, tổ dân phố có nhóm đang hoạt động'],
      ['villages', 'Tổng số thôn, tổ dân phố'],
    ),
    basis:
      'Nhóm do trưởng thôn, Tổ công nghệ số cộng đồng quản trị, thường xuyên cung cấp thông tin của chính quyền.',
    evidence: 'Danh sách nhóm, người quản trị, số thành viên.',
    source: s.self,
    verifier: s.verifier,
  }),

  'xh.vssid': (s) => ({
    name: `Tỷ lệ người tham gia bảo hiểm xã hội, bảo hiểm y tế ${s.area} sử dụng ứng dụng VssID`,
    ...rate(['users', 'Số người đã cài đặt, sử dụng VssID'], ['insured', 'Tổng số người tham gia bảo hiểm']),
    basis: 'Theo số liệu của cơ quan bảo hiểm xã hội tại ngày 31/12.',
    evidence: 'Số liệu của cơ quan bảo hiểm xã hội.',
    source: 'Bảo hiểm xã hội',
    verifier: dept(s, 'bhxh'),
  }),

  'xh.quanLyTruong': (s) => ({
    name: `Tỷ lệ trường học ${s.area} sử dụng phần mềm quản lý trường học, học liệu số`,
    ...rate(
      ['using', 'Số trường sử dụng phần mềm quản lý và kho học liệu số'],
      ['schools', 'Tổng số trường'],
    ),
    basis: 'Phần mềm quản lý trường học kết nối với cơ sở dữ liệu ngành giáo dục.',
    evidence: 'Số liệu của ngành giáo dục.',
    source: 'Ngành giáo dục',
    verifier: dept(s, 'giaoDuc'),
  }),

  'xh.chuKySoDan': (s) => ({
    name: `Tỷ lệ dân số trưởng thành ${s.area} có chữ ký số hoặc chữ ký điện tử cá nhân`,
    ...rate(
      ['signers', 'Số người có chữ ký số, chữ ký điện tử cá nhân'],
      ['adults', 'Tổng số dân số từ 15 tuổi trở lên'],
      { target: 0.5 },
    ),
    basis: 'Theo mục tiêu của Quyết định số 411/QĐ-TTg; đạt từ 50% trở lên được điểm tối đa.',
    evidence: 'Số liệu của các tổ chức cung cấp dịch vụ chứng thực chữ ký số hoặc khảo sát.',
    source: `${s.self}; các tổ chức cung cấp dịch vụ chữ ký số`,
    verifier: dept(s, 'vienThong'),
  }),
};
